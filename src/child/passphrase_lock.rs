//! Locking the open draft with a passphrase, for devices that others use too.

use crate::browser::crypto;
use crate::i18n::use_translate;
use crate::stores::draft_session::{DraftEditor, LOCK_AGAIN_AFTER};
use crate::ui::disclosure::Disclosure;
use crate::ui::new_passphrase::{NewPassphrase, NewPassphraseState};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn PassphraseLock() -> impl IntoView {
    let t = use_translate();
    let editor: DraftEditor = expect_context();
    let fields = NewPassphraseState::new();
    let working = RwSignal::new(false);
    let unavailable = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(passphrase) = fields.checked() else {
            return;
        };
        working.set(true);
        spawn_local(async move {
            match crypto::new_key(&passphrase).await {
                Ok(key) => {
                    editor.encrypt_with(key);
                    fields.clear();
                }
                Err(_) => {
                    unavailable.try_set(true);
                }
            }
            working.try_set(false);
        });
    };
    let minutes = LOCK_AGAIN_AFTER.as_secs() / 60;
    let locked_view = move || {
        view! {
            <p class="lock-state" role="status">
                {move || t.get_with("lock-is-on", &[("minutes", minutes.into())])}
            </p>
            <p class="quiet-note">{t.text("lock-delete-note")}</p>
            <div class="lock-actions">
                <PictureButton
                    icon="pictograms/ui/private.svg"
                    label="lock-now"
                    kind="primary"
                    on_press=move |_| editor.forget_here()
                />
                <PictureButton
                    icon="pictograms/ui/unlock.svg"
                    label="lock-remove"
                    kind="quiet"
                    on_press=move |_| editor.stop_encrypting()
                />
            </div>
        }
    };
    view! {
        <Disclosure
            class="passphrase-lock"
            icon="pictograms/ui/private.svg"
            heading="lock-summary"
            open=editor.key().is_some()
        >
            <Show when=move || editor.stored_encrypted() fallback=move || view! {
                <form class="lock-form" on:submit=submit>
                    <p>
                {t.text("lock-explain")}
                <ReadAloud text=Signal::derive(t.text("lock-explain")) />
            </p>
                    <p class="quiet-note">{t.text("lock-delete-note")}</p>
                    <NewPassphrase id="lock" state=fields />
                    <button type="submit" class="button primary" aria-disabled=move || working.get().to_string()>
                        <Pictogram src="pictograms/ui/private.svg" class="icon" />
                        <span>{move || t.get(if working.get() { "lock-working" } else { "lock-button" })}</span>
                    </button>
                    <Show when=move || unavailable.get()>
                        <p class="form-error" role="alert">{t.text("lock-error-unavailable")}</p>
                    </Show>
                </form>
            }>
                {locked_view}
            </Show>
        </Disclosure>
    }
}
