//! The help contacts (`content/help.json`): every number shown can be called as shown, in every
//! language, and a number no phone could call stops the build.

use hjulet::domain::help::{Audience, Call, HelpContacts, HelpError, SHIPPED_HELP_JSON};
use hjulet::domain::language::Language;
use hjulet::domain::WheelDefinition;
use hjulet::domain::{AgeBand, Perspective};
use hjulet::i18n::{Localizer, Wording, LOCALE_FILES};
use std::fs;
use std::path::Path;

fn localizer(language: Language) -> Localizer {
    if language == Language::Swedish {
        return Localizer::swedish(false);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language.code());
    let sources: Vec<String> = LOCALE_FILES
        .iter()
        .map(|file| fs::read_to_string(dir.join(file)).unwrap())
        .collect();
    let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
    Localizer::with_language(language, &texts, false).unwrap()
}

/// Every call the help shows: each contact's own, and each kommun's that has a number.
fn every_call(contacts: &HelpContacts) -> Vec<(Call, Option<String>)> {
    contacts
        .contacts
        .iter()
        .flat_map(|contact| {
            let own = contact.call.clone().map(|call| (call, None));
            let kommuner = contact.kommuner.iter().flat_map(|k| {
                k.calls()
                    .map(|(kommun, call)| (call, Some(kommun.to_owned())))
                    .collect::<Vec<_>>()
            });
            own.into_iter().chain(kommuner)
        })
        .collect()
}

#[test]
fn every_number_shown_is_the_number_its_link_calls_in_every_language() {
    let calls = every_call(HelpContacts::shipped());
    let tels: Vec<String> = calls.iter().map(|(call, _)| call.tel()).collect();
    assert_eq!(
        tels,
        [
            "tel:112",
            "tel:116111",
            "tel:90101",
            "tel:0771505050",
            "tel:020505050",
            "tel:1177",
            "tel:043372000"
        ]
    );
    for language in Language::ALL {
        let messages = localizer(language);
        for (call, kommun) in &calls {
            let mut args = vec![("number", call.shown_number().into())];
            if let Some(kommun) = kommun {
                args.push(("kommun", kommun.clone().into()));
            }
            let shown = messages.message(&call.label, Wording::default(), &args);
            let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(
                format!("tel:{digits}"),
                call.tel(),
                "{}: \"{shown}\" does not show the number it calls",
                language.code()
            );
        }
    }
}

#[test]
fn a_number_on_a_button_never_breaks_over_two_lines() {
    let call = Call {
        label: "help-call-kvinnofrid".into(),
        number: "020-50 50 50".into(),
    };
    assert_eq!(call.shown_number(), "020\u{2011}50\u{a0}50\u{a0}50");
    assert_eq!(call.tel(), "tel:020505050");
}

fn ids_for(audience: Audience, areas: Option<&[String]>) -> Vec<&'static str> {
    HelpContacts::shipped()
        .for_reader(audience, areas)
        .map(|contact| contact.id.as_str())
        .collect()
}

#[test]
fn help_differs_by_who_answers_and_where() {
    let health = ["health".to_owned()];
    let safe = ["safe".to_owned()];
    // A child of any age: 112, BRIS and an adult they trust (for the youngest, at förskolan or
    // at home: the same contact in their wording).
    for audience in [Audience::YoungChildren, Audience::Children] {
        assert_eq!(
            ids_for(audience, Some(&health)),
            ["emergency", "bris", "adult"]
        );
    }
    // A teenager whose answer about health asks for help: Mind Självmordslinjen too; not for
    // an answer about being safe, but in the help panel always.
    assert_eq!(
        ids_for(Audience::Teenagers, Some(&health)),
        ["emergency", "bris", "adult", "mind"]
    );
    assert_eq!(
        ids_for(Audience::Teenagers, Some(&safe)),
        ["emergency", "bris", "adult"]
    );
    assert_eq!(
        ids_for(Audience::Teenagers, None),
        ["emergency", "bris", "adult", "mind"]
    );
    // An adult: never the children's line, but the adults' and the kommun's.
    assert_eq!(
        ids_for(Audience::Adults, Some(&safe)),
        [
            "emergency",
            "bris-adults",
            "kvinnofridslinjen",
            "1177",
            "socialjour",
            "kommun"
        ]
    );
}

#[test]
fn the_youngest_are_told_of_an_adult_at_forskolan_or_at_home() {
    let messages = Localizer::swedish(false);
    let young = Wording {
        age: AgeBand::Young,
        who: Perspective::Child,
    };
    assert!(messages
        .message("help-adult", young, &[])
        .contains("förskolan eller hemma"));
    assert!(messages
        .message("help-adult", Wording::default(), &[])
        .contains("lärare"));
}

#[test]
fn only_a_kommun_number_a_seed_text_gives_is_shipped_the_rest_is_din_kommuns_vaxel() {
    let contacts = HelpContacts::shipped();
    let kommun = contacts.contacts.iter().find(|c| c.id == "kommun").unwrap();
    let kommuner = kommun.kommuner.as_ref().unwrap();
    let filled: Vec<&str> = kommuner.calls().map(|(name, _)| name).collect();
    assert_eq!(filled, ["Markaryd"], "the Markaryd text gives 0433-720 00");
    assert_eq!(kommuner.numbers.len(), 8, "Kronoberg's eight kommuner");
    let text = Localizer::swedish(false).message(&kommun.text, Wording::default(), &[]);
    assert!(text.contains("din kommuns växel"), "{text}");
}

#[test]
fn a_contact_naming_a_message_or_an_area_the_app_lacks_is_refused() {
    let wheel = WheelDefinition::shipped();
    let messages = Localizer::swedish(false);
    let is_area = |id: &str| wheel.areas.iter().any(|a| a.id == id);
    let is_message = |id: &str| messages.has_message(id);
    assert_eq!(
        HelpContacts::shipped().check_names(is_message, is_area),
        Ok(())
    );
    let unknown_area = SHIPPED_HELP_JSON.replace("[\"health\"]", "[\"halsa\"]");
    assert!(matches!(
        HelpContacts::from_json(&unknown_area)
            .unwrap()
            .check_names(is_message, is_area),
        Err(HelpError::UnknownArea { .. })
    ));
    let unknown_text = SHIPPED_HELP_JSON.replace("\"help-mind\"", "\"help-mnid\"");
    assert!(matches!(
        HelpContacts::from_json(&unknown_text)
            .unwrap()
            .check_names(is_message, is_area),
        Err(HelpError::UnknownMessage { .. })
    ));
    let for_nobody = SHIPPED_HELP_JSON.replace("\"for\": [\"adults\"]", "\"for\": []");
    assert!(matches!(
        HelpContacts::from_json(&for_nobody),
        Err(HelpError::NoAudience(_))
    ));
    let bad_kommun = SHIPPED_HELP_JSON.replace("\"0433-720 00\"", "\"växeln\"");
    assert!(matches!(
        HelpContacts::from_json(&bad_kommun),
        Err(HelpError::BadNumber { .. })
    ));
}

#[test]
fn a_number_no_phone_can_call_is_refused() {
    let with_letters = SHIPPED_HELP_JSON.replace("\"116 111\"", "\"BRIS\"");
    assert!(matches!(
        HelpContacts::from_json(&with_letters),
        Err(HelpError::BadNumber { .. })
    ));
    let with_plus_inside = SHIPPED_HELP_JSON.replace("\"116 111\"", "\"116+111\"");
    assert!(HelpContacts::from_json(&with_plus_inside).is_err());
    let kommun = SHIPPED_HELP_JSON.replace("\"116 111\"", "\"0433-720 00\"");
    let contacts = HelpContacts::from_json(&kommun).unwrap();
    let call = contacts.contacts[1].call.as_ref().unwrap();
    assert_eq!(call.tel(), "tel:043372000");
    assert!(matches!(
        HelpContacts::from_json(&SHIPPED_HELP_JSON.replace("barnets-basta-hjulet.help", "x")),
        Err(HelpError::WrongFormat(_))
    ));
}
