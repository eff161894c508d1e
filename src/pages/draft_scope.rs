//! `/wheel/:draft`: loads one draft from the device and hands it to the wheel and area pages.

use crate::browser::files::download;
use crate::browser::storage;
use crate::components::pictogram::Pictogram;
use crate::domain::share::rescue_file;
use crate::domain::{Draft, DraftId};
use crate::i18n::{use_translate, Wording, WordingContext};
use crate::pages::not_found::Problem;
use crate::state::{CurrentDraft, DraftEditor, SaveStatus};
use leptos::prelude::*;
use leptos::Params;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

#[derive(Params, Debug, Clone, PartialEq)]
pub struct DraftParams {
    draft: Option<String>,
}

#[component]
pub fn DraftScope() -> impl IntoView {
    let params = use_params::<DraftParams>();
    let draft_id = Memo::new(move |_| {
        params
            .read()
            .as_ref()
            .ok()
            .and_then(|p| p.draft.as_deref().and_then(DraftId::parse))
    });
    move || match draft_id.get().map(|id| storage::load(&id)) {
        Some(Ok(Some(draft))) => view! { <DraftProvider draft /> }.into_any(),
        Some(Err(error)) => view! { <Problem message_id=error.message_id() /> }.into_any(),
        Some(Ok(None)) | None => view! { <Problem message_id="draft-not-found" /> }.into_any(),
    }
}

/// Holds the draft in a signal for the pages below, and tells how the last save went.
#[component]
fn DraftProvider(draft: Draft) -> impl IntoView {
    let draft = RwSignal::new(draft);
    let status = RwSignal::new(SaveStatus::Unchanged);
    provide_context(CurrentDraft(draft.into()));
    let editor = DraftEditor::new(draft, status);
    provide_context(editor);
    provide_context(editor.outside_changes());
    let watching =
        storage::watch_other_tabs(&draft.with_untracked(|d| d.id.clone()), move |theirs| {
            editor.merge_from_other_tab(theirs)
        });
    on_cleanup(move || watching.remove());
    provide_context(WordingContext(Signal::derive(move || {
        draft.with(|d| Wording {
            age: d.age_band,
            who: d.perspective,
        })
    })));
    let t = use_translate();
    // When the device will not keep the words, they can still leave as a file: nothing is lost.
    let export = move |_| {
        let (name, text) = draft.with_untracked(rescue_file);
        download(&name, &text, "application/json");
    };
    view! {
        <Outlet />
        <p class="save-status" class:failed=move || status.get() == SaveStatus::Failed role="status">
            {move || status.get().message_id().map(|id| t.get(id))}
        </p>
        <Show when=move || status.get() == SaveStatus::Failed>
            <button type="button" class="button primary save-rescue" on:click=export>
                <Pictogram src="pictograms/ui/download.svg" class="icon" />
                <span>{move || t.get("share-download")}</span>
            </button>
        </Show>
    }
}
