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
