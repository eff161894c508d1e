//! The order of a draft's saves, natively: encrypting runs asynchronously in the browser, so
//! here each test decides when an encryption finishes, and storage is a map that refuses what
//! localStorage would refuse (`check_overwrite`).

use chrono::{DateTime, TimeZone, Utc};
use hjulet::browser::storage::{OtherTab, SaveProblem};
use hjulet::domain::format::draft_file::{draft_from_json, draft_to_json};
use hjulet::domain::format::locked::Locked;
use hjulet::domain::format::stored::{check_overwrite, stored_from_json, Stored, Writing};
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WordsField};
use hjulet::stores::draft_session::sequencer::{
    Command, DraftStorage, EncryptionKey, SaveSequencer, SaveStatus, SealFailed, Ticket,
};
use std::collections::HashMap;

/// A key known by its salt, as the browser's is; "encrypting" with it only wraps the words.
#[derive(Debug, Clone, PartialEq)]
struct Key([u8; 16]);

impl EncryptionKey for Key {
    fn salt(&self) -> &[u8] {
        &self.0
    }
}

const OURS: Key = Key([1; 16]);
const ANOTHER: Key = Key([2; 16]);

/// What the browser's WebCrypto would make of `draft`, without the cryptography.
fn seal(key: &Key, draft: &Draft) -> Locked {
    let plaintext = draft_to_json(draft);
    Locked::new(
        &key.0,
        &[0; 12],
        plaintext.as_bytes(),
        Some(draft.updated_at),
    )
}

fn open(locked: &Locked) -> Draft {
    draft_from_json(&String::from_utf8(locked.ciphertext()).unwrap()).unwrap()
}

/// localStorage: refuses what it would refuse, and fails while it is full.
#[derive(Default)]
struct Memory {
    texts: HashMap<DraftId, String>,
    full: bool,
}

impl DraftStorage for Memory {
    fn save_over(&mut self, id: &DraftId, text: &str, writing: Writing) -> Result<(), SaveProblem> {
        check_overwrite(self.texts.get(id).map(String::as_str), writing)
            .map_err(SaveProblem::Refused)?;
        if self.full {
            return Err(SaveProblem::Failed);
        }
        self.texts.insert(id.clone(), text.to_owned());
        Ok(())
    }
}

impl Memory {
    /// Another tab (or version) writes this, whatever is there.
    fn put(&mut self, id: &DraftId, text: String) {
        self.texts.insert(id.clone(), text);
    }

    fn stored(&self, id: &DraftId) -> Stored {
        stored_from_json(&self.texts[id]).unwrap()
    }

    /// The words storage holds readable; panics when they are encrypted.
    fn readable(&self, id: &DraftId) -> Draft {
        match self.stored(id) {
            Stored::Open(draft) => draft,
            Stored::Locked(_) => panic!("storage holds the draft encrypted"),
        }
    }

    /// The words storage holds encrypted with `key`; panics when they are readable.
    fn encrypted_with(&self, id: &DraftId, key: &Key) -> Draft {
        match self.stored(id) {
            Stored::Locked(locked) if key.fits(&locked) => open(&locked),
            Stored::Locked(_) => panic!("storage holds the draft encrypted with another key"),
            Stored::Open(_) => panic!("storage holds the draft readable"),
        }
    }
}

type Session = SaveSequencer<Key, Memory>;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, minute, 0).unwrap()
}

fn new_draft() -> Draft {
    let id = DraftId::parse("0123456789abcdef").unwrap();
    Draft::new_child(id, "Sara", AgeBand::Teen, at(0))
}

/// A tab with the draft open as storage holds it: readable, or encrypted with `key`.
fn tab(key: Option<Key>) -> Session {
    let draft = new_draft();
    let mut memory = Memory::default();
    let text = match &key {
        Some(key) => seal(key, &draft).to_json(),
        None => draft_to_json(&draft),
    };
    memory.put(&draft.id, text);
    SaveSequencer::new(draft, key, memory)
}

fn id(session: &Session) -> DraftId {
    session.words().id.clone()
}

/// What storage holds readable of the tab's draft.
fn kept_readable(session: &Session) -> Draft {
    session.storage().readable(&id(session))
}

/// What storage holds of the tab's draft, encrypted with our key.
fn kept_encrypted(session: &Session) -> Draft {
    session.storage().encrypted_with(&id(session), &OURS)
}

/// The user writes `words` in the "hard" field of the safe area.
fn write(session: &mut Session, words: &str, minute: u32) -> Vec<Command<Key>> {
    let mut draft = session.words().clone();
    draft.set_words("safe", WordsField::Hard, words, at(minute));
    session.edited(draft)
}

fn hard(draft: &Draft) -> &str {
    draft.words("safe", WordsField::Hard)
}

/// The one encryption `commands` ask for, done: its ticket and envelope.
fn sealed(commands: &[Command<Key>]) -> (Ticket, Locked) {
    let seals: Vec<_> = commands
        .iter()
        .filter_map(|command| match command {
            Command::Seal { ticket, key, draft } => Some((*ticket, seal(key, draft))),
            _ => None,
        })
        .collect();
    assert_eq!(seals.len(), 1, "one encryption expected in {commands:?}");
    seals[0].clone()
}

fn finish(session: &mut Session, (ticket, locked): (Ticket, Locked)) -> Vec<Command<Key>> {
    session.seal_finished(ticket, Ok(locked))
}

fn saved() -> Command<Key> {
    Command::Status(SaveStatus::Saved)
}

// Saving, readable and encrypted.

#[test]
fn a_readable_draft_is_saved_at_once_on_every_edit() {
    let mut session = tab(None);
    assert_eq!(write(&mut session, "mörkret", 1), [saved()]);
    assert_eq!(hard(&kept_readable(&session)), "mörkret");
    assert!(session.words_kept());
    assert!(!session.stored_encrypted());
}

#[test]
fn an_encrypted_draft_is_written_only_once_its_encryption_finishes_and_never_readable() {
    let mut session = tab(Some(OURS));
    let commands = write(&mut session, "mörkret", 1);
    let seal = sealed(&commands);
    assert_eq!(commands.len(), 1, "nothing else happens yet: {commands:?}");
    assert_eq!(hard(&kept_encrypted(&session)), "");

    assert_eq!(finish(&mut session, seal), [saved()]);
    assert_eq!(hard(&kept_encrypted(&session)), "mörkret");
    assert!(session.stored_encrypted());
}

#[test]
fn an_older_encryption_finishing_after_a_newer_one_never_writes_over_it() {
    let mut session = tab(Some(OURS));
    let a = sealed(&write(&mut session, "A", 1));
    let b = sealed(&write(&mut session, "AB", 2));

    assert_eq!(finish(&mut session, b), [saved()]);
    assert_eq!(finish(&mut session, a), [], "the older words are dropped");
    assert_eq!(hard(&kept_encrypted(&session)), "AB");
}

#[test]
fn an_older_encryption_finishing_first_is_dropped_and_the_newer_one_written() {
    let mut session = tab(Some(OURS));
    let a = sealed(&write(&mut session, "A", 1));
    let b = sealed(&write(&mut session, "AB", 2));

    assert_eq!(finish(&mut session, a), []);
    let stored = kept_encrypted(&session);
    assert_eq!(hard(&stored), "", "a save already overtaken is not written");
    assert_eq!(finish(&mut session, b), [saved()]);
    assert_eq!(hard(&kept_encrypted(&session)), "AB");
}

#[test]
fn a_failed_encryption_is_a_failed_save() {
    let mut session = tab(Some(OURS));
    let (ticket, _) = sealed(&write(&mut session, "A", 1));
    assert_eq!(
        session.seal_finished(ticket, Err(SealFailed)),
        [Command::Status(SaveStatus::Failed)]
    );
    assert!(!session.words_kept());
}

#[test]
fn adding_a_lock_encrypts_the_words_a_readable_save_had_just_written() {
    let mut session = tab(None);
    assert_eq!(write(&mut session, "A", 1), [saved()]);
    let first = sealed(&session.encrypt_with(OURS));
    // Until the encryption finishes, storage holds the readable save: still readable, not
    // claimed encrypted.
    assert!(!session.stored_encrypted());
    let second = sealed(&write(&mut session, "AB", 2));

    assert_eq!(
        finish(&mut session, second),
        [Command::StoredEncrypted(true), saved()]
    );
    assert_eq!(finish(&mut session, first), []);
    assert_eq!(hard(&kept_encrypted(&session)), "AB");
    assert!(session.stored_encrypted());
}

#[test]
fn a_readable_save_started_after_an_encryption_wins_over_it() {
    let mut session = tab(Some(OURS));
    let encrypting = sealed(&write(&mut session, "A", 1));
    // The lock is taken away while the words are still being encrypted.
    assert_eq!(
        session.stop_encrypting(),
        [Command::StoredEncrypted(false), saved()]
    );
    assert_eq!(finish(&mut session, encrypting), []);
    assert_eq!(hard(&kept_readable(&session)), "A");
    assert!(!session.stored_encrypted());
    assert_eq!(session.key(), None);
}

// "Lock now": forgetting the words here.

#[test]
fn lock_now_with_nothing_under_way_lets_go_at_once() {
    let mut session = tab(Some(OURS));
    let seal = sealed(&write(&mut session, "A", 1));
    finish(&mut session, seal);
    assert_eq!(session.forget_here(), [Command::LetGo]);
}

#[test]
fn lock_now_waits_for_every_encryption_under_way_then_lets_go() {
    let mut session = tab(Some(OURS));
    let a = sealed(&write(&mut session, "A", 1));
    let b = sealed(&write(&mut session, "AB", 2));
    assert_eq!(
        session.forget_here(),
        [],
        "the last words are not in storage yet"
    );

    assert_eq!(finish(&mut session, b), [saved()]);
    assert_eq!(finish(&mut session, a), [Command::LetGo]);
    assert_eq!(hard(&kept_encrypted(&session)), "AB");
}

#[test]
fn lock_now_after_a_failed_save_downloads_an_encrypted_rescue_copy_first() {
    let mut session = tab(Some(OURS));
    session.storage_mut().full = true;
    let seal = sealed(&write(&mut session, "A", 1));
    assert_eq!(session.forget_here(), []);

    let words = session.words().clone();
    assert_eq!(
        finish(&mut session, seal),
        [
            Command::Status(SaveStatus::Failed),
            Command::DownloadRescueCopyThenLetGo {
                draft: words,
                key: OURS
            },
        ]
    );
}

#[test]
fn lock_now_while_the_last_save_stands_refused_downloads_the_rescue_copy_at_once() {
    let mut session = tab(Some(OURS));
    session.storage_mut().full = true;
    let seal = sealed(&write(&mut session, "A", 1));
    finish(&mut session, seal);
    assert!(!session.words_kept());
    let words = session.words().clone();
    assert_eq!(
        session.forget_here(),
        [Command::DownloadRescueCopyThenLetGo {
            draft: words,
            key: OURS
        }]
    );
}

#[test]
fn a_failed_save_then_a_successful_one_keeps_the_words_again() {
    let mut session = tab(None);
    session.storage_mut().full = true;
    assert_eq!(
        write(&mut session, "A", 1),
        [Command::Status(SaveStatus::Failed)]
    );
    assert!(!session.words_kept());

    session.storage_mut().full = false;
    assert_eq!(write(&mut session, "AB", 2), [saved()]);
    assert!(session.words_kept());
    assert_eq!(hard(&kept_readable(&session)), "AB");

    let mut encrypted = tab(Some(OURS));
    encrypted.storage_mut().full = true;
    let seal = sealed(&write(&mut encrypted, "A", 1));
    finish(&mut encrypted, seal);
    encrypted.storage_mut().full = false;
    let seal = sealed(&write(&mut encrypted, "AB", 2));
    finish(&mut encrypted, seal);
    assert!(encrypted.words_kept());
    assert_eq!(encrypted.forget_here(), [Command::LetGo], "no rescue copy");
}

// Taking the lock away.

#[test]
fn taking_the_lock_away_keeps_the_key_until_storage_holds_the_draft_readable() {
    let mut session = tab(Some(OURS));
    session.storage_mut().full = true;
    assert_eq!(
        session.stop_encrypting(),
        [Command::Status(SaveStatus::Failed)]
    );
    assert_eq!(session.key(), Some(&OURS), "the key is kept");
    assert!(session.stored_encrypted());
    kept_encrypted(&session);
    // Its words can still leave, encrypted with the same passphrase.
    let words = session.words().clone();
    assert_eq!(
        session.forget_here(),
        [Command::DownloadRescueCopyThenLetGo {
            draft: words,
            key: OURS
        }]
    );

    // The next save tries again, readable.
    session.storage_mut().full = false;
    assert_eq!(
        write(&mut session, "A", 1),
        [Command::StoredEncrypted(false), saved()]
    );
    assert_eq!(hard(&kept_readable(&session)), "A");
    assert_eq!(session.key(), None);
    assert_eq!(
        write(&mut session, "AB", 2),
        [saved()],
        "readable from now on"
    );
}

#[test]
fn a_lock_put_on_again_elsewhere_with_another_passphrase_is_not_taken_away() {
    let mut session = tab(Some(OURS));
    let draft = session.words().clone();
    session
        .storage_mut()
        .put(&draft.id, seal(&ANOTHER, &draft).to_json());
    assert_eq!(session.stop_encrypting(), [Command::LetGo]);
    session.storage().encrypted_with(&draft.id, &ANOTHER);
}

// What storage refuses.

#[test]
fn a_newer_versions_save_is_not_written_over_and_the_words_can_leave() {
    let mut session = tab(Some(OURS));
    let newer = draft_to_json(session.words()).replace("\"schema\":3", "\"schema\":4");
    let draft_id = id(&session);
    session.storage_mut().put(&draft_id, newer.clone());

    let seal = sealed(&write(&mut session, "A", 1));
    assert_eq!(
        finish(&mut session, seal),
        [Command::Status(SaveStatus::NewerVersion)]
    );
    assert_eq!(session.storage().texts[&draft_id], newer);
    assert!(!session.words_kept());
    assert!(matches!(
        session.forget_here()[..],
        [Command::DownloadRescueCopyThenLetGo { .. }]
    ));
}

#[test]
fn a_draft_deleted_elsewhere_is_not_brought_back_and_the_page_starts_over() {
    let mut session = tab(None);
    let draft_id = id(&session);
    session.storage_mut().texts.remove(&draft_id);
    assert_eq!(write(&mut session, "A", 1), [Command::StartOver]);
    assert!(!session.storage().texts.contains_key(&draft_id));
}

#[test]
fn a_draft_locked_elsewhere_is_not_written_readable_and_this_tab_lets_go() {
    let mut session = tab(None);
    let draft = session.words().clone();
    let locked = seal(&ANOTHER, &draft).to_json();
    session.storage_mut().put(&draft.id, locked.clone());
    assert_eq!(write(&mut session, "A", 1), [Command::LetGo]);
    assert_eq!(session.storage().texts[&draft.id], locked);

    // Nor encrypted with an old key over a new passphrase's lock.
    let mut stale = tab(Some(OURS));
    stale.storage_mut().put(&draft.id, locked.clone());
    let seal = sealed(&write(&mut stale, "A", 1));
    assert_eq!(finish(&mut stale, seal), [Command::LetGo]);
    assert_eq!(stale.storage().texts[&draft.id], locked);
}

// Another tab.

/// What another tab, which started from `base`, saves after its user wrote `words` in the
/// "good" field of the health area.
fn their_save(base: &Draft, words: &str) -> Draft {
    let mut theirs = base.clone();
    theirs.set_words("health", WordsField::Good, words, at(30));
    theirs
}

#[test]
fn another_tabs_readable_save_after_ours_is_taken_in() {
    let mut session = tab(None);
    write(&mut session, "mörkret", 1);
    // Their save came after ours: it holds our words already.
    let theirs = their_save(&kept_readable(&session), "fotboll");
    session
        .storage_mut()
        .put(&theirs.id, draft_to_json(&theirs));

    let commands = session.other_tab(OtherTab::Saved(Stored::Open(theirs)));
    let Command::ShowWords(shown) = &commands[0] else {
        panic!("the words are shown first: {commands:?}");
    };
    assert_eq!(hard(shown), "mörkret");
    assert_eq!(shown.words("health", WordsField::Good), "fotboll");
    assert_eq!(session.words(), shown);
    assert!(!commands.contains(&Command::Status(SaveStatus::ChangedInOtherTab)));
    let stored = kept_readable(&session);
    assert_eq!(stored.words("health", WordsField::Good), "fotboll");
}

#[test]
fn our_words_not_in_storage_are_kept_and_saved_with_another_tabs() {
    let mut session = tab(None);
    let base = session.words().clone();
    session.storage_mut().full = true;
    write(&mut session, "mörkret", 1);
    session.storage_mut().full = false;
    let theirs = their_save(&base, "fotboll");
    session
        .storage_mut()
        .put(&theirs.id, draft_to_json(&theirs));

    let commands = session.other_tab(OtherTab::Saved(Stored::Open(theirs)));
    assert!(commands.contains(&saved()), "{commands:?}");
    assert!(session.words_kept());
    let stored = kept_readable(&session);
    assert_eq!(hard(&stored), "mörkret");
    assert_eq!(stored.words("health", WordsField::Good), "fotboll");
    assert_eq!(session.words(), &stored);
}

#[test]
fn the_same_value_changed_in_both_tabs_goes_to_the_later_save_and_says_so() {
    let mut session = tab(None);
    let base = session.words().clone();
    session.storage_mut().full = true;
    write(&mut session, "ours", 1);
    session.storage_mut().full = false;
    let mut theirs = base.clone();
    theirs.set_words("safe", WordsField::Hard, "theirs", at(30));
    session
        .storage_mut()
        .put(&theirs.id, draft_to_json(&theirs));

    let commands = session.other_tab(OtherTab::Saved(Stored::Open(theirs)));
    assert_eq!(
        commands.last(),
        Some(&Command::Status(SaveStatus::ChangedInOtherTab))
    );
    assert_eq!(hard(session.words()), "theirs");
    assert_eq!(hard(&kept_readable(&session)), "theirs");
}

#[test]
fn another_tab_taking_the_lock_away_is_followed_here() {
    let mut session = tab(Some(OURS));
    let theirs = their_save(session.words(), "fotboll");
    session
        .storage_mut()
        .put(&theirs.id, draft_to_json(&theirs));

    let commands = session.other_tab(OtherTab::Saved(Stored::Open(theirs)));
    assert_eq!(commands[0], Command::StoredEncrypted(false));
    assert_eq!(session.key(), None);
    // From now on this tab saves readable too, and storage takes it.
    assert_eq!(write(&mut session, "A", 1), [saved()]);
    assert_eq!(hard(&kept_readable(&session)), "A");
}

#[test]
fn an_encryption_finishing_after_another_tab_took_the_lock_away_does_not_put_it_back() {
    let mut session = tab(Some(OURS));
    let encrypting = sealed(&write(&mut session, "A", 1));
    // The other tab took the lock away; its user had written the same words meanwhile.
    let mut theirs = session.words().clone();
    theirs.set_words("safe", WordsField::Hard, "A", at(30));
    session
        .storage_mut()
        .put(&theirs.id, draft_to_json(&theirs));
    let commands = session.other_tab(OtherTab::Saved(Stored::Open(theirs)));
    assert!(!commands.iter().any(|c| matches!(c, Command::Seal { .. })));

    assert_eq!(finish(&mut session, encrypting), []);
    assert_eq!(hard(&kept_readable(&session)), "A");
    assert!(!session.stored_encrypted());
}

#[test]
fn another_tabs_save_with_our_key_is_opened_and_merged_with_words_still_encrypting() {
    let mut session = tab(Some(OURS));
    let base = session.words().clone();
    let ours = sealed(&write(&mut session, "mörkret", 1));
    let theirs = their_save(&base, "fotboll");
    let locked = seal(&OURS, &theirs);
    session.storage_mut().put(&theirs.id, locked.to_json());

    assert_eq!(
        session.other_tab(OtherTab::Saved(Stored::Locked(locked.clone()))),
        [Command::OpenOtherTabsSave {
            key: OURS,
            locked: locked.clone()
        }]
    );
    let commands = session.other_tab_opened(open(&locked));
    let Command::ShowWords(shown) = &commands[0] else {
        panic!("the merged words are shown first: {commands:?}");
    };
    assert_eq!(hard(shown), "mörkret");
    assert_eq!(shown.words("health", WordsField::Good), "fotboll");
    let both = sealed(&commands);

    assert_eq!(
        finish(&mut session, ours),
        [],
        "overtaken by the merged save"
    );
    assert_eq!(finish(&mut session, both), [saved()]);
    let stored = kept_encrypted(&session);
    assert_eq!(hard(&stored), "mörkret");
    assert_eq!(stored.words("health", WordsField::Good), "fotboll");
}

#[test]
fn another_drafts_words_opened_by_mistake_are_not_taken_in() {
    let mut session = tab(Some(OURS));
    let mut other = Draft::new_child(
        DraftId::parse("fedcba9876543210").unwrap(),
        "Ali",
        AgeBand::Teen,
        at(0),
    );
    other.set_scale("safe", Some(ScaleAnswer::Good), at(1));
    assert_eq!(session.other_tab_opened(other), []);
    assert_eq!(session.words(), &new_draft());
}

#[test]
fn another_tabs_save_with_another_key_makes_this_tab_let_go() {
    for key in [Some(OURS), None] {
        let mut session = tab(key);
        let locked = seal(&ANOTHER, session.words());
        assert_eq!(
            session.other_tab(OtherTab::Saved(Stored::Locked(locked))),
            [Command::LetGo]
        );
    }
}

#[test]
fn another_tab_deleting_the_draft_starts_this_one_over() {
    let mut session = tab(Some(OURS));
    assert_eq!(session.other_tab(OtherTab::Deleted), [Command::StartOver]);
}

#[test]
fn a_value_another_tab_cleared_after_our_save_is_cleared_here_too() {
    let mut session = tab(None);
    write(&mut session, "mörkret", 1);
    // The other tab took in our save, then its user cleared those words.
    let mut theirs = kept_readable(&session);
    theirs.set_words("safe", WordsField::Hard, "", at(30));
    session
        .storage_mut()
        .put(&theirs.id, draft_to_json(&theirs));

    session.other_tab(OtherTab::Saved(Stored::Open(theirs)));
    assert_eq!(hard(session.words()), "");
    assert_eq!(hard(&kept_readable(&session)), "");
}

#[test]
fn a_value_another_tab_wrote_then_cleared_is_cleared_here_while_ours_is_encrypting() {
    let mut session = tab(Some(OURS));
    let base = session.words().clone();
    let ours = sealed(&write(&mut session, "mörkret", 1));
    let first = their_save(&base, "fotboll");
    let both = sealed(&session.other_tab_opened(first.clone()));
    let mut second = first;
    second.set_words("health", WordsField::Good, "", at(31));

    let again = sealed(&session.other_tab_opened(second));
    assert_eq!(session.words().words("health", WordsField::Good), "");
    assert_eq!(hard(session.words()), "mörkret");
    assert_eq!(finish(&mut session, ours), []);
    assert_eq!(finish(&mut session, both), []);
    assert_eq!(finish(&mut session, again), [saved()]);
    let stored = kept_encrypted(&session);
    assert_eq!(stored.words("health", WordsField::Good), "");
    assert_eq!(hard(&stored), "mörkret");
}
