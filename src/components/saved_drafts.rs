use crate::browser::{document::format_date, storage};
use crate::components::pictogram::Pictogram;
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::routes::AppPath;
use crate::state::use_wheel;
use leptos::prelude::*;
use leptos_router::components::A;

/// The wheels already on this device (siblings share devices), each to continue or delete.
#[component]
pub fn SavedDrafts(
    #[prop(into)] drafts: Signal<Vec<Draft>>,
    /// Called after a draft is deleted, so the list can be read again.
    on_deleted: Callback<()>,
) -> impl IntoView {
    let t = use_translate();
    view! {
        <Show when=move || drafts.with(|d| !d.is_empty())>
            <section class="saved-drafts" aria-labelledby="saved-drafts-heading">
                <h2 id="saved-drafts-heading">{move || t.get("start-continue-heading")}</h2>
                <ul>
                    <For
                        each=move || drafts.get()
                        key=|draft| (draft.id.clone(), draft.updated_at)
                        children=move |draft| view! { <SavedDraftItem draft on_deleted /> }
                    />
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn SavedDraftItem(draft: Draft, on_deleted: Callback<()>) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let confirming = RwSignal::new(false);
    let nickname = draft.nickname.clone();
    let name = Signal::derive(move || {
        if nickname.is_empty() {
            t.get("draft-unnamed")
        } else {
            nickname.clone()
        }
    });
    let name_arg = move || vec![("name", name.get().into())];
    let updated_at = draft.updated_at;
    let changed = move || format_date(updated_at, t.language().code());
    let progress = (draft.answered_count(&wheel), wheel.areas.len());
    let id = draft.id.clone();
    let delete = move |_| {
        storage::delete(&id);
        on_deleted.run(());
    };
    let continue_label = move || t.get_with("draft-continue", &name_arg());
    let delete_label = move || t.get_with("draft-delete", &name_arg());
    let confirm_id = format!("confirm-{}", draft.id);
    view! {
        <li class="saved-draft" data-draft=draft.id.to_string()>
            <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
            <div class="saved-draft-text">
                <strong>{name}</strong>
                <span>{move || t.get_with("draft-changed", &[("date", changed().into())])}</span>
                <span>
                    {move || {
                        t.get_with(
                            "draft-progress",
                            &[("count", progress.0.into()), ("total", progress.1.into())],
                        )
                    }}
                </span>
            </div>
            <div class="saved-draft-actions" hidden=move || confirming.get()>
                <A href=AppPath::Wheel(draft.id.clone()).href() attr:class="button primary">
                    <Pictogram src="pictograms/ui/continue.svg" class="icon" />
                    <span>{continue_label}</span>
                </A>
                <button type="button" class="button quiet" on:click=move |_| confirming.set(true)>
                    <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                    <span>{delete_label}</span>
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group" aria-labelledby=confirm_id.clone()>
                    <p id=confirm_id.clone()>
                        {move || t.get_with("draft-delete-question", &name_arg())}
                    </p>
                    <button type="button" class="button danger" on:click=delete.clone()>
                        <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                        <span>{move || t.get("draft-delete-yes")}</span>
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>
                        <Pictogram src="pictograms/ui/close.svg" class="icon" />
                        <span>{move || t.get("draft-delete-no")}</span>
                    </button>
                </div>
            </Show>
        </li>
    }
}
