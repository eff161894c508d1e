#![cfg(not(target_arch = "wasm32"))]
//! Whatever a file holds, importing it never panics: it gives a valid draft or an error the user
//! can read. Random bytes, damaged real files and random JSON, 10 000 cases each by default;
//! `PROPTEST_CASES=1000000 cargo test --release --test import_robustness` runs a long session.

use chrono::{TimeZone, Utc};
use hjulet::domain::share::{export_file, import_file};
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WordsField};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn swedish_message_ids() -> BTreeSet<String> {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/sv/app.ftl"))
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .filter(|id| !id.starts_with('#') && !id.is_empty())
        .collect()
}

fn real_file() -> String {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let mut d = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Middle,
        now,
    );
    d.set_scale("safe", Some(ScaleAnswer::Bad), now);
    d.set_words(
        "safe",
        WordsField::Hard,
        "Bussen <b>är</b> \u{202e}stökig",
        now,
    );
    d.set_scale("play", Some(ScaleAnswer::VeryGood), now);
    export_file(&d).1
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(10_000);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The one property: a draft that survives its own round trip, or a message the user can read.
fn imports_or_explains(text: &str, messages: &BTreeSet<String>) -> Result<(), TestCaseError> {
    match import_file(text) {
        Ok(draft) => {
            let again =
                import_file(&export_file(&draft).1).expect("an imported draft exports again");
            prop_assert_eq!(again, draft);
        }
        Err(error) => prop_assert!(
            messages.contains(error.message_id()),
            "{}",
            error.message_id()
        ),
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Damage {
    Flip(usize, u8),
    Insert(usize, u8),
    Remove(usize),
    Cut(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Damage::Flip(at, byte)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Damage::Insert(at, byte)),
        any::<usize>().prop_map(Damage::Remove),
        any::<usize>().prop_map(Damage::Cut),
    ]
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        "[a-z0-9 \\-<>\u{202e}]{0,12}".prop_map(serde_json::Value::String),
        prop_oneof![
            Just("barnets-basta-hjulet.draft"),
            Just("very-bad"),
            Just("8-12"),
            Just("child"),
            Just("guardian")
        ]
        .prop_map(|s| serde_json::Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_owned()),
                    Just("schema".to_owned()),
                    Just("draft".to_owned()),
                    Just("id".to_owned()),
                    Just("answers".to_owned()),
                    Just("scale".to_owned()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        imports_or_explains(&String::from_utf8_lossy(&bytes), &swedish_message_ids())?;
    }

    #[test]
    fn damaged_real_files_never_panic(damages in prop::collection::vec(damage(), 1..6)) {
        let mut bytes = real_file().into_bytes();
        for damage in damages {
            let len = bytes.len().max(1);
            match damage {
                Damage::Flip(at, byte) => { if !bytes.is_empty() { bytes[at % len] = byte; } }
                Damage::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
                Damage::Remove(at) => { if !bytes.is_empty() { bytes.remove(at % len); } }
                Damage::Cut(at) => bytes.truncate(at % len),
            }
        }
        imports_or_explains(&String::from_utf8_lossy(&bytes), &swedish_message_ids())?;
    }

    #[test]
    fn random_json_never_panics(value in json_value(), envelope in any::<bool>()) {
        let value = if envelope {
            serde_json::json!({ "format": "barnets-basta-hjulet.draft", "schema": 1, "draft": value })
        } else {
            value
        };
        imports_or_explains(&value.to_string(), &swedish_message_ids())?;
    }
}
