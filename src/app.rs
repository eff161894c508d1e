//! The app shell: contexts, the always-present privacy and help, and the routes.

use crate::components::app_header::AppHeader;
use crate::components::privacy_note::PrivacyNote;
use crate::domain::WheelDefinition;
use crate::i18n::{use_translate, Localizer, Messages, Wording, WordingContext};
use crate::pages::{area::AreaPage, draft_scope::DraftScope, not_found::NotFound, start::StartPage, wheel::WheelPage};
use crate::state::WheelContext;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    provide_context(WheelContext(Arc::new(WheelDefinition::shipped())));
    let localizer = RwSignal::new(Arc::new(Localizer::swedish(true)));
    provide_context(Messages(localizer.into()));
    provide_context(WordingContext(Signal::stored(Wording::default())));
    let t = use_translate();

    view! {
        <Router>
            <a class="skip-link" href="#main">{move || t.get("skip-to-content")}</a>
            <AppHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=StartPage />
                    <ParentRoute path=path!("/wheel/:draft") view=DraftScope>
                        <Route path=path!("") view=WheelPage />
                        <Route path=path!(":area") view=AreaPage />
                    </ParentRoute>
                </Routes>
            </main>
            <PrivacyNote />
        </Router>
    }
}
