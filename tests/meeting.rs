//! The meeting: every perspective on an area shown as given (never averaged), guardians told
//! apart, the follow-up against an earlier plan, and the plan file the meeting leaves with.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::format::import::{read_file, ImportError, SharedFile};
use hjulet::domain::format::plan_file::{plan_to_json, PLAN};
use hjulet::domain::format::LoadError;
use hjulet::domain::meeting::{follow_up, markers, tagged, Marker, PerspectiveTag};
use hjulet::domain::plan::{
    JoinProblem, Joined, PlanAction, PlanArea, PlanInProgress, MAX_PERSPECTIVES,
};
use hjulet::domain::{AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WordsField};
use hjulet::meeting::import::join_problem_message;

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
    let mut d = Draft::new_adult(
        Perspective::Guardian,
        id(n),
        "Sara",
        author,
        AgeBand::Middle,
        now(),
    );
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
fn the_follow_up_says_which_answers_were_for_the_professionals_only_earlier_and_now() {
    // Earlier the child kept "safe" for the professionals; now the child shares it with everyone,
    // and mamma, who shared it with everyone before, keeps it for the professionals now.
    let mut earlier_child = child(ScaleAnswer::VeryBad);
    earlier_child.set_for_everyone("safe", false, now());
    let earlier = vec![earlier_child, guardian(2, "mamma", Some(ScaleAnswer::Bad))];
    let mut now_child = child(ScaleAnswer::Good);
    now_child.id = id(9);
    let mut now_mamma = guardian(8, "mamma", Some(ScaleAnswer::Good));
    now_mamma.set_for_everyone("safe", false, now());
    let flags: Vec<(PerspectiveTag, bool, bool)> =
        follow_up(&earlier, &[now_child, now_mamma], "safe")
            .iter()
            .map(|c| {
                (
                    c.tag,
                    c.earlier_professionals_only,
                    c.now_professionals_only,
                )
            })
            .collect();
    assert_eq!(
        flags,
        vec![
            (tag(Perspective::Child, 0), true, false),
            (tag(Perspective::Guardian, 0), false, true),
        ]
    );
    // Someone who came only the earlier time keeps their earlier choice.
    let only_earlier = follow_up(&earlier, &[], "safe");
    assert!(only_earlier[0].earlier_professionals_only);
    assert!(!only_earlier[1].earlier_professionals_only);
}

#[test]
fn the_plan_file_comes_back_as_an_earlier_plan_for_the_follow_up() {
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(child(ScaleAnswer::Bad)).unwrap();
    meeting
        .bring_in(guardian(2, "mamma", Some(ScaleAnswer::Good)))
        .unwrap();
    meeting.plan.made_on = NaiveDate::from_ymd_opt(2026, 11, 23);
    meeting.plan.areas.insert(
        "safe".into(),
        PlanArea {
            needs: "Trygg skolväg".into(),
            actions: vec![PlanAction {
                what: "Följeslagare".into(),
                who: "Skolan".into(),
                when: "Varje morgon".into(),
            }],
            ..PlanArea::default()
        },
    );
    let text = plan_to_json(&meeting);
    let Ok(SharedFile::Plan(read_back, _)) = read_file(&text) else {
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
        Err(ImportError::Unreadable(LoadError::FutureVersion {
            found: 9
        }))
    );
    let damaged = r#"{"format":"barnets-basta-hjulet.plan","schema":1,"plan":{"plan":7}}"#;
    assert!(matches!(
        read_file(damaged),
        Err(ImportError::Unreadable(LoadError::Damaged(_)))
    ));
}

#[test]
fn a_plan_without_a_schema_is_told_so_not_taken_as_version_0() {
    let written = plan_to_json(&PlanInProgress::default());
    let schema = format!("\"schema\":{},", PLAN.current);
    assert!(written.contains(&schema), "{written}");
    let text = written.replace(&schema, "");
    assert_eq!(
        read_file(&text),
        Err(ImportError::Unreadable(LoadError::NoVersion))
    );
}

#[test]
fn the_plan_file_carries_only_the_perspectives_ticked_in_and_only_their_shared_areas() {
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(child(ScaleAnswer::Bad)).unwrap();
    // A guardian who must stay hidden from the other: brought in, then left out.
    let mut hidden = guardian(2, "mamma", Some(ScaleAnswer::VeryBad));
    hidden.set_words("safe", WordsField::Hard, "Vi bor på skyddad adress", now());
    meeting.bring_in(hidden.clone()).unwrap();
    meeting.left_out.insert(hidden.id.clone());
    meeting
        .bring_in(guardian(3, "pappa", Some(ScaleAnswer::Good)))
        .unwrap();

    let text = plan_to_json(&meeting);
    assert!(!text.contains("skyddad adress"), "{text}");
    assert!(!text.contains("mamma"), "{text}");
    assert!(!text.contains(hidden.id.as_str()), "{text}");
    assert!(!text.contains("play"), "the child's private area: {text}");
    let Ok(SharedFile::Plan(read_back, _)) = read_file(&text) else {
        panic!("the plan reads back");
    };
    assert_eq!(read_back.perspectives.len(), 2);
    assert!(read_back.left_out.is_empty());
}

#[test]
fn a_plan_file_with_extra_keys_or_private_areas_does_not_carry_them_further() {
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(child(ScaleAnswer::Bad)).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&plan_to_json(&meeting)).unwrap();
    value["plan"]["secret"] = "extra".into();
    value["plan"]["plan"]["__proto__"] = serde_json::json!({ "polluted": true });
    // Someone wrote the child's private area back into the file by hand.
    value["plan"]["perspectives"][0]["answers"]["play"] =
        serde_json::json!({ "scale": "very-bad", "hard": "hemligt" });
    value["plan"]["perspectives"][0]["private_areas"] = serde_json::json!(["play"]);
    let Ok(SharedFile::Plan(earlier, _)) = read_file(&value.to_string()) else {
        panic!("still a plan");
    };
    let mut next = PlanInProgress::default();
    next.follow_up_of(earlier);
    let text = plan_to_json(&next);
    for gone in ["extra", "polluted", "hemligt", "__proto__"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
}

#[test]
fn the_meeting_refuses_what_would_replace_or_merge_another_persons_view() {
    let mut meeting = PlanInProgress::default();
    assert_eq!(meeting.bring_in(child(ScaleAnswer::Bad)), Ok(Joined::Added));
    // A guardian's file that says it has the child's id.
    let mut impostor = guardian(9, "mamma", Some(ScaleAnswer::Good));
    impostor.id = id(1);
    assert_eq!(meeting.bring_in(impostor), Err(JoinProblem::SameId));
    // Another child's wheel.
    let mut second = child(ScaleAnswer::Good);
    second.id = id(7);
    assert_eq!(meeting.bring_in(second), Err(JoinProblem::SecondChild));
    // The same child's newer file takes its earlier copy's place; an older one does not, and
    // a file that only claims the child's id (made at another moment) is not the same wheel.
    let mut newer = child(ScaleAnswer::Good);
    newer.updated_at = now() + chrono::Duration::hours(1);
    assert_eq!(meeting.bring_in(newer), Ok(Joined::Replaced));
    assert_eq!(
        meeting.bring_in(child(ScaleAnswer::VeryGood)),
        Err(JoinProblem::Older)
    );
    let mut forged = child(ScaleAnswer::VeryGood);
    forged.created_at = now() - chrono::Duration::days(3);
    forged.updated_at = now() + chrono::Duration::days(1);
    assert_eq!(meeting.bring_in(forged), Err(JoinProblem::SameId));
    assert_eq!(meeting.perspectives.len(), 1);
    assert_eq!(
        meeting.perspectives[0].scale("safe"),
        Some(ScaleAnswer::Good)
    );
    for n in 2..(MAX_PERSPECTIVES as u8 + 1) {
        meeting.bring_in(guardian(n, "", None)).unwrap();
    }
    assert_eq!(
        meeting.bring_in(guardian(99, "", None)),
        Err(JoinProblem::TooMany)
    );
    for problem in [
        JoinProblem::SameId,
        JoinProblem::SecondChild,
        JoinProblem::TooMany,
        JoinProblem::Older,
    ] {
        assert!(join_problem_message(problem)
            .as_str()
            .starts_with("import-error-"));
    }
    // Removed, it makes room; its "left out" mark goes with it.
    let first_guardian = id(2);
    meeting.left_out.insert(first_guardian.clone());
    meeting.remove(&first_guardian);
    assert!(meeting.left_out.is_empty());
    assert_eq!(meeting.bring_in(guardian(99, "", None)), Ok(Joined::Added));
}

#[test]
fn leaving_someone_out_leaves_out_their_earlier_view_too() {
    // The earlier meeting had mamma's view; now she must stay hidden from the other guardian.
    let mut earlier = PlanInProgress::default();
    earlier.bring_in(child(ScaleAnswer::Bad)).unwrap();
    let mut mamma = guardian(2, "mamma", Some(ScaleAnswer::VeryBad));
    mamma.set_words("safe", WordsField::Hard, "Vi har flyttat", now());
    earlier.bring_in(mamma.clone()).unwrap();
    let mut meeting = PlanInProgress::default();
    meeting.follow_up_of(earlier);
    meeting.bring_in(child(ScaleAnswer::Good)).unwrap();

    meeting.left_out.insert(mamma.id.clone());
    assert_eq!(meeting.earlier_included().len(), 1);
    let text = plan_to_json(&meeting);
    assert!(
        !text.contains("flyttat") && !text.contains("mamma"),
        "{text}"
    );
    // Removing a perspective of this meeting with the same id keeps the earlier one left out.
    meeting.bring_in(mamma.clone()).unwrap();
    meeting.remove(&mamma.id);
    assert!(meeting.left_out.contains(&mamma.id));
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn the_follow_up_shows_a_young_childs_earlier_five_faces_beside_the_new_three_faces() {
    // The earlier plan was made before the youngest had three faces: Liam (4–7) answered "mycket
    // dåligt" on five faces, in a plan file of schema 2 holding drafts of schema 1.
    let Ok(SharedFile::Plan(earlier, _)) = read_file(&fixture("plan-schema-2.hjulet.json")) else {
        panic!("a schema-2 plan with schema-1 drafts opens");
    };
    let earlier_child = &earlier.perspectives[0];
    assert_eq!(earlier_child.age_band, AgeBand::Young);
    assert_eq!(earlier_child.scale("safe"), Some(ScaleAnswer::VeryBad));
    // Now he answers on three faces, in the same wheel (same id, later).
    let mut liam = earlier_child.clone();
    liam.set_scale("safe", Some(ScaleAnswer::ThreeBad), now());
    liam.set_feeling("safe", "scared", true, now());
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(liam).unwrap();
    let mut mamma = guardian(7, "mamma", Some(ScaleAnswer::Bad));
    mamma.age_band = AgeBand::Young;
    meeting.bring_in(mamma).unwrap();
    meeting.follow_up_of(earlier);

    let comparisons = follow_up(&meeting.earlier_included(), &meeting.included(), "safe");
    let child = &comparisons[0];
    assert_eq!(child.tag, tag(Perspective::Child, 0));
    assert_eq!(
        child.earlier.as_ref().and_then(|a| a.scale),
        Some(ScaleAnswer::VeryBad),
        "the earlier answer stays a five-face answer"
    );
    let now_answer = child.now.as_ref().unwrap();
    assert_eq!(
        now_answer.scale,
        Some(ScaleAnswer::ThreeBad),
        "the new one a three-face answer: neither is converted"
    );
    assert!(now_answer.feelings.contains("scared"));
    // On the wheel: the child's three-face mark beside mamma's five-face one.
    let marks: Vec<Option<ScaleAnswer>> = markers(&meeting.included(), "safe")
        .into_iter()
        .map(|marker| marker.scale)
        .collect();
    assert_eq!(marks, [Some(ScaleAnswer::ThreeBad), Some(ScaleAnswer::Bad)]);
    // And it all goes out in the plan file and comes back the same.
    let Ok(SharedFile::Plan(back, _)) = read_file(&plan_to_json(&meeting)) else {
        panic!("the plan reads back");
    };
    assert_eq!(back, meeting.chosen());
}

#[test]
fn the_plan_file_carries_the_childs_drawings_for_the_next_follow_up_and_never_sound() {
    use hjulet::domain::drawing::{Colour, Drawing, Point, Stroke};
    use hjulet::domain::format::plan_file::plan_with_drawings_to_json;
    use std::collections::BTreeMap;
    let line = |text: &str| {
        let mut drawing = Drawing::default();
        let mut stroke = Stroke::start(Colour::ALL[2], 14, Point::new(0, 0).unwrap());
        stroke.extend(Point::new(1000, 1000).unwrap());
        drawing.push_stroke(stroke);
        drawing.set_text(text);
        drawing
    };
    let mut the_child = child(ScaleAnswer::Bad);
    // As the share file set it: a drawing came for Trygghet only.
    the_child.drawn = ["safe".to_owned()].into();
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(the_child).unwrap();
    meeting
        .bring_in(guardian(2, "mamma", Some(ScaleAnswer::Good)))
        .unwrap();
    let held = BTreeMap::from([
        ("safe".to_owned(), line("bussen")),
        // Held by the tab but not said by the child's draft: it does not go into the plan.
        ("play".to_owned(), line("fotboll")),
    ]);
    let text = plan_with_drawings_to_json(&meeting, &held);
    assert!(!text.contains("fotboll"));
    let Ok(SharedFile::Plan(earlier, drawings)) = read_file(&text) else {
        panic!("the plan file reads back");
    };
    assert_eq!(earlier, meeting.chosen());
    assert_eq!(
        drawings,
        BTreeMap::from([("safe".to_owned(), line("bussen"))])
    );

    // A plan file is never a way to bring sound in.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["child_drawings"]["voice_notes"] =
        serde_json::json!({ "safe": { "mime": "audio/webm", "data": "AAAA" } });
    assert!(matches!(
        read_file(&value.to_string()),
        Err(ImportError::Unreadable(LoadError::Damaged(_)))
    ));
    // Leaving the child out of the plan leaves the drawings out too.
    meeting.left_out.insert(id(1));
    assert!(!plan_with_drawings_to_json(&meeting, &held).contains("child_drawings"));
}
