use crate::browser::storage::StoredDrafts;
use crate::browser::{media_store, storage};
use crate::domain::{DraftId, WheelDefinition};
use crate::i18n::use_translate;
use crate::ids;
use crate::routes::AppPath;
use crate::ui::app_link::AppLink;
use crate::ui::confirm::Confirm;
use crate::ui::pictogram::Pictogram;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// What the list shows of one saved wheel. A locked one shows only that it is locked.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftSummary {
    id: DraftId,
    /// `None` while locked.
    nickname: Option<String>,
    changed: Option<DateTime<Utc>>,
    answered: Option<(usize, usize)>,
}

impl DraftSummary {
    pub fn all(stored: &StoredDrafts, wheel: &WheelDefinition) -> Vec<Self> {
        let open = stored.drafts.iter().map(|draft| Self {
            id: draft.id.clone(),
            nickname: Some(draft.nickname.clone()),
            changed: Some(draft.updated_at),
            answered: Some((draft.answered_count(wheel), wheel.areas.len())),
        });
        let locked = stored.locked.iter().map(|locked| Self {
            id: locked.id.clone(),
            nickname: None,
            changed: locked.saved_at,
            answered: None,
        });
        open.chain(locked).collect()
    }
}

/// The wheels already on this device (siblings share devices), each to continue or delete.
#[component]
pub fn SavedDrafts(
    #[prop(into)] drafts: Signal<Vec<DraftSummary>>,
    /// Called after a draft is deleted, so the list can be read again.
    on_deleted: Callback<()>,
) -> impl IntoView {
    let t = use_translate();
    view! {
        <Show when=move || drafts.with(|d| !d.is_empty())>
            <section class="saved-drafts" aria-labelledby="saved-drafts-heading">
                <h2 id="saved-drafts-heading">{t.text(ids::START_CONTINUE_HEADING)}</h2>
                <ul>
                    <For
                        each=move || drafts.get()
                        key=|draft| (draft.id.clone(), draft.changed, draft.nickname.is_none())
                        children=move |draft| view! { <SavedDraftItem draft on_deleted /> }
                    />
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn SavedDraftItem(draft: DraftSummary, on_deleted: Callback<()>) -> impl IntoView {
    let t = use_translate();
    let confirming = RwSignal::new(false);
    let locked = draft.nickname.is_none();
    let nickname = draft.nickname.clone();
    let name = Signal::derive(move || match nickname.as_deref() {
        None => t.get(ids::DRAFT_LOCKED),
        Some("") => t.get(ids::DRAFT_UNNAMED),
        Some(nickname) => nickname.to_owned(),
    });
    let name_arg = move || vec![("name", name.get().into())];
    // "today", "yesterday", "5 days ago": a child reads it more easily than a date, and the
    // start page need not load the browser's date formatting (slow on a cheap phone).
    let changed = draft.changed.map(|at| {
        let days = days_since(at);
        move || t.get_with(ids::DRAFT_CHANGED, &[("days", days.into())])
    });
    let progress = draft.answered.map(|(count, total)| {
        move || {
            t.get_with(
                ids::DRAFT_PROGRESS,
                &[("count", count.into()), ("total", total.into())],
            )
        }
    });
    let id = draft.id.clone();
    let delete = move |_| {
        storage::delete(&id);
        // Its drawings and voice notes too; what a closed tab leaves is swept at the next start
        // (`media_store::remove_orphans`).
        let id = id.clone();
        leptos::task::spawn_local(async move { media_store::remove_draft(&id).await });
        on_deleted.run(());
    };
    let continue_label = move || t.get_with(ids::DRAFT_CONTINUE, &name_arg());
    let delete_label = move || t.get_with(ids::DRAFT_DELETE, &name_arg());
    let confirm_id = format!("confirm-{}", draft.id);
    view! {
        <li class="saved-draft" data-draft=draft.id.to_string()>
            <Pictogram
                src=if locked { "pictograms/ui/private.svg" } else { "pictograms/ui/wheel.svg" }
                class="icon"
            />
            <div class="saved-draft-text">
                <strong>{name}</strong>
                {changed.map(|changed| view! { <span>{changed}</span> })}
                {progress.map(|progress| view! { <span>{progress}</span> })}
            </div>
            <div class="saved-draft-actions" hidden=move || confirming.get()>
                <AppLink to=AppPath::Wheel(draft.id.clone()) class="button primary">
                    <Pictogram src="pictograms/ui/continue.svg" class="icon" />
                    <span>{continue_label}</span>
                </AppLink>
                <button type="button" class="button quiet" on:click=move |_| confirming.set(true)>
                    <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                    <span>{delete_label}</span>
                </button>
            </div>
            <Show when=move || confirming.get()>
                <Confirm
                    id=confirm_id.clone()
                    question=Signal::derive(move || t.get_with(ids::DRAFT_DELETE_QUESTION, &name_arg()))
                    yes=ids::DRAFT_DELETE_YES
                    on_yes=delete.clone()
                    no=ids::DRAFT_DELETE_NO
                    on_no=move || confirming.set(false)
                />
            </Show>
        </li>
    }
}

/// Whole calendar days (on this device's clock) from `at` until today; never negative.
fn days_since(at: DateTime<Utc>) -> i64 {
    let today = chrono::Local::now().date_naive();
    (today - at.with_timezone(&chrono::Local).date_naive())
        .num_days()
        .max(0)
}
