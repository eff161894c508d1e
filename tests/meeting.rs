//! The meeting: every perspective on an area shown as given (never averaged), guardians told
//! apart, the follow-up against an earlier plan, and the plan file the meeting leaves with.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::meeting::{follow_up, markers, plan_file, tagged, Marker, PerspectiveTag};
use hjulet::domain::plan::{PlanArea, PlanInProgress};
use hjulet::domain::saved::LoadError;
use hjulet::domain::share::{read_file, ImportError, SharedFile};
use hjulet::domain::{AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WordsField};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn id(n: u8) -> DraftId {
    DraftId::parse(&format!("{n:02x}").repeat(8)).unwrap()
}

fn child(safe: ScaleAnswer) -> Draft {
    let mut d = Draft::new_child(id(1), "Sara", AgeBand::Middle, now());
    d.set_scale("safe", Some(safe), now());
    d.set_words("safe", WordsField::Hard, "Bussen", now());
    d.set_scale("play", Some(ScaleAnswer::VeryBad), now());
    d.set_shared("play", false, now());
    d
}

fn guardian(n: u8, author: &str, safe: Option<ScaleAnswer>) -> Draft {
    let mut d = Draft::new_guardian(id(n), "Sara", author, AgeBand::Middle, now());
    d.set_scale("safe", safe, now());
    d
}

fn tag(perspective: Perspective, number: usize) -> PerspectiveTag {
    PerspectiveTag {
        perspective,
        number,
    }
}

#[test]
fn each_perspective_keeps_its_own_answer_on_the_wheel_child_first_never_averaged() {
    // Brought in guardian first: the child still comes first, guardians in the order they came.
    let drafts = vec![
        guardian(2, "mamma", Some(ScaleAnswer::VeryGood)),
        child(ScaleAnswer::VeryBad),
        guardian(3, "pappa", Some(ScaleAnswer::Between)),
    ];
    assert_eq!(
        markers(&drafts, "safe"),
        vec![
            Marker {
                tag: tag(Perspective::Child, 0),
                scale: Some(ScaleAnswer::VeryBad)
            },
            Marker {
                tag: tag(Perspective::Guardian, 0),
                scale: Some(ScaleAnswer::VeryGood)
            },
            Marker {
                tag: tag(Perspective::Guardian, 1),
                scale: Some(ScaleAnswer::Between)
            },
        ],
        "three markers, as given: no mean, no merge"
    );
    let letters: Vec<char> = tagged(&drafts)
        .iter()
        .map(|(tag, _)| tag.letter())
        .collect();
    assert_eq!(letters, ['A', 'A', 'B']);
    assert_eq!(tagged(&drafts)[1].1.author, "mamma");
}

#[test]
fn a_private_or_unanswered_area_shows_no_marker_for_that_perspective() {
    let drafts = vec![child(ScaleAnswer::Good), guardian(2, "mamma", None)];
    assert!(
        markers(&drafts, "play").is_empty(),
        "the child kept play private"
    );
    assert!(markers(&drafts, "health").is_empty());
    // A guardian who wrote words without a face still shows, without a face.
    let mut with_words = guardian(3, "pappa", None);
    with_words.set_words("health", WordsField::Hard, "Sover dåligt", now());
    assert_eq!(
        markers(&[with_words], "health"),
        vec![Marker {
            tag: tag(Perspective::Guardian, 0),
            scale: None
        }]
    );
}

#[test]
fn the_follow_up_pairs_each_person_earlier_and_now_side_by_side() {
    let earlier = vec![
        child(ScaleAnswer::VeryBad),
        guardian(2, "mamma", Some(ScaleAnswer::Bad)),
        guardian(3, "pappa", Some(ScaleAnswer::Bad)),
    ];
    // Now: new drafts (new ids); pappa came in first this time, and mamma did not answer.
    let mut now_child = child(ScaleAnswer::Good);
    now_child.id = id(9);
    let now = vec![guardian(8, "Pappa ", Some(ScaleAnswer::Good)), now_child];
    let comparisons = follow_up(&earlier, &now, "safe");
    let pairs: Vec<(PerspectiveTag, Option<ScaleAnswer>, Option<ScaleAnswer>)> = comparisons
        .iter()
        .map(|c| {
            (
                c.tag,
                c.earlier.as_ref().and_then(|a| a.scale),
                c.now.as_ref().and_then(|a| a.scale),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![
            (
                tag(Perspective::Child, 0),
                Some(ScaleAnswer::VeryBad),
                Some(ScaleAnswer::Good)
            ),
            // Matched by name, not by order: pappa then and pappa now.
            (
                tag(Perspective::Guardian, 0),
                Some(ScaleAnswer::Bad),
                Some(ScaleAnswer::Good)
            ),
            // Mamma only answered the earlier time.
            (tag(Perspective::Guardian, 1), Some(ScaleAnswer::Bad), None),
        ]
    );
    assert_eq!(comparisons[0].earlier.as_ref().unwrap().hard, "Bussen");
    assert!(follow_up(&earlier, &now, "health").is_empty());
}

#[test]
fn the_plan_file_comes_back_as_an_earlier_plan_for_the_follow_up() {
    let mut meeting = PlanInProgress::default();
    meeting.add(child(ScaleAnswer::Bad));
    meeting.add(guardian(2, "mamma", Some(ScaleAnswer::Good)));
    meeting.plan.made_on = NaiveDate::from_ymd_opt(2026, 11, 23);
    meeting.plan.areas.insert(
        "safe".into(),
        PlanArea {
            needs: "Trygg skolväg".into(),
            actions: "Följeslagare".into(),
            ..PlanArea::default()
        },
    );
    let (name, text) = plan_file(&meeting);
    assert_eq!(name, "barnets-plan-Sara-2026-11-23.hjulet.json");
    let Ok(SharedFile::Plan(read_back)) = read_file(&text) else {
        panic!("a plan file reads back as a plan");
    };
    assert_eq!(read_back, meeting);

    let mut next = PlanInProgress::default();
    next.follow_up_of(read_back);
    let earlier = next
        .earlier
        .expect("the earlier plan is kept for the follow-up");
    assert_eq!(earlier.made_on, NaiveDate::from_ymd_opt(2026, 11, 23));
    assert_eq!(earlier.areas["safe"].needs, "Trygg skolväg");
    assert_eq!(earlier.perspectives.len(), 2);
    assert_eq!(next.plan.child_name, "Sara");
}

#[test]
fn a_plan_file_from_a_newer_app_or_damaged_is_refused_with_a_reason() {
    let future = r#"{"format":"barnets-basta-hjulet.plan","schema":9,"plan":{}}"#;
    assert_eq!(
        read_file(future),
        Err(ImportError::Unreadable(LoadError::FutureSchema {
            found: 9
        }))
    );
    let damaged = r#"{"format":"barnets-basta-hjulet.plan","schema":1,"plan":{"plan":7}}"#;
    assert!(matches!(
        read_file(damaged),
        Err(ImportError::Unreadable(LoadError::Damaged(_)))
    ));
}
