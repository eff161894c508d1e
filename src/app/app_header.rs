use crate::app::language_picker::LanguagePicker;
use crate::browser::document::leave_for_neutral_page;
use crate::i18n::use_translate;
use crate::ids;
use crate::routes::AppPath;
use crate::ui::app_link::AppLink;
use crate::ui::help_now::HelpNow;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::AutoReadToggle;
use leptos::prelude::*;

/// The app's name, leading to the start page: the same in the app's header and the static one.
#[component]
pub fn AppName() -> impl IntoView {
    let t = use_translate();
    view! {
        <AppLink to=AppPath::Start class="app-name">
            <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
            <span>{t.text(ids::APP_NAME)}</span>
        </AppLink>
    }
}

#[component]
pub fn AppHeader() -> impl IntoView {
    view! {
        <header class="app-header">
            <AppName />
            <div class="header-tools">
                <LanguagePicker />
                <AutoReadToggle />
                <HelpNow />
                <PictureButton
                    icon="pictograms/ui/close.svg"
                    label=ids::QUICK_EXIT
                    kind="quick-exit"
                    on_press=|_| leave_for_neutral_page()
                />
            </div>
        </header>
    }
}
