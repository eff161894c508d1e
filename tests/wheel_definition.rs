//! The wheel definition is content: the shipped one must be whole, and a broken one must be
//! refused with a message that says what is wrong.

use hjulet::domain::wheel::{
    HelpNeed, HelpShown, WheelDefinition, WheelError, SCALE_KEYS, SHIPPED_WHEEL_JSON,
};
use hjulet::domain::{AgeBand, Draft, DraftId, ScaleAnswer};
use std::path::Path;

#[test]
fn shipped_wheel_has_the_seven_areas_of_the_brief_in_order() {
    let wheel = WheelDefinition::shipped();
    let ids: Vec<&str> = wheel.areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "safe",
            "health",
            "learning",
            "care",
            "play",
            "voice",
            "belonging"
        ]
    );
    assert_eq!(wheel.area("safe").unwrap().articles, [19, 34, 36]);
    assert_eq!(wheel.area("belonging").unwrap().articles, [2, 8, 30]);
}

#[test]
fn help_shows_at_once_for_the_answers_the_wheel_marks() {
    let wheel = WheelDefinition::shipped();
    let help = |area: &str, answer: ScaleAnswer| wheel.area(area).unwrap().help_for(answer.key());
    // Not safe: the two lowest answers; "rather not say" about being safe gets a gentle word.
    assert_eq!(help("safe", ScaleAnswer::VeryBad), Some(HelpNeed::Urgent));
    assert_eq!(help("safe", ScaleAnswer::Bad), Some(HelpNeed::Urgent));
    assert_eq!(
        help("safe", ScaleAnswer::RatherNotSay),
        Some(HelpNeed::Gentle)
    );
    assert_eq!(help("safe", ScaleAnswer::Between), None);
    // Care and health: their lowest answer.
    for area in ["care", "health"] {
        assert_eq!(
            help(area, ScaleAnswer::VeryBad),
            Some(HelpNeed::Urgent),
            "{area}"
        );
        assert_eq!(help(area, ScaleAnswer::Bad), None, "{area}");
    }
    assert_eq!(help("play", ScaleAnswer::VeryBad), None);

    // The whole draft: urgent wins over gentle.
    let now = chrono::Utc::now();
    let mut draft = Draft::new_child(
        DraftId::parse(&"a".repeat(32)).unwrap(),
        "Sara",
        AgeBand::Middle,
        now,
    );
    assert_eq!(draft.help_now(&wheel), None);
    draft.set_scale("safe", Some(ScaleAnswer::RatherNotSay), now);
    let shown = |need, areas: &[&str]| {
        Some(HelpShown {
            need,
            areas: areas.iter().map(|a| a.to_string()).collect(),
        })
    };
    assert_eq!(draft.help_now(&wheel), shown(HelpNeed::Gentle, &["safe"]));
    draft.set_scale("care", Some(ScaleAnswer::VeryBad), now);
    assert_eq!(draft.help_now(&wheel), shown(HelpNeed::Urgent, &["care"]));
    // Every area that asks for the urgent help is named, in wheel order: some contacts are
    // for an area.
    draft.set_scale("health", Some(ScaleAnswer::VeryBad), now);
    assert_eq!(
        draft.help_now(&wheel),
        shown(HelpNeed::Urgent, &["health", "care"])
    );
}

#[test]
fn the_wheel_names_answers_by_the_keys_drafts_store() {
    assert_eq!(SCALE_KEYS, ScaleAnswer::ALL.map(ScaleAnswer::key));
    let unknown = SHIPPED_WHEEL_JSON.replace("\"rather-not-say\"", "\"scared\"");
    let refused = WheelDefinition::from_json(&unknown).unwrap_err();
    assert!(
        matches!(refused, WheelError::UnknownAnswer { .. }),
        "{refused}"
    );
    assert!(refused.to_string().contains("scared"));
    // A wheel written before help_at_once still shows help on the lowest answer it marked.
    let old = SHIPPED_WHEEL_JSON.replace(
        r#""help_at_once": { "urgent": ["very-bad", "bad"], "gentle": ["rather-not-say"] }"#,
        r#""lowest_answer_shows_help": true"#,
    );
    let wheel = WheelDefinition::from_json(&old).unwrap();
    let safe = wheel.area("safe").unwrap();
    assert_eq!(safe.help_for("very-bad"), Some(HelpNeed::Urgent));
    assert_eq!(safe.help_for("bad"), None);
}

#[test]
fn every_pictogram_of_the_wheel_is_shipped_in_the_sprite() {
    for area in WheelDefinition::shipped().areas {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public")
            .join(&area.pictogram);
        assert!(path.is_file(), "missing pictogram {}", path.display());
        // Only files under public/pictograms/ become symbols of the pages' sprite.
        assert!(
            area.pictogram.starts_with("pictograms/") && area.pictogram.ends_with(".svg"),
            "{}: a pictogram is an SVG file under public/pictograms/",
            area.pictogram
        );
    }
}

#[test]
fn areas_come_back_sorted_by_order_and_can_be_walked() {
    let text = SHIPPED_WHEEL_JSON.replace("\"order\": 1,", "\"order\": 8,");
    let wheel = WheelDefinition::from_json(&text).unwrap();
    assert_eq!(wheel.areas.last().unwrap().id, "safe");
    assert_eq!(wheel.areas.first().unwrap().id, "health");
    assert_eq!(wheel.next_area("health").unwrap().id, "learning");
    assert!(wheel.previous_area("health").is_none());
    assert!(wheel.next_area("safe").is_none());
}

fn refused(text: &str) -> WheelError {
    WheelDefinition::from_json(text).expect_err("a broken wheel must be refused")
}

#[test]
fn malformed_definitions_are_refused_with_a_reason() {
    assert!(matches!(refused("{ not json"), WheelError::Json(_)));
    assert!(matches!(
        refused(&SHIPPED_WHEEL_JSON.replace("barnets-basta-hjulet.wheel", "something-else")),
        WheelError::WrongFormat(_)
    ));
    assert_eq!(
        refused(&SHIPPED_WHEEL_JSON.replace("\"id\": \"health\"", "\"id\": \"safe\"")),
        WheelError::DuplicateId("safe".into())
    );
    assert_eq!(
        refused(&SHIPPED_WHEEL_JSON.replace("\"order\": 2,", "\"order\": 1,")),
        WheelError::DuplicateOrder(1)
    );
    assert!(matches!(
        refused(&SHIPPED_WHEEL_JSON.replace("\"#fde68a\"", "\"yellow\"")),
        WheelError::InvalidColour { .. }
    ));
    assert!(matches!(
        refused(&SHIPPED_WHEEL_JSON.replace("[19, 34, 36]", "[19, 99]")),
        WheelError::InvalidArticle { article: 99, .. }
    ));
    assert!(matches!(
        refused(
            &SHIPPED_WHEEL_JSON.replace("pictograms/areas/safe.svg", "https://example.com/x.svg")
        ),
        WheelError::InvalidPictogram { .. }
    ));
    // A PNG cannot be drawn from the sprite: refused with its own message, not shown as a blank.
    let png = refused(
        &SHIPPED_WHEEL_JSON.replace("pictograms/areas/safe.svg", "pictograms/areas/safe.png"),
    );
    assert!(matches!(png, WheelError::PictogramNotSvg { .. }));
    assert!(png.to_string().contains("SVG"), "{png}");
    assert!(matches!(
        refused(&SHIPPED_WHEEL_JSON.replace("\"id\": \"play\"", "\"id\": \"Fritid och lek\"")),
        WheelError::InvalidId(_)
    ));
    assert!(matches!(
        refused(&SHIPPED_WHEEL_JSON.replace("\"articles\": [31]", "\"articles\": []")),
        WheelError::NoArticles(_)
    ));
    assert_eq!(
        refused(r#"{ "format": "barnets-basta-hjulet.wheel", "version": 1, "areas": [] }"#),
        WheelError::NoAreas
    );
}

#[test]
fn a_misspelt_field_is_refused_rather_than_ignored() {
    let error = refused(&SHIPPED_WHEEL_JSON.replacen("\"colour\"", "\"color\"", 1));
    assert!(error.to_string().contains("color"), "{error}");
}
