//! What the meeting promised, on the child's device: the summary the meeting sends by codes, the
//! wheel it becomes there, the child's marks on each agreed action, and what of it leaves.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::format::draft_file::{draft_from_json, draft_to_json};
use hjulet::domain::format::import::{read_file, shared_file_text, SharedFile};
use hjulet::domain::format::shared_media::SharedMedia;
use hjulet::domain::format::summary_file::{summary_from_json, summary_to_json, SummaryProblem};
use hjulet::domain::format::LoadError;
use hjulet::domain::journey::JourneyMeeting;
use hjulet::domain::plan::{Contact, PlanAction, PlanArea, PlanInProgress, MAX_ACTIONS_PER_AREA};
use hjulet::domain::promise::{marks_on, ActionMark, Happened, MeetingSummary, MAX_ACTION_MARKS};
use hjulet::domain::wheel::HelpNeed;
use hjulet::domain::{
    AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WheelDefinition, WordsField,
};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn action(what: &str, who: &str, when: &str) -> PlanAction {
    PlanAction {
        what: what.into(),
        who: who.into(),
        when: when.into(),
    }
}

/// A meeting with the child's and a guardian's wheels, and a plan for two areas (one action
/// row left empty, as a form leaves it) and an area where nothing was agreed.
fn meeting() -> PlanInProgress {
    let mut meeting = PlanInProgress::default();
    let mut child = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Young,
        now(),
    );
    child.set_scale("safe", Some(ScaleAnswer::ThreeBad), now());
    child.set_words("safe", WordsField::Hard, "Bussen", now());
    let guardian = Draft::new_adult(
        Perspective::Guardian,
        DraftId::parse("1123456789abcdef").unwrap(),
        "Sara",
        "mamma",
        AgeBand::Young,
        now(),
    );
    meeting.bring_in(guardian).unwrap();
    meeting.bring_in(child).unwrap();
    let plan = &mut meeting.plan;
    plan.child_name = "Sara".into();
    plan.made_on = NaiveDate::from_ymd_opt(2026, 11, 27);
    plan.next_evaluation = NaiveDate::from_ymd_opt(2027, 2, 1);
    plan.coordinator = Contact {
        name: "Lena".into(),
        organisation: "Skolan".into(),
        reach: "0470-123 45".into(),
    };
    plan.areas.insert(
        "safe".into(),
        PlanArea {
            needs: "Trygg skolväg".into(),
            actions: vec![
                action("Följeslagare till bussen", "Mentor", "varje morgon"),
                PlanAction::default(),
            ],
            contact: Contact::default(),
        },
    );
    plan.areas.insert(
        "play".into(),
        PlanArea {
            needs: String::new(),
            actions: vec![action("Fotboll på fritids", "Fritids", "tisdagar")],
            contact: Contact::default(),
        },
    );
    plan.areas.insert("learning".into(), PlanArea::default());
    meeting
}

fn wheel_order(wheel: &WheelDefinition) -> Vec<&str> {
    wheel.areas.iter().map(|area| area.id.as_str()).collect()
}

#[test]
fn the_summary_holds_what_was_agreed_the_childs_age_band_and_the_faces_over_time_but_no_words() {
    let summary = MeetingSummary::of(&meeting(), today());
    assert_eq!(summary.child_name, "Sara");
    assert_eq!(
        summary.age_band,
        Some(AgeBand::Young),
        "the child's, not the guardian's"
    );
    assert_eq!(
        summary.areas.keys().collect::<Vec<_>>(),
        ["play", "safe"],
        "no area where nothing was agreed"
    );
    assert_eq!(
        summary.areas["safe"].actions.len(),
        1,
        "the empty row is left out"
    );
    assert_eq!(summary.coordinator.reach, "0470-123 45");
    // The chart's faces and dates travel; nobody's words do.
    assert_eq!(summary.journey.meetings.len(), 1);
    let text = summary_to_json(&summary);
    assert!(text.contains("three-bad"), "{text}");
    assert!(!text.contains("Bussen"), "no words travel: {text}");
    assert_eq!(summary_from_json(&text), Ok(summary));
}

#[test]
fn a_text_that_is_not_a_summary_is_refused_with_its_own_reason() {
    let summary = MeetingSummary::of(&meeting(), today());
    let child = &meeting().perspectives[1];
    // A wheel read by mistake: ours, but not a summary.
    assert_eq!(
        summary_from_json(&shared_file_text(child, &SharedMedia::default())),
        Err(SummaryProblem::OtherKindOfOurs)
    );
    // Another app's QR code.
    assert_eq!(
        summary_from_json("https://example.com/"),
        Err(SummaryProblem::Unreadable(LoadError::NotJson))
    );
    assert_eq!(
        summary_from_json(r#"{"format":"someone-else","schema":1}"#),
        Err(SummaryProblem::Unreadable(LoadError::NotOurs))
    );
    let newer = summary_to_json(&summary).replace("\"schema\":1", "\"schema\":9");
    assert_eq!(
        summary_from_json(&newer),
        Err(SummaryProblem::Unreadable(LoadError::FutureVersion {
            found: 9
        }))
    );
    // More than a meeting can agree, or a name longer than anyone can type.
    let mut hostile = summary.clone();
    hostile.areas.get_mut("safe").unwrap().actions =
        vec![action("x", "y", "z"); MAX_ACTIONS_PER_AREA + 1];
    assert!(matches!(
        summary_from_json(&summary_to_json(&hostile)),
        Err(SummaryProblem::Unreadable(LoadError::Damaged(_)))
    ));
    let mut hostile = summary.clone();
    hostile.child_name = "x".repeat(10_000);
    assert_eq!(
        summary_from_json(&summary_to_json(&hostile)),
        Err(SummaryProblem::Unreadable(LoadError::TooLong))
    );
    let mut hostile = summary.clone();
    hostile.journey.meetings = (1..=20)
        .map(|day| JourneyMeeting::of(NaiveDate::from_ymd_opt(2026, 1, day).unwrap(), &[]))
        .collect();
    assert!(
        summary_from_json(&summary_to_json(&hostile)).is_err(),
        "more meetings than a journey holds"
    );
    let mut hostile = summary;
    hostile.areas.insert("../etc".into(), PlanArea::default());
    assert!(summary_from_json(&summary_to_json(&hostile)).is_err());
    // A field the app never writes.
    let extra = r#"{"format":"barnets-basta-hjulet.child-summary","schema":1,"summary":{"child_name":"A","age_band":null,"script":"x"}}"#;
    assert!(matches!(
        summary_from_json(extra),
        Err(SummaryProblem::Unreadable(LoadError::Damaged(_)))
    ));
}

#[test]
fn the_wheel_made_from_a_summary_has_one_card_per_agreed_action_in_the_wheels_order() {
    let wheel = WheelDefinition::shipped();
    let summary = MeetingSummary::of(&meeting(), today());
    let id = DraftId::parse("2123456789abcdef").unwrap();
    let draft = Draft::from_meeting(id, summary.clone(), &wheel_order(&wheel), now());
    assert_eq!(draft.perspective, Perspective::Child);
    assert_eq!(draft.nickname, "Sara");
    assert_eq!(draft.age_band, AgeBand::Young);
    let cards: Vec<_> = draft
        .action_marks
        .iter()
        .map(|mark| (mark.area.as_str(), mark.action.what.as_str()))
        .collect();
    // The shipped wheel has "safe" before "play".
    assert_eq!(
        cards,
        [
            ("safe", "Följeslagare till bussen"),
            ("play", "Fotboll på fritids")
        ]
    );
    assert!(draft.action_marks.iter().all(|mark| !mark.is_marked()));
    assert_eq!(draft.from_meeting, Some(Box::new(summary)));
    // Kept on the device (schema 3) and read back whole.
    assert_eq!(draft_from_json(&draft_to_json(&draft)), Ok(draft));
}

#[test]
fn the_same_summary_read_again_is_known_by_its_wheel_and_another_meeting_is_not() {
    let wheel = WheelDefinition::shipped();
    let summary = MeetingSummary::of(&meeting(), today());
    let id = DraftId::parse("2123456789abcdef").unwrap();
    let mut draft = Draft::from_meeting(id, summary.clone(), &wheel_order(&wheel), now());
    // Marked since, and kept and read back: still the wheel of that summary.
    draft.mark_happened(0, Some(Happened::No), now());
    let kept = draft_from_json(&draft_to_json(&draft)).unwrap();
    let read_again = summary_from_json(&summary_to_json(&summary)).unwrap();
    assert!(kept.made_from(&read_again));

    let mut next_meeting = meeting();
    next_meeting.plan.made_on = NaiveDate::from_ymd_opt(2026, 12, 1);
    assert!(!kept.made_from(&MeetingSummary::of(&next_meeting, today())));
    let own_wheel = Draft::new_child(
        DraftId::parse("3123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Young,
        now(),
    );
    assert!(!own_wheel.made_from(&summary));
}

#[test]
fn it_feels_bad_now_about_what_was_agreed_shows_the_same_help_as_the_area_would() {
    let wheel = WheelDefinition::shipped();
    let summary = MeetingSummary::of(&meeting(), today());
    let id = DraftId::parse("2123456789abcdef").unwrap();
    let mut draft = Draft::from_meeting(id, summary, &wheel_order(&wheel), now());
    assert_eq!(draft.help_now(&wheel), None);
    // Card 0 is on "safe"; the child is young: three faces, "three-bad" the lowest.
    draft.mark_happened(0, Some(Happened::Yes), now());
    assert_eq!(
        draft.help_now(&wheel),
        None,
        "a mark without a face asks for nothing"
    );
    draft.mark_feels_now(0, Some(ScaleAnswer::ThreeBad), now());
    let shown = draft.help_now(&wheel).expect("help is shown");
    assert_eq!(shown.need, HelpNeed::Urgent);
    assert_eq!(shown.areas, ["safe"]);
    // The same area's own face too: the area is named once.
    draft.set_scale("safe", Some(ScaleAnswer::ThreeBad), now());
    assert_eq!(draft.help_now(&wheel).unwrap().areas, ["safe"]);
    draft.mark_feels_now(0, Some(ScaleAnswer::ThreeGood), now());
    draft.set_scale("safe", Some(ScaleAnswer::ThreeGood), now());
    assert_eq!(draft.help_now(&wheel), None);
}

#[test]
fn only_the_marks_the_child_made_on_shared_areas_leave_and_never_the_summary() {
    let wheel = WheelDefinition::shipped();
    let summary = MeetingSummary::of(&meeting(), today());
    let id = DraftId::parse("2123456789abcdef").unwrap();
    let mut draft = Draft::from_meeting(id, summary, &wheel_order(&wheel), now());
    draft.action_marks.push(ActionMark {
        area: "care".into(),
        action: action("Läxhjälp", "Pappa", "onsdagar"),
        happened: Some(Happened::Yes),
        feels_now: None,
    });
    draft.set_shared("care", false, now());
    draft.mark_happened(0, Some(Happened::No), now());
    draft.mark_feels_now(0, Some(ScaleAnswer::ThreeBad), now());
    // Card 1 ("play") left unmarked; a card that does not exist changes nothing.
    draft.mark_happened(99, Some(Happened::Yes), now());
    let text = shared_file_text(&draft, &SharedMedia::default());
    assert!(
        !text.contains("from_meeting") && !text.contains("0470"),
        "{text}"
    );
    assert!(
        !text.contains("Läxhjälp"),
        "a private area's card stays: {text}"
    );
    let Ok(SharedFile::Draft(shared, _)) = read_file(&text) else {
        panic!("the shared wheel reads");
    };
    assert_eq!(shared.action_marks.len(), 1);
    let mark = &shared.action_marks[0];
    assert_eq!(mark.action.what, "Följeslagare till bussen");
    assert_eq!(mark.happened, Some(Happened::No));
    assert_eq!(mark.feels_now, Some(ScaleAnswer::ThreeBad));
    // The meeting takes it in as it takes any wheel, marks and all.
    let mut next = PlanInProgress::default();
    next.bring_in(shared).unwrap();
    let marks = &next.perspectives[0].action_marks;
    assert_eq!(marks_on(marks, "safe").count(), 1);
    assert_eq!(marks_on(marks, "play").count(), 0);
}

#[test]
fn a_wheel_with_more_marks_than_a_plan_can_hold_is_refused() {
    let mut draft = Draft::new_child(
        DraftId::parse("3123456789abcdef").unwrap(),
        "A",
        AgeBand::Middle,
        now(),
    );
    let marked = ActionMark {
        area: "safe".into(),
        action: action("x", "y", "z"),
        happened: Some(Happened::Yes),
        feels_now: None,
    };
    draft.action_marks = vec![marked.clone(); MAX_ACTION_MARKS];
    assert!(draft.within_bounds().is_ok());
    draft.action_marks.push(marked.clone());
    assert!(draft.within_bounds().is_err());
    draft.action_marks = vec![ActionMark {
        area: "not an area!".into(),
        ..marked.clone()
    }];
    assert!(draft.within_bounds().is_err());
    draft.action_marks = vec![ActionMark {
        action: action(&"x".repeat(100_000), "", ""),
        ..marked
    }];
    let text = shared_file_text(&draft, &SharedMedia::default());
    assert!(read_file(&text).is_err(), "a file with it is refused whole");
}

/// Two tabs on the same received wheel: a card marked in one is not lost when the other saves,
/// and each tab's marks on different cards are both kept.
#[test]
fn marks_made_in_two_tabs_are_both_kept() {
    let wheel = WheelDefinition::shipped();
    let summary = MeetingSummary::of(&meeting(), today());
    let id = DraftId::parse("4123456789abcdef").unwrap();
    let base = Draft::from_meeting(id, summary, &wheel_order(&wheel), now());
    let mut theirs = base.clone();
    theirs.mark_happened(0, Some(Happened::Yes), now());
    let mut ours = base.clone();
    ours.mark_feels_now(1, Some(ScaleAnswer::ThreeGood), now());
    let clash = ours.merge_from_other_tab(&base, &theirs);
    assert!(!clash);
    assert_eq!(ours.action_marks[0].happened, Some(Happened::Yes));
    assert_eq!(ours.action_marks[1].feels_now, Some(ScaleAnswer::ThreeGood));
    // An untouched tab takes the other's mark as it is.
    let mut untouched = base.clone();
    untouched.merge_from_other_tab(&base, &theirs);
    assert_eq!(untouched.action_marks, theirs.action_marks);
}
