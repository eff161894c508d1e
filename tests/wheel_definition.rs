//! The wheel definition is content: the shipped one must be whole, and a broken one must be
//! refused with a message that says what is wrong.

use hjulet::domain::wheel::{
    FaceScaleKind, HelpNeed, HelpShown, WheelDefinition, WheelError, MAX_FEELINGS, SCALE_KEYS,
    SHIPPED_WHEEL_JSON,
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
    let old =
        SHIPPED_WHEEL_JSON.replace(&safe_help_at_once(), r#""lowest_answer_shows_help": true"#);
    let wheel = WheelDefinition::from_json(&old).unwrap();
    let safe = wheel.area("safe").unwrap();
    assert_eq!(safe.help_for("very-bad"), Some(HelpNeed::Urgent));
    assert_eq!(safe.help_for("bad"), None);
    // Its lowest answer on three faces is "dåligt".
    assert_eq!(safe.help_for("three-bad"), Some(HelpNeed::Urgent));
    assert_eq!(safe.help_for("three-between"), None);
}

/// Trygghet's `help_at_once` as the shipped file writes it.
fn safe_help_at_once() -> String {
    let start = SHIPPED_WHEEL_JSON.find("\"help_at_once\"").unwrap();
    let end = start + SHIPPED_WHEEL_JSON[start..].find('}').unwrap() + 1;
    SHIPPED_WHEEL_JSON[start..end].to_owned()
}

#[test]
fn every_pictogram_of_the_wheel_is_shipped_in_the_sprite() {
    let wheel = WheelDefinition::shipped();
    let answers = ScaleAnswer::ALL.map(ScaleAnswer::pictogram);
    let pictograms = wheel
        .areas
        .iter()
        .map(|area| area.pictogram.as_str())
        .chain(wheel.feelings.iter().map(|f| f.pictogram.as_str()))
        .chain(answers);
    for pictogram in pictograms {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public")
            .join(pictogram);
        assert!(path.is_file(), "missing pictogram {}", path.display());
        // Only files under public/pictograms/ become symbols of the pages' sprite.
        assert!(
            pictogram.starts_with("pictograms/") && pictogram.ends_with(".svg"),
            "{pictogram}: a pictogram is an SVG file under public/pictograms/",
        );
    }
}

#[test]
fn the_youngest_answer_on_three_faces_and_the_older_children_on_five() {
    let wheel = WheelDefinition::shipped();
    assert_eq!(AgeBand::Young.face_scale(&wheel), FaceScaleKind::ThreeFaces);
    assert_eq!(AgeBand::Middle.face_scale(&wheel), FaceScaleKind::FiveFaces);
    assert_eq!(AgeBand::Teen.face_scale(&wheel), FaceScaleKind::FiveFaces);
    assert_eq!(
        ScaleAnswer::faces(FaceScaleKind::ThreeFaces),
        [
            ScaleAnswer::ThreeBad,
            ScaleAnswer::ThreeBetween,
            ScaleAnswer::ThreeGood
        ]
    );
    // A county decides per age band, in the content.
    let all_five = SHIPPED_WHEEL_JSON.replace(r#""4-7": "three-faces""#, r#""4-7": "five-faces""#);
    let wheel = WheelDefinition::from_json(&all_five).unwrap();
    assert_eq!(AgeBand::Young.face_scale(&wheel), FaceScaleKind::FiveFaces);
    let teens_three =
        SHIPPED_WHEEL_JSON.replace(r#""13-17": "five-faces""#, r#""13-17": "three-faces""#);
    let wheel = WheelDefinition::from_json(&teens_three).unwrap();
    assert_eq!(AgeBand::Teen.face_scale(&wheel), FaceScaleKind::ThreeFaces);
    // A wheel that does not say: three faces for 4–7, five for the others.
    let scales_line = r#"  "scales": { "4-7": "three-faces", "8-12": "five-faces", "13-17": "five-faces" },
"#;
    assert!(SHIPPED_WHEEL_JSON.contains(scales_line));
    let wheel = WheelDefinition::from_json(&SHIPPED_WHEEL_JSON.replace(scales_line, "")).unwrap();
    assert_eq!(AgeBand::Young.face_scale(&wheel), FaceScaleKind::ThreeFaces);
    assert_eq!(AgeBand::Middle.face_scale(&wheel), FaceScaleKind::FiveFaces);
    // A scale the app does not have, or an age band it does not have, is refused.
    for broken in [
        SHIPPED_WHEEL_JSON.replace(r#""4-7": "three-faces""#, r#""4-7": "four-faces""#),
        SHIPPED_WHEEL_JSON.replace(r#""4-7": "three-faces""#, r#""0-3": "three-faces""#),
    ] {
        assert!(matches!(refused(&broken), WheelError::Json(_)));
    }
}

#[test]
fn dåligt_on_three_faces_shows_the_help_the_lowest_five_faces_show() {
    let wheel = WheelDefinition::shipped();
    let help = |area: &str, answer: ScaleAnswer| wheel.area(area).unwrap().help_for(answer.key());
    // Not safe: "dåligt" is urgent, as "mycket dåligt" and "dåligt" out of five are.
    assert_eq!(help("safe", ScaleAnswer::ThreeBad), Some(HelpNeed::Urgent));
    assert_eq!(help("safe", ScaleAnswer::ThreeBetween), None);
    assert_eq!(help("safe", ScaleAnswer::ThreeGood), None);
    // Care and health: wherever the lowest of five is urgent.
    for area in ["care", "health"] {
        assert_eq!(
            help(area, ScaleAnswer::ThreeBad),
            Some(HelpNeed::Urgent),
            "{area}"
        );
    }
    assert_eq!(help("play", ScaleAnswer::ThreeBad), None);
    // A young child's draft: the help appears for "dåligt" in Trygghet.
    let now = chrono::Utc::now();
    let mut draft = Draft::new_child(
        DraftId::parse(&"b".repeat(32)).unwrap(),
        "Liam",
        AgeBand::Young,
        now,
    );
    draft.set_scale("safe", Some(ScaleAnswer::ThreeBad), now);
    assert_eq!(
        draft.help_now(&wheel),
        Some(HelpShown {
            need: HelpNeed::Urgent,
            areas: vec!["safe".into()]
        })
    );
    // A wheel that forgets "three-bad" where a low five-face answer asks for help is refused
    // while any age band answers on three faces: the youngest would be left without help.
    let forgetful = SHIPPED_WHEEL_JSON.replace(
        r#""urgent": ["very-bad", "bad", "three-bad"]"#,
        r#""urgent": ["very-bad", "bad"]"#,
    );
    assert_ne!(forgetful, SHIPPED_WHEEL_JSON);
    let error = refused(&forgetful);
    assert_eq!(error, WheelError::ThreeFacesGetLessHelp("safe".into()));
    assert!(error.to_string().contains("three-bad"), "{error}");
    // Gentle is less than urgent: still refused.
    let only_gentle = SHIPPED_WHEEL_JSON.replace(
        r#""urgent": ["very-bad", "bad", "three-bad"],
        "gentle": ["rather-not-say"]"#,
        r#""urgent": ["very-bad", "bad"],
        "gentle": ["rather-not-say", "three-bad"]"#,
    );
    assert_ne!(only_gentle, SHIPPED_WHEEL_JSON);
    assert_eq!(
        refused(&only_gentle),
        WheelError::ThreeFacesGetLessHelp("safe".into())
    );
    // With no three-face scale in use, the rule has nothing to protect.
    let no_three = forgetful.replace(r#""4-7": "three-faces""#, r#""4-7": "five-faces""#);
    assert!(WheelDefinition::from_json(&no_three).is_ok());
}

#[test]
fn the_feelings_are_content_each_with_an_id_a_picture_and_a_message() {
    let wheel = WheelDefinition::shipped();
    let ids: Vec<&str> = wheel.feelings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        ["happy", "calm", "proud", "sad", "angry", "scared", "worried", "lonely", "tired"],
        "glad, lugn, stolt beside the hard ones: ledsen, arg, rädd, orolig, ensam, trött"
    );
    assert!(wheel.feelings.len() <= MAX_FEELINGS);
    assert_eq!(wheel.feeling("scared").unwrap().message, "feeling-scared");
    assert_eq!(
        WheelDefinition::shipped_feeling_ids().len(),
        wheel.feelings.len()
    );
    // A wheel without feelings has none (no row is shown).
    let start = SHIPPED_WHEEL_JSON.find(",\n  \"feelings\"").unwrap();
    let without = format!("{}\n}}\n", &SHIPPED_WHEEL_JSON[..start]);
    assert!(WheelDefinition::from_json(&without)
        .unwrap()
        .feelings
        .is_empty());
    // Broken feelings are refused, each with its reason.
    assert_eq!(
        refused(&SHIPPED_WHEEL_JSON.replace(r#""id": "calm""#, r#""id": "happy""#)),
        WheelError::DuplicateFeeling("happy".into())
    );
    for broken in [
        SHIPPED_WHEEL_JSON.replace(r#""id": "calm""#, r#""id": "Lugn!""#),
        SHIPPED_WHEEL_JSON.replace(
            "pictograms/feelings/calm.svg",
            "https://example.com/calm.svg",
        ),
        SHIPPED_WHEEL_JSON.replace(
            "pictograms/feelings/calm.svg",
            "pictograms/feelings/calm.png",
        ),
        SHIPPED_WHEEL_JSON.replace(r#""message": "feeling-calm""#, r#""message": " ""#),
    ] {
        assert!(
            matches!(refused(&broken), WheelError::InvalidFeeling(_)),
            "{broken}"
        );
    }
    let many: Vec<String> = (0..=MAX_FEELINGS)
        .map(|n| {
            format!(r#"{{ "id": "f{n}", "pictogram": "pictograms/feelings/happy.svg", "message": "feeling-happy" }}"#)
        })
        .collect();
    let too_many = format!(
        "{}, \"feelings\": [{}] }}",
        &SHIPPED_WHEEL_JSON[..start],
        many.join(",")
    );
    assert_eq!(
        refused(&too_many),
        WheelError::TooManyFeelings(MAX_FEELINGS + 1)
    );
    let unknown_field = SHIPPED_WHEEL_JSON.replace(
        r#""message": "feeling-calm""#,
        r##""message": "feeling-calm", "colour": "#ffffff""##,
    );
    assert!(matches!(refused(&unknown_field), WheelError::Json(_)));
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
