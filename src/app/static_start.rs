//! The static start page: the child's start page as the build renders it into `index.html`, once
//! per language, with Leptos's server-side rendering (`examples/prerender.rs`), so that the first
//! screen is there before the app. The same components as the app's start page
//! ([`crate::child::start`]) and header; where the app's part needs the app (the language
//! `<select>`, the help button, the quick exit's script, deleting), a part that works as plain
//! HTML takes its place. The page's own small script (`src/static_start.js`) picks the language,
//! lists the saved wheels from their index and fetches the app; until the app arrives, every
//! control is a link.

use crate::app::app_header::AppName;
use crate::app::privacy_note::PrivacyNote;
use crate::child::start::{StartChoices, StartIntro, ToTheMeeting};
use crate::domain::language::Language;
use crate::domain::WheelDefinition;
use crate::i18n::{use_translate, Localizer, Messages, Wording, WordingContext};
use crate::ids;
use crate::routes::Page;
use crate::stores::draft_session::WheelContext;
use crate::ui::help_now::{HelpContacts, HelpWords};
use crate::ui::pictogram::Pictogram;
use crate::ui::static_page::StaticPage;
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;

/// The whole static page in `localizer`'s language: skip link, header, the start page and the
/// privacy note. Needs a Router's location (the build gives `/`).
#[component]
pub fn StaticStartPage(localizer: Arc<Localizer>) -> impl IntoView {
    provide_context(StaticPage);
    provide_context(Page::Child);
    provide_context(WheelContext(Arc::new(WheelDefinition::shipped())));
    provide_context(Messages(Signal::stored(localizer)));
    provide_context(WordingContext(Signal::stored(Wording::default())));
    let t = use_translate();
    view! {
        <Router>
            <a class="skip-link" href="#main">{t.text(ids::SKIP_TO_CONTENT)}</a>
            <StaticHeader />
            <main id="main" tabindex="-1">
                <div class="start-page">
                    <StartIntro />
                    <StaticSavedWheels />
                    <StartChoices />
                    <ToTheMeeting />
                </div>
            </main>
            <footer class="page-footer">
                <PrivacyNote />
            </footer>
        </Router>
    }
}

/// The app's header as plain HTML: on a phone one row, as the app's ([`crate::app::header_menu`]),
/// with the menu a `<details>` that opens without script (the page's script closes it with Escape
/// and on a tap beside it); the language choice and the help open and close without script
/// (`<details>`), the quick exit is a link to the neutral page.
#[component]
fn StaticHeader() -> impl IntoView {
    let t = use_translate();
    view! {
        <header class="app-header">
            <details class="header-menu" id="header-menu">
                <summary class="button header-menu-button" id="header-menu-button">
                    <Pictogram src="pictograms/ui/menu.svg" class="icon" />
                    <span>{t.text(ids::HEADER_MENU)}</span>
                </summary>
                <div class="header-menu-panel">
                    <AppName />
                    <LanguageLinks />
                </div>
            </details>
            <div class="header-actions">
                <StaticHelpNow />
                <a class="button quick-exit" href="/neutral.html">
                    <Pictogram src="pictograms/ui/close.svg" class="icon" />
                    <span>{t.text(ids::QUICK_EXIT)}</span>
                </a>
            </div>
        </header>
    }
}

/// Each language by its own name, as links (`/?lang=…`, a fixed word, never free text): the
/// page's script shows the language at once and keeps the choice; without script the link
/// still leads to the start page.
#[component]
fn LanguageLinks() -> impl IntoView {
    let t = use_translate();
    let shown = t.language();
    let links = Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <li>
                    <a
                        href=format!("/?lang={}", language.code())
                        lang=language.code()
                        hreflang=language.code()
                        data-lang=language.code()
                        aria-current=(language == shown).then_some("true")
                    >
                        {language.own_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="language-picker language-links">
            <summary class="button">
                <Pictogram src="pictograms/ui/language.svg" class="icon" />
                <span>{t.text(ids::LANGUAGE_LABEL)}</span>
                <span lang=shown.code()>{shown.own_name()}</span>
            </summary>
            <ul>{links}</ul>
        </details>
    }
}

/// "Behöver du hjälp nu?" as a `<details>`: the numbers and their `tel:` links for children and
/// for adults, in every language, before any script has run.
#[component]
fn StaticHelpNow() -> impl IntoView {
    let t = use_translate();
    view! {
        <details class="help-now">
            <summary class="button help-button">
                <Pictogram src="pictograms/ui/help.svg" class="icon" />
                <HelpWords />
            </summary>
            <section id="help-panel" class="help-panel" aria-labelledby="help-heading">
                <h2 id="help-heading">{t.text(ids::HELP_HEADING)}</h2>
                <HelpContacts reader=Signal::stored(None) />
            </section>
        </details>
    }
}

/// Where the page's script lists the wheels on this device, from their index; hidden while
/// there are none. One row's markup is [`SavedWheelRow`].
#[component]
fn StaticSavedWheels() -> impl IntoView {
    let t = use_translate();
    view! {
        <section class="saved-drafts" aria-labelledby="saved-drafts-heading" hidden>
            <h2 id="saved-drafts-heading">{t.text(ids::START_CONTINUE_HEADING)}</h2>
            <ul></ul>
        </section>
    }
}

/// One saved wheel's row, empty, for the page's script to copy and fill (its texts come from
/// the page's words, so the row is the same in every language).
#[component]
pub fn SavedWheelRow() -> impl IntoView {
    view! {
        <li class="saved-draft">
            <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
            <div class="saved-draft-text">
                <strong></strong>
                <span></span>
                <span></span>
            </div>
            <div class="saved-draft-actions">
                <a class="button primary">
                    <Pictogram src="pictograms/ui/continue.svg" class="icon" />
                    <span></span>
                </a>
            </div>
        </li>
    }
}
