//! Shared state, handed down as context. Plain data lives inside signals; components get only
//! the half they need: [`CurrentDraft`] to read, [`DraftEditor`] to change.

use crate::browser::crypto::{self, LockKey};
use crate::browser::storage;
use crate::domain::saved::{draft_from_json, draft_to_json, Stored};
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
}

impl SaveStatus {
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Self::Unchanged => None,
            Self::Saved => Some("save-saved"),
            Self::Failed => Some("save-failed"),
            Self::ChangedInOtherTab => Some("save-other-tab"),
        }
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
}

/// How many times another tab's changes came in: views built from a draft's text re-read it.
#[derive(Clone, Copy)]
pub struct OutsideChanges(pub Signal<u32>);

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
        }
    }

    /// Lets go of the words in this tab, once every save under way has reached storage.
    pub fn lock_now(self) {
        if self.saves_pending.get_value() == 0 {
            self.lock.close();
        } else {
            self.lock_when_saved.set_value(true);
        }
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
        self.lock.key.set_value(None);
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
        let Some(key) = self.lock.key() else {
            let saved = self.draft.with_untracked(storage::save);
            self.lock.locked.set(false);
            self.finish_save(saved.is_ok(), self.draft.get_untracked());
            return;
        };
        let started = self.saves_started.get_value();
        let draft = self.draft.get_untracked();
        self.saves_pending.update_value(|n| *n += 1);
        spawn_local(async move {
            let sealed = crypto::seal(&key, &draft_to_json(&draft), Some(draft.updated_at)).await;
            self.saves_pending.try_update_value(|n| *n -= 1);
            // A later save is on its way with newer words; this one must not overwrite it.
            let latest = self
                .saves_started
                .try_get_value()
                .is_none_or(|latest| latest == started);
            if latest {
                let saved =
                    sealed.is_ok_and(|locked| storage::save_locked(&draft.id, &locked).is_ok());
                if saved {
                    self.lock.locked.try_set(true);
                }
                self.finish_save(saved, draft);
            }
            if self.lock_when_saved.try_get_value() == Some(true)
                && self.saves_pending.try_get_value() == Some(0)
            {
                self.lock.close();
            }
        });
    }

    fn finish_save(self, saved: bool, draft: Draft) {
        if saved {
            self.stored.try_set_value(draft);
        }
        self.status.try_set(if saved {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed
        });
    }

    /// Another tab saved this draft: open, locked with this tab's key, or locked with a
    /// passphrase this tab does not hold (then this tab lets go of the words too).
    pub fn take_in_other_tab_save(self, theirs: Stored) {
        match theirs {
            Stored::Open(draft) => {
                // The other tab removed the lock; a save from here must not put it back.
                self.lock.key.set_value(None);
                self.lock.locked.set(false);
                self.merge_from_other_tab(draft);
            }
            Stored::Locked(locked) => match self.lock.key() {
                Some(key) if key.fits(&locked) => spawn_local(async move {
                    let opened = crypto::open_with_key(&key, &locked).await;
                    if let Ok(Ok(draft)) = opened.map(|text| draft_from_json(&text)) {
                        if self.draft.try_get_untracked().is_some() {
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
