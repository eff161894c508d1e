//! The saved form of a draft: a round trip keeps everything, and anything else is told apart.

use chrono::{TimeZone, Utc};
use hjulet::domain::draft::MAX_AREAS;
use hjulet::domain::format::draft_file::{draft_from_json, draft_to_json, DRAFT};
use hjulet::domain::format::LoadError;
use hjulet::domain::wheel::MAX_FEELINGS;
use hjulet::domain::wheel::SHIPPED_WHEEL_JSON;
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WordsField};
use serde_json::Value;

fn full_draft() -> Draft {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
    let mut d = Draft::new_child(
        DraftId::parse("00112233aabbccdd").unwrap(),
        "Ali",
        AgeBand::Middle,
        now,
    );
    for (area, answer) in [
        ("safe", ScaleAnswer::VeryGood),
        ("voice", ScaleAnswer::DontKnow),
    ] {
        d.set_scale(area, Some(answer), now);
    }
    d.set_words(
        "safe",
        WordsField::Good,
        "Mamma <b>lyssnar</b> \u{202e} ✨",
        now,
    );
    d.set_words("play", WordsField::WouldHelp, "fotboll\nefter skolan", now);
    d
}

#[test]
fn a_draft_survives_the_round_trip_unchanged() {
    let d = full_draft();
    assert_eq!(draft_from_json(&draft_to_json(&d)), Ok(d));
}

#[test]
fn the_saved_form_names_its_format_and_schema_version() {
    let saved: Value = serde_json::from_str(&draft_to_json(&full_draft())).unwrap();
    assert_eq!(saved["format"], "barnets-basta-hjulet.draft");
    assert_eq!(saved["schema"], DRAFT.current);
    assert_eq!(saved["draft"]["answers"]["safe"]["scale"], "very-good");
    assert_eq!(saved["draft"]["age_band"], "8-12");
    assert_eq!(saved["draft"]["perspective"], "child");
}

#[test]
fn a_full_draft_stays_small() {
    assert!(draft_to_json(&full_draft()).len() < 2_000);
}

#[test]
fn other_files_are_not_taken_for_drafts() {
    assert_eq!(draft_from_json("hej"), Err(LoadError::NotJson));
    assert_eq!(draft_from_json("[1, 2]"), Err(LoadError::NotOurs));
    assert_eq!(draft_from_json(SHIPPED_WHEEL_JSON), Err(LoadError::NotOurs));
}

#[test]
fn a_draft_from_a_newer_app_is_refused_as_such() {
    let text = draft_to_json(&full_draft()).replace("\"schema\":3", "\"schema\":4");
    assert_eq!(
        draft_from_json(&text),
        Err(LoadError::FutureVersion { found: 4 })
    );
    assert_eq!(
        LoadError::FutureVersion { found: 3 }.message_id().as_str(),
        "load-error-future"
    );
}

#[test]
fn a_damaged_draft_is_refused_as_damaged() {
    let saved = draft_to_json(&full_draft());
    assert_eq!(
        draft_from_json(&saved.replace("\"schema\":3,", "")),
        Err(LoadError::NoVersion)
    );
    for damaged in [
        saved.replace("very-good", "fantastic"),
        saved.replace("\"00112233aabbccdd\"", "\"../x\""),
        saved.replace("\"age_band\":\"8-12\",", ""),
        saved.replace("\"schema\":3", "\"schema\":0"),
    ] {
        assert!(
            matches!(draft_from_json(&damaged), Err(LoadError::Damaged(_))),
            "should be damaged: {damaged}"
        );
    }
}

fn young_draft() -> Draft {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
    let mut d = Draft::new_child(
        DraftId::parse("00112233aabbccdd").unwrap(),
        "Liam",
        AgeBand::Young,
        now,
    );
    d.set_scale("safe", Some(ScaleAnswer::ThreeBad), now);
    d.set_feeling("safe", "scared", true, now);
    d.set_feeling("safe", "lonely", true, now);
    d.set_scale("play", Some(ScaleAnswer::ThreeGood), now);
    d.set_for_everyone("safe", false, now);
    d.set_voice_shared("play", true, now);
    d
}

#[test]
fn schema_2_keeps_three_faces_feelings_and_who_may_see_as_they_are() {
    let d = young_draft();
    let text = draft_to_json(&d);
    let saved: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(saved["schema"], 3);
    let safe = &saved["draft"]["answers"]["safe"];
    assert_eq!(
        safe["scale"], "three-bad",
        "stored as what it is, not as a five-face step"
    );
    assert_eq!(safe["feelings"], serde_json::json!(["lonely", "scared"]));
    assert_eq!(
        saved["draft"]["professionals_only"],
        serde_json::json!(["safe"])
    );
    assert_eq!(saved["draft"]["voice_shared"], serde_json::json!(["play"]));
    assert_eq!(draft_from_json(&text), Ok(d));
    // Nothing of it is written when nothing was chosen: a plain draft looks as schema 1's did.
    let plain: Value = serde_json::from_str(&draft_to_json(&full_draft())).unwrap();
    for field in ["professionals_only", "voice_shared"] {
        assert!(plain["draft"].get(field).is_none(), "{field}");
    }
    assert!(plain["draft"]["answers"]["safe"].get("feelings").is_none());
}

#[test]
fn a_feeling_the_wheel_does_not_know_is_dropped_and_a_hostile_list_is_refused() {
    let mut value: Value = serde_json::from_str(&draft_to_json(&young_draft())).unwrap();
    // Another wheel's feeling (well formed): dropped, the rest of the answer kept.
    value["draft"]["answers"]["safe"]["feelings"] = serde_json::json!(["scared", "hungry"]);
    // An area that held only an unknown feeling holds nothing: no answer.
    value["draft"]["answers"]["care"] = serde_json::json!({ "feelings": ["bored"] });
    let read = draft_from_json(&value.to_string()).unwrap();
    assert_eq!(
        read.feelings("safe").unwrap(),
        &["scared".to_owned()].into(),
        "known ones kept"
    );
    assert_eq!(read.scale("safe"), Some(ScaleAnswer::ThreeBad));
    assert!(read.answer("care").is_none());
    let damaged = |feelings: Value| {
        let mut hostile = value.clone();
        hostile["draft"]["answers"]["safe"]["feelings"] = feelings;
        draft_from_json(&hostile.to_string())
    };
    // Markup, an empty id, a path, one far too long, not a list, too many: not a wheel's.
    let too_many: Vec<String> = (0..=MAX_FEELINGS).map(|n| format!("f{n}")).collect();
    let endless: Vec<String> = (0..100_000).map(|n| format!("f{n}")).collect();
    for hostile in [
        serde_json::json!(["<img src=x onerror=alert(1)>"]),
        serde_json::json!([""]),
        serde_json::json!(["../../etc"]),
        serde_json::json!(["a".repeat(33)]),
        serde_json::json!("scared"),
        serde_json::json!([1]),
        serde_json::json!(too_many),
        serde_json::json!(endless),
    ] {
        assert!(
            matches!(damaged(hostile.clone()), Err(LoadError::Damaged(_))),
            "{}",
            &hostile.to_string()[..hostile.to_string().len().min(60)]
        );
    }
}

#[test]
fn who_may_see_and_shared_voice_notes_name_only_areas_a_wheel_can_have() {
    let value: Value = serde_json::from_str(&draft_to_json(&young_draft())).unwrap();
    for field in ["professionals_only", "voice_shared"] {
        let too_many: Vec<String> = (0..=MAX_AREAS).map(|n| format!("area-{n}")).collect();
        for hostile in [
            serde_json::json!(["Trygghet!"]),
            serde_json::json!(too_many),
            serde_json::json!([null]),
        ] {
            let mut over = value.clone();
            over["draft"][field] = hostile;
            assert!(
                matches!(
                    draft_from_json(&over.to_string()),
                    Err(LoadError::Damaged(_))
                ),
                "{field}"
            );
        }
    }
}

#[test]
fn an_unknown_answer_key_is_still_damaged_and_a_schema_1_app_would_not_misread_schema_2() {
    let text = draft_to_json(&young_draft());
    assert!(matches!(
        draft_from_json(&text.replace("three-bad", "three-awful")),
        Err(LoadError::Damaged(_))
    ));
    // Written as schema 1 with a three-face answer (no app ever did): still read, as given.
    let as_one = text.replace("\"schema\":3", "\"schema\":1");
    assert_eq!(draft_from_json(&as_one), Ok(young_draft()));
}
