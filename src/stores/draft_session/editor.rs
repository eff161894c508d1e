//! The Leptos shell around [`SaveSequencer`]: signals in, commands out. It owns no ordering of
//! its own; it only carries out what the sequencer asks, and runs the encryption (WebCrypto is
//! asynchronous) with `spawn_local`.

use super::sequencer::{
    Command, DraftStorage, EncryptionKey, SaveSequencer, SaveStatus, SealFailed,
};
use super::OutsideChanges;
use crate::browser::crypto::{self, LockKey};
use crate::browser::media_store::{self, MediaError, ResealProblem};
use crate::browser::storage::{self, OtherTab, SaveProblem};
use crate::browser::{document, files, offline};
use crate::domain::format::draft_file::{draft_from_json, draft_to_json};
use crate::domain::format::file_name::{file_name, FileKind};
use crate::domain::format::import::rescue_file_text;
use crate::domain::format::locked::Binding;
use crate::domain::format::stored::Writing;
use crate::domain::{Draft, DraftId};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;

/// The device's localStorage, through [`storage::save_over`].
pub struct BrowserStorage;

impl DraftStorage for BrowserStorage {
    fn save_over(&mut self, id: &DraftId, text: &str, writing: Writing) -> Result<(), SaveProblem> {
        storage::save_over(id, text, writing)
    }
}

impl EncryptionKey for LockKey {
    fn salt(&self) -> &[u8] {
        LockKey::salt(self)
    }
}

type Session = SaveSequencer<LockKey, BrowserStorage>;

/// Whether two keys (or none) seal alike: a key is known by its salt.
fn same_key(a: Option<&LockKey>, b: Option<&LockKey>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.salt() == b.salt(),
        _ => false,
    }
}

/// Changes the current draft; every change is saved to the device at once.
#[derive(Clone, Copy)]
pub struct DraftEditor {
    draft: RwSignal<Draft>,
    status: RwSignal<SaveStatus>,
    /// Counts changes that came from another tab, so that open text fields can be rebuilt.
    outside_changes: RwSignal<u32>,
    stored_encrypted: RwSignal<bool>,
    /// Shared with encryptions under way: one that finishes after this page has gone is still
    /// written (the user's last words), though nothing on the page is updated any more.
    session: StoredValue<Rc<RefCell<Session>>, LocalStorage>,
    /// Forgets the words and the key in this tab; the passphrase is needed again.
    let_go: Callback<()>,
}

/// The whole draft as a file, for when the device does not keep it: encrypted with the draft's
/// own key (so the same passphrase opens it) when the draft is encrypted, and then without any
/// name.
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
    /// The editor of `draft`, just loaded: readable, or opened with the key it is
    /// `encrypted_with`. `let_go` forgets it in this tab.
    pub fn new(
        draft: RwSignal<Draft>,
        status: RwSignal<SaveStatus>,
        encrypted_with: Option<LockKey>,
        let_go: Callback<()>,
    ) -> Self {
        let session = Session::new(draft.get_untracked(), encrypted_with, BrowserStorage);
        Self {
            draft,
            status,
            outside_changes: RwSignal::new(0),
            stored_encrypted: RwSignal::new(session.stored_encrypted()),
            session: StoredValue::new_local(Rc::new(RefCell::new(session))),
            let_go,
        }
    }

    pub fn outside_changes(self) -> OutsideChanges {
        OutsideChanges(self.outside_changes.into())
    }

    /// The key the draft is encrypted with at rest, while this tab holds one.
    pub fn key(self) -> Option<LockKey> {
        self.with_session(|s| s.key().cloned()).flatten()
    }

    /// Whether storage holds the draft encrypted right now (tracked).
    pub fn stored_encrypted(self) -> bool {
        self.stored_encrypted.get()
    }

    pub fn edit(self, change: impl FnOnce(&mut Draft, DateTime<Utc>)) {
        self.draft.update(|draft| change(draft, Utc::now()));
        let words = self.draft.get_untracked();
        self.carry_out(self.with_session(|s| s.edited(words)));
    }

    /// From now on storage holds this draft only encrypted with `key`.
    pub async fn encrypt_with(self, key: LockKey) -> Result<(), MediaError> {
        self.change_key(Some(key.clone()), |s| s.encrypt_with(key))
            .await
    }

    /// Stores the draft readable again, for when a lock is no longer wanted.
    pub async fn stop_encrypting(self) -> Result<(), MediaError> {
        self.change_key(None, Session::stop_encrypting).await
    }

    /// The draft's drawings and voice notes are sealed with the new key (or opened, with none)
    /// before its words: a device that cannot write them (full) leaves the whole wheel as it
    /// was and says so, never locked words beside readable media. Records that did not open
    /// with the old key are left as they are; none of them is readable.
    async fn change_key(
        self,
        to: Option<LockKey>,
        words: impl FnOnce(&mut Session) -> Vec<Command<LockKey>>,
    ) -> Result<(), MediaError> {
        let before = self.key();
        let unchanged = same_key(before.as_ref(), to.as_ref());
        let Some(id) = self.draft.try_with_untracked(|d| d.id.clone()) else {
            return Ok(());
        };
        let reseal = |from: Option<LockKey>, to: Option<LockKey>| {
            let id = id.clone();
            async move {
                match media_store::reseal_draft(&id, from.as_ref(), to.as_ref()).await {
                    Err(ResealProblem::NothingWritten(problem)) => Err(problem),
                    Ok(()) | Err(ResealProblem::SomeLeftAsTheyWere(_)) => Ok(()),
                }
            }
        };
        if !unchanged {
            reseal(before.clone(), to.clone()).await?;
            if self.session.try_get_value().is_none() {
                // The page let go of the wheel meanwhile, so its words stay as they were: so do
                // its media, or no key held anywhere would open them.
                return reseal(to, before).await;
            }
        }
        self.carry_out(self.with_session(words));
        if !unchanged {
            // A drawing or note kept while the others were being sealed went under the old
            // key; this pass finds only those.
            let _ = reseal(before, to).await;
        }
        Ok(())
    }

    /// After a drawing or voice note was kept sealed with `used` (none: readable): when the
    /// draft's key changed while it was being written (a lock or a new passphrase), it follows
    /// the key now, as the others did. Without this a note written in the very instant of a
    /// lock would stay readable beside the locked words.
    pub fn media_kept_with(self, used: Option<LockKey>) {
        let now = self.key();
        let same = same_key(used.as_ref(), now.as_ref());
        let Some(id) = self.draft.try_with_untracked(|d| d.id.clone()) else {
            return;
        };
        if !same {
            spawn_local(async move {
                let _ = media_store::reseal_draft(&id, used.as_ref(), now.as_ref()).await;
            });
        }
    }

    /// "Lock now": lets go of the words in this tab once every save under way has reached
    /// storage; when the device refused the last save, the words leave as an encrypted rescue
    /// copy first.
    pub fn forget_here(self) {
        self.carry_out(self.with_session(|s| s.forget_here()));
    }

    /// Another tab saved this draft or deleted it.
    pub fn take_in_other_tab(self, change: OtherTab) {
        self.carry_out(self.with_session(|s| s.other_tab(change)));
    }

    /// The session, while this page holds it.
    fn with_session<T>(self, act: impl FnOnce(&mut Session) -> T) -> Option<T> {
        self.session.try_with_value(|s| act(&mut s.borrow_mut()))
    }

    /// Runs after awaits too: everything here tolerates a page that has gone meanwhile.
    fn carry_out(self, commands: Option<Vec<Command<LockKey>>>) {
        for command in commands.into_iter().flatten() {
            match command {
                Command::Seal { ticket, key, draft } => {
                    let Some(session) = self.session.try_get_value() else {
                        continue;
                    };
                    spawn_local(async move {
                        let binding = Binding::StoredDraft(draft.id.clone());
                        let plaintext = draft_to_json(&draft);
                        let sealed =
                            crypto::seal(&key, &plaintext, Some(draft.updated_at), &binding)
                                .await
                                .map_err(|_| SealFailed);
                        // Written even when the page has gone meanwhile (see `session`).
                        let done = session.borrow_mut().seal_finished(ticket, sealed);
                        self.carry_out(Some(done));
                    })
                }
                Command::OpenOtherTabsSave { key, locked } => {
                    let Some(id) = self.draft.try_with_untracked(|d| d.id.clone()) else {
                        continue;
                    };
                    spawn_local(async move {
                        let binding = Binding::StoredDraft(id);
                        let opened = crypto::open_with_key(&key, &locked, &binding).await;
                        if let Ok(Ok(theirs)) = opened.map(|text| draft_from_json(&text)) {
                            let done = self.with_session(|s| s.other_tab_opened(theirs));
                            self.carry_out(done);
                        }
                    })
                }
                Command::ShowWords(words) => {
                    self.draft.try_set(words);
                    self.outside_changes.try_update(|n| *n += 1);
                }
                Command::Status(status) => {
                    if status == SaveStatus::Saved {
                        // A wheel is kept on the device: ask once that an unvisited app is not
                        // wiped.
                        offline::ask_to_keep_storage();
                    }
                    self.status.try_set(status);
                }
                Command::StoredEncrypted(encrypted) => {
                    self.stored_encrypted.try_set(encrypted);
                }
                Command::DownloadRescueCopyThenLetGo { draft, key } => spawn_local(async move {
                    if let Ok((name, text)) = rescue_copy(&draft, Some(&key)).await {
                        files::download(&name, &text, "application/json");
                    }
                    self.let_go.try_run(());
                }),
                Command::LetGo => {
                    self.let_go.try_run(());
                }
                Command::StartOver => document::start_over(),
            }
        }
    }
}
