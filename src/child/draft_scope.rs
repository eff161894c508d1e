//! `/wheel/:draft`: loads one draft from the device and hands it to the wheel and area pages.

use crate::browser::activity::when_idle;
use crate::browser::crypto::LockKey;
use crate::browser::document;
use crate::browser::files::download;
use crate::browser::page_life::when_shown_from_cache;
use crate::browser::storage;
use crate::domain::format::stored::Stored;
use crate::domain::{Draft, DraftId};
use crate::i18n::{use_translate, Wording, WordingContext};
use crate::ids;
use crate::stores::draft_session::{
    rescue_copy, CurrentDraft, DraftEditor, SaveStatus, LOCK_AGAIN_AFTER,
};
use crate::ui::help_now::HelpReader;
use crate::ui::not_found::Problem;
use crate::ui::picture_button::PictureButton;
use crate::ui::unlock_form::UnlockDraft;
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
    // A locked draft's words and key, once the passphrase opened them in this tab.
    let unlocked: StoredValue<Option<(Draft, LockKey)>, LocalStorage> =
        StoredValue::new_local(None);
    // Bumped when this tab opens a locked draft: the view reads storage again.
    let lock_changes = RwSignal::new(0u32);
    // Letting go starts the page over, which clears this tab's memory of the words and the key
    // (and of the pages that showed them) more surely than unmounting them would.
    let let_go = Callback::new(move |()| document::start_over());
    let opened = Callback::new(move |(draft, key): (Draft, LockKey)| {
        unlocked.set_value(Some((draft, key)));
        lock_changes.update(|n| *n += 1);
    });
    move || {
        lock_changes.track();
        let Some(id) = draft_id.get() else {
            return view! { <Problem message_id=ids::DRAFT_NOT_FOUND /> }.into_any();
        };
        match storage::load(&id) {
            Ok(Some(Stored::Open(draft))) => {
                view! { <DraftProvider draft encrypted_with=None let_go /> }.into_any()
            }
            Ok(Some(Stored::Locked(locked))) => match unlocked.get_value() {
                Some((draft, key)) if draft.id == id => {
                    view! { <DraftProvider draft encrypted_with=Some(key) let_go /> }.into_any()
                }
                _ => view! { <UnlockDraft locked id on_open=opened /> }.into_any(),
            },
            Err(error) => view! { <Problem message_id=error.message_id() /> }.into_any(),
            Ok(None) => view! { <Problem message_id=ids::DRAFT_NOT_FOUND /> }.into_any(),
        }
    }
}

/// Holds the draft in a signal for the pages below, and tells how the last save went.
#[component]
fn DraftProvider(
    draft: Draft,
    /// The key the draft is encrypted with in storage, once its passphrase opened it here.
    encrypted_with: Option<LockKey>,
    /// Forgets the words and the key in this tab.
    let_go: Callback<()>,
) -> impl IntoView {
    let draft = RwSignal::new(draft);
    let status = RwSignal::new(SaveStatus::Unchanged);
    provide_context(CurrentDraft(draft.into()));
    let editor = DraftEditor::new(draft, status, encrypted_with, let_go);
    provide_context(editor);
    provide_context(editor.outside_changes());
    let id = draft.with_untracked(|d| d.id.clone());
    storage::watch_other_tabs(&id, move |change| editor.take_in_other_tab(change));
    // A page in the back-forward cache hears no other tab: one shown again takes in what other
    // tabs did meanwhile — deleted it, locked it (then the passphrase is asked for), changed it.
    when_shown_from_cache(move || {
        if let Some(now) = storage::now_in_storage(&id) {
            editor.take_in_other_tab(now);
        }
    });
    // A device someone walked away from: an encrypted draft is forgotten here by itself. The
    // watch belongs to the effect: it ends when the draft is stored readable again.
    Effect::new(move |_| {
        if editor.stored_encrypted() {
            when_idle(LOCK_AGAIN_AFTER, move || editor.forget_here());
        }
    });
    // A memo, so that typing (which changes the draft) does not re-translate every text.
    let wording = Memo::new(move |_| {
        draft.with(|d| Wording {
            age: d.age_band,
            who: d.perspective,
        })
    });
    provide_context(WordingContext(wording.into()));
    // The header's help is for whoever answers here: a child by age, or an adult.
    if let Some(HelpReader(reader)) = use_context::<HelpReader>() {
        Effect::new(move |_| reader.set(Some(wording.get())));
        on_cleanup(move || {
            reader.try_set(None);
        });
    }
    let t = use_translate();
    // When the device will not keep the words, they can still leave as a file: nothing is lost.
    // An encrypted draft's copy leaves encrypted with the same passphrase.
    let export = Action::new_local(move |_: &()| {
        let (words, key) = (draft.get_untracked(), editor.key());
        async move {
            if let Ok((name, text)) = rescue_copy(&words, key.as_ref()).await {
                download(&name, &text, "application/json");
            }
        }
    });
    view! {
        <Outlet />
        <p class="save-status" class:failed=move || status.get().words_not_kept() role="status">
            {move || status.get().message_id().map(|id| t.get(id))}
        </p>
        <Show when=move || status.get().words_not_kept()>
            <PictureButton
                icon="pictograms/ui/download.svg"
                label=ids::SHARE_DOWNLOAD
                kind="primary save-rescue"
                on_press=move |_| {
                    export.dispatch(());
                }
            />
        </Show>
    }
}
