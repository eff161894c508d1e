//! "Lock the file with a passphrase": the choice beside a button that lets a file leave the
//! device, and the locking itself (the file's text sealed as a locked envelope).

use crate::browser::crypto;
use crate::domain::format::file_name::{file_name, FileKind};
use crate::domain::format::locked::Binding;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::ui::new_passphrase::{NewPassphrase, NewPassphraseState};
use crate::ui::pictogram::Pictogram;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A file about to leave the device: what it is, the name inside it, its date and its text.
pub struct OutgoingFile {
    pub kind: FileKind,
    /// The child's (or guardian's) name, for the file's name; left out when the file is locked.
    pub name: String,
    /// The day on the user's calendar.
    pub date: NaiveDate,
    pub text: String,
}

/// Whether the next file leaves locked, and with which passphrase.
#[derive(Clone, Copy)]
pub struct FileLock {
    wanted: RwSignal<bool>,
    passphrase: NewPassphraseState,
}

impl FileLock {
    pub fn new() -> Self {
        Self {
            wanted: RwSignal::new(false),
            passphrase: NewPassphraseState::new(),
        }
    }

    /// Whether the next file leaves locked (a passphrase is asked for).
    pub fn is_wanted(self) -> bool {
        self.wanted.get_untracked()
    }

    /// Whether a file may leave now: not locked, or with a passphrase that is right. When it is
    /// not, its fields say why.
    pub fn can_hand_over(self) -> bool {
        !self.wanted.get_untracked() || self.passphrase.checked().is_some()
    }

    /// Hands the file over (name, text) as it is, or locked when that was chosen. While the
    /// passphrase is not right nothing leaves and the fields say why; `failed` gets the message id
    /// of anything else. Both run only while the page that made this `FileLock` is there.
    pub fn hand_over(
        self,
        file: OutgoingFile,
        hand_over: impl FnOnce(String, String) + 'static,
        failed: impl FnOnce(MessageId) + 'static,
    ) {
        let OutgoingFile {
            kind,
            name,
            date,
            text,
        } = file;
        if !self.wanted.get_untracked() {
            hand_over(file_name(kind, &name, false, date), text);
            return;
        }
        let Some(chosen) = self.passphrase.checked() else {
            return;
        };
        spawn_local(async move {
            let sealed = match crypto::new_key(&chosen).await {
                Ok(key) => crypto::seal(&key, &text, None, &Binding::File).await,
                Err(problem) => Err(problem),
            };
            // Hands over even when the page that asked has gone meanwhile (the user asked for
            // the file); the callbacks write to the page only with `try_*`.
            match sealed {
                Ok(locked) => hand_over(file_name(kind, &name, true, date), locked.to_json()),
                Err(problem) => failed(problem.message_id()),
            }
        });
    }
}

impl Default for FileLock {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn FileLockChoice(
    state: FileLock,
    /// Prefix of the passphrase inputs' ids, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let t = use_translate();
    view! {
        <label class="confirm-check">
            <input
                type="checkbox"
                prop:checked=move || state.wanted.get()
                on:change=move |ev| state.wanted.set(event_target_checked(&ev))
            />
            <Pictogram src="pictograms/ui/private.svg" class="icon" />
            <span>{t.text(ids::SHARE_LOCK_FILE)}</span>
        </label>
        <Show when=move || state.wanted.get()>
            <p class="quiet-note">{t.text(ids::SHARE_LOCK_FILE_EXPLAIN)}</p>
            <NewPassphrase id state=state.passphrase />
        </Show>
    }
}
