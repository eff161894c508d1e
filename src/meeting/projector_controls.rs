//! The laptop's control of the projector window: open it for the extended screen, see that it
//! is open, close it. The meeting goes on in this window whatever the projector shows.

use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::professionals_only::ProfessionalsOnlySwitch;
use crate::stores::meeting_screen::MeetingScreen;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

#[component]
pub fn ProjectorControls(screen: MeetingScreen) -> impl IntoView {
    let t = use_translate();
    view! {
        <div class="projector-controls no-print">
            <Show
                when=move || screen.projector_open()
                fallback=move || view! {
                    <PictureButton
                        icon="pictograms/ui/projector.svg"
                        label=ids::meeting::MEETING_PROJECTOR_OPEN
                        on_press=move |_| screen.open_projector()
                    />
                }
            >
                <p class="projector-status" role="status">
                    <Pictogram src="pictograms/ui/projector.svg" class="icon" />
                    <span>{t.text(ids::meeting::MEETING_PROJECTOR_IS_OPEN)}</span>
                </p>
                <PictureButton
                    icon="pictograms/ui/close.svg"
                    label=ids::meeting::MEETING_PROJECTOR_CLOSE
                    kind="quiet"
                    on_press=move |_| screen.close_projector()
                />
            </Show>
            <ProfessionalsOnlySwitch screen />
        </div>
    }
}
