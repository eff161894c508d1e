#![cfg(target_arch = "wasm32")]
//! The storage edge in a real browser: drafts survive in localStorage, each under its own key,
//! something unreadable under our keys is reported and left where it is, a save never writes
//! over a deletion, another tab's lock or a newer version's draft, and the index of saved wheels
//! (the static start page's one key) stays true through every save, lock and deletion.

use chrono::Utc;
use hjulet::browser::storage::SaveProblem;
use hjulet::browser::{random::new_draft_id, storage};
use hjulet::domain::format::draft_file::draft_to_json;
use hjulet::domain::format::locked::Locked;
use hjulet::domain::format::stored::{Refusal, Stored, Writing};
use hjulet::domain::format::wheel_index::{
    wheel_index_from_json, wheel_index_to_json, IndexedWheel, WheelIndex,
};
use hjulet::domain::{AgeBand, Draft, ScaleAnswer, WheelDefinition, WordsField};
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

    let newer = text.replace("\"schema\":3", "\"schema\":4");
    local_storage().set_item(&key, &newer).unwrap();
    assert_eq!(
        storage::save_over(&draft.id, &text, Writing::Open),
        Err(SaveProblem::Refused(Refusal::NewerVersion))
    );
    assert_eq!(local_storage().get_item(&key).unwrap(), Some(newer));
    local_storage().clear().unwrap();
}

/// The key the static start page reads: a contract with its script, so spelled out here.
const INDEX_KEY: &str = "barnets-basta-hjulet/index";

/// The index as stored, read by its own format; `None` when there is no key.
fn stored_index() -> Option<WheelIndex> {
    local_storage()
        .get_item(INDEX_KEY)
        .unwrap()
        .map(|text| wheel_index_from_json(&text).expect("the app writes an index it reads"))
}

/// What the index should say: every wheel `load_all` finds, in the start page's order.
fn index_of_everything_stored() -> WheelIndex {
    let stored = storage::load_all();
    let locked = stored.locked.iter().map(|l| (l.id.clone(), l.saved_at));
    WheelIndex::of_stored(&stored.drafts, locked, &WheelDefinition::shipped())
}

fn listed_ids() -> Vec<String> {
    stored_index()
        .map(|index| index.wheels().iter().map(|w| w.id().to_string()).collect())
        .unwrap_or_default()
}

/// A locked envelope for the draft `id`'s key, as the app writes one (the ciphertext needs no
/// meaning here: the index reads only that it is locked and when it was saved).
fn locked_text(saved_at: chrono::DateTime<Utc>) -> (Vec<u8>, String) {
    let salt = vec![7; 16];
    let text = Locked::new(&salt, &[1; 12], &[2; 48], Some(saved_at)).to_json();
    (salt, text)
}

#[wasm_bindgen_test]
fn every_save_and_deletion_keeps_the_index_of_saved_wheels_true() {
    local_storage().clear().unwrap();
    let wheel = WheelDefinition::shipped();
    let mut sara = new_draft("Sara");
    storage::save_new(&sara).unwrap();
    assert_eq!(
        stored_index().unwrap().wheels(),
        [IndexedWheel::Open {
            id: sara.id.clone(),
            name: "Sara".into(),
            answered: 0,
            areas: wheel.areas.len(),
            changed: sara.updated_at,
        }]
    );

    // A keystroke's save: just Sara's entry changes.
    sara.set_scale("safe", Some(ScaleAnswer::Good), Utc::now());
    sara.set_nickname("Sara B", Utc::now());
    storage::save_over(&sara.id, &draft_to_json(&sara), Writing::Open).unwrap();
    assert_eq!(
        stored_index().unwrap().wheels(),
        [IndexedWheel::open(&sara, &wheel)]
    );

    let ali = new_draft("Ali");
    storage::save_new(&ali).unwrap();
    assert_eq!(stored_index(), Some(index_of_everything_stored()));
    assert_eq!(listed_ids().len(), 2);

    storage::delete(&sara.id);
    assert_eq!(listed_ids(), [ali.id.to_string()]);
    // No wheel left: no list of them either.
    storage::delete(&ali.id);
    assert_eq!(local_storage().get_item(INDEX_KEY).unwrap(), None);
    assert_eq!(local_storage().length().unwrap(), 0);
}

#[wasm_bindgen_test]
fn a_locked_save_leaves_no_name_in_the_index_and_unlocking_brings_it_back() {
    local_storage().clear().unwrap();
    let sara = new_draft("Sara");
    storage::save_new(&sara).unwrap();
    let (salt, locked) = locked_text(Utc::now());
    storage::save_over(&sara.id, &locked, Writing::Locked { salt: &salt }).unwrap();

    let text = local_storage().get_item(INDEX_KEY).unwrap().unwrap();
    assert!(
        !text.contains("Sara"),
        "a locked wheel's name is in the index: {text}"
    );
    assert!(!text.contains("answered"), "{text}");
    assert_eq!(stored_index(), Some(index_of_everything_stored()));
    assert!(matches!(
        stored_index().unwrap().wheels(),
        [IndexedWheel::Locked {
            changed: Some(_),
            ..
        }]
    ));

    storage::save_over(
        &sara.id,
        &draft_to_json(&sara),
        Writing::RemovingLock { salt: &salt },
    )
    .unwrap();
    assert_eq!(stored_index(), Some(index_of_everything_stored()));
    assert!(local_storage()
        .get_item(INDEX_KEY)
        .unwrap()
        .unwrap()
        .contains("\"name\":\"Sara\""));
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn an_index_that_disagrees_with_storage_is_repaired() {
    let area = local_storage();
    area.clear().unwrap();
    // Wheels saved by an older version, which wrote no index; and something unreadable.
    let (older, other) = (new_draft("Noor"), new_draft(""));
    for draft in [&older, &other] {
        area.set_item(&storage::draft_key(&draft.id), &draft_to_json(draft))
            .unwrap();
    }
    let (_, locked) = locked_text(Utc::now());
    let locked_id = new_draft_id();
    area.set_item(&storage::draft_key(&locked_id), &locked)
        .unwrap();
    let damaged_key = format!("{}draft/0123456789abcdef", storage::KEY_PREFIX);
    area.set_item(&damaged_key, "{ not a draft").unwrap();

    storage::repair_index();
    let index = stored_index().unwrap();
    assert_eq!(index, index_of_everything_stored());
    assert_eq!(index.wheels().len(), 3, "the damaged key is not listed");
    // The start page's order: open ones newest first, then the locked one.
    let stored = storage::load_all();
    let in_list_order: Vec<String> = stored
        .drafts
        .iter()
        .map(|d| d.id.to_string())
        .chain(stored.locked.iter().map(|l| l.id.to_string()))
        .collect();
    assert_eq!(listed_ids(), in_list_order);

    // A deleted wheel still listed, and a wheel missing: the start page's reload sets it right.
    area.remove_item(&storage::draft_key(&other.id)).unwrap();
    let gone_and_missing = wheel_index_to_json(&WheelIndex::new([
        IndexedWheel::open(&other, &WheelDefinition::shipped()),
        IndexedWheel::locked(locked_id.clone(), None),
    ]));
    area.set_item(INDEX_KEY, &gone_and_missing).unwrap();
    let _ = storage::load_all();
    assert_eq!(stored_index(), Some(index_of_everything_stored()));
    assert!(!listed_ids().contains(&other.id.to_string()));

    // Damaged by hand, or written by a newer version: a save rebuilds it whole.
    for unreadable in [
        "{ not an index".to_owned(),
        gone_and_missing.replace("\"schema\":1", "\"schema\":2"),
    ] {
        area.set_item(INDEX_KEY, &unreadable).unwrap();
        storage::save_over(&older.id, &draft_to_json(&older), Writing::Open).unwrap();
        assert_eq!(stored_index(), Some(index_of_everything_stored()));
    }
    assert_eq!(
        area.get_item(&damaged_key).unwrap().as_deref(),
        Some("{ not a draft"),
        "damaged data is still kept, not deleted"
    );

    // Nothing readable left: no index, even where a damaged one lay.
    area.set_item(INDEX_KEY, "{ not an index").unwrap();
    area.remove_item(&storage::draft_key(&older.id)).unwrap();
    area.remove_item(&storage::draft_key(&locked_id)).unwrap();
    storage::repair_index();
    assert_eq!(area.get_item(INDEX_KEY).unwrap(), None);
    area.clear().unwrap();
}

#[wasm_bindgen_test]
fn delete_everything_removes_the_index_too() {
    local_storage().clear().unwrap();
    storage::save_new(&new_draft("Sara")).unwrap();
    assert!(local_storage().get_item(INDEX_KEY).unwrap().is_some());
    assert!(INDEX_KEY.starts_with(storage::KEY_PREFIX));
    storage::remove_all();
    assert_eq!(local_storage().get_item(INDEX_KEY).unwrap(), None);
    assert_eq!(local_storage().length().unwrap(), 0);
    // The start page reads its list again right after: that puts no index back.
    assert!(storage::load_all().drafts.is_empty());
    assert_eq!(local_storage().length().unwrap(), 0);
}

/// Fills localStorage to its quota with keys of its own; returns them, to remove afterwards.
fn fill_storage() -> Vec<String> {
    let (area, mut fillers, mut size) = (local_storage(), Vec::new(), 1 << 20);
    while size >= 1 {
        let key = format!("filler-{}", fillers.len());
        if area.set_item(&key, &"x".repeat(size)).is_ok() {
            fillers.push(key);
        } else {
            size /= 2;
        }
    }
    fillers
}

#[wasm_bindgen_test]
fn a_full_device_saves_the_draft_and_drops_the_index_rather_than_leave_it_wrong() {
    let area = local_storage();
    area.clear().unwrap();
    let noor = new_draft("Noor");
    storage::save_new(&noor).unwrap();
    // Sara's wheel, saved by a version that wrote no index: her next save adds her to it.
    let sara = new_draft("Sara");
    let sara_text = draft_to_json(&sara);
    area.set_item(&storage::draft_key(&sara.id), &sara_text)
        .unwrap();
    let fillers = fill_storage();

    // The draft takes no more room than before, so it is saved; the longer index does not fit.
    assert_eq!(
        storage::save_over(&sara.id, &sara_text, Writing::Open),
        Ok(())
    );
    assert_eq!(
        area.get_item(INDEX_KEY).unwrap(),
        None,
        "an index that could not be kept true is not left behind"
    );

    for key in fillers {
        area.remove_item(&key).unwrap();
    }
    storage::repair_index();
    assert_eq!(stored_index(), Some(index_of_everything_stored()));
    assert_eq!(listed_ids().len(), 2);
    area.clear().unwrap();
}
