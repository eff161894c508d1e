//! Opening something locked with a passphrase: a draft on this device, or a shared file.

use crate::browser::crypto::{self, LockKey, OpenError};
use crate::domain::format::draft_file::draft_from_json;
use crate::domain::format::locked::{Binding, Locked};
use crate::domain::{Draft, DraftId};
use crate::i18n::use_translate;
use crate::ids;
use crate::routes::AppPath;
use crate::ui::app_link::AppLink;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::ReadAloud;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// A passphrase field and an "open" button. A wrong passphrase is said plainly and changes
/// nothing; the right one hands over the plaintext and the key.
#[component]
pub fn UnlockForm(
    locked: Locked,
    /// Where the envelope was found: one moved from elsewhere does not open.
    binding: Binding,
    /// The input's id, unique on the page.
    id: String,
    on_open: Callback<(String, LockKey)>,
) -> impl IntoView {
    let t = use_translate();
    let passphrase = RwSignal::new(String::new());
    let open = Action::new_local(move |typed: &String| {
        let (typed, locked, binding) = (typed.clone(), locked.clone(), binding.clone());
        async move {
            let opened = crypto::open(&typed, &locked, &binding).await?;
            // The user may have gone elsewhere while the key was worked out.
            on_open.try_run(opened);
            Ok::<(), OpenError>(())
        }
    });
    let opening = open.pending();
    // A new try hides the last one's error until it has an answer of its own.
    let error = move || match (opening.get(), open.value().get()) {
        (false, Some(Err(problem))) => Some(problem),
        _ => None,
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if !opening.get_untracked() {
            open.dispatch(passphrase.get_untracked());
        }
    };
    let error_id = format!("{id}-error");
    view! {
        <form class="unlock-form" on:submit=submit>
            <label for=id.clone()>
                <Pictogram src="pictograms/ui/key.svg" class="icon" />
                <span>{t.text(ids::UNLOCK_LABEL)}</span>
            </label>
            <input
                id=id.clone()
                type="password"
                autocomplete="off"
                aria-describedby=error_id.clone()
                aria-invalid=move || error().is_some().to_string()
                prop:value=move || passphrase.get()
                on:input=move |ev| passphrase.set(event_target_value(&ev))
            />
            <button type="submit" class="button primary" aria-disabled=move || opening.get().to_string()>
                <Pictogram src="pictograms/ui/unlock.svg" class="icon" />
                <span>
                    {move || t.get(if opening.get() { ids::UNLOCK_WORKING } else { ids::UNLOCK_BUTTON })}
                </span>
            </button>
            <p id=error_id class="form-error" role="alert">
                {move || error().map(|problem| t.get(problem.message_id()))}
            </p>
        </form>
    }
}

/// The page a locked draft shows until its passphrase is given.
#[component]
pub fn UnlockDraft(
    locked: Locked,
    id: DraftId,
    on_open: Callback<(Draft, LockKey)>,
) -> impl IntoView {
    let t = use_translate();
    let damaged = RwSignal::new(false);
    let binding = Binding::StoredDraft(id.clone());
    // A version 1 envelope is not bound to its key: the draft inside must be this one, or its
    // saves would go to another draft's key.
    let opened =
        Callback::new(
            move |(text, key): (String, LockKey)| match draft_from_json(&text) {
                Ok(draft) if draft.id == id => on_open.run((draft, key)),
                _ => damaged.set(true),
            },
        );
    view! {
        <section class="unlock-draft" aria-labelledby="unlock-heading">
            <Pictogram src="pictograms/ui/private.svg" class="pictogram big" />
            <h1 id="unlock-heading">{t.text(ids::UNLOCK_HEADING)}</h1>
            <p>
                {t.text(ids::UNLOCK_EXPLAIN)}
                <ReadAloud text=Signal::derive(t.text(ids::UNLOCK_EXPLAIN)) />
            </p>
            <UnlockForm locked binding id="unlock-passphrase".to_owned() on_open=opened />
            <Show when=move || damaged.get()>
                <p class="form-error" role="alert">{t.text(ids::LOAD_ERROR_DAMAGED)}</p>
            </Show>
            <p class="quiet-note">{t.text(ids::UNLOCK_FORGOT)}</p>
            <p class="quiet-note">{t.text(ids::LOCK_DELETE_NOTE)}</p>
            <AppLink to=AppPath::Start class="button quiet">
                <Pictogram src="pictograms/ui/arrow-prev.svg" class="icon" />
                <span>{t.text(ids::NAV_START)}</span>
            </AppLink>
        </section>
    }
}
