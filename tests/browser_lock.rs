#![cfg(target_arch = "wasm32")]
//! Passphrase locks with the browser's WebCrypto: what is stored holds no words, the right
//! passphrase opens it, a wrong one is refused and changes nothing.

use chrono::Utc;
use hjulet::browser::crypto::{self, OpenError};
use hjulet::browser::{random::new_draft_id, storage};
use hjulet::domain::saved::{draft_from_json, draft_to_json, Stored};
use hjulet::domain::{AgeBand, Draft, WordsField};
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

#[wasm_bindgen_test]
async fn a_locked_draft_is_stored_without_its_words_and_opens_with_the_right_passphrase() {
    let draft = draft_with_words();
    let key = crypto::new_key("min hemliga katt").await.unwrap();
    let locked = crypto::seal(&key, &draft_to_json(&draft), Some(draft.updated_at))
        .await
        .unwrap();
    storage::save_locked(&draft.id, &locked).unwrap();

    let stored_text = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&storage::draft_key(&draft.id))
        .unwrap()
        .unwrap();
    for secret in ["Pappa", "skriker", "Sara"] {
        assert!(
            !stored_text.contains(secret),
            "{secret} is readable in {stored_text}"
        );
    }
    let Ok(Some(Stored::Locked(stored))) = storage::load(&draft.id) else {
        panic!("the draft should load as locked");
    };
    assert!(storage::load_all().locked.iter().any(|l| l.id == draft.id));

    assert_eq!(
        crypto::open("min hemliga hund", &stored).await.err(),
        Some(OpenError::WrongPassphrase)
    );
    let (plaintext, reopened_key) = crypto::open("min hemliga katt", &stored).await.unwrap();
    assert_eq!(draft_from_json(&plaintext), Ok(draft.clone()));
    assert!(reopened_key.fits(&stored));
    storage::delete(&draft.id);
}

#[wasm_bindgen_test]
async fn every_save_uses_a_fresh_nonce_and_the_same_key_opens_both() {
    let key = crypto::new_key("en mening som lösenord").await.unwrap();
    let first = crypto::seal(&key, "samma text", None).await.unwrap();
    let second = crypto::seal(&key, "samma text", None).await.unwrap();
    assert_ne!(first.iv(), second.iv());
    assert_ne!(first.ciphertext(), second.ciphertext());
    assert_eq!(
        crypto::open_with_key(&key, &second).await.unwrap(),
        "samma text"
    );
}
