//! The classroom mode's content: for every language, every area of the wheel and every age
//! group there is an explanation, exactly three discussion prompts (one per line), and one line
//! per convention article of the area, each naming its article.

use fluent_syntax::ast::{Entry, Expression, PatternElement, VariantKey};
use hjulet::domain::{AgeBand, WheelDefinition};
use hjulet::i18n::{Language, Localizer, Wording, LOCALE_FILES};
use std::fs;
use std::path::{Path, PathBuf};

const AGES: [AgeBand; 3] = [AgeBand::Young, AgeBand::Middle, AgeBand::Teen];

/// The page's own messages, beside the per-area ones.
const UI_MESSAGES: [&str; 12] = [
    "classroom-title",
    "classroom-intro",
    "classroom-nothing-stored",
    "classroom-own-wheel",
    "classroom-own-wheel-link",
    "classroom-age-legend",
    "classroom-explain-heading",
    "classroom-prompts-heading",
    "classroom-articles-heading",
    "classroom-back",
    "classroom-choose-area",
    "nav-classroom",
];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn classroom_file(language: Language) -> String {
    let path = locales_dir().join(language.code()).join("classroom.ftl");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn localizer(language: Language) -> Localizer {
    let sources: Vec<String> = LOCALE_FILES
        .iter()
        .map(|file| fs::read_to_string(locales_dir().join(language.code()).join(file)).unwrap())
        .collect();
    let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
    Localizer::with_language(language, &texts, false)
        .unwrap_or_else(|errors| panic!("{language:?}: {errors:?}"))
}

fn say(localizer: &Localizer, id: &str, age: AgeBand) -> String {
    localizer.message(
        id,
        Wording {
            age,
            ..Wording::default()
        },
        &[],
    )
}

/// The whole numbers written in `line` (ASCII digits).
fn numbers_in(line: &str) -> Vec<u32> {
    line.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .filter_map(|run| run.parse().ok())
        .collect()
}

#[test]
fn the_classroom_file_is_in_the_list_of_locale_files() {
    assert!(LOCALE_FILES.contains(&"classroom.ftl"));
}

#[test]
fn every_language_explains_every_area_with_three_prompts_and_its_articles() {
    let wheel = WheelDefinition::shipped();
    let swedish = Localizer::swedish(false);
    for language in Language::ALL {
        let localizer = localizer(language);
        for id in UI_MESSAGES {
            assert!(localizer.has_message(id), "{language:?}: no {id}");
            let text = say(&localizer, id, AgeBand::Middle);
            assert!(!text.trim().is_empty(), "{language:?}: {id} is empty");
            assert_ne!(text, id, "{language:?}: {id} did not format");
        }
        for area in &wheel.areas {
            let explain_id = format!("classroom-{}-explain", area.id);
            let prompts_id = format!("classroom-{}-prompts", area.id);
            let articles_id = format!("classroom-{}-articles", area.id);
            for age in AGES {
                let explain = say(&localizer, &explain_id, age);
                assert!(
                    !explain.trim().is_empty() && explain != explain_id,
                    "{language:?} {age:?}: {explain_id} is missing or empty"
                );
                assert!(
                    !explain.contains('\n'),
                    "{language:?} {age:?}: {explain_id} should be one paragraph: {explain:?}"
                );

                let prompts = say(&localizer, &prompts_id, age);
                let lines: Vec<&str> = prompts.lines().collect();
                assert_eq!(
                    lines.len(),
                    3,
                    "{language:?} {age:?}: {prompts_id} should be three lines: {prompts:?}"
                );
                for line in &lines {
                    assert!(
                        !line.trim().is_empty(),
                        "{language:?} {age:?}: {prompts_id} has an empty line: {prompts:?}"
                    );
                    assert_eq!(
                        line.trim(),
                        *line,
                        "{language:?} {age:?}: {prompts_id} keeps indentation: {prompts:?}"
                    );
                }

                let articles = say(&localizer, &articles_id, age);
                let lines: Vec<&str> = articles.lines().collect();
                assert_eq!(
                    lines.len(),
                    area.articles.len(),
                    "{language:?}: {articles_id} should have one line per article {:?}: {articles:?}",
                    area.articles
                );
                for (line, article) in lines.iter().zip(&area.articles) {
                    assert!(
                        !line.trim().is_empty(),
                        "{language:?}: {articles_id} has an empty line"
                    );
                    assert!(
                        numbers_in(line).contains(&u32::from(*article)),
                        "{language:?}: {articles_id}: the line for article {article} does not name it: {line:?}"
                    );
                }

                if language != Language::Swedish {
                    for id in [&explain_id, &prompts_id, &articles_id] {
                        assert_ne!(
                            say(&localizer, id, age),
                            say(&swedish, id, age),
                            "{language:?} {age:?}: {id} is still Swedish"
                        );
                    }
                }
            }
            // The three age groups read differently.
            let explained: Vec<String> = AGES
                .iter()
                .map(|age| say(&localizer, &explain_id, *age))
                .collect();
            assert!(
                explained[0] != explained[1] && explained[1] != explained[2],
                "{language:?}: {explain_id} is the same for several age groups"
            );
        }
    }
}

#[test]
fn the_safety_area_tells_every_age_group_where_to_get_help() {
    for language in Language::ALL {
        let localizer = localizer(language);
        for age in AGES {
            let text = say(&localizer, "classroom-safe-explain", age);
            assert!(
                text.contains("BRIS 116 111"),
                "{language:?} {age:?}: classroom-safe-explain lacks BRIS 116 111: {text:?}"
            );
        }
    }
}

/// Every selector is on `$age` with exactly the keys young, middle and teen, middle the default,
/// so that a class's age group always finds its own wording.
#[test]
fn every_age_selector_has_young_middle_and_teen_with_middle_as_default() {
    for language in Language::ALL {
        let text = classroom_file(language);
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{language:?}: {errors:?}"));
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let Some(pattern) = message.value else {
                panic!("{language:?}: {id} has no value");
            };
            let needs_selector = id.ends_with("-explain") || id.ends_with("-prompts");
            let mut selectors = 0;
            for element in &pattern.elements {
                let PatternElement::Placeable { expression } = element else {
                    continue;
                };
                let Expression::Select { variants, .. } = expression else {
                    panic!("{language:?}: {id} has a placeable that is not a selector on $age");
                };
                selectors += 1;
                let keys: Vec<(String, bool)> = variants
                    .iter()
                    .map(|variant| {
                        let key = match &variant.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        (key, variant.default)
                    })
                    .collect();
                assert_eq!(
                    keys,
                    [
                        ("young".to_owned(), false),
                        ("middle".to_owned(), true),
                        ("teen".to_owned(), false)
                    ],
                    "{language:?}: {id} has other variants"
                );
            }
            assert_eq!(
                selectors,
                usize::from(needs_selector),
                "{language:?}: {id} should have {} selector(s)",
                usize::from(needs_selector)
            );
        }
    }
}

/// Right-to-left text is laid out by the browser from the characters themselves; invisible
/// direction marks in a translation only confuse read-aloud and copying.
#[test]
fn no_bidi_control_characters_in_the_classroom_files() {
    for language in Language::ALL {
        let text = classroom_file(language);
        for (number, line) in text.lines().enumerate() {
            let found: Vec<char> = line
                .chars()
                .filter(|c| {
                    matches!(
                        *c,
                        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}'
                            | '\u{2066}'..='\u{2069}'
                    )
                })
                .collect();
            assert!(
                found.is_empty(),
                "{language:?} classroom.ftl line {}: bidi controls {found:?}",
                number + 1
            );
        }
    }
}
