//! The help contacts (`content/help.json`): every number shown can be called as shown, in every
//! language, and a number no phone could call stops the build.

use hjulet::domain::help::{HelpContacts, HelpError, SHIPPED_HELP_JSON};
use hjulet::domain::language::Language;
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

#[test]
fn every_number_shown_is_the_number_its_link_calls_in_every_language() {
    let contacts = HelpContacts::shipped();
    let calls: Vec<_> = contacts
        .contacts
        .iter()
        .filter_map(|c| c.call.as_ref())
        .collect();
    assert!(calls.len() >= 2, "112 and BRIS at least");
    let tels: Vec<String> = calls.iter().map(|call| call.tel()).collect();
    assert_eq!(tels, ["tel:112", "tel:116111"]);
    for language in Language::ALL {
        let messages = localizer(language);
        for call in &calls {
            let shown = messages.message(
                &call.label,
                Wording::default(),
                &[("number", call.number.clone().into())],
            );
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
