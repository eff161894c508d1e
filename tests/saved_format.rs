//! The saved form of a draft: a round trip keeps everything, and anything else is told apart.

use chrono::{TimeZone, Utc};
use hjulet::domain::format::draft_file::{draft_from_json, draft_to_json, DRAFT};
use hjulet::domain::format::LoadError;
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
    let text = draft_to_json(&full_draft()).replace("\"schema\":1", "\"schema\":2");
    assert_eq!(
        draft_from_json(&text),
        Err(LoadError::FutureVersion { found: 2 })
    );
    assert_eq!(
        LoadError::FutureVersion { found: 2 }.message_id().as_str(),
        "load-error-future"
    );
}

#[test]
fn a_damaged_draft_is_refused_as_damaged() {
    let saved = draft_to_json(&full_draft());
    assert_eq!(
        draft_from_json(&saved.replace("\"schema\":1,", "")),
        Err(LoadError::NoVersion)
    );
    for damaged in [
        saved.replace("very-good", "fantastic"),
        saved.replace("\"00112233aabbccdd\"", "\"../x\""),
        saved.replace("\"age_band\":\"8-12\",", ""),
        saved.replace("\"schema\":1", "\"schema\":0"),
    ] {
        assert!(
            matches!(draft_from_json(&damaged), Err(LoadError::Damaged(_))),
            "should be damaged: {damaged}"
        );
    }
}
