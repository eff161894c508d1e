use crate::browser::document::leave_for_neutral_page;
use crate::components::help_now::HelpNow;
use crate::components::language_picker::LanguagePicker;
use crate::components::pictogram::Pictogram;
use crate::components::read_aloud::AutoReadToggle;
use crate::i18n::use_translate;
use crate::routes::{AppPath, Page};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AppHeader() -> impl IntoView {
    let t = use_translate();
    let here = expect_context::<Page>();
    view! {
        <header class="app-header">
            <A href=AppPath::Start.href() attr:class="app-name" attr:rel=AppPath::Start.rel_from(here)>
                <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
                <span>{move || t.get("app-name")}</span>
            </A>
            <div class="header-tools">
                <LanguagePicker />
                <AutoReadToggle />
                <HelpNow />
                <button type="button" class="button quick-exit" on:click=|_| leave_for_neutral_page()>
                    <Pictogram src="pictograms/ui/close.svg" class="icon" />
                    <span>{move || t.get("quick-exit")}</span>
                </button>
            </div>
        </header>
    }
}
