//! Sharing a draft as a file and reading it in again: what leaves is only what was chosen, it is
//! named for what it is, and anything that is not a good file of ours is refused with a reason.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::format::file_name::{file_name, FileKind, FILE_EXTENSION};
use hjulet::domain::format::import::{
    check_file_size, read_file, rescue_file_text, shared_file_text, ImportError, SharedFile,
    MAX_FILE_BYTES,
};
use hjulet::domain::format::shared_media::SharedMedia;
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
        SharedFile::Draft(draft, _) => Ok(draft),
        other => panic!("not a draft: {other:?}"),
    }
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

#[test]
fn the_shared_file_holds_only_the_shared_areas_and_reads_back_equal() {
    let text = shared_file_text(&draft(), &SharedMedia::default());
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
    let good = shared_file_text(&draft(), &SharedMedia::default());
    let cases = [
        ("{\"hello\": 1}".to_owned(), "load-error-not-ours"),
        (SHIPPED_WHEEL_JSON.to_owned(), "load-error-not-ours"),
        ("\u{feff}PK\u{3}\u{4} zip".to_owned(), "load-error-not-ours"),
        (
            good.replace("\"schema\":3", "\"schema\":7"),
            "load-error-future",
        ),
        (good.replace("\"schema\":3,", ""), "load-error-no-version"),
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
    assert!(read_draft(&shared_file_text(&longest, &SharedMedia::default())).is_ok());
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

// --- Drawings and voice notes in the share file ---

use hjulet::domain::draft::MAX_AREAS;
use hjulet::domain::drawing::{self, Colour, Drawing, Point, Stroke};
use hjulet::domain::format::shared_media::{VoiceNote, MAX_VOICE_BYTES};

fn a_drawing(text: &str) -> Drawing {
    let mut drawing = Drawing::default();
    let mut stroke = Stroke::start(Colour::ALL[1], 14, Point::new(100, 100).unwrap());
    stroke.extend(Point::new(800, 300).unwrap());
    drawing.push_stroke(stroke);
    drawing.set_text(text);
    drawing
}

fn a_voice_note(bytes: usize) -> VoiceNote {
    VoiceNote {
        mime: "audio/webm;codecs=opus".to_owned(),
        bytes: (0..bytes).map(|n| (n % 251) as u8).collect(),
    }
}

/// Everything the device keeps for `draft()`: a drawing and a voice note in the shared area and
/// in the private one.
fn kept_media() -> SharedMedia {
    SharedMedia {
        drawings: [("safe", "bussen"), ("care", "hemlig teckning")]
            .into_iter()
            .map(|(area, text)| (area.to_owned(), a_drawing(text)))
            .collect(),
        voice_notes: ["safe", "care"]
            .into_iter()
            .map(|area| (area.to_owned(), a_voice_note(1000)))
            .collect(),
    }
}

fn read_with_media(text: &str) -> (Draft, SharedMedia) {
    match read_file(text).unwrap() {
        SharedFile::Draft(draft, media) => (draft, media),
        other => panic!("not a draft: {other:?}"),
    }
}

#[test]
fn a_shared_areas_drawing_leaves_with_it_and_a_voice_note_only_when_turned_on() {
    let mut d = draft();
    let (back, media) = read_with_media(&shared_file_text(&d, &kept_media()));
    assert_eq!(
        back.drawn,
        ["safe".to_owned()].into(),
        "the draft says a drawing came"
    );
    assert!(back.voice_shared.is_empty());
    assert_eq!(
        media.drawings.keys().collect::<Vec<_>>(),
        ["safe"],
        "a private area's drawing never leaves"
    );
    assert_eq!(media.drawings["safe"], a_drawing("bussen"));
    assert!(
        media.voice_notes.is_empty(),
        "a voice note is off by default"
    );

    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    d.set_voice_shared("safe", true, now);
    d.set_voice_shared("care", true, now);
    let text = shared_file_text(&d, &kept_media());
    assert!(!text.contains("hemlig"));
    let (back, media) = read_with_media(&text);
    assert_eq!(
        media.voice_notes.keys().collect::<Vec<_>>(),
        ["safe"],
        "a private area's voice note stays even when its sharing was on"
    );
    assert_eq!(media.voice_notes["safe"], a_voice_note(1000));
    let mut expected = d.shared_copy();
    expected.drawn = ["safe".to_owned()].into();
    assert_eq!(back, expected);
    assert_eq!(back.voice_shared, ["safe".to_owned()].into());

    // Switched on where no voice note was kept: the file does not claim one.
    let nothing_said = SharedMedia {
        voice_notes: Default::default(),
        ..kept_media()
    };
    let (back, _) = read_with_media(&shared_file_text(&d, &nothing_said));
    assert!(back.voice_shared.is_empty());
}

#[test]
fn a_file_whose_media_the_app_would_not_have_made_is_refused_whole() {
    let mut d = draft();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    d.set_voice_shared("safe", true, now);
    let good: serde_json::Value =
        serde_json::from_str(&shared_file_text(&d, &kept_media())).unwrap();
    let with = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut file = good.clone();
        change(&mut file);
        read_file(&file.to_string())
    };
    // A page in disguise would play from a blob: address with its own type.
    for mime in ["text/html", "audio/webm\"><script>", "image/svg+xml", ""] {
        let refused = with(&|f| f["media"]["voice_notes"]["safe"]["mime"] = mime.into());
        assert!(
            matches!(refused, Err(ImportError::Unreadable(LoadError::Damaged(_)))),
            "{mime}: {refused:?}"
        );
    }
    let too_long = a_voice_note(MAX_VOICE_BYTES + 1);
    let refused = with(&|f| {
        f["media"]["voice_notes"]["safe"] = serde_json::to_value(&too_long).unwrap();
    });
    assert!(
        refused.is_err(),
        "a voice note longer than the recorder makes"
    );
    let refused = with(&|f| f["media"]["voice_notes"]["safe"]["data"] = "not base64!".into());
    assert!(refused.is_err());
    let refused = with(&|f| f["media"]["drawings"]["safe"]["strokes"][0]["points"][0] = 1e9.into());
    assert!(refused.is_err(), "a point off the paper");
    let refused =
        with(&|f| f["media"]["drawings"]["<img src=x>"] = f["media"]["drawings"]["safe"].clone());
    assert!(refused.is_err(), "media for something that is not an area");
    let refused = with(&|f| f["media"]["sketches"] = serde_json::json!({}));
    assert!(refused.is_err(), "a kind of media the app does not make");
    // Without media, the same file is a good one.
    assert!(with(&|f| {
        f.as_object_mut().unwrap().remove("media");
    })
    .is_ok());
}

#[test]
fn the_largest_shared_wheel_with_a_minute_of_voice_in_every_area_is_a_file_the_meeting_reads_even_locked(
) {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let mut d = draft();
    let areas: Vec<String> = (1..=MAX_AREAS).map(|n| format!("area-{n}")).collect();
    d.answers.clear();
    d.private_areas.clear();
    for area in &areas {
        d.set_scale(area, Some(ScaleAnswer::Good), now);
        d.set_voice_shared(area, true, now);
    }
    let media = SharedMedia {
        drawings: Default::default(),
        voice_notes: areas
            .iter()
            .map(|area| (area.clone(), a_voice_note(MAX_VOICE_BYTES)))
            .collect(),
    };
    let text = shared_file_text(&d, &media);
    // Each drawing takes at most drawing::MAX_BYTES; locked, the text becomes base64 (4 bytes
    // for 3) plus AES-GCM's tag and the envelope.
    let with_drawings = text.len() + MAX_AREAS * drawing::MAX_BYTES;
    let locked_size = (with_drawings + 16).div_ceil(3) * 4 + 400;
    assert!(
        locked_size as u64 <= MAX_FILE_BYTES,
        "{locked_size} bytes locked > {MAX_FILE_BYTES}"
    );
    let (_, back) = read_with_media(&text);
    assert_eq!(back, media);
}

#[test]
fn a_shared_copy_names_no_private_area_in_any_of_its_lists() {
    let mut d = draft();
    // "care" is private in `draft()`; a draft from outside may still name it in every list.
    let both = || ["safe".to_owned(), "care".to_owned()].into();
    d.professionals_only = both();
    d.voice_shared = both();
    d.drawn = both();
    let copy = d.shared_copy();
    let only_safe: std::collections::BTreeSet<String> = ["safe".to_owned()].into();
    assert_eq!(copy.professionals_only, only_safe);
    assert_eq!(copy.voice_shared, only_safe);
    assert_eq!(
        copy.drawn, only_safe,
        "a private area's drawing is not even mentioned"
    );
    assert!(copy.private_areas.is_empty());
}
