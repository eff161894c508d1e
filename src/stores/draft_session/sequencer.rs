//! The order of a draft's saves, in plain Rust: no signals, no web-sys, no async runtime, so
//! that every race between saving, encrypting, letting go and another tab is tested natively
//! (`tests/draft_session.rs`).
//!
//! [`SaveSequencer`] takes events (an edit, an encryption finished, "lock now", another tab's
//! save) and answers with [`Command`]s for the Leptos shell ([`super::DraftEditor`]) to carry
//! out: encrypt these words, show these words, say this status, let go. Writes themselves go
//! through a [`DraftStorage`] at once: localStorage answers synchronously.
//!
//! "Lock" means three things, and each has its own name here:
//! - **encrypt at rest** ([`SaveSequencer::encrypt_with`]): from now on storage holds the draft
//!   only encrypted with this tab's key; [`SaveSequencer::stop_encrypting`] takes that back;
//! - **forget here** ([`SaveSequencer::forget_here`], then [`Command::LetGo`]): this tab lets go
//!   of the words and the key; the passphrase is needed again;
//! - **stored encrypted** ([`SaveSequencer::stored_encrypted`]): storage holds the draft
//!   encrypted right now.

use crate::browser::storage::{OtherTab, SaveProblem};
use crate::domain::format::draft_file::draft_to_json;
use crate::domain::format::locked::Locked;
use crate::domain::format::stored::{Refusal, Stored, Writing};
use crate::domain::{Draft, DraftId};
use crate::ids::{self, MessageId};

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
    pub fn message_id(self) -> Option<MessageId> {
        match self {
            Self::Unchanged => None,
            Self::Saved => Some(ids::SAVE_SAVED),
            Self::Failed => Some(ids::SAVE_FAILED),
            Self::ChangedInOtherTab => Some(ids::SAVE_OTHER_TAB),
            Self::NewerVersion => Some(ids::SAVE_NEWER_VERSION),
        }
    }

    /// True when the words on screen are not in storage: they can still leave as a file.
    pub fn words_not_kept(self) -> bool {
        matches!(self, Self::Failed | Self::NewerVersion)
    }
}

/// Where drafts are kept: localStorage in the browser, a map in the tests.
pub trait DraftStorage {
    /// Writes `text` (a draft, or an encrypted envelope of one) over the draft with this id,
    /// unless what is there now must not be written over (see
    /// [`crate::domain::format::stored::check_overwrite`]).
    fn save_over(&mut self, id: &DraftId, text: &str, writing: Writing) -> Result<(), SaveProblem>;
}

/// The key a draft is encrypted with. The sequencer only needs to tell keys apart, by the salt
/// they were derived with; the browser's key (a WebCrypto `CryptoKey`) never reaches it.
pub trait EncryptionKey: Clone {
    fn salt(&self) -> &[u8];

    /// Whether this key can open `locked` (it was sealed with this key's salt).
    fn fits(&self, locked: &Locked) -> bool {
        locked.salt() == self.salt()
    }
}

/// Names one encryption the shell was asked for, to hand back with its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

/// The encryption did not happen (no WebCrypto here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SealFailed;

/// What the shell must do after an event, in this order.
#[derive(Debug, Clone, PartialEq)]
pub enum Command<K> {
    /// Encrypt `draft` with `key` for storage, then hand the envelope back with
    /// [`SaveSequencer::seal_finished`] and this ticket.
    Seal {
        ticket: Ticket,
        key: K,
        draft: Draft,
    },
    /// Decrypt another tab's save, made with this tab's key, and hand the draft inside to
    /// [`SaveSequencer::other_tab_opened`]; one that does not open is left alone.
    OpenOtherTabsSave { key: K, locked: Locked },
    /// Another tab's words came in: show these and let open text fields read them again.
    ShowWords(Draft),
    /// Tell the user how the last save went.
    Status(SaveStatus),
    /// Storage now holds the draft encrypted (true) or readable (false).
    StoredEncrypted(bool),
    /// The words are not in storage: download them as a rescue copy encrypted with `key` (so
    /// the same passphrase opens it), then let go.
    DownloadRescueCopyThenLetGo { draft: Draft, key: K },
    /// Forget the words and the key in this tab: the passphrase is needed again.
    LetGo,
    /// The draft is gone (deleted in another tab): start the page over from what storage holds.
    StartOver,
}

/// The latest encryption asked for: only it may be written.
struct Sealing {
    ticket: Ticket,
    salt: Vec<u8>,
    draft: Draft,
}

/// Every save of one open draft, in order. Each edit is saved at once; an encrypted save waits
/// for its encryption, and only the latest save started is ever written.
pub struct SaveSequencer<K, S> {
    storage: S,
    /// The words on screen.
    words: Draft,
    /// The version in storage as this tab last saw it: the base for merging another tab's save.
    stored: Draft,
    /// The key the draft is encrypted with at rest; this tab's only, never in storage.
    key: Option<K>,
    stored_encrypted: bool,
    /// The next saves take the encryption away, because the user asked for it in this tab. The
    /// key is kept until storage holds the draft readable: until then the draft is still stored
    /// encrypted, and its words can still leave as an encrypted rescue copy.
    stopping_encryption: bool,
    /// Counts every save started, readable or encrypted: an encryption that finishes after a
    /// later save started is never written.
    saves_started: u64,
    sealing: Option<Sealing>,
    /// Encryptions still running; "lock now" waits for them, so the last word is kept.
    seals_pending: u32,
    forget_when_saved: bool,
    /// False while the words on screen are not in storage (the last save failed or was refused).
    words_kept: bool,
}

impl<K: EncryptionKey, S: DraftStorage> SaveSequencer<K, S> {
    /// A draft just loaded from `storage`: readable, or opened with `key`.
    pub fn new(words: Draft, key: Option<K>, storage: S) -> Self {
        Self {
            storage,
            stored: words.clone(),
            words,
            stored_encrypted: key.is_some(),
            key,
            stopping_encryption: false,
            saves_started: 0,
            sealing: None,
            seals_pending: 0,
            forget_when_saved: false,
            words_kept: true,
        }
    }

    pub fn words(&self) -> &Draft {
        &self.words
    }

    /// The key the draft is encrypted with at rest, while this tab holds one.
    pub fn key(&self) -> Option<&K> {
        self.key.as_ref()
    }

    /// Whether storage holds the draft encrypted right now.
    pub fn stored_encrypted(&self) -> bool {
        self.stored_encrypted
    }

    /// Whether the words on screen are in storage.
    pub fn words_kept(&self) -> bool {
        self.words_kept
    }

    pub fn storage(&self) -> &S {
        &self.storage
    }

    pub fn storage_mut(&mut self) -> &mut S {
        &mut self.storage
    }

    /// The user changed the words: they are saved at once.
    pub fn edited(&mut self, words: Draft) -> Vec<Command<K>> {
        self.words = words;
        self.run(Self::save)
    }

    /// From now on storage holds this draft only encrypted with `key`.
    pub fn encrypt_with(&mut self, key: K) -> Vec<Command<K>> {
        self.key = Some(key);
        self.run(Self::save)
    }

    /// Stores the draft readable again, for when a lock is no longer wanted.
    pub fn stop_encrypting(&mut self) -> Vec<Command<K>> {
        self.stopping_encryption = true;
        self.run(Self::save)
    }

    /// "Lock now": lets go of the words in this tab, once every encryption under way has
    /// reached storage; when the device refused the last save, the words leave as an encrypted
    /// rescue copy first.
    pub fn forget_here(&mut self) -> Vec<Command<K>> {
        self.run(|session, out| {
            if session.seals_pending == 0 {
                session.let_go_keeping_words(out);
            } else {
                session.forget_when_saved = true;
            }
        })
    }

    /// An encryption the shell ran has finished. It is written only if no save started after
    /// it, so older words never overwrite newer ones.
    pub fn seal_finished(
        &mut self,
        ticket: Ticket,
        sealed: Result<Locked, SealFailed>,
    ) -> Vec<Command<K>> {
        self.run(|session, out| {
            session.seals_pending = session.seals_pending.saturating_sub(1);
            let latest = session
                .sealing
                .take_if(|sealing| sealing.ticket == ticket && ticket.0 == session.saves_started);
            if let Some(Sealing { salt, draft, .. }) = latest {
                let saved = match sealed {
                    Ok(locked) => session.storage.save_over(
                        &draft.id,
                        &locked.to_json(),
                        Writing::Locked { salt: &salt },
                    ),
                    Err(SealFailed) => Err(SaveProblem::Failed),
                };
                if saved.is_ok() {
                    session.set_stored_encrypted(true, out);
                }
                session.finish_save(saved, draft, out);
            }
            if session.forget_when_saved && session.seals_pending == 0 {
                session.let_go_keeping_words(out);
            }
        })
    }

    /// Another tab saved this draft (readable, encrypted with this tab's key, or encrypted with
    /// a passphrase this tab does not hold: then this tab lets go of the words too) or deleted
    /// it.
    pub fn other_tab(&mut self, change: OtherTab) -> Vec<Command<K>> {
        self.run(|session, out| match change {
            OtherTab::Deleted => out.push(Command::StartOver),
            OtherTab::Saved(Stored::Open(theirs)) => {
                // Only a tab that was asked to take the encryption away writes the draft
                // readable over it (see `check_overwrite`): follow it, so a save from here does
                // not put it back; nor does an encryption still running here.
                session.key = None;
                session.sealing = None;
                session.stopping_encryption = false;
                session.set_stored_encrypted(false, out);
                session.merge(theirs, out);
            }
            OtherTab::Saved(Stored::Locked(locked)) => match &session.key {
                Some(key) if key.fits(&locked) => out.push(Command::OpenOtherTabsSave {
                    key: key.clone(),
                    locked,
                }),
                _ => out.push(Command::LetGo),
            },
        })
    }

    /// The draft inside another tab's encrypted save, as [`Command::OpenOtherTabsSave`] found
    /// it.
    pub fn other_tab_opened(&mut self, theirs: Draft) -> Vec<Command<K>> {
        self.run(|session, out| {
            if theirs.id == session.words.id {
                session.merge(theirs, out);
            }
        })
    }

    fn run(&mut self, event: impl FnOnce(&mut Self, &mut Vec<Command<K>>)) -> Vec<Command<K>> {
        let mut out = Vec::new();
        event(self, &mut out);
        out
    }

    fn save(&mut self, out: &mut Vec<Command<K>>) {
        self.saves_started += 1;
        let draft = self.words.clone();
        match &self.key {
            Some(key) if !self.stopping_encryption => {
                let ticket = Ticket(self.saves_started);
                self.seals_pending += 1;
                self.sealing = Some(Sealing {
                    ticket,
                    salt: key.salt().to_vec(),
                    draft: draft.clone(),
                });
                out.push(Command::Seal {
                    ticket,
                    key: key.clone(),
                    draft,
                });
            }
            key => {
                // Readable: never encrypted, or the encryption taken away on request (only the
                // one this key opens: see `check_overwrite`).
                let salt = key.as_ref().map(|key| key.salt().to_vec());
                let writing = match &salt {
                    Some(salt) => Writing::RemovingLock { salt },
                    None => Writing::Open,
                };
                self.sealing = None;
                let saved = self
                    .storage
                    .save_over(&draft.id, &draft_to_json(&draft), writing);
                if saved.is_ok() {
                    self.key = None;
                    self.stopping_encryption = false;
                    self.set_stored_encrypted(false, out);
                }
                self.finish_save(saved, draft, out);
            }
        }
    }

    fn finish_save(
        &mut self,
        saved: Result<(), SaveProblem>,
        draft: Draft,
        out: &mut Vec<Command<K>>,
    ) {
        self.words_kept = saved.is_ok();
        out.push(match saved {
            Ok(()) => {
                self.stored = draft;
                Command::Status(SaveStatus::Saved)
            }
            Err(SaveProblem::Failed) => Command::Status(SaveStatus::Failed),
            Err(SaveProblem::Refused(Refusal::NewerVersion)) => {
                Command::Status(SaveStatus::NewerVersion)
            }
            // Gone in another tab: this tab lets go too (the page then says it is gone).
            Err(SaveProblem::Refused(Refusal::Deleted)) => Command::StartOver,
            // Encrypted in another tab: the passphrase is needed here too.
            Err(SaveProblem::Refused(Refusal::LockedElsewhere)) => Command::LetGo,
        });
    }

    fn let_go_keeping_words(&self, out: &mut Vec<Command<K>>) {
        out.push(match &self.key {
            Some(key) if !self.words_kept => Command::DownloadRescueCopyThenLetGo {
                draft: self.words.clone(),
                key: key.clone(),
            },
            _ => Command::LetGo,
        });
    }

    fn set_stored_encrypted(&mut self, encrypted: bool, out: &mut Vec<Command<K>>) {
        if self.stored_encrypted != encrypted {
            self.stored_encrypted = encrypted;
            out.push(Command::StoredEncrypted(encrypted));
        }
    }

    /// Takes in another tab's version of the words: nothing either tab did is lost.
    fn merge(&mut self, theirs: Draft, out: &mut Vec<Command<K>>) {
        let mut merged = self.words.clone();
        let clash = merged.merge_from_other_tab(&self.stored, &theirs);
        let ours_to_add = merged != theirs;
        self.stored = theirs;
        self.words = merged.clone();
        out.push(Command::ShowWords(merged));
        if ours_to_add {
            self.save(out);
        }
        if clash {
            out.push(Command::Status(SaveStatus::ChangedInOtherTab));
        }
    }
}
