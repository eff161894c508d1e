//! The index of saved wheels that the static start page reads before any wasm loads: built from
//! what storage holds in the start page's order, the exact JSON that page's script expects, a
//! round trip, and everything the app would not have written refused (its reader then rebuilds).

use chrono::{DateTime, Duration, TimeZone, Utc};
use hjulet::domain::draft::{MAX_AREAS, MAX_NICKNAME_CHARS};
use hjulet::domain::format::locked::Locked;
use hjulet::domain::format::stored::Stored;
use hjulet::domain::format::wheel_index::{
    wheel_index_from_json, wheel_index_to_json, IndexedWheel, WheelIndex, MAX_INDEXED_WHEELS,
    WHEEL_INDEX,
};
use hjulet::domain::format::LoadError;
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WheelDefinition};
use serde_json::{json, Value};

fn at(minute: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap() + Duration::minutes(minute)
}

fn id(n: usize) -> DraftId {
    DraftId::parse(&format!("{n:032x}")).unwrap()
}

/// A child's draft with `answered` of the shipped wheel's areas answered, changed at `minute`.
fn draft(n: usize, name: &str, answered: usize, minute: i64) -> Draft {
    let wheel = WheelDefinition::shipped();
    let mut draft = Draft::new_child(id(n), name, AgeBand::Middle, at(0));
    for area in wheel.areas.iter().take(answered) {
        draft.set_scale(&area.id, Some(ScaleAnswer::Good), at(minute));
    }
    draft.updated_at = at(minute);
    draft
}

fn index_json(wheels: Value) -> String {
    json!({"format": "barnets-basta-hjulet.wheel-index", "schema": 1, "wheels": wheels}).to_string()
}

fn open_entry(n: usize, name: &str) -> Value {
    json!({"id": id(n).to_string(), "name": name, "answered": 3, "areas": 7,
           "changed": "2026-11-23T09:00:00Z"})
}

fn locked_entry(n: usize) -> Value {
    json!({"id": id(n).to_string(), "locked": true, "changed": null})
}

#[test]
fn the_index_lists_open_wheels_newest_first_then_locked_ones_newest_first() {
    let wheel = WheelDefinition::shipped();
    // Storage lists its keys in no particular order.
    let drafts = [
        draft(1, "Ali", 2, 10),
        draft(2, "", 7, 30),
        draft(3, "Noor", 0, 20),
    ];
    let locked = [(id(4), None), (id(5), Some(at(5))), (id(6), Some(at(50)))];
    let index = WheelIndex::of_stored(&drafts, locked, &wheel);

    let ids: Vec<&str> = index.wheels().iter().map(|w| w.id().as_str()).collect();
    let expected: Vec<DraftId> = [2, 3, 1, 6, 5, 4].map(id).into();
    assert_eq!(
        ids,
        expected.iter().map(DraftId::as_str).collect::<Vec<_>>()
    );
    assert_eq!(
        index.wheels()[0],
        IndexedWheel::Open {
            id: id(2),
            name: String::new(),
            answered: 7,
            areas: 7,
            changed: at(30),
        }
    );
    assert_eq!(
        index.wheels()[2],
        IndexedWheel::Open {
            id: id(1),
            name: "Ali".into(),
            answered: 2,
            areas: wheel.areas.len(),
            changed: at(10),
        }
    );
    assert_eq!(
        index.wheels()[5],
        IndexedWheel::Locked {
            id: id(4),
            changed: None
        }
    );
}

#[test]
fn the_order_is_the_start_pages_even_for_wheels_changed_at_the_same_moment() {
    let wheel = WheelDefinition::shipped();
    let mut drafts = vec![
        draft(9, "B", 0, 1),
        draft(7, "A", 0, 1),
        draft(8, "C", 0, 2),
    ];
    let index = WheelIndex::of_stored(&drafts, [(id(3), None), (id(2), None)], &wheel);
    hjulet::domain::draft::newest_first(&mut drafts);
    let open: Vec<&DraftId> = index.wheels()[..3].iter().map(IndexedWheel::id).collect();
    assert_eq!(open, drafts.iter().map(|d| &d.id).collect::<Vec<_>>());
    assert_eq!(
        index.wheels()[3].id(),
        &id(2),
        "ties: by id, not by key order"
    );
}

#[test]
fn the_json_is_exactly_what_the_static_start_page_reads() {
    let wheel = WheelDefinition::shipped();
    let index = WheelIndex::of_stored(
        &[draft(1, "Sara", 3, 0)],
        [(id(2), Some(at(1))), (id(3), None)],
        &wheel,
    );
    let written: Value = serde_json::from_str(&wheel_index_to_json(&index)).unwrap();
    assert_eq!(
        written,
        json!({
            "format": "barnets-basta-hjulet.wheel-index",
            "schema": 1,
            "wheels": [
                {"id": id(1).to_string(), "name": "Sara", "answered": 3, "areas": 7,
                 "changed": "2026-11-23T09:00:00Z"},
                {"id": id(2).to_string(), "locked": true, "changed": "2026-11-23T09:01:00Z"},
                {"id": id(3).to_string(), "locked": true, "changed": null},
            ]
        })
    );
    assert_eq!(WHEEL_INDEX.format, "barnets-basta-hjulet.wheel-index");
    assert_eq!(
        wheel_index_from_json(&wheel_index_to_json(&index)),
        Ok(index)
    );
    let empty = WheelIndex::default();
    assert_eq!(
        wheel_index_from_json(&wheel_index_to_json(&empty)),
        Ok(empty)
    );
}

#[test]
fn a_locked_wheel_is_listed_with_no_name_and_nothing_of_its_words() {
    let wheel = WheelDefinition::shipped();
    let locked = Locked::new(&[1; 16], &[2; 12], &[3; 40], Some(at(4)));
    let entry = IndexedWheel::stored(&id(1), &Stored::Locked(locked), &wheel).unwrap();
    assert_eq!(entry, IndexedWheel::locked(id(1), Some(at(4))));
    let text = wheel_index_to_json(&WheelIndex::new([entry]));
    let written: Value = serde_json::from_str(&text).unwrap();
    let fields: Vec<&String> = written["wheels"][0].as_object().unwrap().keys().collect();
    assert_eq!(fields, ["changed", "id", "locked"]);
}

#[test]
fn an_open_draft_under_another_drafts_key_is_not_listed() {
    let wheel = WheelDefinition::shipped();
    let stored = Stored::Open(draft(1, "Sara", 1, 0));
    assert_eq!(IndexedWheel::stored(&id(2), &stored, &wheel), None);
    assert!(IndexedWheel::stored(&id(1), &stored, &wheel).is_some());
}

#[test]
fn a_save_or_a_deletion_changes_just_that_wheels_entry_as_a_rebuild_would() {
    let wheel = WheelDefinition::shipped();
    let (mut sara, ali) = (draft(1, "Sara", 1, 0), draft(2, "Ali", 0, 5));
    let mut index = WheelIndex::of_stored(&[sara.clone(), ali.clone()], [], &wheel);

    // Sara answers another area and becomes the newest.
    sara.set_scale("voice", Some(ScaleAnswer::Bad), at(9));
    index.put(IndexedWheel::open(&sara, &wheel));
    assert_eq!(
        index,
        WheelIndex::of_stored(&[sara.clone(), ali.clone()], [], &wheel)
    );
    assert_eq!(index.wheels()[0].id(), &sara.id);

    // Sara locks hers: her name leaves the index, her wheel goes after the open ones.
    index.put(IndexedWheel::locked(sara.id.clone(), Some(at(10))));
    assert_eq!(
        index,
        WheelIndex::of_stored(
            std::slice::from_ref(&ali),
            [(sara.id.clone(), Some(at(10)))],
            &wheel
        )
    );
    assert!(!wheel_index_to_json(&index).contains("Sara"));

    // Ali's is deleted, then Sara's.
    index.remove(&ali.id);
    index.remove(&sara.id);
    assert!(index.is_empty());
}

#[test]
fn the_index_lists_at_most_so_many_wheels_the_newest_first() {
    let wheel = WheelDefinition::shipped();
    let drafts: Vec<Draft> = (0..=MAX_INDEXED_WHEELS)
        .map(|n| draft(n + 1, "", 0, n as i64))
        .collect();
    let index = WheelIndex::of_stored(&drafts, [], &wheel);
    assert_eq!(index.wheels().len(), MAX_INDEXED_WHEELS);
    assert_eq!(index.wheels()[0].id(), &drafts[MAX_INDEXED_WHEELS].id);
    assert!(!index.wheels().iter().any(|w| w.id() == &drafts[0].id));
    assert!(wheel_index_from_json(&wheel_index_to_json(&index)).is_ok());
}

#[test]
fn an_index_the_app_would_not_have_written_is_refused() {
    let damaged = |text: String| {
        assert!(
            matches!(wheel_index_from_json(&text), Err(LoadError::Damaged(_))),
            "{text} was taken in: {:?}",
            wheel_index_from_json(&text)
        );
    };
    assert_eq!(wheel_index_from_json("{ not json"), Err(LoadError::NotJson));
    assert_eq!(
        wheel_index_from_json(r#"{"format":"barnets-basta-hjulet.draft","schema":1,"wheels":[]}"#),
        Err(LoadError::NotOurs)
    );
    assert_eq!(
        wheel_index_from_json(r#"{"format":"barnets-basta-hjulet.wheel-index","wheels":[]}"#),
        Err(LoadError::NoVersion)
    );
    assert_eq!(
        wheel_index_from_json(
            r#"{"format":"barnets-basta-hjulet.wheel-index","schema":2,"wheels":[]}"#
        ),
        Err(LoadError::FutureVersion { found: 2 })
    );
    damaged(r#"{"format":"barnets-basta-hjulet.wheel-index","schema":1}"#.into());
    damaged(index_json(json!({})));
    damaged(index_json(json!(null)));
    damaged(
        json!({"format": "barnets-basta-hjulet.wheel-index", "schema": 1, "wheels": [],
               "note": "hej"})
        .to_string(),
    );

    let with = |edit: &dyn Fn(&mut Value)| {
        let mut entry = open_entry(1, "Sara");
        edit(&mut entry);
        index_json(json!([entry]))
    };
    assert!(wheel_index_from_json(&with(&|_| {})).is_ok());
    // A locked wheel that would tell its name, or more than that it is locked.
    let mut named_lock = locked_entry(1);
    named_lock["name"] = json!("Sara");
    damaged(index_json(json!([named_lock])));
    let mut counted_lock = locked_entry(1);
    counted_lock["answered"] = json!(3);
    damaged(index_json(json!([counted_lock])));
    damaged(with(&|e| e["locked"] = json!(true)));
    let mut not_locked = locked_entry(1);
    not_locked["locked"] = json!(false);
    damaged(index_json(json!([not_locked])));
    // Fields that are missing, unknown or out of bounds.
    damaged(with(&|e| e["words"] = json!("Pappa skriker")));
    damaged(with(&|e| {
        e.as_object_mut().unwrap().remove("changed");
    }));
    damaged(with(&|e| e["changed"] = json!("igår")));
    damaged(with(&|e| e["id"] = json!("../../settings")));
    damaged(with(&|e| e["id"] = json!("ABCDEF0123456789")));
    damaged(with(&|e| e["answered"] = json!(8)));
    damaged(with(&|e| e["answered"] = json!(-1)));
    damaged(with(&|e| {
        e["areas"] = json!(MAX_AREAS + 1);
        e["answered"] = json!(0);
    }));
    damaged(with(&|e| e["name"] = json!(["Sara"])));
    damaged(index_json(json!([open_entry(1, "Sara"), locked_entry(1)])));
    damaged(index_json(json!(["Sara"])));

    // Names: as long as a nickname can be, and no longer.
    let longest = "å".repeat(MAX_NICKNAME_CHARS);
    assert!(wheel_index_from_json(&index_json(json!([open_entry(1, &longest)]))).is_ok());
    assert_eq!(
        wheel_index_from_json(&index_json(json!([open_entry(1, &format!("{longest}x"))]))),
        Err(LoadError::TooLong)
    );

    // As many wheels as an index lists, and no more.
    let entries = |count: usize| Value::Array((1..=count).map(locked_entry).collect());
    assert!(wheel_index_from_json(&index_json(entries(MAX_INDEXED_WHEELS))).is_ok());
    damaged(index_json(entries(MAX_INDEXED_WHEELS + 1)));
}

#[test]
fn an_index_is_read_in_any_order_and_kept_in_the_start_pages() {
    let text = index_json(json!([locked_entry(1), open_entry(2, "Ali")]));
    let index = wheel_index_from_json(&text).unwrap();
    assert_eq!(index.wheels()[0].id(), &id(2));
    assert_ne!(wheel_index_to_json(&index), text);
}
