//! Every stored and shared format through its one envelope check: a file of every earlier
//! version still opens (the files in `tests/fixtures/` were written by earlier versions of the
//! app; add one whenever a version is raised), what a tab may write over, and the limits that
//! keep the largest plan the app can make readable again.

use chrono::{TimeZone, Utc};
use hjulet::domain::answer::MAX_TEXT_CHARS;
use hjulet::domain::draft::{MAX_AREAS, MAX_NICKNAME_CHARS};
use hjulet::domain::format::draft_file::{draft_from_json, draft_to_json, DRAFT};
use hjulet::domain::format::envelope::{self, LoadError};
use hjulet::domain::format::import::{read_file, SharedFile, MAX_FILE_BYTES};
use hjulet::domain::format::locked::{Binding, LOCKED};
use hjulet::domain::format::plan_file::{
    meeting_from_json, meeting_to_json, plan_to_json, split_into_actions, MEETING, PLAN,
};
use hjulet::domain::format::stored::{check_overwrite, stored_from_json, Refusal, Stored, Writing};
use hjulet::domain::format::wheel_index::WHEEL_INDEX;
use hjulet::domain::plan::{
    ConsentRecord, Contact, EarlierPlan, Plan, PlanAction, PlanArea, PlanInProgress,
    MAX_ACTIONS_PER_AREA, MAX_ACTION_CHARS, MAX_CONTACT_CHARS, MAX_PERSPECTIVES,
    MAX_PLAN_TEXT_CHARS,
};
use hjulet::domain::{
    AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WheelDefinition, WordsField,
};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_file_of_every_earlier_version_still_opens() {
    // Drafts: schema 1 is the first. Schema 2 added three faces, feelings, who may see an area
    // and shared voice notes, each with a default: a schema-1 draft keeps its five-face answers.
    let draft = draft_from_json(&fixture("draft-schema-1.hjulet.json")).unwrap();
    assert_eq!(draft.nickname, "Sara");
    assert_eq!(draft.words("safe", WordsField::Hard), "Bussen");
    assert!(!draft.is_shared("care"));
    assert_eq!(draft.scale("safe"), Some(ScaleAnswer::Bad));
    assert_eq!(draft.scale("care"), Some(ScaleAnswer::VeryBad));
    assert!(draft.answers.values().all(|a| a.feelings.is_empty()));
    assert!(draft.for_everyone("safe") && !draft.voice_is_shared("safe"));
    assert_eq!(
        draft_from_json(&draft_to_json(&draft)),
        Ok(draft.clone()),
        "saved again as schema 2, it is the same draft"
    );
    // A locked draft holds a draft envelope: a schema-1 draft inside opens the same way.
    let Ok(SharedFile::Draft(in_file, _)) = read_file(&fixture("draft-schema-1.hjulet.json"))
    else {
        panic!("a schema-1 shared file reads");
    };
    assert_eq!(in_file, draft);
    // Schema 3 added the meeting's summary and the child's marks, with defaults: a schema-2
    // draft (three faces, feelings, who may see, shared voice) opens as it was.
    let young = draft_from_json(&fixture("draft-schema-2.hjulet.json")).unwrap();
    assert_eq!(young.scale("safe"), Some(ScaleAnswer::ThreeBad));
    assert!(young.has_feeling("play", "tired"));
    assert!(!young.for_everyone("health") && young.voice_is_shared("play"));
    assert!(young.from_meeting.is_none() && young.action_marks.is_empty());
    assert_eq!(draft_from_json(&draft_to_json(&young)), Ok(young));
    // Locked envelopes: version 1 had no additional data; it is still read (and opened in the
    // browser: tests/browser_lock.rs).
    let Ok(Stored::Locked(locked)) = stored_from_json(&fixture("locked-version-1.json")) else {
        panic!("a version 1 locked envelope is still a locked draft");
    };
    assert_eq!(
        locked.additional_data(&Binding::File),
        None,
        "version 1: no binding"
    );
    assert!(matches!(
        read_file(&fixture("locked-version-1.json")),
        Ok(SharedFile::Locked(_))
    ));
    // Plans: schema 1 had one free text for an area's actions; it becomes one action that says
    // what, without who or when, so that the plan shows it as not complete.
    let Ok(SharedFile::Plan(plan, _)) = read_file(&fixture("plan-schema-1.hjulet.json")) else {
        panic!("a schema 1 plan reads");
    };
    assert_eq!(plan.plan.areas["safe"].needs, "Trygg skolväg");
    let was_free_text = PlanAction {
        what: "Följeslagare".into(),
        ..PlanAction::default()
    };
    assert_eq!(
        plan.plan.areas["safe"].actions,
        std::slice::from_ref(&was_free_text)
    );
    assert!(plan.plan.areas["safe"].actions[0].is_incomplete());
    assert_eq!(plan.perspectives.len(), 2);
    // The meeting's own data: before the envelope the tab kept the bare meeting (schema 1's
    // shape).
    let bare = meeting_from_json(&fixture("meeting-before-envelope.json")).unwrap();
    assert_eq!(bare.perspectives.len(), 2);
    assert_eq!(bare.left_out.len(), 1, "a left-out guardian stays left out");
    assert_eq!(
        bare.plan.areas["safe"].actions,
        std::slice::from_ref(&was_free_text)
    );
    assert_eq!(meeting_from_json(&meeting_to_json(&bare)), Ok(bare));
    // The meeting in schema 1: actions in the plan and in the earlier plan become lists; an
    // empty text becomes no action.
    let meeting = meeting_from_json(&fixture("meeting-schema-1.json")).unwrap();
    assert_eq!(meeting.plan.areas["safe"].actions, [was_free_text]);
    assert!(meeting.plan.areas["learning"].actions.is_empty());
    let earlier = meeting.earlier.as_ref().unwrap();
    assert_eq!(
        earlier.areas["safe"].actions[0].what,
        "Rastvakt vid gungorna"
    );
    assert_eq!(meeting_from_json(&meeting_to_json(&meeting)), Ok(meeting));
    // Plans and meetings of schema 2 hold drafts of schema 1: they open, their answers as given.
    let Ok(SharedFile::Plan(plan, _)) = read_file(&fixture("plan-schema-2.hjulet.json")) else {
        panic!("a schema 2 plan reads");
    };
    assert_eq!(
        plan.perspectives[0].scale("safe"),
        Some(ScaleAnswer::VeryBad)
    );
    assert_eq!(plan.plan.areas["safe"].actions[0].who, "Mamma");
    assert!(plan.plan.include_child_words);
    let meeting = meeting_from_json(&fixture("meeting-schema-2.json")).unwrap();
    assert_eq!(
        meeting.perspectives[0].scale("safe"),
        Some(ScaleAnswer::Bad)
    );
    let earlier = meeting.earlier.as_ref().unwrap();
    assert_eq!(
        earlier.perspectives[0].scale("safe"),
        Some(ScaleAnswer::VeryBad)
    );
    assert_eq!(meeting_from_json(&meeting_to_json(&meeting)), Ok(meeting));
    // Plans and meetings of schema 3 have no journey (tests/journey.rs follows one up).
    let Ok(SharedFile::Plan(plan, _)) = read_file(&fixture("plan-schema-3.hjulet.json")) else {
        panic!("a schema 3 plan reads");
    };
    assert!(plan.journey.is_empty());
    assert_eq!(
        plan.perspectives[0].scale("safe"),
        Some(ScaleAnswer::ThreeBetween)
    );
    let meeting = meeting_from_json(&fixture("meeting-schema-3.json")).unwrap();
    assert!(meeting.journey.is_empty() && meeting.earlier.is_some());
    assert_eq!(meeting_from_json(&meeting_to_json(&meeting)), Ok(meeting));
    // Each format's current version is the one the fixtures and the steps above cover.
    assert_eq!(
        [DRAFT.current, PLAN.current, MEETING.current, LOCKED.current],
        [3, 4, 4, 2],
        "a version was raised: add a file of the old version to tests/fixtures/ and open it here"
    );
}

#[test]
fn one_envelope_check_tells_each_kind_of_trouble_apart() {
    let kinds = [DRAFT, PLAN, LOCKED, MEETING, WHEEL_INDEX];
    for kind in kinds {
        let field = kind.version_field;
        let format = kind.format;
        let open = |text: String| envelope::open(&text, &kinds).map(|o| o.version);
        assert_eq!(
            open(format!(r#"{{"format":"{format}","{field}":1}}"#)),
            Ok(1)
        );
        assert_eq!(
            open(format!(r#"{{"format":"{format}"}}"#)),
            Err(LoadError::NoVersion),
            "{format} without a version"
        );
        assert_eq!(
            open(format!(r#"{{"format":"{format}","{field}":null}}"#)),
            Err(LoadError::NoVersion)
        );
        assert_eq!(
            open(format!(r#"{{"format":"{format}","{field}":99}}"#)),
            Err(LoadError::FutureVersion { found: 99 })
        );
        for bad in ["0", "-1", "1.5", "\"1\"", "[1]", "18446744073709551616"] {
            assert!(
                matches!(
                    open(format!(r#"{{"format":"{format}","{field}":{bad}}}"#)),
                    Err(LoadError::Damaged(_))
                ),
                "{format} {bad}"
            );
        }
    }
    assert_eq!(
        envelope::open("nej", &kinds).unwrap_err(),
        LoadError::NotJson
    );
    assert_eq!(
        envelope::open(r#"{"format":"something-else","schema":1}"#, &kinds).unwrap_err(),
        LoadError::NotOurs
    );
    // A kind where another is expected is not ours *here*.
    let plan = plan_to_json(&PlanInProgress::default());
    assert_eq!(draft_from_json(&plan), Err(LoadError::NotOurs));
    assert_eq!(meeting_from_json(&plan), Err(LoadError::NotOurs));
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn open_draft() -> Draft {
    Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Middle,
        now(),
    )
}

#[test]
fn a_tab_never_writes_over_a_lock_a_deletion_or_a_newer_version() {
    let open = draft_to_json(&open_draft());
    let locked = fixture("locked-version-1.json");
    let newer = open.replace(
        &format!("\"schema\":{}", DRAFT.current),
        &format!("\"schema\":{}", DRAFT.current + 1),
    );

    let Ok(Stored::Locked(envelope)) = stored_from_json(&locked) else {
        panic!("a locked draft");
    };
    let its_salt = envelope.salt();
    let other_salt = [9u8; 16];
    let (ours, theirs) = (&its_salt[..], &other_salt[..]);

    // Deleted (in this tab or another): a save would bring it back.
    for writing in [
        Writing::Open,
        Writing::Locked { salt: ours },
        Writing::RemovingLock { salt: ours },
    ] {
        assert_eq!(check_overwrite(None, writing), Err(Refusal::Deleted));
        assert_eq!(
            check_overwrite(Some(&newer), writing),
            Err(Refusal::NewerVersion)
        );
    }
    // Another tab locked it: a stale tab's readable save must not take the lock away.
    assert_eq!(
        check_overwrite(Some(&locked), Writing::Open),
        Err(Refusal::LockedElsewhere)
    );
    // The tab that holds the key saves locked, or takes the lock away when asked to.
    for writing in [
        Writing::Locked { salt: ours },
        Writing::RemovingLock { salt: ours },
    ] {
        assert_eq!(check_overwrite(Some(&locked), writing), Ok(()));
    }
    // Another tab locked it again with another passphrase: a tab with the old key neither writes
    // it back under the old passphrase nor takes the new lock away.
    for writing in [
        Writing::Locked { salt: theirs },
        Writing::RemovingLock { salt: theirs },
    ] {
        assert_eq!(
            check_overwrite(Some(&locked), writing),
            Err(Refusal::LockedElsewhere)
        );
    }
    // Over its own kind, and over something damaged (the tab's words are the better copy).
    assert_eq!(check_overwrite(Some(&open), Writing::Open), Ok(()));
    assert_eq!(
        check_overwrite(Some(&open), Writing::Locked { salt: ours }),
        Ok(())
    );
    assert_eq!(check_overwrite(Some("{ garbage"), Writing::Open), Ok(()));
}

/// The longest text anyone can type in a field of `max` characters, of the character that takes
/// the most room in a file (a control character is written as six: `\u001f`).
fn longest(max: usize) -> String {
    "\u{1f}".repeat(max)
}

/// As many areas as a draft may hold (more than the shipped wheel has).
fn most_areas() -> Vec<String> {
    (1..=MAX_AREAS).map(|n| format!("area-{n}")).collect()
}

fn largest_draft(n: u8, perspective: Perspective) -> Draft {
    let id = DraftId::parse(&format!("{n:02x}").repeat(16)).unwrap();
    let mut draft = match perspective {
        Perspective::Child => {
            Draft::new_child(id, &longest(MAX_NICKNAME_CHARS), AgeBand::Teen, now())
        }
        _ => Draft::new_adult(
            Perspective::Guardian,
            id,
            &longest(MAX_NICKNAME_CHARS),
            &longest(MAX_NICKNAME_CHARS),
            AgeBand::Teen,
            now(),
        ),
    };
    let feelings = WheelDefinition::shipped().feelings;
    for area in most_areas() {
        draft.set_scale(&area, Some(ScaleAnswer::ThreeBetween), now());
        for field in WordsField::ALL {
            draft.set_words(&area, field, &longest(MAX_TEXT_CHARS), now());
        }
        for feeling in &feelings {
            draft.set_feeling(&area, &feeling.id, true, now());
        }
        draft.set_for_everyone(&area, false, now());
        draft.set_voice_shared(&area, true, now());
    }
    draft
}

fn largest_contact() -> Contact {
    Contact {
        name: longest(MAX_CONTACT_CHARS),
        organisation: longest(MAX_CONTACT_CHARS),
        reach: longest(MAX_CONTACT_CHARS),
    }
}

#[test]
fn the_largest_plan_the_app_can_make_is_itself_a_file_it_reads_even_locked() {
    let perspectives: Vec<Draft> = (1..=MAX_PERSPECTIVES as u8)
        .map(|n| {
            let who = if n == 1 {
                Perspective::Child
            } else {
                Perspective::Guardian
            };
            largest_draft(n, who)
        })
        .collect();
    let areas = most_areas()
        .into_iter()
        .map(|area| {
            let largest_action = PlanAction {
                what: longest(MAX_ACTION_CHARS),
                who: longest(MAX_CONTACT_CHARS),
                when: longest(MAX_CONTACT_CHARS),
            };
            let agreed = PlanArea {
                needs: longest(MAX_PLAN_TEXT_CHARS),
                actions: vec![largest_action; MAX_ACTIONS_PER_AREA],
                contact: largest_contact(),
            };
            (area, agreed)
        })
        .collect();
    let plan = Plan {
        child_name: longest(MAX_NICKNAME_CHARS),
        made_on: None,
        coordinator: largest_contact(),
        next_evaluation: None,
        participants: longest(MAX_PLAN_TEXT_CHARS),
        areas,
        consent: ConsentRecord {
            given_on: None,
            given_by: longest(MAX_CONTACT_CHARS),
            gathered_by: longest(MAX_CONTACT_CHARS),
        },
        include_child_words: true,
    };
    let earlier = PlanInProgress {
        plan: plan.clone(),
        perspectives: perspectives.clone(),
        ..PlanInProgress::default()
    };
    let meeting = PlanInProgress {
        plan,
        perspectives,
        earlier: Some(EarlierPlan::from(earlier)),
        ..PlanInProgress::default()
    };
    let text = plan_to_json(&meeting);
    // Locked, the text is base64 (4 bytes for 3) plus AES-GCM's tag and the envelope; the child's
    // drawings (each at most drawing::MAX_BYTES) may go with it.
    let with_drawings = text.len() + MAX_AREAS * hjulet::domain::drawing::MAX_BYTES;
    let locked_size = (with_drawings + 16).div_ceil(3) * 4 + 400;
    assert!(
        locked_size as u64 <= MAX_FILE_BYTES,
        "{locked_size} bytes locked > {MAX_FILE_BYTES}"
    );
    let Ok(SharedFile::Plan(back, _)) = read_file(&text) else {
        panic!("the largest plan reads back");
    };
    assert_eq!(back, meeting.chosen());
    let refusal = |value: &serde_json::Value| {
        read_file(&value.to_string())
            .unwrap_err()
            .message_id()
            .as_str()
    };
    // One area more is not a wheel of ours.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["plan"]["perspectives"][0]["answers"]["area-13"] = serde_json::json!({ "scale": "good" });
    assert_eq!(refusal(&value), "load-error-damaged");
    // One action more than a plan can hold is not a plan of ours.
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let actions = value
        .pointer_mut("/plan/plan/areas/area-4/actions")
        .and_then(serde_json::Value::as_array_mut)
        .unwrap();
    actions.push(actions[0].clone());
    assert_eq!(refusal(&value), "load-error-damaged");
    // One character more in any text, and the file is refused as too long.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    for pointer in [
        "/plan/plan/child_name",
        "/plan/plan/participants",
        "/plan/plan/coordinator/reach",
        "/plan/plan/areas/area-1/actions/0/what",
        "/plan/plan/areas/area-2/actions/7/who",
        "/plan/earlier/areas/area-3/actions/5/when",
        "/plan/plan/consent/given_by",
        "/plan/perspectives/0/answers/area-12/hard",
        "/plan/perspectives/1/author",
        "/plan/earlier/perspectives/0/nickname",
        "/plan/earlier/areas/area-7/contact/name",
    ] {
        let mut over = value.clone();
        let field = over.pointer_mut(pointer).expect(pointer);
        *field = format!("{}x", field.as_str().unwrap()).into();
        assert_eq!(refusal(&over), "load-error-too-long", "{pointer}");
    }
}

/// `count` words of the form "ordN", each line `per_line` words.
fn lines_of_words(lines: usize, per_line: usize) -> String {
    (0..lines)
        .map(|line| {
            (0..per_line)
                .map(|word| format!("ord{line}x{word}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_schema_1_plan_with_a_long_text_of_actions_opens_with_every_word_in_actions_that_fit() {
    let fixture_text = fixture("plan-schema-1.hjulet.json");
    let check = |actions_text: &str| {
        let file = fixture_text.replace(
            "\"actions\":\"Följeslagare\"",
            &format!(
                "\"actions\":{}",
                serde_json::to_string(actions_text).unwrap()
            ),
        );
        assert_ne!(file, fixture_text);
        let Ok(SharedFile::Plan(plan, _)) = read_file(&file) else {
            panic!(
                "a schema-1 plan with {} characters of actions opens",
                actions_text.chars().count()
            );
        };
        let actions = &plan.plan.areas["safe"].actions;
        assert!(actions.len() <= MAX_ACTIONS_PER_AREA, "{}", actions.len());
        for action in actions {
            assert!(action.what.chars().count() <= MAX_ACTION_CHARS);
            assert!(action.is_incomplete(), "no who or when yet");
        }
        let words = |text: &str| {
            text.split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let kept: Vec<String> = actions.iter().flat_map(|a| words(&a.what)).collect();
        assert_eq!(kept, words(actions_text), "every word, in order");
        actions.len()
    };
    // Ten lines of about 150 characters: three whole lines an action.
    assert_eq!(check(&lines_of_words(10, 20)), 4);
    // One line of 2 000 characters: cut between words.
    let one_line = lines_of_words(1, 2000 / 8)
        .chars()
        .take(2000)
        .collect::<String>();
    assert!((4..=5).contains(&check(one_line.trim_end())));
    // Thirty short lines: as many as fit in each action.
    assert_eq!(check(&lines_of_words(30, 7)), 4);
    // And the same in a meeting the tab kept in schema 1.
    let meeting = fixture("meeting-schema-1.json").replace(
        "\"actions\":\"Följeslagare\"",
        &format!(
            "\"actions\":{}",
            serde_json::to_string(&lines_of_words(10, 20)).unwrap()
        ),
    );
    assert_eq!(
        meeting_from_json(&meeting).unwrap().plan.areas["safe"]
            .actions
            .len(),
        4
    );
}

#[test]
fn lines_that_would_make_too_many_actions_are_cut_into_as_few_as_fit() {
    let text = lines_of_words(12, 30);
    let actions = split_into_actions(&text);
    assert!(actions.len() <= MAX_ACTIONS_PER_AREA, "{}", actions.len());
    assert!(actions
        .iter()
        .all(|a| a.chars().count() <= MAX_ACTION_CHARS));
    let words = |text: &str| {
        text.split_whitespace()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        actions.iter().flat_map(|a| words(a)).collect::<Vec<_>>(),
        words(&text)
    );
}
