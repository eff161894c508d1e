#![cfg(not(target_arch = "wasm32"))]
//! Whatever a file holds, the function the app calls with a chosen or dropped file
//! ([`read_file`]) never panics: it gives a file that survives its own round trip (and that a
//! meeting takes in or refuses with a reason), or an error whose message exists in every
//! language. The files are made to look like ours: real drafts, plans and locked envelopes with
//! mutated fields, unknown keys such as `__proto__`, deep nesting and huge strings, as well as
//! random bytes and damaged real files. 10 000 cases each by default;
//! `PROPTEST_CASES=1000000 cargo test --release --test import_robustness` runs a long session.

use chrono::{TimeZone, Utc};
use hjulet::domain::drawing::{Colour, Drawing, Point, Stroke};
use hjulet::domain::format::import::{
    read_file, read_unlocked_file, rescue_file_text, shared_file_text, ImportError, SharedFile,
    MAX_FILE_BYTES,
};
use hjulet::domain::format::locked::{Locked, IV_BYTES, SALT_BYTES};
use hjulet::domain::format::plan_file::{plan_to_json, plan_with_drawings_to_json};
use hjulet::domain::format::shared_media::{SharedMedia, VoiceNote};
use hjulet::domain::plan::{PlanArea, PlanInProgress};
use hjulet::domain::{AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WordsField};
use hjulet::ids::MessageId;
use hjulet::meeting::import::join_problem_message;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// Every message id of every language, by language.
fn messages_by_language() -> &'static BTreeMap<String, BTreeSet<String>> {
    static MESSAGES: OnceLock<BTreeMap<String, BTreeSet<String>>> = OnceLock::new();
    MESSAGES.get_or_init(|| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
        std::fs::read_dir(root)
            .unwrap()
            .map(|language| {
                let dir = language.unwrap().path();
                let ids = std::fs::read_dir(&dir)
                    .unwrap()
                    .flat_map(|file| {
                        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                        text.lines()
                            .filter(|line| !line.starts_with([' ', '#', '*', '[', '}']))
                            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.to_owned()))
                            .collect::<Vec<_>>()
                    })
                    .collect();
                (dir.file_name().unwrap().to_string_lossy().into_owned(), ids)
            })
            .collect()
    })
}

fn explained_in_every_language(message_id: MessageId) -> Result<(), TestCaseError> {
    let message_id = message_id.as_str();
    let messages = messages_by_language();
    prop_assert!(messages.len() >= 8);
    for (language, ids) in messages {
        prop_assert!(
            ids.contains(message_id),
            "{message_id} missing in {language}"
        );
    }
    Ok(())
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn real_draft() -> Draft {
    let mut d = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Middle,
        now(),
    );
    d.set_scale("safe", Some(ScaleAnswer::Bad), now());
    d.set_words(
        "safe",
        WordsField::Hard,
        "Bussen <b>är</b> \u{202e}stökig",
        now(),
    );
    d.set_scale("play", Some(ScaleAnswer::VeryGood), now());
    d.set_scale("care", Some(ScaleAnswer::VeryBad), now());
    d.set_shared("care", false, now());
    d.set_voice_shared("safe", true, now());
    d
}

/// A drawing and a (very short) voice note in the shared area, so that a file's media is
/// changed too.
fn real_media() -> SharedMedia {
    let mut drawing = Drawing::default();
    let mut stroke = Stroke::start(Colour::ALL[0], 14, Point::new(10, 10).unwrap());
    stroke.extend(Point::new(500, 900).unwrap());
    drawing.push_stroke(stroke);
    drawing.set_text("min katt");
    SharedMedia {
        drawings: BTreeMap::from([("safe".to_owned(), drawing)]),
        voice_notes: BTreeMap::from([(
            "safe".to_owned(),
            VoiceNote {
                mime: "audio/webm;codecs=opus".to_owned(),
                bytes: b"\x1aE\xdf\xa3 not really sound".to_vec(),
            },
        )]),
    }
}

fn real_guardian() -> Draft {
    let mut d = Draft::new_adult(
        Perspective::Guardian,
        DraftId::parse("aaaaaaaaaaaaaaaa").unwrap(),
        "Sara",
        "mamma",
        AgeBand::Middle,
        now(),
    );
    d.set_scale("safe", Some(ScaleAnswer::Between), now());
    d
}

fn real_plan() -> PlanInProgress {
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(real_draft()).unwrap();
    meeting.bring_in(real_guardian()).unwrap();
    meeting.plan.child_name = "Sara".into();
    meeting.plan.made_on = Some(now().date_naive());
    meeting.plan.areas.insert(
        "safe".into(),
        PlanArea {
            needs: "Trygg skolväg".into(),
            ..PlanArea::default()
        },
    );
    let earlier = meeting.clone();
    meeting.follow_up_of(earlier);
    meeting
}

fn real_locked() -> Locked {
    Locked::new(&[7; SALT_BYTES], &[9; IV_BYTES], &[1; 40], None)
}

/// The real files a meeting is sent: a shared wheel, a rescue copy, a plan, a locked file.
fn real_files() -> [String; 4] {
    [
        shared_file_text(&real_draft(), &real_media()),
        rescue_file_text(&real_draft()),
        plan_to_json(&real_plan()),
        real_locked().to_json(),
    ]
}

/// The one property.
fn reads_or_explains(text: &str) -> Result<(), TestCaseError> {
    match read_file(text) {
        Ok(SharedFile::Draft(draft, media)) => {
            let again = read_file(&rescue_file_text(&draft)).expect("a draft read writes again");
            prop_assert_eq!(
                again,
                SharedFile::Draft(draft.clone(), SharedMedia::default())
            );
            // Media read is media the app writes and reads the same way again.
            let media_again = SharedMedia::from_field(Some(serde_json::to_value(&media).unwrap()));
            prop_assert_eq!(media_again, Ok(media.clone()));
            // The meeting takes it in, or says why not, next to a child and a guardian.
            let mut meeting = PlanInProgress::default();
            meeting.bring_in(real_draft()).unwrap();
            meeting.bring_in(real_guardian()).unwrap();
            match meeting.bring_in(draft) {
                Ok(_) => {
                    let back = read_file(&plan_to_json(&meeting)).expect("the plan reads back");
                    prop_assert_eq!(back, SharedFile::Plan(meeting.chosen(), BTreeMap::new()));
                }
                Err(problem) => explained_in_every_language(join_problem_message(problem))?,
            }
        }
        Ok(SharedFile::Plan(plan, drawings)) => {
            let back = read_file(&plan_with_drawings_to_json(&plan, &drawings))
                .expect("a plan read writes again");
            // Only the child's drawings its draft says came with it go out again.
            let SharedFile::Plan(back_plan, back_drawings) = back else {
                panic!("a plan reads back as a plan");
            };
            prop_assert_eq!(back_plan, plan.chosen());
            prop_assert!(back_drawings.keys().all(|area| drawings.contains_key(area)));
        }
        Ok(SharedFile::Locked(locked)) => {
            prop_assert_eq!(
                read_file(&locked.to_json()),
                Ok(SharedFile::Locked(locked.clone()))
            );
            // What a passphrase would open is read the same way, but never a lock in a lock.
            prop_assert_eq!(
                read_unlocked_file(&locked.to_json()),
                Err(ImportError::LockedTwice)
            );
        }
        Err(error) => explained_in_every_language(error.message_id())?,
    }
    Ok(())
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

/// Every place in a JSON value, as a JSON pointer.
fn pointers(value: &Value, at: String, all: &mut Vec<String>) {
    all.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(inner, format!("{at}/{key}"), all);
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                pointers(inner, format!("{at}/{index}"), all);
            }
        }
        _ => {}
    }
}

/// Values that look like ours, or like an attack on a JSON reader.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        Just(serde_json::json!(u64::MAX)),
        "[a-z0-9 \\-<>\u{202e}\u{0}\u{1f}]{0,12}".prop_map(Value::String),
        (1usize..3000).prop_map(|n| Value::String("ä".repeat(n))),
        prop_oneof![
            Just("barnets-basta-hjulet.draft"),
            Just("barnets-basta-hjulet.plan"),
            Just("barnets-basta-hjulet.locked"),
            Just("barnets-basta-hjulet.meeting"),
            Just("very-bad"),
            Just("8-12"),
            Just("child"),
            Just("guardian"),
            Just("professional"),
            Just("0123456789abcdef"),
            Just("aaaaaaaaaaaaaaaa"),
            Just("AES-GCM-256"),
            Just("2026-11-23"),
            Just("2026-11-23T09:00:00Z"),
        ]
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_owned()),
                    Just("schema".to_owned()),
                    Just("version".to_owned()),
                    Just("draft".to_owned()),
                    Just("plan".to_owned()),
                    Just("perspectives".to_owned()),
                    Just("answers".to_owned()),
                    Just("private_areas".to_owned()),
                    Just("__proto__".to_owned()),
                    Just("constructor".to_owned()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Puts another value where one was.
    Replace(Index, Value),
    /// Takes a field or an item away.
    Remove(Index),
    /// Adds a key (an unknown one, or one of ours) to an object.
    AddKey(Index, String, Value),
    /// Buries the value under many levels of arrays.
    Nest(Index, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), json_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        any::<Index>().prop_map(Mutation::Remove),
        (
            any::<Index>(),
            prop_oneof![
                Just("__proto__".to_owned()),
                Just("secret".to_owned()),
                Just("left_out".to_owned()),
                Just("earlier".to_owned()),
                Just("private_areas".to_owned()),
                "[a-z_]{1,10}"
            ],
            json_value()
        )
            .prop_map(|(at, k, v)| Mutation::AddKey(at, k, v)),
        (any::<Index>(), 1usize..300).prop_map(|(at, depth)| Mutation::Nest(at, depth)),
    ]
}

fn mutate(value: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    let at = |index: &Index| all[index.index(all.len())].clone();
    match mutation {
        Mutation::Replace(index, new) => {
            if let Some(place) = value.pointer_mut(&at(index)) {
                *place = new.clone();
            }
        }
        Mutation::Remove(index) => {
            let pointer = at(index);
            if let Some((parent, last)) = pointer.rsplit_once('/') {
                match value.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = last.parse::<usize>() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::AddKey(index, key, new) => {
            if let Some(Value::Object(map)) = value.pointer_mut(&at(index)) {
                map.insert(key.clone(), new.clone());
            }
        }
        Mutation::Nest(index, depth) => {
            if let Some(place) = value.pointer_mut(&at(index)) {
                let mut nested = place.take();
                for _ in 0..*depth {
                    nested = Value::Array(vec![nested]);
                }
                *place = nested;
            }
        }
    }
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

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        reads_or_explains(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn damaged_real_files_never_panic(
        which in 0usize..4,
        damages in prop::collection::vec(damage(), 1..6),
    ) {
        let mut bytes = real_files()[which].clone().into_bytes();
        for damage in damages {
            let len = bytes.len().max(1);
            match damage {
                Damage::Flip(at, byte) => { if !bytes.is_empty() { bytes[at % len] = byte; } }
                Damage::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
                Damage::Remove(at) => { if !bytes.is_empty() { bytes.remove(at % len); } }
                Damage::Cut(at) => bytes.truncate(at % len),
            }
        }
        reads_or_explains(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn real_files_with_mutated_fields_are_read_or_explained(
        which in 0usize..4,
        mutations in prop::collection::vec(mutation(), 1..5),
    ) {
        let mut value: Value = serde_json::from_str(&real_files()[which]).unwrap();
        for mutation in &mutations {
            mutate(&mut value, mutation);
        }
        reads_or_explains(&value.to_string())?;
    }

    #[test]
    fn random_json_in_our_envelopes_is_read_or_explained(
        value in json_value(),
        envelope in 0usize..4,
    ) {
        let value = match envelope {
            0 => serde_json::json!({ "format": "barnets-basta-hjulet.draft", "schema": 1, "draft": value }),
            1 => serde_json::json!({ "format": "barnets-basta-hjulet.plan", "schema": 1, "plan": value }),
            2 => {
                let mut locked: Value = serde_json::from_str(&real_locked().to_json()).unwrap();
                locked["ciphertext"] = value;
                locked
            }
            _ => value,
        };
        reads_or_explains(&value.to_string())?;
    }
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    for depth in [200, 10_000, 100_000] {
        let text = format!(
            r#"{{"format":"barnets-basta-hjulet.draft","schema":1,"draft":{}1{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        reads_or_explains(&text).unwrap();
        let objects = format!("{}{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        reads_or_explains(&objects).unwrap();
    }
}

#[test]
fn huge_strings_up_to_the_size_limit_are_refused_or_read_not_a_crash() {
    let draft = shared_file_text(&real_draft(), &SharedMedia::default());
    let filler = MAX_FILE_BYTES as usize - draft.len() - 64;
    for (from, to) in [
        ("Sara", "ä".repeat(filler / 2)),
        ("Bussen", "x".repeat(filler)),
        ("0123456789abcdef", "a".repeat(filler)),
        ("\"safe\"", format!("\"{}\"", "s".repeat(filler))),
    ] {
        let text = draft.replacen(from, &to, 1);
        assert!(text.len() as u64 <= MAX_FILE_BYTES);
        reads_or_explains(&text).unwrap();
        assert!(read_file(&text).is_err(), "{from} made huge is refused");
    }
    let over = format!("{draft}{}", " ".repeat(MAX_FILE_BYTES as usize));
    assert_eq!(read_file(&over), Err(ImportError::TooLarge));
}
