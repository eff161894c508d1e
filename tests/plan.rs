//! Barnets plan draft from one to three perspectives: which areas, in which order, never merged,
//! and the plain text the meeting copies into the county's template.

use chrono::{NaiveDate, TimeZone, Utc};
use hjulet::domain::format::plan_file::{meeting_from_json, meeting_to_json, plan_to_json};
use hjulet::domain::plan::PlanInProgress;
use hjulet::domain::plan::{
    action_as_text, answers_as_text, area_as_text, areas_in_plan, plan_as_text, saw_need,
    ConsentRecord, Contact, Plan, PlanAction, PlanArea, PlanLabels,
};
use hjulet::domain::preparation::{preparation_as_text, Decision, Preparation, Step};
use hjulet::domain::{
    AgeBand, AreaAnswer, AreaDefinition, Draft, DraftId, Perspective, ScaleAnswer, WheelDefinition,
    WordsField,
};
use hjulet::ids::MessageId;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn child() -> Draft {
    let mut d = Draft::new_child(
        DraftId::parse("c0c0c0c0c0c0c0c0").unwrap(),
        "Sara",
        AgeBand::Middle,
        now(),
    );
    d.set_scale("safe", Some(ScaleAnswer::Good), now());
    d.set_scale("learning", Some(ScaleAnswer::Bad), now());
    d.set_words("learning", WordsField::Hard, "Matte", now());
    d.set_scale("play", Some(ScaleAnswer::VeryBad), now());
    d.set_shared("play", false, now());
    d
}

fn guardian(id: &str, author: &str) -> Draft {
    let mut d = Draft::new_adult(
        Perspective::Guardian,
        DraftId::parse(id).unwrap(),
        "Sara",
        author,
        AgeBand::Middle,
        now(),
    );
    d.set_scale("learning", Some(ScaleAnswer::Good), now());
    d.set_scale("health", Some(ScaleAnswer::Between), now());
    d.set_words("health", WordsField::WouldHelp, "Mer sömn", now());
    d
}

fn ids<'a>(areas: &[hjulet::domain::plan::AreaInPlan<'a>]) -> Vec<&'a str> {
    areas.iter().map(|a| a.area.id.as_str()).collect()
}

#[test]
fn one_perspective_fills_only_the_areas_where_it_saw_a_need_never_the_private_one() {
    let wheel = WheelDefinition::shipped();
    let drafts = [child()];
    let areas = areas_in_plan(&wheel, &drafts);
    assert_eq!(
        ids(&areas),
        ["learning"],
        "'good' is no need, 'play' is private"
    );
}

#[test]
fn two_and_three_perspectives_come_in_wheel_order_child_first_each_on_its_own() {
    let wheel = WheelDefinition::shipped();
    let drafts = [
        guardian("a1a1a1a1a1a1a1a1", "mamma"),
        child(),
        guardian("b2b2b2b2b2b2b2b2", "pappa"),
    ];
    let areas = areas_in_plan(&wheel, &drafts);
    assert_eq!(ids(&areas), ["health", "learning"]);
    let learning = &areas[1];
    let whose: Vec<(Perspective, &str, Option<ScaleAnswer>)> = learning
        .perspectives
        .iter()
        .map(|p| (p.draft.perspective, p.draft.author.as_str(), p.answer.scale))
        .collect();
    assert_eq!(
        whose,
        [
            (Perspective::Child, "", Some(ScaleAnswer::Bad)),
            (Perspective::Guardian, "mamma", Some(ScaleAnswer::Good)),
            (Perspective::Guardian, "pappa", Some(ScaleAnswer::Good)),
        ],
        "a guardian who saw no need is still shown, beside the child, not averaged away"
    );
    assert_eq!(learning.perspectives[0].answer.hard, "Matte");
    assert_eq!(areas_in_plan(&wheel, &drafts[..2]).len(), 2);
}

#[test]
fn what_counts_as_a_need() {
    let mut answer = AreaAnswer::default();
    assert!(!saw_need(&answer));
    answer.scale = Some(ScaleAnswer::DontKnow);
    assert!(!saw_need(&answer));
    answer.scale = Some(ScaleAnswer::Between);
    assert!(saw_need(&answer));
    answer.scale = Some(ScaleAnswer::VeryGood);
    answer.would_help = "En lugn plats".into();
    assert!(saw_need(&answer), "words about what would help are a need");
}

struct SwedishLabels;

impl PlanLabels for SwedishLabels {
    fn message(&self, id: MessageId) -> String {
        match id.as_str() {
            "scale-bad" => "Dåligt",
            "scale-good" => "Bra",
            "scale-between" => "Mittemellan",
            "words-hard" => "Det här är svårt",
            "plan-needs" => "Behov",
            "plan-actions" => "Insatser",
            "plan-contact" => "Kontaktperson",
            "plan-heading" => "Barnets plan",
            "plan-child-name" => "Barnet",
            "plan-made-on" => "Datum",
            "plan-coordinator" => "Samverkansansvarig",
            "plan-next-evaluation" => "Nästa uppföljning",
            "plan-participants" => "Deltagare",
            "plan-action-who" => "Vem",
            "plan-action-when" => "När",
            "plan-action-missing" => "saknas",
            "plan-consent-given" => "Samtycke",
            "plan-consent-gathered-by" => "Samtycket inhämtades av",
            "scale-three-bad-compared" => "Dåligt (av tre ansikten)",
            "scale-very-bad" => "Mycket dåligt",
            "feelings-label" => "Känslor",
            "plan-made-drawing" => "Ritade en teckning",
            "plan-made-voice-note" => "Spelade in ett röstmeddelande",
            "plan-child-mark" => "Om det som bestämdes förra gången",
            "plan-mark-feels-now" => "Känns nu",
            "promised-happened-no" => "Nej, det blev inte av",
            "promised-happened-yes" => "Ja, det blev av",
            other => other,
        }
        .to_owned()
    }
    fn area_name(&self, area: &AreaDefinition) -> String {
        area.id.to_uppercase()
    }
    fn area_title(&self, area: &AreaDefinition) -> String {
        format!("titel {}", area.id)
    }
    fn content(&self, id: &str) -> String {
        match id {
            "feeling-scared" => "Rädd",
            "feeling-sad" => "Ledsen",
            other => other,
        }
        .to_owned()
    }
    fn who(&self, draft: &Draft) -> String {
        match draft.perspective {
            Perspective::Child => "Barnet".into(),
            Perspective::Guardian => format!("Vårdnadshavare ({})", draft.author),
            Perspective::Professional => format!("Yrkesperson ({})", draft.author),
        }
    }
    fn date(&self, date: NaiveDate) -> String {
        date.format("%Y-%m-%d").to_string()
    }
}

#[test]
fn a_shared_area_as_plain_text_carries_every_word() {
    let wheel = WheelDefinition::shipped();
    let drafts = [child(), guardian("a1a1a1a1a1a1a1a1", "mamma")];
    let areas = areas_in_plan(&wheel, &drafts);
    let learning = &areas[1];
    assert_eq!(
        answers_as_text(
            &SwedishLabels,
            learning.area,
            learning.feelings,
            &learning.perspectives,
            |_| true
        ),
        "LEARNING – titel learning\n\
         Barnet: Dåligt\n  Det här är svårt: Matte\n\
         Vårdnadshavare (mamma): Bra"
    );
}

#[test]
fn an_area_of_the_plan_is_short_and_follows_the_template_with_blanks_to_fill_in() {
    let wheel = WheelDefinition::shipped();
    let drafts = [child(), guardian("a1a1a1a1a1a1a1a1", "mamma")];
    let areas = areas_in_plan(&wheel, &drafts);
    let mut plan = Plan::default();
    assert_eq!(
        area_as_text(&SwedishLabels, &plan, &areas[1]),
        "LEARNING – titel learning\n\
         Barnet: Dåligt\n\
         Vårdnadshavare (mamma): Bra\n\
         Behov: \nInsatser:\nKontaktperson: ",
        "by default the words people wrote stay out"
    );
    plan.include_child_words = true;
    assert!(
        area_as_text(&SwedishLabels, &plan, &areas[1])
            .contains("Barnet: Dåligt\n  Det här är svårt: Matte\nVårdnadshavare"),
        "the child's words, when the plan includes them"
    );
}

#[test]
fn the_whole_plan_as_plain_text() {
    let wheel = WheelDefinition::shipped();
    let drafts = [child()];
    let areas = areas_in_plan(&wheel, &drafts);
    let mut plan = Plan {
        child_name: "Sara".into(),
        made_on: NaiveDate::from_ymd_opt(2026, 11, 23),
        coordinator: Contact {
            name: "Eva Ek".into(),
            organisation: "Skolan".into(),
            reach: "0470-123".into(),
        },
        next_evaluation: NaiveDate::from_ymd_opt(2027, 2, 1),
        participants: "Sara, mamma, Eva".into(),
        consent: ConsentRecord {
            given_on: NaiveDate::from_ymd_opt(2026, 11, 16),
            given_by: "mamma, pappa och Sara".into(),
            gathered_by: "Eva Ek".into(),
        },
        ..Plan::default()
    };
    plan.areas.insert(
        "learning".into(),
        PlanArea {
            needs: "Stöd i matte".into(),
            actions: vec![
                PlanAction {
                    what: "Extra lektion".into(),
                    who: "Ola, mattelärare".into(),
                    when: "Varje tisdag".into(),
                },
                PlanAction::default(),
                PlanAction {
                    what: "Läxhjälp hemma.".into(),
                    who: "Mamma".into(),
                    when: String::new(),
                },
            ],
            contact: Contact {
                name: "Ola".into(),
                ..Contact::default()
            },
        },
    );
    let text = plan_as_text(&SwedishLabels, &plan, &areas);
    assert!(text.starts_with(
        "Barnets plan\nBarnet: Sara\nDatum: 2026-11-23\nSamverkansansvarig: Eva Ek, Skolan, 0470-123\nNästa uppföljning: 2027-02-01\nDeltagare: Sara, mamma, Eva\nSamtycke: 2026-11-16, mamma, pappa och Sara\nSamtycket inhämtades av: Eva Ek\n\nLEARNING"
    ), "{text}");
    assert!(
        text.ends_with(
            "Behov: Stöd i matte\nInsatser:\n  \
             – Extra lektion. Vem: Ola, mattelärare. När: Varje tisdag\n  \
             – Läxhjälp hemma. Vem: Mamma. När: saknas\n\
             Kontaktperson: Ola"
        ),
        "who does what and when, an empty row left out, what is missing said: {text}"
    );
    assert!(
        !text.contains("PLAY"),
        "the private area is never in the plan"
    );
}

#[test]
fn step_two_reads_as_the_assessment_and_decision_and_never_leaves_in_the_plan_file() {
    let wheel = WheelDefinition::shipped();
    let drafts = [child(), guardian("a1a1a1a1a1a1a1a1", "mamma")];
    let mut preparation = Preparation {
        responsible: "Eva Ek, elevhälsan".into(),
        made_on: NaiveDate::from_ymd_opt(2026, 11, 20),
        decision: Some(Decision::OtherService),
        decision_note: "Fråga BUP om en bedömning.".into(),
        ..Preparation::default()
    };
    preparation
        .assessments
        .insert("learning".into(), "Behöver stöd i matte.".into());
    let text = preparation_as_text(&SwedishLabels, "Sara", &preparation, &wheel, &drafts, true);
    assert_eq!(
        text,
        "prepare-text-heading\nBarnet: Sara\nDatum: 2026-11-20\nprepare-responsible: Eva Ek, elevhälsan\n\n\
         SAFE – titel safe\nBarnet: Bra\n\n\
         HEALTH – titel health\nVårdnadshavare (mamma): Mittemellan\n\n\
         LEARNING – titel learning\nBarnet: Dåligt\nVårdnadshavare (mamma): Bra\nprepare-assessment: Behöver stöd i matte.\n\n\
         prepare-decision: prepare-decision-other\nprepare-decision-note: Fråga BUP om en bedömning.",
        "every answered area with each answer, the private one never, words left out; the decision last"
    );
    // The copy for a template keeps the blanks to fill in; paper leaves them out.
    let blank = Preparation::default();
    let copied = preparation_as_text(&SwedishLabels, "", &blank, &wheel, &[], false);
    assert_eq!(
        copied,
        "prepare-text-heading\nBarnet: \nDatum: \nprepare-responsible: \n\nprepare-decision: \nprepare-decision-note: "
    );
    let printed = preparation_as_text(&SwedishLabels, "", &blank, &wheel, &[], true);
    assert_eq!(printed, "prepare-text-heading");

    // Kept in the tab, never in the plan file.
    let mut meeting = PlanInProgress::default();
    for draft in drafts {
        meeting.bring_in(draft).unwrap();
    }
    meeting.step = Step::Preparation;
    meeting.preparation = preparation;
    let kept = meeting_from_json(&meeting_to_json(&meeting)).unwrap();
    assert_eq!(kept, meeting);
    let file = plan_to_json(&meeting);
    assert!(!file.contains("Fråga BUP"), "{file}");
    assert!(!file.contains("preparation"), "{file}");
}

#[test]
fn only_the_childs_words_leave_with_the_plan_and_only_when_it_includes_them() {
    let mut plan = Plan::default();
    assert!(!plan.carries_words_of(&child()));
    plan.include_child_words = true;
    assert!(plan.carries_words_of(&child()));
    assert!(
        !plan.carries_words_of(&guardian("a1a1a1a1a1a1a1a1", "mamma")),
        "nobody else's free text"
    );
}

#[test]
fn consent_and_an_action_on_paper_leave_out_or_name_what_is_not_written() {
    let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    assert_eq!(ConsentRecord::default().given(date), "");
    let consent = ConsentRecord {
        given_by: "mamma".into(),
        ..ConsentRecord::default()
    };
    assert_eq!(consent.given(date), "mamma", "no date, no comma");
    let action = PlanAction {
        what: " Läxhjälp\nvarje dag \n".into(),
        when: "  ".into(),
        ..PlanAction::default()
    };
    assert_eq!(
        action.parts_or("saknas"),
        ["Läxhjälp\nvarje dag", "saknas", "saknas"],
        "the lines of what is done are kept"
    );
}

#[test]
fn an_action_that_ends_its_own_sentence_keeps_its_mark() {
    let action = |what: &str| PlanAction {
        what: what.into(),
        who: "Skolan".into(),
        when: "Varje vecka".into(),
    };
    assert_eq!(
        action_as_text(&SwedishLabels, &action("Kan någon följa med?")),
        "Kan någon följa med? Vem: Skolan. När: Varje vecka"
    );
    assert_eq!(
        action_as_text(&SwedishLabels, &action("Läxhjälp")),
        "Läxhjälp. Vem: Skolan. När: Varje vecka"
    );
}

fn young_child() -> Draft {
    let mut d = Draft::new_child(
        DraftId::parse("d0d0d0d0d0d0d0d0").unwrap(),
        "Liam",
        AgeBand::Young,
        now(),
    );
    d.set_scale("safe", Some(ScaleAnswer::ThreeBad), now());
    d.set_feeling("safe", "scared", true, now());
    d.set_feeling("safe", "sad", true, now());
    d.set_scale("play", Some(ScaleAnswer::ThreeGood), now());
    d
}

#[test]
fn on_three_faces_dåligt_and_mittemellan_are_a_need_as_on_five_and_bra_is_not() {
    let answer = |scale| AreaAnswer {
        scale: Some(scale),
        ..AreaAnswer::default()
    };
    // "Dåligt" out of three stands for the two lowest of five, which are a need.
    for hard in [
        ScaleAnswer::VeryBad,
        ScaleAnswer::Bad,
        ScaleAnswer::ThreeBad,
    ] {
        assert!(saw_need(&answer(hard)), "{hard:?}");
        assert!(hard.is_hard(), "{hard:?}");
    }
    assert!(saw_need(&answer(ScaleAnswer::ThreeBetween)));
    assert!(!ScaleAnswer::ThreeBetween.is_hard());
    assert!(!saw_need(&answer(ScaleAnswer::ThreeGood)));
    // Feelings alone are not a need: the face and the words say that.
    let only_feelings = AreaAnswer {
        feelings: ["sad".to_owned()].into(),
        ..AreaAnswer::default()
    };
    assert!(!saw_need(&only_feelings));
}

#[test]
fn a_three_face_answer_goes_into_the_plan_beside_five_face_answers_as_what_it_is() {
    let wheel = WheelDefinition::shipped();
    let mut mamma = guardian("a1a1a1a1a1a1a1a1", "mamma");
    mamma.set_scale("safe", Some(ScaleAnswer::VeryBad), now());
    mamma.set_feeling("safe", "sad", true, now());
    let drafts = [mamma, young_child()];
    let areas = areas_in_plan(&wheel, &drafts);
    assert_eq!(
        ids(&areas),
        ["safe", "health"],
        "the young child's 'dåligt' makes Trygghet a need; 'bra' in play does not"
    );
    let safe = &areas[0];
    let scales: Vec<Option<ScaleAnswer>> =
        safe.perspectives.iter().map(|p| p.answer.scale).collect();
    assert_eq!(
        scales,
        [Some(ScaleAnswer::ThreeBad), Some(ScaleAnswer::VeryBad)],
        "child first; each answer on its own scale, never converted"
    );
    let mut plan = Plan::default();
    assert_eq!(
        area_as_text(&SwedishLabels, &plan, safe),
        "SAFE – titel safe\n\
         Barnet: Dåligt (av tre ansikten)\n\
         Vårdnadshavare (mamma): Mycket dåligt\n\
         Behov: \nInsatser:\nKontaktperson: ",
        "the text says which scale; feelings stay out with the words"
    );
    plan.include_child_words = true;
    assert_eq!(
        area_as_text(&SwedishLabels, &plan, safe),
        "SAFE – titel safe\n\
         Barnet: Dåligt (av tre ansikten)\n  Känslor: Ledsen, Rädd\n\
         Vårdnadshavare (mamma): Mycket dåligt\n\
         Behov: \nInsatser:\nKontaktperson: ",
        "the child's feelings, in the wheel's order, with the child's words; nobody else's"
    );
}

#[test]
fn the_plan_says_a_drawing_or_a_voice_note_came_whether_or_not_it_carries_words() {
    let wheel = WheelDefinition::shipped();
    let mut with_media = child();
    // As the share file sets them: the drawing and the voice note that came with the file.
    with_media.drawn = ["learning".to_owned()].into();
    with_media.voice_shared = ["learning".to_owned()].into();
    let drafts = [with_media, guardian("a1a1a1a1a1a1a1a1", "mamma")];
    let areas = areas_in_plan(&wheel, &drafts);
    let mut plan = Plan::default();
    let expected = "LEARNING – titel learning\n\
         Barnet: Dåligt\n  Ritade en teckning\n  Spelade in ett röstmeddelande\n\
         Vårdnadshavare (mamma): Bra";
    assert!(area_as_text(&SwedishLabels, &plan, &areas[1]).starts_with(expected));
    plan.include_child_words = true;
    assert!(area_as_text(&SwedishLabels, &plan, &areas[1])
        .contains("Spelade in ett röstmeddelande\n  Det här är svårt: Matte"));
}

/// The child's marks on what the last meeting agreed (made on the child's own device) are in the
/// plan's copied text under the child's answer on that area, as the meeting's screen shows them;
/// a card the child left unmarked says nothing.
#[test]
fn the_childs_marks_on_last_time_are_in_the_plans_text_under_the_childs_answer() {
    use hjulet::domain::promise::{ActionMark, Happened};
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap();
    let wheel = WheelDefinition::shipped();
    let mut child = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Middle,
        now,
    );
    child.set_scale("safe", Some(ScaleAnswer::Bad), now);
    let card = |what: &str| ActionMark {
        area: "safe".into(),
        action: PlanAction {
            what: what.into(),
            who: "Mentor".into(),
            when: "varje morgon".into(),
        },
        happened: None,
        feels_now: None,
    };
    child.action_marks = vec![
        ActionMark {
            happened: Some(Happened::No),
            feels_now: Some(ScaleAnswer::Bad),
            ..card("Följeslagare")
        },
        card("Rastvakt"),
    ];
    let drafts = [child];
    let areas = areas_in_plan(&wheel, &drafts);
    let plan = Plan::default();
    let text = plan_as_text(&SwedishLabels, &plan, &areas);
    assert!(
        text.contains(
            "Barnet: Dåligt\n  Om det som bestämdes förra gången: Följeslagare – Mentor, varje morgon. Nej, det blev inte av. Känns nu: Dåligt\n"
        ),
        "{text}"
    );
    assert!(
        !text.contains("Rastvakt"),
        "an unmarked card says nothing: {text}"
    );
}
