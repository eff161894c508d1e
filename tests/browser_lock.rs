#![cfg(target_arch = "wasm32")]
//! Passphrase locks with the browser's WebCrypto: what is stored holds no words, the right
//! passphrase opens it, a wrong one is refused and changes nothing, an envelope moved from where
//! it belongs does not open, and one written by an earlier version still does.

use chrono::Utc;
use hjulet::browser::crypto::{self, OpenError};
use hjulet::browser::{random::new_draft_id, storage};
use hjulet::domain::format::draft_file::{draft_from_json, draft_to_json};
use hjulet::domain::format::locked::Binding;
use hjulet::domain::format::stored::{stored_from_json, Stored, Writing};
use hjulet::domain::{AgeBand, Draft, DraftId, WordsField};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn draft_with_words() -> Draft {
    let mut draft = Draft::new_child(new_draft_id(), "Sara", AgeBand::Teen, Utc::now());
    draft.set_words(
        "safe",
        WordsField::Hard,
        "Pappa skriker på kvällarna",
        Utc::now(),
    );
    draft
}

fn stored_text(id: &DraftId) -> String {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&storage::draft_key(id))
        .unwrap()
        .unwrap()
}

async fn save_locked(draft: &Draft, key: &crypto::LockKey) {
    let binding = Binding::StoredDraft(draft.id.clone());
    let locked = crypto::seal(key, &draft_to_json(draft), Some(draft.updated_at), &binding)
        .await
        .unwrap();
    let writing = Writing::Locked { salt: key.salt() };
    storage::save_over(&draft.id, &locked.to_json(), writing).unwrap();
}

#[wasm_bindgen_test]
async fn a_locked_draft_is_stored_without_its_words_and_opens_with_the_right_passphrase() {
    let draft = draft_with_words();
    storage::save_new(&draft).unwrap();
    let key = crypto::new_key("min hemliga katt").await.unwrap();
    save_locked(&draft, &key).await;

    let text = stored_text(&draft.id);
    for secret in ["Pappa", "skriker", "Sara"] {
        assert!(!text.contains(secret), "{secret} is readable in {text}");
    }
    let Ok(Some(Stored::Locked(stored))) = storage::load(&draft.id) else {
        panic!("the draft should load as locked");
    };
    assert!(storage::load_all().locked.iter().any(|l| l.id == draft.id));

    let here = Binding::StoredDraft(draft.id.clone());
    assert_eq!(
        crypto::open("min hemliga hund", &stored, &here).await.err(),
        Some(OpenError::WrongPassphrase)
    );
    let (plaintext, reopened_key) = crypto::open("min hemliga katt", &stored, &here)
        .await
        .unwrap();
    assert_eq!(draft_from_json(&plaintext), Ok(draft.clone()));
    assert!(reopened_key.fits(&stored));
    storage::delete(&draft.id);
}

#[wasm_bindgen_test]
async fn a_locked_draft_moved_under_another_drafts_key_or_passed_off_as_a_file_does_not_open() {
    // Two siblings chose the same passphrase; someone swaps their locked wheels in storage.
    let (first, second) = (draft_with_words(), draft_with_words());
    let key = crypto::new_key("samma lösenord").await.unwrap();
    let sealed = crypto::seal(
        &key,
        &draft_to_json(&first),
        None,
        &Binding::StoredDraft(first.id.clone()),
    )
    .await
    .unwrap();
    let elsewhere = Binding::StoredDraft(second.id.clone());
    assert_eq!(
        crypto::open("samma lösenord", &sealed, &elsewhere)
            .await
            .err(),
        Some(OpenError::WrongPassphrase)
    );
    assert_eq!(
        crypto::open("samma lösenord", &sealed, &Binding::File)
            .await
            .err(),
        Some(OpenError::WrongPassphrase)
    );
    assert!(
        crypto::open("samma lösenord", &sealed, &Binding::StoredDraft(first.id))
            .await
            .is_ok()
    );
}

#[wasm_bindgen_test]
async fn a_version_1_envelope_written_by_an_earlier_app_still_opens() {
    let text = include_str!("fixtures/locked-version-1.json");
    let Ok(Stored::Locked(locked)) = stored_from_json(text) else {
        panic!("a version 1 locked draft");
    };
    assert_eq!(
        locked.additional_data(&Binding::File),
        None,
        "version 1: no binding"
    );
    let id = DraftId::parse("0123456789abcdef").unwrap();
    let (plaintext, _) = crypto::open(
        "min hemliga katt",
        &locked,
        &Binding::StoredDraft(id.clone()),
    )
    .await
    .unwrap();
    let draft = draft_from_json(&plaintext).unwrap();
    assert_eq!(draft.id, id);
    assert_eq!(draft.words("safe", WordsField::Hard), "Bussen");
}

#[wasm_bindgen_test]
async fn every_save_uses_a_fresh_nonce_and_the_same_key_opens_both() {
    let key = crypto::new_key("en mening som lösenord").await.unwrap();
    let first = crypto::seal(&key, "samma text", None, &Binding::File)
        .await
        .unwrap();
    let second = crypto::seal(&key, "samma text", None, &Binding::File)
        .await
        .unwrap();
    assert_ne!(first.iv(), second.iv());
    assert_ne!(first.ciphertext(), second.ciphertext());
    assert_eq!(
        crypto::open_with_key(&key, &second, &Binding::File)
            .await
            .unwrap(),
        "samma text"
    );
}
