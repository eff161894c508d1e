//! Locking the open draft with a passphrase, for devices that others use too.

use crate::browser::crypto::{self, OpenError};
use crate::browser::media_store::MediaError;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::{DraftEditor, LOCK_AGAIN_AFTER};
use crate::ui::disclosure::Disclosure;
use crate::ui::new_passphrase::{NewPassphrase, NewPassphraseState};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Why the wheel was not locked; nothing was changed in either case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NotLocked {
    /// No WebCrypto here.
    Browser,
    /// The drawings and voice notes could not be sealed.
    Media(MediaError),
}

impl NotLocked {
    fn message_id(self) -> MessageId {
        match self {
            Self::Browser => ids::LOCK_ERROR_UNAVAILABLE,
            Self::Media(MediaError::Full) => ids::LOCK_ERROR_FULL,
            Self::Media(_) => ids::LOCK_ERROR_MEDIA,
        }
    }
}

#[component]
pub fn PassphraseLock() -> impl IntoView {
    let t = use_translate();
    let editor: DraftEditor = expect_context();
    let fields = NewPassphraseState::new();
    // Working out the key takes a moment (600 000 rounds of PBKDF2).
    let encrypt = Action::new_local(move |passphrase: &String| {
        let passphrase = passphrase.clone();
        async move {
            let key = crypto::new_key(&passphrase)
                .await
                .map_err(|_: OpenError| NotLocked::Browser)?;
            // The editor outlives this form: the draft is encrypted even if the form is gone.
            editor.encrypt_with(key).await.map_err(NotLocked::Media)
        }
    });
    let unlock = Action::new_local(move |_: &()| editor.stop_encrypting());
    let working = encrypt.pending();
    let not_locked = move || encrypt.value().get().and_then(Result::err);
    let still_locked = move || matches!(unlock.value().get(), Some(Err(_)));
    // Cleared by an effect, not after the await: the fields may be gone by then.
    Effect::new(move |_| {
        if let Some(Ok(())) = encrypt.value().get() {
            fields.clear();
            // A refusal to take the lock away is about the lock before this one.
            unlock.value().set(None);
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        if let Some(passphrase) = fields.checked() {
            encrypt.dispatch(passphrase);
        }
    };
    let minutes = LOCK_AGAIN_AFTER.as_secs() / 60;
    let locked_view = move || {
        view! {
            <p class="lock-state" role="status">
                {move || t.get_with(ids::LOCK_IS_ON, &[("minutes", minutes.into())])}
            </p>
            <p class="quiet-note">{t.text(ids::LOCK_DELETE_NOTE)}</p>
            <div class="lock-actions">
                <PictureButton
                    icon="pictograms/ui/private.svg"
                    label=ids::LOCK_NOW
                    kind="primary"
                    on_press=move |_| editor.forget_here()
                />
                <PictureButton
                    icon="pictograms/ui/unlock.svg"
                    label=ids::LOCK_REMOVE
                    kind="quiet"
                    on_press=move |_| {
                        if !unlock.pending().get_untracked() {
                            unlock.dispatch(());
                        }
                    }
                />
            </div>
            <Show when=still_locked>
                <p class="form-error" role="alert">{t.text(ids::LOCK_REMOVE_ERROR)}</p>
            </Show>
        }
    };
    view! {
        <Disclosure
            class="passphrase-lock"
            icon="pictograms/ui/private.svg"
            heading=ids::LOCK_SUMMARY
            open=editor.key().is_some()
        >
            <Show when=move || editor.stored_encrypted() fallback=move || view! {
                <form class="lock-form" on:submit=submit>
                    <p>
                {t.text(ids::LOCK_EXPLAIN)}
                <ReadAloud text=Signal::derive(t.text(ids::LOCK_EXPLAIN)) />
            </p>
                    <p class="quiet-note">{t.text(ids::LOCK_DELETE_NOTE)}</p>
                    <NewPassphrase id="lock" state=fields />
                    <button type="submit" class="button primary" aria-disabled=move || working.get().to_string()>
                        <Pictogram src="pictograms/ui/private.svg" class="icon" />
                        <span>{move || t.get(if working.get() { ids::LOCK_WORKING } else { ids::LOCK_BUTTON })}</span>
                    </button>
                    {move || not_locked().map(|problem| view! {
                        <p class="form-error" role="alert">{t.text(problem.message_id())}</p>
                    })}
                </form>
            }>
                {locked_view}
            </Show>
        </Disclosure>
    }
}
