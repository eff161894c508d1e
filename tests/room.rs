//! What everyone in the meeting room may see: an area shared only with the professionals never
//! reaches the projector's view, the child's summary, or the plan's print and copied text.

use chrono::{TimeZone, Utc};
use hjulet::domain::plan::{areas_in_plan, EarlierPlan, PlanInProgress};
use hjulet::domain::room::{
    for_the_room, holds_professionals_only, meeting_for_the_family, plan_areas_for_the_family,
    ProjectorMessage, RoomView,
};
use hjulet::domain::{
    AgeBand, Draft, DraftId, Perspective, ScaleAnswer, WheelDefinition, WordsField,
};
use std::collections::BTreeMap;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

/// The child: Trygghet only for the professionals, Lek for everyone.
fn child() -> Draft {
    let id = DraftId::parse(&"c1".repeat(8)).unwrap();
    let mut d = Draft::new_child(id, "Sara", AgeBand::Middle, now());
    d.set_scale("safe", Some(ScaleAnswer::VeryBad), now());
    d.set_words("safe", WordsField::Hard, "Pappa slår", now());
    d.set_scale("play", Some(ScaleAnswer::Bad), now());
    d.set_words("play", WordsField::Hard, "Ingen att leka med", now());
    d.professionals_only.insert("safe".to_owned());
    d
}

fn guardian() -> Draft {
    let id = DraftId::parse(&"a1".repeat(8)).unwrap();
    let mut d = Draft::new_adult(
        Perspective::Guardian,
        id,
        "Sara",
        "pappa",
        AgeBand::Middle,
        now(),
    );
    d.set_scale("safe", Some(ScaleAnswer::VeryGood), now());
    d
}

#[test]
fn the_room_sees_every_area_but_those_for_the_professionals_only() {
    let draft = child();
    assert!(!draft.for_everyone("safe"));
    assert!(draft.for_everyone("play"));
    let room = for_the_room(&draft);
    assert_eq!(room.answer("safe"), None);
    assert_eq!(room.words("play", WordsField::Hard), "Ingen att leka med");
    assert!(
        room.professionals_only.is_empty(),
        "not even which areas they were"
    );
    assert!(holds_professionals_only(&[guardian(), draft]));
    assert!(!holds_professionals_only(&[guardian(), room]));
}

#[test]
fn the_projector_gets_only_what_everyone_may_see_whatever_the_laptop_passes_in() {
    let earlier = EarlierPlan {
        perspectives: vec![child()],
        ..EarlierPlan::default()
    };
    let view = RoomView::new(
        "sv",
        &[child(), guardian()],
        Some(&earlier),
        Some("safe".into()),
        &BTreeMap::new(),
    );
    let text = ProjectorMessage::Show { view: view.clone() }.to_text();
    assert!(!text.contains("Pappa slår"), "{text}");
    assert!(!text.contains("professionals_only"), "{text}");
    assert!(text.contains("Ingen att leka med"));
    // The guardian's answer on the same area is for everyone and stays.
    assert_eq!(
        view.perspectives[1].scale("safe"),
        Some(ScaleAnswer::VeryGood)
    );
    assert_eq!(
        ProjectorMessage::from_text(&text),
        Some(ProjectorMessage::Show { view })
    );
}

#[test]
fn a_projector_refuses_a_view_that_would_show_what_is_for_the_professionals_only() {
    let leaking = RoomView {
        language: "sv".into(),
        perspectives: vec![child()],
        earlier: None,
        chosen_area: None,
        drawings: BTreeMap::new(),
        journey: Default::default(),
    };
    let text = ProjectorMessage::Show { view: leaking }.to_text();
    assert_eq!(ProjectorMessage::from_text(&text), None);
    for garbage in [
        "",
        "{}",
        "null",
        r#"{"kind":"show"}"#,
        r#"{"kind":"launch"}"#,
    ] {
        assert_eq!(ProjectorMessage::from_text(garbage), None, "{garbage}");
    }
    for message in [
        ProjectorMessage::Paused,
        ProjectorMessage::Ended,
        ProjectorMessage::Close,
        ProjectorMessage::Ask,
        ProjectorMessage::Here,
        ProjectorMessage::Gone,
    ] {
        assert_eq!(
            ProjectorMessage::from_text(&message.to_text()),
            Some(message)
        );
    }
}

#[test]
fn the_childs_summary_and_the_plan_on_paper_leave_out_what_is_for_the_professionals_only() {
    let wheel = WheelDefinition::shipped();
    let mut meeting = PlanInProgress::default();
    meeting.bring_in(child()).unwrap();
    meeting.bring_in(guardian()).unwrap();
    let family = meeting_for_the_family(&meeting);
    assert_eq!(family.perspectives[0].answer("safe"), None);
    assert_eq!(family.plan, meeting.plan);

    let drafts = meeting.included();
    let all = areas_in_plan(&wheel, &drafts);
    let on_paper = plan_areas_for_the_family(&wheel, &drafts);
    // The same areas (what the meeting agreed on Trygghet is never lost)…
    let ids = |areas: &[hjulet::domain::plan::AreaInPlan<'_>]| {
        areas.iter().map(|a| a.area.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&on_paper), ids(&all));
    // …but on Trygghet only the guardian's answer, which is for everyone.
    let safe = on_paper.iter().find(|a| a.area.id == "safe").unwrap();
    assert_eq!(safe.perspectives.len(), 1);
    assert_eq!(
        safe.perspectives[0].draft.perspective,
        Perspective::Guardian
    );
    let play = on_paper.iter().find(|a| a.area.id == "play").unwrap();
    assert_eq!(play.perspectives[0].draft.perspective, Perspective::Child);
}

#[test]
fn a_draft_file_says_which_areas_are_for_the_professionals_only_and_an_old_one_has_none() {
    let text = serde_json::to_string(&child()).unwrap();
    assert!(text.contains(r#""professionals_only":["safe"]"#), "{text}");
    let back: Draft = serde_json::from_str(&text).unwrap();
    assert!(!back.for_everyone("safe"));
    let old = serde_json::to_string(&guardian()).unwrap();
    assert!(!old.contains("professionals_only"), "{old}");
}

#[test]
fn the_room_is_not_told_of_a_drawing_or_voice_note_on_an_area_for_the_professionals_only() {
    let mut d = child();
    d.drawn = ["safe".to_owned(), "play".to_owned()].into();
    d.voice_shared = ["safe".to_owned(), "play".to_owned()].into();
    let room = for_the_room(&d);
    assert_eq!(room.drawn, ["play".to_owned()].into());
    assert_eq!(room.voice_shared, ["play".to_owned()].into());
    let family = meeting_for_the_family(&PlanInProgress {
        perspectives: vec![d],
        ..PlanInProgress::default()
    });
    assert!(!family.perspectives[0].drawn.contains("safe"));
}

#[test]
fn the_projector_gets_the_chosen_areas_drawings_everyone_may_see_and_never_sound() {
    use hjulet::domain::drawing::{Colour, Drawing, Point, Stroke};
    use hjulet::domain::format::shared_media::{SharedMedia, VoiceNote};
    let drawing = |text: &str| {
        let mut drawing = Drawing::default();
        let mut stroke = Stroke::start(Colour::ALL[0], 14, Point::new(1, 1).unwrap());
        stroke.extend(Point::new(900, 900).unwrap());
        drawing.push_stroke(stroke);
        drawing.set_text(text);
        drawing
    };
    let mut sara = child();
    sara.drawn = ["safe".to_owned(), "play".to_owned()].into();
    sara.voice_shared = ["play".to_owned()].into();
    let brought = BTreeMap::from([(
        sara.id.clone(),
        SharedMedia {
            drawings: BTreeMap::from([
                ("safe".to_owned(), drawing("hemlig bild")),
                ("play".to_owned(), drawing("fotbollen")),
            ]),
            voice_notes: BTreeMap::from([(
                "play".to_owned(),
                VoiceNote {
                    mime: "audio/webm".to_owned(),
                    bytes: vec![1, 2, 3],
                },
            )]),
        },
    )]);
    let view = |area: &str| RoomView::new("sv", &[sara.clone()], None, Some(area.into()), &brought);
    // Trygghet is for the professionals only: no drawing of it goes to the projector.
    assert!(view("safe").drawings.is_empty());
    let play = view("play");
    let text = ProjectorMessage::Show { view: play.clone() }.to_text();
    assert!(text.contains("fotbollen") && !text.contains("hemlig bild"));
    assert!(!text.contains("voice_notes"), "sound stays on the laptop");
    assert_eq!(
        ProjectorMessage::from_text(&text),
        Some(ProjectorMessage::Show { view: play.clone() })
    );
    // A message claiming a drawing for a wheel that says none came is not shown.
    let mut forged = play;
    forged.perspectives[0].drawn.clear();
    let forged = ProjectorMessage::Show { view: forged }.to_text();
    assert_eq!(ProjectorMessage::from_text(&forged), None);
}

#[test]
fn an_area_chosen_on_the_projector_goes_to_the_laptop_and_nothing_else_does() {
    let choose = ProjectorMessage::Choose {
        area: "play".into(),
    };
    assert_eq!(ProjectorMessage::from_text(&choose.to_text()), Some(choose));
    for hostile in [
        r#"{"Choose":{"area":"<img src=x onerror=alert(1)>"}}"#,
        r#"{"Choose":{"area":""}}"#,
        r#"{"Choose":{"area":"../../meeting"}}"#,
        r#"{"Choose":{}}"#,
    ] {
        assert_eq!(ProjectorMessage::from_text(hostile), None, "{hostile}");
    }
}
