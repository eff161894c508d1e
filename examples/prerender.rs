//! The build step that renders the static start page (run by `scripts/build.sh` before Trunk):
//! the app's own start page components ([`hjulet::app::static_start`]) rendered by Leptos's
//! server-side rendering once per language, from the same Fluent files the app loads. Writes
//! two files that `index.html` inlines:
//! - `head.html`: the script that picks the language before the first paint
//!   (`src/static_start/choose-language.js`, with the app's languages written in);
//! - `start.html`: the Swedish page (what shows without script), every language as a
//!   `<template>`, one saved wheel's row, the words the list needs in every language, and the
//!   page's script (`src/static_start/start-page.js`).
//!
//! `cargo run --features prerender --example prerender -- <out dir>` (default target/prerender).

use fluent_bundle::FluentValue;
use hjulet::app::static_start::{SavedWheelRow, StaticStartPage};
use hjulet::domain::language::Language;
use hjulet::domain::WheelDefinition;
use hjulet::i18n::{Localizer, Wording, CHILD_MESSAGES};
use hjulet::ids;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use serde_json::{json, Map, Value};
use std::fs;
use std::path::PathBuf;
use std::sync::Arc;

/// Up to this many days the words for "changed … ago" are written out one by one; beyond, one
/// per plural category, with `#` where the number goes.
const DAYS_WRITTEN_OUT: u32 = 30;
/// Stands in for a wheel's name in "Fortsätt med …"; the script puts the name there as text.
const NAME_PLACE: &str = "\u{E000}";

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/prerender".into()),
    );
    fs::create_dir_all(&out).expect("the output directory can be made");
    let areas = WheelDefinition::shipped().areas.len();

    let mut templates = String::new();
    let mut swedish_page = String::new();
    let mut words = Map::new();
    for language in Language::ALL {
        let localizer = Arc::new(localizer_for(language));
        let page = render(move || view! { <StaticStartPage localizer /> });
        if language == Language::Swedish {
            swedish_page = page.clone();
        }
        templates.push_str(&format!(
            "<template data-lang=\"{}\" data-dir=\"{}\">{page}</template>\n",
            language.code(),
            language.direction()
        ));
        words.insert(
            language.code().to_owned(),
            words_for(&localizer_for(language), areas),
        );
    }
    let row = render(|| view! { <SavedWheelRow /> });
    let words = serde_json::to_string(&Value::Object(words))
        .expect("words serialize")
        // Inside <script>: no "</" may end it early.
        .replace("</", "<\\/");

    let start = format!(
        "<div id=\"static-start\">{swedish_page}</div>\n{templates}\
         <template id=\"saved-wheel-row\">{row}</template>\n\
         <script type=\"application/json\" id=\"start-words\">{words}</script>\n\
         <script>{}</script>\n",
        compact(include_str!("../src/static_start/start-page.js"))
    );
    let codes = |languages: Vec<Language>| {
        serde_json::to_string(&languages.iter().map(|l| l.code()).collect::<Vec<_>>())
            .expect("codes serialize")
    };
    let head = format!(
        "<script>{}</script>\n",
        compact(include_str!("../src/static_start/choose-language.js"))
            .replace("LANGUAGES", &codes(Language::ALL.to_vec()))
            .replace(
                "RIGHT_TO_LEFT",
                &codes(
                    Language::ALL
                        .into_iter()
                        .filter(|l| l.is_right_to_left())
                        .collect()
                )
            )
    );
    fs::write(out.join("start.html"), start).expect("start.html is written");
    fs::write(out.join("head.html"), head).expect("head.html is written");
}

/// The language's messages from `locales/`, as the app loads them (isolation marks included).
fn localizer_for(language: Language) -> Localizer {
    if language == Language::Swedish {
        return Localizer::swedish_from(&CHILD_MESSAGES, true);
    }
    let sources: Vec<String> = CHILD_MESSAGES
        .names
        .iter()
        .map(|file| {
            let path = format!("locales/{}/{file}", language.code());
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        })
        .collect();
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    Localizer::with_language_from(&CHILD_MESSAGES, language, &sources, true)
        .unwrap_or_else(|errors| panic!("{}: {errors:?}", language.code()))
}

/// A view rendered to HTML under a fresh owner, at the path `/`.
fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new("/"));
        // Rendered once, never updated: nothing here tracks a signal (and Leptos need not warn
        // that nothing does). `<!>` marks where hydration would find its place; this page is
        // never hydrated.
        untrack(|| view().into_view().to_html()).replace("<!>", "")
    })
}

/// What the script needs to list saved wheels in one language: the title, "Låst hjul", the
/// name of an unnamed wheel, "Fortsätt med …", "Ändrat …" by days, "… av 7 områden klara" by
/// count.
fn words_for(localizer: &Localizer, areas: usize) -> Value {
    let say = |id: ids::MessageId, args: &[(&str, FluentValue)]| {
        localizer.message(id, Wording::default(), args)
    };
    let mut changed = Map::new();
    for days in 0..=DAYS_WRITTEN_OUT {
        changed.insert(
            days.to_string(),
            say(ids::DRAFT_CHANGED, &[("days", days.into())]).into(),
        );
    }
    let rules = PluralRules::create(
        localizer
            .language()
            .code()
            .parse::<unic_langid::LanguageIdentifier>()
            .expect("a language tag"),
        PluralRuleType::CARDINAL,
    )
    .expect("plural rules for every language of the app");
    for days in DAYS_WRITTEN_OUT + 1..=1000 {
        let category = category_name(rules.select(days).expect("a plural category"));
        if !changed.contains_key(category) {
            let text = say(ids::DRAFT_CHANGED, &[("days", days.into())]);
            changed.insert(
                category.to_owned(),
                text.replace(&days.to_string(), "#").into(),
            );
        }
    }
    let progress: Vec<String> = (0..=areas)
        .map(|count| {
            say(
                ids::DRAFT_PROGRESS,
                &[("count", count.into()), ("total", areas.into())],
            )
        })
        .collect();
    json!({
        "title": say(ids::APP_NAME, &[]),
        "locked": say(ids::DRAFT_LOCKED, &[]),
        "unnamed": say(ids::DRAFT_UNNAMED, &[]),
        "continue": say(ids::DRAFT_CONTINUE, &[("name", NAME_PLACE.into())]),
        "changed": changed,
        "progress": progress,
    })
}

/// The names JavaScript's `Intl.PluralRules` gives the same categories.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The script without its comment lines and indentation: the comments are for the source.
fn compact(script: &str) -> String {
    script
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}
