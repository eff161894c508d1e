//! Sharing a draft as a file and reading it in again: what leaves is only what was chosen, it is
//! named for what it is, and anything that is not a good file of ours is refused with a reason.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::format::file_name::{file_name, FileKind, FILE_EXTENSION};
use hjulet::domain::format::import::{
    check_file_size, read_file, rescue_file_text, shared_file_text, ImportError, SharedFile,
    MAX_FILE_BYTES,
};
use hjulet::domain::format::LoadError;
use hjulet::domain::plan::{areas_in_plan, PlanInProgress};
use hjulet::domain::wheel::SHIPPED_WHEEL_JSON;
use hjulet::domain::{AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WordsField};

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

fn read_draft(text: &str) -> Result<Draft, ImportError> {
    match read_file(text)? {
        SharedFile::Draft(draft) => Ok(draft),
        other => panic!("not a draft: {other:?}"),
    }
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

#[test]
fn the_shared_file_holds_only_the_shared_areas_and_reads_back_equal() {
    let text = shared_file_text(&draft());
    assert!(
        !text.contains("hemligt") && !text.contains("care"),
        "a private area never leaves"
    );
    let imported = read_draft(&text).unwrap();
    assert_eq!(imported, draft().shared_copy());
    assert_eq!(imported.words("safe", WordsField::Hard), "Bussen");
}

#[test]
fn a_file_is_named_for_what_it_is_and_a_locked_one_names_nobody() {
    let child = FileKind::SharedWheel(Perspective::Child);
    assert_eq!(
        file_name(child, "Sara Å", false, day(23)),
        format!("hjulet-Sara-Å-child-2026-11-23{FILE_EXTENSION}")
    );
    assert_eq!(
        file_name(child, "", false, day(23)),
        "hjulet-child-2026-11-23.hjulet.json"
    );
    assert_eq!(
        file_name(
            FileKind::SharedWheel(Perspective::Guardian),
            "Sara",
            false,
            day(2)
        ),
        "hjulet-Sara-guardian-2026-11-02.hjulet.json"
    );
    assert_eq!(
        file_name(FileKind::Plan, "Sara", false, day(23)),
        "barnets-plan-Sara-2026-11-23.hjulet.json"
    );
    // Locked: nobody's name, whatever the caller gives.
    assert_eq!(
        file_name(child, "Sara Å", true, day(23)),
        "hjulet-child-locked-2026-11-23.hjulet.json"
    );
    assert_eq!(
        file_name(FileKind::Plan, "Sara", true, day(23)),
        "barnets-plan-locked-2026-11-23.hjulet.json"
    );
    // A rescue copy says so, and cannot be taken for a shared wheel.
    let rescue = file_name(FileKind::RescueCopy, "Sara", false, day(23));
    assert_eq!(rescue, "hjulet-rescue-copy-Sara-2026-11-23.hjulet.json");
    assert_eq!(
        file_name(FileKind::RescueCopy, "Sara", true, day(23)),
        "hjulet-rescue-copy-locked-2026-11-23.hjulet.json"
    );
    assert!(!rescue.contains("child"));
}

#[test]
fn files_that_are_not_good_files_of_ours_are_refused_with_a_reason() {
    let good = shared_file_text(&draft());
    let cases = [
        ("{\"hello\": 1}".to_owned(), "load-error-not-ours"),
        (SHIPPED_WHEEL_JSON.to_owned(), "load-error-not-ours"),
        ("\u{feff}PK\u{3}\u{4} zip".to_owned(), "load-error-not-ours"),
        (
            good.replace("\"schema\":2", "\"schema\":7"),
            "load-error-future",
        ),
        (good.replace("\"schema\":2,", ""), "load-error-no-version"),
        (good.replace("\"bad\"", "\"awful\""), "load-error-damaged"),
        (good[..good.len() / 2].to_owned(), "load-error-not-ours"),
        (
            good.replace("Bussen", &"å".repeat(1001)),
            "load-error-too-long",
        ),
        (
            good.replace("\"safe\"", "\"../safe\""),
            "load-error-damaged",
        ),
    ];
    for (text, message) in cases {
        let error = read_draft(&text).expect_err(&text);
        assert_eq!(error.message_id().as_str(), message, "{text}");
    }
    assert!(matches!(
        read_file("[]"),
        Err(ImportError::Unreadable(LoadError::NotOurs))
    ));
}

#[test]
fn texts_as_long_as_anyone_can_type_are_accepted() {
    let mut longest = draft();
    longest.set_words(
        "safe",
        WordsField::Hard,
        &"å".repeat(5000),
        longest.updated_at,
    );
    assert_eq!(
        longest.words("safe", WordsField::Hard).chars().count(),
        1000
    );
    assert!(read_draft(&shared_file_text(&longest)).is_ok());
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    assert_eq!(check_file_size(MAX_FILE_BYTES), Ok(()));
    assert_eq!(
        check_file_size(MAX_FILE_BYTES + 1),
        Err(ImportError::TooLarge)
    );
    let huge = format!(
        "{{\"format\": \"{}\"}}",
        "x".repeat(MAX_FILE_BYTES as usize)
    );
    assert_eq!(read_file(&huge), Err(ImportError::TooLarge));
    assert_eq!(
        ImportError::TooLarge.message_id().as_str(),
        "import-error-too-large"
    );
}

#[test]
fn a_rescue_copy_keeps_every_word_but_a_meeting_takes_only_what_was_shared() {
    let mut private_need = draft();
    private_need.set_scale("care", Some(ScaleAnswer::VeryBad), private_need.updated_at);
    let back = read_draft(&rescue_file_text(&private_need)).unwrap();
    assert_eq!(back, private_need, "nothing is lost");
    assert_eq!(back.words("care", WordsField::Good), "hemligt");

    let mut meeting = PlanInProgress::default();
    meeting.bring_in(back).unwrap();
    let kept = &meeting.perspectives[0];
    assert!(
        kept.answer("care").is_none(),
        "a private area never enters the meeting"
    );
    assert!(kept.private_areas.is_empty());
    let wheel = hjulet::domain::WheelDefinition::shipped();
    let areas = areas_in_plan(&wheel, &meeting.perspectives);
    assert!(areas.iter().all(|a| a.area.id != "care"));
}
