//! The journey over time: several earlier plans brought in show, per area, how each person's
//! face moved from meeting to meeting — one line per person, the child's first, never averaged —
//! and a plan file made in a follow-up carries the journey so far.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::format::import::{read_file, SharedFile};
use hjulet::domain::format::plan_file::{meeting_from_json, meeting_to_json, plan_to_json};
use hjulet::domain::journey::{
    height_on_chart, Journey, JourneyLine, JourneyMeeting, JourneyPerson, MAX_JOURNEY_MEETINGS,
};
use hjulet::domain::plan::{
    journey_of, EarlierJoined, JoinProblem, PlanInProgress, MAX_STORED_MEETINGS,
};
use hjulet::domain::room::{ProjectorMessage, RoomView};
use hjulet::domain::wheel::FaceScaleKind;
use hjulet::domain::{AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WordsField};
use std::collections::BTreeMap;
use ScaleAnswer::*;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn id(n: u8) -> DraftId {
    DraftId::parse(&format!("{n:02x}").repeat(8)).unwrap()
}

fn stamp() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 10, 9, 0, 0).unwrap()
}

/// A wheel with these faces on "safe" (and words, which the journey never keeps).
fn wheel(n: u8, perspective: Perspective, author: &str, safe: Option<ScaleAnswer>) -> Draft {
    let mut draft = match perspective {
        Perspective::Child => Draft::new_child(id(n), "Sara", AgeBand::Middle, stamp()),
        _ => Draft::new_adult(perspective, id(n), "Sara", author, AgeBand::Middle, stamp()),
    };
    draft.set_scale("safe", safe, stamp());
    draft.set_words("safe", WordsField::Hard, "HEMLIGA ORD", stamp());
    draft
}

fn child(n: u8, safe: ScaleAnswer) -> Draft {
    wheel(n, Perspective::Child, "", Some(safe))
}

fn guardian(n: u8, author: &str, safe: ScaleAnswer) -> Draft {
    wheel(n, Perspective::Guardian, author, Some(safe))
}

/// The plan file a meeting on `date` with these wheels leaves with, read back as a meeting
/// brought in reads it.
fn plan_file(date: &str, drafts: Vec<Draft>) -> PlanInProgress {
    let mut meeting = PlanInProgress::default();
    meeting.plan.made_on = Some(day(date));
    for draft in drafts {
        meeting.bring_in(draft).unwrap();
    }
    through_file(&meeting)
}

fn through_file(meeting: &PlanInProgress) -> PlanInProgress {
    match read_file(&plan_to_json(meeting)) {
        Ok(SharedFile::Plan(plan, _)) => plan,
        other => panic!("a plan file reads back: {other:?}"),
    }
}

fn line(perspective: Perspective, name: &str, faces: &[Option<ScaleAnswer>]) -> JourneyLine {
    JourneyLine {
        perspective,
        name: name.into(),
        faces: faces.to_vec(),
    }
}

/// Three meetings of one family: March, September, and now (next March).
fn spring() -> PlanInProgress {
    plan_file(
        "2026-03-01",
        vec![
            guardian(2, "mamma", Bad),
            child(1, VeryBad),
            guardian(3, "pappa", Between),
        ],
    )
}

fn autumn() -> PlanInProgress {
    // Mamma writes her name otherwise this time; she is still mamma. New wheels, new ids.
    plan_file(
        "2026-09-01",
        vec![
            child(11, Bad),
            guardian(12, " Mamma", Good),
            guardian(13, "pappa", Good),
        ],
    )
}

fn now_meeting() -> PlanInProgress {
    let mut meeting = PlanInProgress::default();
    meeting.plan.made_on = Some(day("2027-03-01"));
    meeting.bring_in(guardian(22, "mamma", VeryGood)).unwrap();
    meeting.bring_in(child(21, Good)).unwrap();
    meeting
}

#[test]
fn the_newest_plan_is_followed_up_and_older_ones_add_their_meetings_in_date_order() {
    for order in [[spring(), autumn()], [autumn(), spring()]] {
        let mut meeting = now_meeting();
        let [first, second] = order;
        let first_is_spring = first.plan.made_on == Some(day("2026-03-01"));
        let joined = [
            meeting.bring_in_earlier(first).unwrap(),
            meeting.bring_in_earlier(second).unwrap(),
        ];
        let expected = if first_is_spring {
            [EarlierJoined::FollowUp, EarlierJoined::FollowUp]
        } else {
            [EarlierJoined::FollowUp, EarlierJoined::Journey]
        };
        assert_eq!(joined, expected);
        // The follow-up is the newest plan, as before: autumn's.
        let followed = meeting.earlier.as_ref().unwrap();
        assert_eq!(followed.made_on, Some(day("2026-09-01")));
        let journey = journey_of(&meeting, day("2030-01-01"));
        assert_eq!(
            journey.dates(),
            [day("2026-03-01"), day("2026-09-01"), day("2027-03-01")]
        );
        // One line per person, the child's first, each with their own faces; pappa was not
        // there this time.
        assert_eq!(
            journey.lines("safe"),
            [
                line(
                    Perspective::Child,
                    "",
                    &[Some(VeryBad), Some(Bad), Some(Good)]
                ),
                line(
                    Perspective::Guardian,
                    "mamma",
                    &[Some(Bad), Some(Good), Some(VeryGood)]
                ),
                line(
                    Perspective::Guardian,
                    "pappa",
                    &[Some(Between), Some(Good), None]
                ),
            ]
        );
    }
}

#[test]
fn a_plan_made_in_a_follow_up_carries_the_journey_so_far_without_words() {
    // September follows up March; next March follows up September's file; the March after that
    // brings in only the last file and still sees every meeting.
    let mut september = PlanInProgress::default();
    september.plan.made_on = Some(day("2026-09-01"));
    september.bring_in_earlier(spring()).unwrap();
    september.bring_in(child(11, Bad)).unwrap();
    let september_file = through_file(&september);
    let mut march = now_meeting();
    march.bring_in_earlier(september_file).unwrap();
    let march_text = plan_to_json(&march);
    assert!(
        march_text.contains("HEMLIGA"),
        "the perspectives carry their words"
    );
    let journey_in_file: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&march_text).unwrap()["plan"]["journey"].clone();
    assert!(
        !journey_in_file.to_string().contains("HEMLIGA"),
        "the journey keeps dates and faces, no words"
    );
    let Ok(SharedFile::Plan(march_file, _)) = read_file(&march_text) else {
        panic!("the plan reads back");
    };
    assert_eq!(march_file.journey.dates(), [day("2026-03-01")]);

    let mut next = PlanInProgress::default();
    next.plan.made_on = Some(day("2027-09-01"));
    next.bring_in(child(31, VeryGood)).unwrap();
    assert_eq!(
        next.bring_in_earlier(march_file),
        Ok(EarlierJoined::FollowUp)
    );
    let journey = journey_of(&next, day("2027-09-01"));
    assert_eq!(
        journey.dates(),
        [
            day("2026-03-01"),
            day("2026-09-01"),
            day("2027-03-01"),
            day("2027-09-01")
        ]
    );
    assert_eq!(
        journey.lines("safe")[0],
        line(
            Perspective::Child,
            "",
            &[Some(VeryBad), Some(Bad), Some(Good), Some(VeryGood)]
        )
    );
    // The meeting's own tab keeps the journey too.
    assert_eq!(meeting_from_json(&meeting_to_json(&next)), Ok(next));
}

#[test]
fn the_same_plan_brought_in_twice_counts_once() {
    let mut meeting = now_meeting();
    assert_eq!(
        meeting.bring_in_earlier(autumn()),
        Ok(EarlierJoined::FollowUp)
    );
    assert_eq!(
        meeting.bring_in_earlier(spring()),
        Ok(EarlierJoined::Journey)
    );
    let before = meeting.clone();
    assert_eq!(meeting.bring_in_earlier(autumn()), Ok(EarlierJoined::Again));
    assert_eq!(meeting.bring_in_earlier(spring()), Ok(EarlierJoined::Again));
    assert_eq!(meeting, before, "nothing changed");
    assert_eq!(journey_of(&meeting, day("2030-01-01")).meetings.len(), 3);
}

#[test]
fn never_averaged_two_guardians_without_names_stay_two_lines() {
    let mut meeting = now_meeting();
    meeting
        .perspectives
        .retain(|d| d.perspective == Perspective::Child);
    meeting
        .bring_in(wheel(5, Perspective::Guardian, "", Some(VeryBad)))
        .unwrap();
    meeting
        .bring_in(wheel(6, Perspective::Guardian, "", Some(VeryGood)))
        .unwrap();
    meeting
        .bring_in_earlier(plan_file(
            "2026-09-01",
            vec![
                child(1, Bad),
                wheel(7, Perspective::Guardian, "", Some(Bad)),
                wheel(8, Perspective::Guardian, "", Some(Good)),
            ],
        ))
        .unwrap();
    let lines = journey_of(&meeting, day("2030-01-01")).lines("safe");
    assert_eq!(
        lines,
        [
            line(Perspective::Child, "", &[Some(Bad), Some(Good)]),
            line(Perspective::Guardian, "", &[Some(Bad), Some(VeryBad)]),
            line(Perspective::Guardian, "", &[Some(Good), Some(VeryGood)]),
        ],
        "each guardian keeps their own answers; nothing in between is made up"
    );
}

#[test]
fn a_person_left_out_is_left_out_of_the_whole_journey_and_of_the_file() {
    let mut meeting = now_meeting();
    meeting.bring_in(guardian(23, "pappa", Bad)).unwrap();
    meeting.bring_in_earlier(autumn()).unwrap();
    meeting.bring_in_earlier(spring()).unwrap();
    // Pappa is left out now: his line goes, in the earlier meetings too.
    meeting.left_out.insert(id(23));
    let lines = journey_of(&meeting, day("2030-01-01")).lines("safe");
    assert!(lines.iter().all(|l| l.name != "pappa"), "{lines:?}");
    assert_eq!(lines.len(), 2);
    let file = plan_to_json(&meeting);
    let Ok(SharedFile::Plan(back, _)) = read_file(&file) else {
        panic!("the plan reads back");
    };
    assert!(back
        .journey
        .meetings
        .iter()
        .flat_map(|m| &m.people)
        .all(|p| p.name != "pappa"));
    // Mamma left out in the earlier plan only: out of the journey as well.
    let mut meeting = now_meeting();
    meeting.bring_in_earlier(autumn()).unwrap();
    meeting.left_out.insert(id(12));
    let lines = journey_of(&meeting, day("2030-01-01")).lines("safe");
    assert!(lines
        .iter()
        .all(|l| l.name.to_lowercase().trim() != "mamma"));
}

#[test]
fn what_was_shared_only_with_the_professionals_never_enters_the_journey() {
    let mut secret = guardian(12, "mamma", VeryBad);
    secret.set_for_everyone("safe", false, stamp());
    let mut private = child(11, Bad);
    private.set_scale("care", Some(VeryBad), stamp());
    private.set_shared("care", false, stamp());
    let earlier = plan_file("2026-09-01", vec![private, secret]);
    let mut meeting = now_meeting();
    meeting.bring_in_earlier(earlier).unwrap();
    let journey = journey_of(&meeting, day("2030-01-01"));
    assert_eq!(
        journey.lines("safe"),
        [
            line(Perspective::Child, "", &[Some(Bad), Some(Good)]),
            line(Perspective::Guardian, "mamma", &[None, Some(VeryGood)]),
        ]
    );
    assert!(
        journey.lines("care").is_empty(),
        "a private area is never there"
    );
    // Nor in the file's journey, once this meeting is followed up in turn.
    let mut later = PlanInProgress::default();
    later.plan.made_on = Some(day("2027-09-01"));
    later.bring_in_earlier(through_file(&meeting)).unwrap();
    let stored = &later.journey.meetings[0];
    assert_eq!(stored.date, day("2026-09-01"));
    assert!(stored.people.iter().all(|p| !p.faces.contains_key("care")
        && (p.perspective == Perspective::Child || !p.faces.contains_key("safe"))));
}

#[test]
fn a_young_childs_three_faces_sit_at_the_bottom_middle_and_top() {
    assert_eq!(height_on_chart(ThreeBad), height_on_chart(VeryBad));
    assert_eq!(height_on_chart(ThreeBetween), height_on_chart(Between));
    assert_eq!(height_on_chart(ThreeGood), height_on_chart(VeryGood));
    assert_eq!(height_on_chart(DontKnow), None);
    assert_eq!(height_on_chart(RatherNotSay), None);
    let heights: Vec<_> = ScaleAnswer::FIVE_FACES
        .into_iter()
        .map(height_on_chart)
        .collect();
    assert_eq!(heights, [Some(0), Some(1), Some(2), Some(3), Some(4)]);
    // A chart of three faces only shows three faces; one five-face answer makes it five.
    let person = |faces: &[(&str, ScaleAnswer)]| JourneyPerson {
        perspective: Perspective::Child,
        name: String::new(),
        faces: faces
            .iter()
            .map(|(area, face)| (area.to_string(), *face))
            .collect(),
    };
    let journey = Journey {
        meetings: vec![
            JourneyMeeting {
                date: day("2026-03-01"),
                people: vec![person(&[("safe", ThreeBad), ("play", ThreeGood)])],
            },
            JourneyMeeting {
                date: day("2026-09-01"),
                people: vec![person(&[("safe", ThreeGood), ("play", Good)])],
            },
        ],
    };
    assert_eq!(journey.scale_on("safe"), FaceScaleKind::ThreeFaces);
    assert_eq!(journey.scale_on("play"), FaceScaleKind::FiveFaces);
}

#[test]
fn a_plan_and_a_meeting_of_schema_3_still_open_and_join_the_journey() {
    let Ok(SharedFile::Plan(plan, _)) = read_file(&fixture("plan-schema-3.hjulet.json")) else {
        panic!("a schema-3 plan reads");
    };
    assert!(plan.journey.is_empty());
    assert_eq!(plan.perspectives[0].scale("safe"), Some(ThreeBetween));
    let meeting = meeting_from_json(&fixture("meeting-schema-3.json")).unwrap();
    assert!(meeting.journey.is_empty());
    assert_eq!(meeting_from_json(&meeting_to_json(&meeting)), Ok(meeting));
    // Followed up, the schema-3 plan's own earlier plan becomes the journey's first meeting;
    // mamma's area for the professionals only is not there.
    let mut next = PlanInProgress::default();
    next.plan.made_on = Some(day("2027-03-01"));
    next.bring_in(wheel(1, Perspective::Child, "", Some(ThreeGood)))
        .unwrap();
    assert_eq!(next.bring_in_earlier(plan), Ok(EarlierJoined::FollowUp));
    let journey = journey_of(&next, day("2027-03-01"));
    assert_eq!(journey.meetings.len(), 3);
    assert_eq!(
        journey.lines("safe")[0].faces,
        [Some(ThreeBad), Some(ThreeBetween), Some(ThreeGood)]
    );
    assert!(journey.lines("care").is_empty());
}

/// A journey of `count` meetings a month apart from January 2020, the child on "safe".
fn long_journey(count: usize) -> Journey {
    Journey {
        meetings: (0..count)
            .map(|n| JourneyMeeting {
                date: day("2020-01-01") + chrono::Months::new(n as u32),
                people: vec![JourneyPerson {
                    perspective: Perspective::Child,
                    name: String::new(),
                    faces: BTreeMap::from([("safe".to_owned(), Good)]),
                }],
            })
            .collect(),
    }
}

#[test]
fn hostile_journeys_are_refused() {
    assert!(long_journey(MAX_JOURNEY_MEETINGS).within_bounds());
    assert!(!long_journey(MAX_JOURNEY_MEETINGS + 1).within_bounds());
    let mut backwards = long_journey(3);
    backwards.meetings.reverse();
    assert!(!backwards.within_bounds(), "dates out of order");
    let mut twice = long_journey(2);
    twice.meetings[1].date = twice.meetings[0].date;
    assert!(!twice.within_bounds(), "one date twice");
    let mut crowded = long_journey(1);
    crowded.meetings[0].people = vec![crowded.meetings[0].people[0].clone(); 2];
    assert!(!crowded.within_bounds(), "two children in one meeting");
    let mut long_name = long_journey(1);
    long_name.meetings[0].people[0].name = "x".repeat(41);
    assert!(!long_name.within_bounds());
    let mut not_an_area = long_journey(1);
    not_an_area.meetings[0].people[0]
        .faces
        .insert("../../etc".into(), Bad);
    assert!(!not_an_area.within_bounds());

    // A file whose journey is longer than the app keeps is refused as damaged.
    let mut meeting = now_meeting();
    meeting.journey = long_journey(MAX_STORED_MEETINGS);
    let text = plan_to_json(&meeting);
    assert!(matches!(read_file(&text), Ok(SharedFile::Plan(..))));
    meeting.journey = long_journey(MAX_STORED_MEETINGS + 1);
    let refused = read_file(&plan_to_json(&meeting)).unwrap_err();
    assert_eq!(refused.message_id().as_str(), "load-error-damaged");
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["plan"]["journey"]["meetings"][0]["people"][0]["name"] = "x".repeat(41).into();
    assert!(read_file(&value.to_string()).is_err());

    // An older plan that would make the journey too long is refused, and nothing changes.
    let mut meeting = now_meeting();
    meeting.bring_in_earlier(autumn()).unwrap();
    meeting.journey = long_journey(MAX_STORED_MEETINGS);
    let before = meeting.clone();
    let older = plan_file("2025-06-01", vec![child(1, Bad)]);
    assert_eq!(
        meeting.bring_in_earlier(older),
        Err(JoinProblem::TooManyMeetings)
    );
    assert_eq!(meeting, before);
    // A newer plan moves the chain on: the oldest meetings drop off, the follow-up goes on.
    let mut newest = now_meeting();
    newest.plan.made_on = Some(day("2026-12-01"));
    newest.journey = long_journey(MAX_STORED_MEETINGS);
    let newest = through_file(&newest);
    assert_eq!(
        meeting.bring_in_earlier(newest),
        Ok(EarlierJoined::FollowUp)
    );
    assert_eq!(meeting.journey.meetings.len(), MAX_STORED_MEETINGS);
    assert_eq!(
        journey_of(&meeting, day("2027-03-01")).meetings.len(),
        MAX_JOURNEY_MEETINGS
    );
    // An older plan without a date has no place on the journey.
    let mut dateless = spring();
    dateless.plan.made_on = None;
    assert_eq!(
        meeting.bring_in_earlier(dateless),
        Err(JoinProblem::PlanWithoutDate)
    );
}

#[test]
fn the_projector_is_sent_the_journey_and_refuses_one_the_app_never_makes() {
    let mut meeting = now_meeting();
    meeting.bring_in_earlier(autumn()).unwrap();
    let journey = journey_of(&meeting, day("2030-01-01"));
    let view = RoomView::new("sv", &meeting.perspectives, None, None, &BTreeMap::new())
        .with_journey(journey.clone());
    let sent = ProjectorMessage::Show { view }.to_text();
    let Some(ProjectorMessage::Show { view }) = ProjectorMessage::from_text(&sent) else {
        panic!("the projector reads the view");
    };
    assert_eq!(view.journey, journey);
    let view = RoomView::default().with_journey(long_journey(MAX_JOURNEY_MEETINGS + 1));
    let sent = ProjectorMessage::Show { view }.to_text();
    assert_eq!(ProjectorMessage::from_text(&sent), None);
}
