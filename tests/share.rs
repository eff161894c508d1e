//! Sharing a draft as a file and importing it again: what leaves is only what was chosen, and
//! anything that is not a good file of ours is refused with a reason.

use chrono::{TimeZone, Utc};
use hjulet::domain::saved::LoadError;
use hjulet::domain::share::{
    check_file_size, export_file, import_file, ImportError, FILE_EXTENSION, MAX_FILE_BYTES,
};
use hjulet::domain::wheel::SHIPPED_WHEEL_JSON;
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WordsField};

fn draft() -> Draft {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let mut d = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara Å",
        AgeBand::Teen,
        now,
    );
    d.set_scale("safe", Some(ScaleAnswer::Bad), now);
    d.set_words("safe", WordsField::Hard, "Bussen", now);
    d.set_scale("care", Some(ScaleAnswer::Good), now);
    d.set_words("care", WordsField::Good, "hemligt", now);
    d.set_shared("care", false, now);
    d
}

#[test]
fn the_exported_file_holds_only_the_shared_areas_and_reimports_equal() {
    let (name, text) = export_file(&draft());
    assert_eq!(
        name,
        format!("hjulet-Sara-Å-child-2026-11-23{FILE_EXTENSION}")
    );
    assert!(
        !text.contains("hemligt") && !text.contains("care"),
        "a private area never leaves"
    );
    let imported = import_file(&text).unwrap();
    assert_eq!(imported, draft().shared_copy());
    assert_eq!(imported.words("safe", WordsField::Hard), "Bussen");
}

#[test]
fn a_guardians_file_says_whose_view_it_is() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let mut d = Draft::new_guardian(
        DraftId::parse("aaaaaaaaaaaaaaaa").unwrap(),
        "Sara",
        "pappa",
        AgeBand::Young,
        now,
    );
    d.set_scale("health", Some(ScaleAnswer::Between), now);
    let (name, text) = export_file(&d);
    assert!(name.contains("guardian"), "{name}");
    let back = import_file(&text).unwrap();
    assert_eq!(
        (back.perspective, back.author.as_str()),
        (hjulet::domain::Perspective::Guardian, "pappa")
    );
}

#[test]
fn files_that_are_not_good_files_of_ours_are_refused_with_a_reason() {
    let (_, good) = export_file(&draft());
    let cases = [
        ("{\"hello\": 1}".to_owned(), "load-error-not-ours"),
        (SHIPPED_WHEEL_JSON.to_owned(), "load-error-not-ours"),
        ("\u{feff}PK\u{3}\u{4} zip".to_owned(), "load-error-not-ours"),
        (
            good.replace("\"schema\":1", "\"schema\":7"),
            "load-error-future",
        ),
        (good.replace("\"bad\"", "\"awful\""), "load-error-damaged"),
        (good[..good.len() / 2].to_owned(), "load-error-not-ours"),
    ];
    for (text, message) in cases {
        let error = import_file(&text).expect_err(&text);
        assert_eq!(error.message_id(), message, "{text}");
    }
    assert!(matches!(
        import_file("[]"),
        Err(ImportError::Unreadable(LoadError::NotOurs))
    ));
}

#[test]
fn files_over_a_megabyte_are_refused_before_reading() {
    assert_eq!(check_file_size(MAX_FILE_BYTES), Ok(()));
    assert_eq!(
        check_file_size(MAX_FILE_BYTES + 1),
        Err(ImportError::TooLarge)
    );
    let huge = format!(
        "{{\"format\": \"{}\"}}",
        "x".repeat(MAX_FILE_BYTES as usize)
    );
    assert_eq!(import_file(&huge), Err(ImportError::TooLarge));
    assert_eq!(ImportError::TooLarge.message_id(), "import-error-too-large");
}

#[test]
fn a_rescue_copy_keeps_every_word_and_its_private_areas_stay_private() {
    let mut private_need = draft();
    private_need.set_scale("care", Some(ScaleAnswer::VeryBad), private_need.updated_at);
    let (_, text) = hjulet::domain::share::rescue_file(&private_need);
    let back = import_file(&text).unwrap();
    assert_eq!(back, private_need);
    assert_eq!(back.words("care", WordsField::Good), "hemligt");
    let wheel = hjulet::domain::WheelDefinition::shipped();
    let drafts = [back];
    let areas = hjulet::domain::plan::areas_in_plan(&wheel, &drafts);
    assert!(
        areas.iter().all(|a| a.area.id != "care"),
        "private stays out of the plan"
    );
}
