use crate::browser::document::leave_for_neutral_page;
use crate::components::app_link::AppLink;
use crate::components::help_now::HelpNow;
use crate::components::language_picker::LanguagePicker;
use crate::components::pictogram::Pictogram;
use crate::components::read_aloud::AutoReadToggle;
use crate::i18n::use_translate;
use crate::routes::AppPath;
use leptos::prelude::*;

#[component]
pub fn AppHeader() -> impl IntoView {
    let t = use_translate();
    view! {
        <header class="app-header">
            <AppLink to=AppPath::Start class="app-name">
                <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
                <span>{move || t.get("app-name")}</span>
            </AppLink>
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
