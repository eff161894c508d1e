//! The Fluent files: every one parses, every language has exactly Swedish's messages with the
//! same variables, and the child's page names only messages from its own files. (That every id
//! the code names exists is checked by the compiler: see `src/ids.rs`.)

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use hjulet::domain::AgeBand;
use hjulet::i18n::{Language, Localizer, Wording, CHILD_MESSAGES, LOCALE_FILES};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Variables = BTreeSet<String>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Message id → the variables it uses, over all `.ftl` files of one language.
fn messages_of(language: &str) -> BTreeMap<String, Variables> {
    let dir = locales_dir().join(language);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{language} has no .ftl files");
    messages_in(&files)
}

fn messages_in(files: &[PathBuf]) -> BTreeMap<String, Variables> {
    let mut messages = BTreeMap::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors: {errors:?}", file.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut variables = Variables::new();
                    if let Some(pattern) = &message.value {
                        collect_pattern(pattern, &mut variables);
                    }
                    let id = message.id.name.to_owned();
                    assert!(
                        messages.insert(id.clone(), variables).is_none(),
                        "{}: {id} is defined twice",
                        file.display()
                    );
                }
                Entry::Junk { content } => panic!("{}: cannot parse {content:?}", file.display()),
                _ => {}
            }
        }
    }
    messages
}

fn collect_pattern(pattern: &Pattern<&str>, variables: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, variables);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, variables: &mut Variables) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, variables);
            for variant in variants {
                collect_pattern(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, variables),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, variables: &mut Variables) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, variables),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, variables);
            }
            for argument in &arguments.named {
                collect_inline(&argument.value, variables);
            }
        }
        _ => {}
    }
}

fn languages() -> Vec<String> {
    let mut languages: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    languages
}

#[test]
fn every_language_has_exactly_the_swedish_messages_with_the_same_variables() {
    let swedish = messages_of("sv");
    for language in languages().into_iter().filter(|l| l != "sv") {
        let translated = messages_of(&language);
        let missing: Vec<_> = swedish
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !swedish.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has messages Swedish lacks: {extra:?}"
        );
        for (id, variables) in &swedish {
            assert_eq!(
                &translated[id], variables,
                "{language}: {id} uses other variables"
            );
        }
    }
}

/// Code that only the meeting's page runs: it may use every message file.
const MEETING_PAGE_ONLY: [&str; 4] = [
    "meeting",
    "classroom",
    "ui/choosing_wheel.rs",
    "bin/hjulet-meeting.rs",
];

fn meeting_page_only(path: &str) -> bool {
    MEETING_PAGE_ONLY
        .iter()
        .any(|only| path == *only || path.starts_with(&format!("{only}/")))
}

/// Every Rust file under `src/`, as (path relative to `src/`, text).
fn source_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&src).unwrap().to_string_lossy();
                found.push((
                    relative.replace('\\', "/"),
                    fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    found
}

#[test]
fn the_childs_page_asks_only_for_messages_in_its_own_files() {
    // Every id the code names is a constant build.rs made from locales/sv (crate::ids), so one
    // that does not exist does not compile. The child's page loads only CHILD_MESSAGES: a message
    // from the meeting's files would show there as its raw id. Those ids are in ids::meeting,
    // which only the meeting's page may name.
    let sources = source_files();
    assert!(sources.len() > 50, "too few source files found");
    for only in MEETING_PAGE_ONLY {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(only);
        assert!(path.exists(), "{only} is listed but gone");
    }
    let elsewhere: Vec<&str> = sources
        .iter()
        .filter(|(path, text)| {
            !meeting_page_only(path) && path != "ids.rs" && text.contains("ids::meeting")
        })
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(
        elsewhere.is_empty(),
        "code on the child's page names the meeting's messages (outside {:?}): {elsewhere:?}",
        CHILD_MESSAGES.names
    );
    assert_eq!(
        CHILD_MESSAGES.names,
        ["app.ftl", "wheel.ftl"],
        "build.rs puts the others in ids::meeting"
    );
}

#[test]
fn age_band_picks_the_wording_and_the_youngest_get_the_fewest_words() {
    let localizer = Localizer::swedish(false);
    let text = |age| {
        localizer.message(
            "area-safe-text",
            Wording {
                age,
                ..Wording::default()
            },
            &[],
        )
    };
    let (young, middle, teen) = (
        text(AgeBand::Young),
        text(AgeBand::Middle),
        text(AgeBand::Teen),
    );
    assert!(young.len() < middle.len(), "{young} / {middle}");
    assert_ne!(middle, teen);
}

#[test]
fn the_youngest_are_asked_about_each_area_in_every_language() {
    // A 4–7-year-old hears a question ("Känner du dig trygg …?"), not a statement about their
    // life that may not be true ("Ingen gör dig illa.").
    let wheel = hjulet::domain::WheelDefinition::shipped();
    for language in Language::ALL {
        let sources = read_language(language);
        let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
        let localizer = Localizer::with_language(language, &texts, false).unwrap();
        for area in &wheel.areas {
            let young = Wording {
                age: AgeBand::Young,
                ..Wording::default()
            };
            let text = localizer.message(&area.messages.text, young, &[]);
            assert!(
                text.contains(['?', '؟', '፧']),
                "{language:?} {}: {text}",
                area.id
            );
        }
    }
}

#[test]
fn messages_fill_in_their_variables_and_plurals() {
    let localizer = Localizer::swedish(false);
    let progress = |count: usize| {
        localizer.message(
            "wheel-progress",
            Wording::default(),
            &[("count", count.into()), ("total", 7.into())],
        )
    };
    assert_eq!(progress(1), "Du har svarat på 1 av 7 områden.");
    assert_eq!(progress(0), "Du har inte svarat på något område än.");
    let named = localizer.message(
        "wheel-heading-named",
        Wording::default(),
        &[("name", "Sara".into())],
    );
    assert_eq!(named, "Mitt hjul – Sara");
    let changed = |days: i64| {
        localizer.message(
            "draft-changed",
            Wording::default(),
            &[("days", days.into())],
        )
    };
    assert_eq!(changed(0), "Ändrat i dag");
    assert_eq!(changed(1), "Ändrat i går");
    assert_eq!(changed(12), "Ändrat för 12 dagar sedan");
}

#[test]
fn arabic_and_ukrainian_days_use_their_own_plural_forms() {
    let read = |language: Language| {
        let sources = read_language(language);
        let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
        Localizer::with_language(language, &texts, false).unwrap()
    };
    let changed = |localizer: &Localizer, days: i64| {
        localizer.message(
            "draft-changed",
            Wording::default(),
            &[("days", days.into())],
        )
    };
    let arabic = read(Language::Arabic);
    assert!(changed(&arabic, 2).ends_with("قبل يومين"));
    assert!(changed(&arabic, 3).ends_with("قبل 3 أيام"));
    assert!(changed(&arabic, 11).ends_with("قبل 11 يومًا"));
    let ukrainian = read(Language::Ukrainian);
    assert!(changed(&ukrainian, 21).ends_with("21 день тому"));
    assert!(changed(&ukrainian, 3).ends_with("3 дні тому"));
    assert!(changed(&ukrainian, 5).ends_with("5 днів тому"));
}

#[test]
fn isolation_marks_protect_names_inside_the_ui() {
    let localizer = Localizer::swedish(true);
    let named = localizer.message(
        "wheel-heading-named",
        Wording::default(),
        &[("name", "سارا".into())],
    );
    assert_eq!(named, "Mitt hjul – \u{2068}سارا\u{2069}");
}

fn read_language(language: Language) -> Vec<String> {
    LOCALE_FILES
        .iter()
        .map(|file| fs::read_to_string(locales_dir().join(language.code()).join(file)).unwrap())
        .collect()
}

#[test]
fn every_shipped_language_loads_names_itself_and_is_translated() {
    let swedish = Localizer::swedish(false);
    for language in Language::ALL {
        let sources = read_language(language);
        let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
        let localizer = Localizer::with_language(language, &texts, false).unwrap();
        assert_eq!(localizer.language(), language);
        let say = |l: &Localizer, id| l.message(id, Wording::default(), &[]);
        assert_eq!(
            say(&localizer, "language-name"),
            language.own_name(),
            "{language:?}"
        );
        if language != Language::Swedish {
            for id in [
                "start-button",
                "area-safe-title",
                "scale-very-good",
                "help-open",
            ] {
                assert_ne!(
                    say(&localizer, id),
                    say(&swedish, id),
                    "{language:?} {id} is still Swedish"
                );
            }
        }
    }
}

#[test]
fn a_message_missing_in_a_language_falls_back_to_swedish_alone() {
    let localizer = Localizer::with_language(
        Language::English,
        &["start-button = Start my wheel\nbroken = {"],
        false,
    )
    .unwrap();
    let say = |id| localizer.message(id, Wording::default(), &[]);
    assert_eq!(say("start-button"), "Start my wheel");
    assert_eq!(say("help-open"), "Behöver du hjälp nu?");
}

#[test]
fn a_web_page_in_place_of_a_locale_file_is_refused() {
    let page = "<!doctype html><html><body>Not found</body></html>";
    assert!(Localizer::with_language(Language::Arabic, &[page, page], false).is_err());
}

#[test]
fn the_browsers_preferred_language_is_chosen_when_we_have_it() {
    assert_eq!(
        Language::negotiate(["de-DE", "ar-SY", "en"]),
        Language::Arabic
    );
    assert_eq!(Language::negotiate(["prs-AF"]), Language::Persian);
    assert_eq!(Language::negotiate(["fi_FI"]), Language::Finnish);
    assert_eq!(Language::negotiate(["de", "fr"]), Language::Swedish);
    assert_eq!(Language::negotiate([]), Language::Swedish);
    assert!(Language::Arabic.is_right_to_left() && Language::Persian.is_right_to_left());
    assert_eq!(Language::Ukrainian.direction(), "ltr");
    assert!(Language::Persian.voice_matches("prs-AF") && Language::Swedish.voice_matches("sv_SE"));
    assert!(!Language::Swedish.voice_matches("sw-KE"));
}

#[test]
fn a_text_shown_in_two_languages_comes_from_one_localizer() {
    let sources = read_language(Language::Arabic);
    let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
    let arabic = Localizer::with_language(Language::Arabic, &texts, false).unwrap();
    let plural = [("days", 12.into())];
    assert_eq!(
        arabic.swedish_message("draft-changed", Wording::default(), &plural),
        "Ändrat för 12 dagar sedan"
    );
    assert_ne!(
        arabic.message("draft-changed", Wording::default(), &plural),
        "Ändrat för 12 dagar sedan"
    );
}

/// Byte offsets where a number of several groups ("116 111") starts in `line`.
fn grouped_numbers(line: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut starts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() || (i > 0 && chars[i - 1].1.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && chars[end].1.is_ascii_digit() {
            end += 1;
        }
        let grouped =
            end + 1 < chars.len() && chars[end].1 == ' ' && chars[end + 1].1.is_ascii_digit();
        if grouped {
            starts.push(chars[i].0);
        }
        i = end;
    }
    starts
}

#[test]
fn in_right_to_left_text_a_phone_number_keeps_its_digit_order() {
    // In Arabic or Persian text "116 111" alone is laid out as "111 116": each group of digits
    // takes the text's direction. Right after a Latin word ("BRIS 116 111") it stays as dialled.
    let mut wrong = Vec::new();
    for language in Language::ALL.into_iter().filter(|l| l.is_right_to_left()) {
        for file in LOCALE_FILES {
            let path = locales_dir().join(language.code()).join(file);
            for line in fs::read_to_string(&path).unwrap().lines() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                for start in grouped_numbers(line) {
                    let before = line[..start].trim_end_matches(' ');
                    if !before.ends_with(|c: char| c.is_ascii_alphabetic()) {
                        wrong.push(format!("{}/{file}: {line}", language.code()));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The file-top line that says a file's texts were written without a native speaker who works
/// with children, and how the messages still waiting for one are marked (README, "Adding a
/// language").
const NATIVE_REVIEW_HEADER: &str = "# Needs native review:";
/// The comment line above each message still waiting for that review.
const NATIVE_REVIEW_MARK: &str = "# needs-native-review";

/// The names of a language's `.ftl` files, also one the app does not load yet.
fn ftl_files(language: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(locales_dir().join(language))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_translation_says_which_texts_a_native_speaker_has_not_reviewed() {
    // A new language cannot ship without saying so: every file but the Swedish source opens
    // with the header, before its first message. A mark spelled otherwise is not found by a
    // reviewer's search, so any other comment about native review is refused.
    let mut wrong = Vec::new();
    for language in languages().into_iter().filter(|l| l != "sv") {
        for file in ftl_files(&language) {
            let path = format!("{language}/{file}");
            let text = fs::read_to_string(locales_dir().join(&path)).unwrap();
            let before_first_message = text
                .lines()
                .take_while(|line| line.is_empty() || line.starts_with('#'))
                .collect::<Vec<_>>();
            if !before_first_message
                .iter()
                .any(|line| line.starts_with(NATIVE_REVIEW_HEADER))
            {
                wrong.push(format!("{path}: no \"{NATIVE_REVIEW_HEADER}\" at the top"));
            }
        }
    }
    for language in languages() {
        for file in ftl_files(&language) {
            let path = format!("{language}/{file}");
            let text = fs::read_to_string(locales_dir().join(&path)).unwrap();
            for line in text.lines().filter(|line| line.starts_with('#')) {
                let about_review = line.to_lowercase().contains("native")
                    && line.to_lowercase().contains("review");
                if about_review
                    && line != NATIVE_REVIEW_MARK
                    && !line.starts_with(NATIVE_REVIEW_HEADER)
                    && !line.starts_with("#   ")
                {
                    wrong.push(format!("{path}: {line}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
