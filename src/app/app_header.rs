use crate::app::header_menu::HeaderMenu;
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

/// One row on a phone: the menu (the app's name, the language, reading aloud), help and quick
/// exit. Wider, every part shows in the header itself.
#[component]
pub fn AppHeader() -> impl IntoView {
    view! {
        <header class="app-header">
            <HeaderMenu>
                <AppName />
                <LanguagePicker />
                <AutoReadToggle />
            </HeaderMenu>
            <div class="header-actions">
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
