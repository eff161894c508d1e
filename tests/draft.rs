//! A child's draft: answers per area, words, and what the wheel shows of them.

use chrono::{DateTime, TimeZone, Utc};
use hjulet::domain::answer::MAX_TEXT_CHARS;
use hjulet::domain::draft::newest_first;
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer, WheelDefinition, WordsField};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, minute, 0).unwrap()
}

fn draft(id: &str) -> Draft {
    Draft::new_child(
        DraftId::parse(id).unwrap(),
        "  Sara ",
        AgeBand::Young,
        at(0),
    )
}

#[test]
fn a_new_draft_is_the_childs_with_a_trimmed_nickname_and_no_answers() {
    let d = draft("0123456789abcdef");
    assert_eq!(d.nickname, "Sara");
    assert_eq!(d.answered_count(&WheelDefinition::shipped()), 0);
    assert_eq!(d.scale("safe"), None);
    assert_eq!(d.words("safe", WordsField::Good), "");
}

#[test]
fn answers_and_words_are_kept_per_area_and_stamp_the_change() {
    let wheel = WheelDefinition::shipped();
    let mut d = draft("0123456789abcdef");
    d.set_scale("health", Some(ScaleAnswer::Good), at(5));
    d.set_words("health", WordsField::Hard, "sova", at(6));
    d.set_scale("play", Some(ScaleAnswer::RatherNotSay), at(7));
    assert_eq!(d.scale("health"), Some(ScaleAnswer::Good));
    assert_eq!(d.words("health", WordsField::Hard), "sova");
    assert_eq!(d.words("health", WordsField::Good), "");
    assert_eq!(d.answered_count(&wheel), 2, "'rather not say' is an answer");
    assert_eq!(d.updated_at, at(7));
    assert_eq!(d.created_at, at(0));
}

#[test]
fn taking_everything_back_leaves_the_area_unanswered() {
    let mut d = draft("0123456789abcdef");
    d.set_scale("care", Some(ScaleAnswer::Bad), at(1));
    d.set_words("care", WordsField::WouldHelp, "mer tid", at(2));
    d.set_scale("care", None, at(3));
    assert!(d.answer("care").is_some(), "words remain");
    d.set_words("care", WordsField::WouldHelp, "", at(4));
    assert!(d.answer("care").is_none());
}

#[test]
fn very_long_words_are_cut_not_refused() {
    let mut d = draft("0123456789abcdef");
    let long = "å".repeat(MAX_TEXT_CHARS + 50);
    d.set_words("learning", WordsField::Good, &long, at(1));
    assert_eq!(
        d.words("learning", WordsField::Good).chars().count(),
        MAX_TEXT_CHARS
    );
}

#[test]
fn age_band_and_nickname_can_change_later() {
    let mut d = draft("0123456789abcdef");
    d.set_age_band(AgeBand::Teen, at(9));
    d.set_nickname("Kim", at(9));
    assert_eq!((d.age_band, d.nickname.as_str()), (AgeBand::Teen, "Kim"));
}

#[test]
fn draft_ids_are_hex_only() {
    assert!(DraftId::parse("0123456789abcdef").is_some());
    assert!(DraftId::parse("../../etc").is_none());
    assert!(DraftId::parse("ABCDEF0123").is_none());
    assert!(DraftId::parse("abc").is_none());
    assert_eq!(
        DraftId::from_random_bytes(&[0, 255, 16, 1]).as_str(),
        "00ff1001"
    );
}

#[test]
fn siblings_drafts_list_newest_first() {
    let mut older = draft("aaaaaaaaaaaaaaaa");
    older.set_scale("safe", Some(ScaleAnswer::Good), at(1));
    let mut newer = draft("bbbbbbbbbbbbbbbb");
    newer.set_scale("safe", Some(ScaleAnswer::Good), at(2));
    let mut list = vec![older.clone(), newer.clone()];
    newest_first(&mut list);
    assert_eq!(list, vec![newer, older]);
}

#[test]
fn two_tabs_lose_no_update_and_a_clash_goes_to_the_later_save() {
    let base = {
        let mut d = draft("0123456789abcdef");
        d.set_scale("safe", Some(ScaleAnswer::Good), at(1));
        d
    };
    let mut ours = base.clone();
    ours.set_scale("health", Some(ScaleAnswer::Bad), at(2));
    ours.set_words("safe", WordsField::Good, "Mormor", at(2));
    let mut theirs = base.clone();
    theirs.set_words("play", WordsField::Hard, "Ingen att leka med", at(3));
    theirs.set_nickname("Sanna", at(3));

    let mut merged = ours.clone();
    assert!(
        !merged.merge_from_other_tab(&base, &theirs),
        "no value was changed in both tabs"
    );
    assert_eq!(merged.scale("health"), Some(ScaleAnswer::Bad));
    assert_eq!(merged.words("safe", WordsField::Good), "Mormor");
    assert_eq!(merged.words("play", WordsField::Hard), "Ingen att leka med");
    assert_eq!(merged.nickname, "Sanna");
    assert_eq!(merged.updated_at, at(3));

    let mut clash = ours.clone();
    let mut theirs_clash = base.clone();
    theirs_clash.set_words("safe", WordsField::Good, "Morfar", at(4));
    assert!(clash.merge_from_other_tab(&base, &theirs_clash));
    assert_eq!(clash.words("safe", WordsField::Good), "Morfar");
    assert_eq!(
        clash.scale("health"),
        Some(ScaleAnswer::Bad),
        "the rest of ours stays"
    );
}

#[test]
fn a_draft_shows_the_scale_of_its_age_band_and_keeps_an_answer_given_on_the_other() {
    use hjulet::domain::wheel::FaceScaleKind;
    let wheel = WheelDefinition::shipped();
    let mut young = draft("0123456789abcdef");
    assert_eq!(young.face_scale(&wheel), FaceScaleKind::ThreeFaces);
    assert_eq!(
        ScaleAnswer::choices(young.face_scale(&wheel), young.scale("safe")),
        [
            ScaleAnswer::ThreeBad,
            ScaleAnswer::ThreeBetween,
            ScaleAnswer::ThreeGood,
            ScaleAnswer::DontKnow,
            ScaleAnswer::RatherNotSay,
        ]
    );
    // A young child's draft from before three faces holds a five-face answer: it stays, chosen,
    // shown as the face it was given with, until the child picks another.
    young.set_scale("safe", Some(ScaleAnswer::VeryBad), at(1));
    let choices = ScaleAnswer::choices(young.face_scale(&wheel), young.scale("safe"));
    assert_eq!(choices.len(), 6);
    assert_eq!(choices[3], ScaleAnswer::VeryBad, "after the three faces");
    assert!(choices.ends_with(&ScaleAnswer::OUTSIDE_SCALE));
    young.set_scale("safe", Some(ScaleAnswer::ThreeBad), at(2));
    let choices = ScaleAnswer::choices(young.face_scale(&wheel), young.scale("safe"));
    assert!(!choices.contains(&ScaleAnswer::VeryBad), "changed: gone");
    // "Vet inte" belongs to every scale: never shown twice.
    let choices = ScaleAnswer::choices(FaceScaleKind::ThreeFaces, Some(ScaleAnswer::DontKnow));
    assert_eq!(choices.len(), 5);
    // The older children keep five faces; a three-face answer (age band changed) stays too.
    let mut older = draft("0123456789abcdef");
    older.set_age_band(AgeBand::Middle, at(3));
    assert_eq!(older.face_scale(&wheel), FaceScaleKind::FiveFaces);
    let choices = ScaleAnswer::choices(FaceScaleKind::FiveFaces, Some(ScaleAnswer::ThreeGood));
    assert_eq!(&choices[..5], ScaleAnswer::FIVE_FACES);
    assert_eq!(choices[5], ScaleAnswer::ThreeGood);
}

#[test]
fn feelings_are_picked_and_taken_back_per_area_several_at_once_and_no_more_than_a_wheel_has() {
    use hjulet::domain::wheel::MAX_FEELINGS;
    let mut d = draft("0123456789abcdef");
    d.set_feeling("safe", "scared", true, at(1));
    d.set_feeling("safe", "sad", true, at(2));
    assert!(d.has_feeling("safe", "scared") && d.has_feeling("safe", "sad"));
    assert!(!d.has_feeling("play", "scared"));
    assert_eq!(d.updated_at, at(2));
    assert_eq!(d.scale("safe"), None, "a feeling needs no face");
    d.set_feeling("safe", "scared", false, at(3));
    d.set_feeling("safe", "sad", false, at(3));
    assert!(
        d.answer("safe").is_none(),
        "nothing picked, nothing said: no answer"
    );
    for n in 0..MAX_FEELINGS + 5 {
        d.set_feeling("play", &format!("feeling-{n}"), true, at(4));
    }
    assert_eq!(d.feelings("play").unwrap().len(), MAX_FEELINGS);
    assert_eq!(d.within_bounds(), Ok(()));
}

#[test]
fn who_may_see_an_area_and_whose_voice_note_is_shared_are_kept_and_leave_with_the_file() {
    let mut d = draft("0123456789abcdef");
    for area in ["safe", "care", "play"] {
        d.set_scale(area, Some(ScaleAnswer::ThreeBad), at(1));
    }
    assert!(
        d.for_everyone("safe"),
        "everyone there may see, until the author says otherwise"
    );
    assert!(
        !d.voice_is_shared("safe"),
        "a voice note stays home until shared"
    );
    d.set_for_everyone("safe", false, at(2));
    d.set_for_everyone("care", false, at(2));
    d.set_voice_shared("play", true, at(3));
    d.set_voice_shared("care", true, at(3));
    assert!(!d.for_everyone("safe") && d.for_everyone("play"));
    assert!(d.voice_is_shared("play"));
    assert_eq!(d.updated_at, at(3));
    // Care is private: its marks do not leave either, so the file does not tell it was there.
    d.set_shared("care", false, at(4));
    let copy = d.shared_copy();
    assert!(!copy.for_everyone("safe"));
    assert!(copy.voice_is_shared("play"));
    assert!(copy.for_everyone("care") && !copy.voice_is_shared("care"));
    assert!(copy.private_areas.is_empty());
    d.set_for_everyone("safe", true, at(5));
    d.set_voice_shared("play", false, at(5));
    assert!(d.for_everyone("safe") && !d.voice_is_shared("play"));
}

#[test]
fn another_tabs_feelings_and_choices_of_who_sees_are_taken_in_per_value() {
    let base = draft("0123456789abcdef");
    let mut ours = base.clone();
    ours.set_feeling("safe", "sad", true, at(1));
    let mut theirs = base.clone();
    theirs.set_for_everyone("safe", false, at(2));
    theirs.set_voice_shared("play", true, at(2));
    theirs.set_feeling("care", "calm", true, at(2));
    assert!(!ours.merge_from_other_tab(&base, &theirs));
    assert!(ours.has_feeling("safe", "sad"), "ours kept");
    assert!(ours.has_feeling("care", "calm"), "theirs taken in");
    assert!(!ours.for_everyone("safe"));
    assert!(ours.voice_is_shared("play"));
}
