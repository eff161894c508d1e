#![cfg(target_arch = "wasm32")]
//! The storage edge in a real browser: drafts survive in localStorage, each under its own key,
//! something unreadable under our keys is reported and left where it is, and a save never writes
//! over a deletion, another tab's lock or a newer version's draft.

use chrono::Utc;
use hjulet::browser::storage::SaveProblem;
use hjulet::browser::{random::new_draft_id, storage};
use hjulet::domain::format::draft_file::draft_to_json;
use hjulet::domain::format::stored::{Refusal, Stored, Writing};
use hjulet::domain::{AgeBand, Draft, ScaleAnswer, WordsField};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn new_draft(nickname: &str) -> Draft {
    Draft::new_child(new_draft_id(), nickname, AgeBand::Middle, Utc::now())
}

#[wasm_bindgen_test]
fn a_saved_draft_loads_back_equal_and_deletes_completely() {
    local_storage().clear().unwrap();
    let mut draft = new_draft("Sara");
    draft.set_scale("safe", Some(ScaleAnswer::Good), Utc::now());
    draft.set_words("safe", WordsField::Good, "Mormor", Utc::now());
    storage::save_new(&draft).unwrap();

    assert_eq!(
        storage::load(&draft.id),
        Ok(Some(Stored::Open(draft.clone())))
    );
    let key = storage::draft_key(&draft.id);
    assert!(local_storage()
        .get_item(&key)
        .unwrap()
        .unwrap()
        .contains("Mormor"));

    storage::delete(&draft.id);
    assert_eq!(storage::load(&draft.id), Ok(None));
    assert_eq!(local_storage().length().unwrap(), 0);
}

#[wasm_bindgen_test]
fn siblings_drafts_are_listed_and_damaged_entries_are_left_alone() {
    let storage_area = local_storage();
    storage_area.clear().unwrap();
    let (first, second) = (new_draft("Ali"), new_draft("Noor"));
    storage::save_new(&first).unwrap();
    storage::save_new(&second).unwrap();
    let damaged_key = format!("{}draft/0123456789abcdef", storage::KEY_PREFIX);
    storage_area
        .set_item(&damaged_key, "{ not a draft")
        .unwrap();
    storage_area.set_item("someone-elses-key", "hello").unwrap();

    let stored = storage::load_all();
    let mut names: Vec<_> = stored.drafts.iter().map(|d| d.nickname.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Ali", "Noor"]);
    assert_eq!(stored.damaged_keys, std::slice::from_ref(&damaged_key));
    assert_eq!(
        storage_area.get_item(&damaged_key).unwrap().as_deref(),
        Some("{ not a draft"),
        "damaged data is kept, not deleted"
    );
    storage_area.clear().unwrap();
}

#[wasm_bindgen_test]
fn new_draft_ids_are_random() {
    let (a, b) = (new_draft_id(), new_draft_id());
    assert_ne!(a, b);
    assert_eq!(a.as_str().len(), 32);
}

#[wasm_bindgen_test]
fn a_save_never_brings_back_a_deleted_draft_nor_writes_over_a_lock_or_a_newer_version() {
    local_storage().clear().unwrap();
    let draft = new_draft("Sara");
    let text = draft_to_json(&draft);
    assert_eq!(
        storage::save_over(&draft.id, &text, Writing::Open),
        Err(SaveProblem::Refused(Refusal::Deleted))
    );
    assert_eq!(storage::load(&draft.id), Ok(None));

    storage::save_new(&draft).unwrap();
    assert_eq!(storage::save_over(&draft.id, &text, Writing::Open), Ok(()));
    let locked = include_str!("fixtures/locked-version-1.json");
    let key = storage::draft_key(&draft.id);
    local_storage().set_item(&key, locked).unwrap();
    assert_eq!(
        storage::save_over(&draft.id, &text, Writing::Open),
        Err(SaveProblem::Refused(Refusal::LockedElsewhere))
    );
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(locked)
    );

    let newer = text.replace("\"schema\":1", "\"schema\":2");
    local_storage().set_item(&key, &newer).unwrap();
    assert_eq!(
        storage::save_over(&draft.id, &text, Writing::Open),
        Err(SaveProblem::Refused(Refusal::NewerVersion))
    );
    assert_eq!(local_storage().get_item(&key).unwrap(), Some(newer));
    local_storage().clear().unwrap();
}
