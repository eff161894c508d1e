//! Shared state, handed down as context. Plain data lives inside signals; components get only
//! the half they need: [`CurrentDraft`] to read, [`DraftEditor`] to change.

use crate::browser::crypto::{self, LockKey};
use crate::browser::storage::{self, OtherTab, SaveProblem};
use crate::browser::{document, files, offline};
use crate::domain::format::draft_file::{draft_from_json, draft_to_json};
use crate::domain::format::file_name::{file_name, FileKind};
use crate::domain::format::import::rescue_file_text;
use crate::domain::format::locked::Binding;
use crate::domain::format::stored::{Refusal, Stored, Writing};
use crate::domain::{Draft, WheelDefinition};
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use std::time::Duration;

/// The wheel definition in use, loaded once at start.
#[derive(Clone)]
pub struct WheelContext(pub Arc<WheelDefinition>);

pub fn use_wheel() -> Arc<WheelDefinition> {
    expect_context::<WheelContext>().0
}

/// The draft of the current route, to read.
#[derive(Clone, Copy)]
pub struct CurrentDraft(pub Signal<Draft>);

/// The outcome of the last autosave, announced politely to screen readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed yet on this page.
    Unchanged,
    Saved,
    Failed,
    /// Another tab changed the same value; its later save won.
    ChangedInOtherTab,
    /// A newer version of the app saved this draft in another tab; this tab must not write
    /// over it.
    NewerVersion,
}

impl SaveStatus {
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Self::Unchanged => None,
            Self::Saved => Some("save-saved"),
            Self::Failed => Some("save-failed"),
            Self::ChangedInOtherTab => Some("save-other-tab"),
            Self::NewerVersion => Some("save-newer-version"),
        }
    }

    /// True when the words on screen are not in storage: they can still leave as a file.
    pub fn words_not_kept(self) -> bool {
        matches!(self, Self::Failed | Self::NewerVersion)
    }
}

/// An unlocked draft locks again after this long without anyone using the app.
pub const LOCK_AGAIN_AFTER: Duration = Duration::from_secs(5 * 60);

/// The passphrase lock of the open draft. The key is this tab's only: it never reaches storage.
#[derive(Clone, Copy)]
pub struct DraftLock {
    key: StoredValue<Option<LockKey>, LocalStorage>,
    /// True once storage holds the draft locked, so that "lock now" never leaves words readable.
    locked: RwSignal<bool>,
    /// Forgets the words and the key in this tab; the passphrase is needed again.
    close: Callback<()>,
}

impl DraftLock {
    pub fn new(key: Option<LockKey>, close: Callback<()>) -> Self {
        Self {
            locked: RwSignal::new(key.is_some()),
            key: StoredValue::new_local(key),
            close,
        }
    }

    pub fn key(self) -> Option<LockKey> {
        self.key.try_get_value().flatten()
    }

    pub fn is_locked(self) -> bool {
        self.locked.get()
    }

    pub fn close(self) {
        self.close.run(());
    }
}

/// Changes the current draft; every change is saved to the device at once.
#[derive(Clone, Copy)]
pub struct DraftEditor {
    draft: RwSignal<Draft>,
    status: RwSignal<SaveStatus>,
    /// The version in storage as this tab last saw it: the base for merging another tab's save.
    stored: StoredValue<Draft>,
    /// Counts changes that came from another tab, so that open text fields can be rebuilt.
    outside_changes: RwSignal<u32>,
    lock: DraftLock,
    /// Locked saves encrypt asynchronously; only the latest one started is written.
    saves_started: StoredValue<u64>,
    /// Locked saves still encrypting; "lock now" waits for them so the last word is kept.
    saves_pending: StoredValue<u32>,
    lock_when_saved: StoredValue<bool>,
    /// The next save takes the lock away, because the user asked for it in this tab. The key is
    /// kept until storage holds the draft readable: until then the draft is still locked, and
    /// its words can still leave as a locked rescue copy.
    removing_lock: StoredValue<bool>,
    /// False while the words on screen are not in storage (the device refused the last save).
    words_kept: StoredValue<bool>,
}

/// How many times another tab's changes came in: views built from a draft's text re-read it.
#[derive(Clone, Copy)]
pub struct OutsideChanges(pub Signal<u32>);

/// The whole draft as a file, for when the device does not keep it: locked with the draft's own
/// key (so the same passphrase opens it) when the draft is locked, and then without any name.
pub async fn rescue_copy(
    draft: &Draft,
    key: Option<&LockKey>,
) -> Result<(String, String), crypto::OpenError> {
    let today = document::local_date(Utc::now());
    let text = rescue_file_text(draft);
    match key {
        None => Ok((
            file_name(FileKind::RescueCopy, &draft.nickname, false, today),
            text,
        )),
        Some(key) => {
            let sealed = crypto::seal(key, &text, None, &Binding::File).await?;
            Ok((
                file_name(FileKind::RescueCopy, "", true, today),
                sealed.to_json(),
            ))
        }
    }
}

impl DraftEditor {
    pub fn new(draft: RwSignal<Draft>, status: RwSignal<SaveStatus>, lock: DraftLock) -> Self {
        Self {
            draft,
            status,
            stored: StoredValue::new(draft.get_untracked()),
            outside_changes: RwSignal::new(0),
            lock,
            saves_started: StoredValue::new(0),
            saves_pending: StoredValue::new(0),
            lock_when_saved: StoredValue::new(false),
            removing_lock: StoredValue::new(false),
            words_kept: StoredValue::new(true),
        }
    }

    /// Lets go of the words in this tab, once every save under way has reached storage; when the
    /// device refused the last save, the words leave as a locked rescue copy first.
    pub fn lock_now(self) {
        if self.saves_pending.get_value() == 0 {
            self.close_keeping_words();
        } else {
            self.lock_when_saved.set_value(true);
        }
    }

    fn close_keeping_words(self) {
        let key = self.lock.key();
        if self.words_kept.get_value() || key.is_none() {
            self.lock.close();
            return;
        }
        let draft = self.draft.get_untracked();
        spawn_local(async move {
            if let Ok((name, text)) = rescue_copy(&draft, key.as_ref()).await {
                files::download(&name, &text, "application/json");
            }
            self.lock.close();
        });
    }

    pub fn lock(self) -> DraftLock {
        self.lock
    }

    /// From now on storage holds this draft only encrypted with `key`.
    pub fn lock_with(self, key: LockKey) {
        self.lock.key.set_value(Some(key));
        self.save();
    }

    /// Stores the draft readable again, for when a lock is no longer wanted.
    pub fn remove_lock(self) {
        self.removing_lock.set_value(true);
        self.save();
    }

    pub fn outside_changes(self) -> OutsideChanges {
        OutsideChanges(self.outside_changes.into())
    }

    pub fn edit(self, change: impl FnOnce(&mut Draft, chrono::DateTime<Utc>)) {
        self.draft.update(|draft| change(draft, Utc::now()));
        self.save();
    }

    fn save(self) {
        self.saves_started.update_value(|n| *n += 1);
        let draft = self.draft.get_untracked();
        let key = match self.lock.key() {
            Some(key) if !self.removing_lock.get_value() => key,
            key => {
                // Readable: never locked, or the lock taken away on request (only the lock this
                // key opens: see `check_overwrite`).
                let salt = key.as_ref().map(|key| key.salt().to_vec());
                let writing = match &salt {
                    Some(salt) => Writing::RemovingLock { salt },
                    None => Writing::Open,
                };
                let saved = storage::save_over(&draft.id, &draft_to_json(&draft), writing);
                if saved.is_ok() {
                    self.lock.key.set_value(None);
                    self.removing_lock.set_value(false);
                    self.lock.locked.set(false);
                }
                self.finish_save(saved, draft);
                return;
            }
        };
        let started = self.saves_started.get_value();
        self.saves_pending.update_value(|n| *n += 1);
        spawn_local(async move {
            let binding = Binding::StoredDraft(draft.id.clone());
            let plaintext = draft_to_json(&draft);
            let sealed = crypto::seal(&key, &plaintext, Some(draft.updated_at), &binding).await;
            self.saves_pending.try_update_value(|n| *n -= 1);
            // A later save is on its way with newer words; this one must not overwrite it.
            let latest = self
                .saves_started
                .try_get_value()
                .is_none_or(|latest| latest == started);
            if latest {
                let saved = match sealed {
                    Ok(locked) => storage::save_over(
                        &draft.id,
                        &locked.to_json(),
                        Writing::Locked { salt: key.salt() },
                    ),
                    Err(_) => Err(SaveProblem::Failed),
                };
                if saved.is_ok() {
                    self.lock.locked.try_set(true);
                }
                self.finish_save(saved, draft);
            }
            if self.lock_when_saved.try_get_value() == Some(true)
                && self.saves_pending.try_get_value() == Some(0)
            {
                self.close_keeping_words();
            }
        });
    }

    fn finish_save(self, saved: Result<(), SaveProblem>, draft: Draft) {
        self.words_kept.try_set_value(saved.is_ok());
        let status = match saved {
            Ok(()) => {
                // A wheel is kept on the device: ask once that an unvisited app is not wiped.
                offline::ask_to_keep_storage();
                self.stored.try_set_value(draft);
                SaveStatus::Saved
            }
            Err(SaveProblem::Failed) => SaveStatus::Failed,
            Err(SaveProblem::Refused(Refusal::NewerVersion)) => SaveStatus::NewerVersion,
            // Gone in another tab: this tab lets go too (the page then says it is gone).
            Err(SaveProblem::Refused(Refusal::Deleted)) => {
                document::start_over();
                return;
            }
            // Locked in another tab: the passphrase is needed here too.
            Err(SaveProblem::Refused(Refusal::LockedElsewhere)) => {
                self.lock.close();
                return;
            }
        };
        self.status.try_set(status);
    }

    /// Another tab saved this draft (open, locked with this tab's key, or locked with a
    /// passphrase this tab does not hold: then this tab lets go of the words too) or deleted it.
    pub fn take_in_other_tab(self, change: OtherTab) {
        match change {
            OtherTab::Deleted => document::start_over(),
            OtherTab::Saved(Stored::Open(draft)) => {
                // Only a tab that was asked to take the lock away writes it readable over a lock
                // (see `check_overwrite`): follow it, so a save from here does not put it back.
                self.lock.key.set_value(None);
                self.removing_lock.set_value(false);
                self.lock.locked.set(false);
                self.merge_from_other_tab(draft);
            }
            OtherTab::Saved(Stored::Locked(locked)) => match self.lock.key() {
                Some(key) if key.fits(&locked) => spawn_local(async move {
                    let Some(id) = self.draft.try_with_untracked(|d| d.id.clone()) else {
                        return;
                    };
                    let binding = Binding::StoredDraft(id.clone());
                    let opened = crypto::open_with_key(&key, &locked, &binding).await;
                    if let Ok(Ok(draft)) = opened.map(|text| draft_from_json(&text)) {
                        if draft.id == id && self.draft.try_get_untracked().is_some() {
                            self.merge_from_other_tab(draft);
                        }
                    }
                }),
                _ => self.lock.close(),
            },
        }
    }

    /// Takes in another tab's version of the words: nothing either tab did is lost.
    fn merge_from_other_tab(self, theirs: Draft) {
        let base = self.stored.get_value();
        let mut merged = self.draft.get_untracked();
        let clash = merged.merge_from_other_tab(&base, &theirs);
        self.stored.set_value(theirs.clone());
        let ours_to_add = merged != theirs;
        self.draft.set(merged);
        if ours_to_add {
            self.save();
        }
        if clash {
            self.status.set(SaveStatus::ChangedInOtherTab);
        }
        self.outside_changes.update(|n| *n += 1);
    }
}
