//! The two apps (see [`Page`]): the same contexts, header, privacy note, help and about panel
//! around each one's own routes. The shell's own parts (header, language picker, privacy note,
//! about panel, update notice) live beside it.

pub mod about_app;
pub mod app_header;
pub mod header_menu;
pub mod language_picker;
pub mod privacy_note;
pub mod static_start;
pub mod update_notice;

use crate::app::about_app::AboutApp;
use crate::app::app_header::AppHeader;
use crate::app::privacy_note::PrivacyNote;
use crate::browser::page_life::{was_left, when_shown_from_cache};
use crate::browser::{document, media_store, storage};
use crate::child::{
    area::AreaPage, draft_scope::DraftScope, new_draft::NewDraftPage, receive::ReceivePage,
    share::SharePage, start::StartPage, wheel::WheelPage,
};
use crate::classroom::page::ClassroomPage;
use crate::domain::WheelDefinition;
use crate::i18n::{
    use_translate, Localizer, MessageFiles, Messages, Wording, WordingContext, ALL_MESSAGES,
    CHILD_MESSAGES, READER_MESSAGES,
};
use crate::ids;
use crate::meeting::page::MeetingPage;
use crate::meeting::projector::ProjectorPage;
use crate::reader::camera_reader::CameraReaderPage;
use crate::routes::Page;
use crate::stores::draft_session::WheelContext;
use crate::stores::language::LanguageChooser;
use crate::ui::after_first_paint::AfterFirstPaint;
use crate::ui::help_now::HelpReader;
use crate::ui::not_found::NotFound;
use crate::ui::read_aloud::AutoReadSetting;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

/// The child's page: start, wheel and share.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell page=Page::Child messages=&CHILD_MESSAGES>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=StartPage />
                    <Route path=path!("/new/:who/:age") view=NewDraftPage />
                    <Route path=path!("/receive") view=ReceivePage />
                    <ParentRoute path=path!("/wheel/:draft") view=DraftScope>
                        <Route path=path!("") view=WheelPage />
                        <Route path=path!(":area") view=AreaPage />
                    </ParentRoute>
                    <ParentRoute path=path!("/share/:draft") view=DraftScope>
                        <Route path=path!("") view=SharePage />
                    </ParentRoute>
                </Routes>
            </Shell>
        </Router>
    }
}

/// The meeting's page: the meeting and the classroom.
#[component]
pub fn MeetingApp() -> impl IntoView {
    view! {
        <Router>
            <Shell page=Page::Meeting messages=&ALL_MESSAGES>
                <Routes fallback=NotFound>
                    <Route path=path!("/meeting") view=MeetingPage />
                    <Route path=path!("/meeting/projector") view=ProjectorPage />
                    <Route path=path!("/classroom") view=ClassroomPage />
                </Routes>
            </Shell>
        </Router>
    }
}

/// The camera reader's page, in its own window: no header, no routes, only the reader, in the
/// language chosen on this device.
#[component]
pub fn ReaderApp() -> impl IntoView {
    storage::let_go_of_openers_copy();
    let localizer = RwSignal::new(Arc::new(Localizer::swedish_from(&READER_MESSAGES, true)));
    provide_context(Messages(localizer.into()));
    provide_context(WordingContext(Signal::stored(Wording::default())));
    let chooser = LanguageChooser::new(localizer, &READER_MESSAGES);
    provide_context(chooser);
    chooser.show(LanguageChooser::first_choice());
    Effect::new(move |_| {
        let language = localizer.with(|l| l.language());
        document::set_language(language.code(), language.direction());
        document::set_title(
            &localizer.with(|l| l.message(ids::CAMERA_HEADING, Wording::default(), &[])),
        );
    });
    let ready = Memo::new(move |ready: Option<&bool>| {
        ready.copied().unwrap_or(false) || !chooser.is_loading()
    });
    Effect::new(move |_| {
        if ready.get() {
            document::remove_starting_screen();
        }
    });
    view! {
        <Show when=move || ready.get()>
            <main id="main" tabindex="-1">
                <CameraReaderPage />
            </main>
        </Show>
    }
}

/// Goes to the start screen in place of this page: after "Lämna snabbt" it is all a page of the
/// app may show in this tab, so that Back brings nobody's words back.
fn leave_for_start_screen() {
    document::replace_page(&crate::routes::AppPath::Start.href());
}

/// The contexts every page needs, the skip link, header and the footer (privacy note, about the
/// app) around `children`.
#[component]
fn Shell(page: Page, messages: &'static MessageFiles, children: ChildrenFn) -> impl IntoView {
    // Gone: the page is on its way to the start screen and shows nothing meanwhile.
    let gone = RwSignal::new(false);
    if was_left() && document::current_path() != crate::routes::AppPath::Start.href() {
        gone.set(true);
        leave_for_start_screen();
    }
    when_shown_from_cache(move || {
        if was_left() {
            gone.set(true);
            leave_for_start_screen();
        }
    });
    // "Radera allt" in another tab: this tab lets go too, and starts again from its (now empty)
    // storage. The same reload as when a draft is deleted elsewhere, so the two never race. The
    // drawings and voice notes went with the database the other tab deleted (this tab's
    // connections close when it asks); anything this tab was writing just then is swept below
    // when it starts again.
    storage::when_erased_elsewhere(move || {
        gone.set(true);
        storage::remove_this_tabs_session();
        document::start_over();
    });
    // The static start page lists the saved wheels from the index before any wasm loads: set it
    // right whenever the child's app starts, on whichever of its paths, so that what an older
    // version saved, a deletion the index missed or a damaged index shows right from the next
    // visit on. The meeting's page keeps no wheels.
    if page == Page::Child {
        storage::repair_index();
        // Drawings and voice notes of drafts no longer here: a "Ta bort" whose tab closed before
        // they were removed, "Radera allt" heard in another tab.
        leptos::task::spawn_local(media_store::remove_orphans(storage::draft_ids_on_device));
    }
    provide_context(page);
    provide_context(WheelContext(Arc::new(WheelDefinition::shipped())));
    let localizer = RwSignal::new(Arc::new(Localizer::swedish_from(messages, true)));
    provide_context(Messages(localizer.into()));
    provide_context(WordingContext(Signal::stored(Wording::default())));
    provide_context(HelpReader(RwSignal::new(None)));
    provide_context(AutoReadSetting::from_device());
    let chooser = LanguageChooser::new(localizer, messages);
    provide_context(chooser);
    chooser.show(LanguageChooser::first_choice());
    Effect::new(move |_| {
        let language = localizer.with(|l| l.language());
        document::set_language(language.code(), language.direction());
        document::set_title(&localizer.with(|l| l.message(ids::APP_NAME, Wording::default(), &[])));
    });
    // Nothing shows until the first language is there: no flash of Swedish before Arabic.
    let first_language_ready = Memo::new(move |ready: Option<&bool>| {
        ready.copied().unwrap_or(false) || !chooser.is_loading()
    });
    Effect::new(move |_| {
        if first_language_ready.get() {
            document::remove_starting_screen();
        }
    });
    let t = use_translate();
    // The meeting's projector window shows only the meeting's picture: nobody uses a header
    // or a footer on the wall.
    let bare = document::current_path() == crate::routes::AppPath::Projector.href();

    view! {
        <Show when=move || first_language_ready.get() && !gone.get()>
            <Show when=move || !bare>
                <a class="skip-link" href="#main">{t.text(ids::SKIP_TO_CONTENT)}</a>
                <AppHeader />
                <crate::app::update_notice::UpdateNotice />
            </Show>
            <main id="main" tabindex="-1">
                {children()}
            </main>
            <Show when=move || !bare>
                <AfterFirstPaint>
                    <footer class="page-footer">
                        <PrivacyNote />
                        <AboutApp />
                    </footer>
                </AfterFirstPaint>
            </Show>
        </Show>
    }
}
