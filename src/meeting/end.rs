//! Ending the meeting on this computer.

use crate::browser::document;
use crate::browser::share::Printout;
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::plan_actions::PlanFile;
use crate::routes::AppPath;
use crate::stores::meeting::Meeting;
use crate::stores::meeting_screen::MeetingScreen;
use crate::ui::confirm::Confirm;
use crate::ui::picture_button::PictureButton;
use crate::ui::print_button::PrintButton;
use leptos::prelude::*;

/// Ending the meeting: the plan can leave as a file or on paper first; then everything the
/// meeting brought in or typed is removed from this device, and the projector window empties and
/// closes.
#[component]
pub fn EndMeeting(meeting: Meeting, plan_file: PlanFile, screen: MeetingScreen) -> impl IntoView {
    let t = use_translate();
    let asking = RwSignal::new(false);
    let end = move |_| {
        meeting.end();
        screen.end();
        // Back may show this page again from the back-forward cache: it then starts again from
        // the tab's storage, which holds nothing now (see `when_shown_from_cache` in the page).
        document::open_page(&AppPath::Start.href());
    };
    view! {
        <section class="end-meeting no-print" aria-labelledby="end-meeting-heading">
            <h2 id="end-meeting-heading">{t.text(ids::meeting::MEETING_END_HEADING)}</h2>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <PictureButton
                        icon="pictograms/ui/close.svg"
                        label=ids::meeting::MEETING_END
                        on_press=move |_| asking.set(true)
                    />
                }
            >
                <Confirm
                    id="end-meeting-question"
                    question=Signal::derive(t.text(ids::meeting::MEETING_END_QUESTION))
                    yes=ids::meeting::MEETING_END_YES
                    on_yes=end
                    no=ids::meeting::MEETING_END_NO
                    on_no=move || asking.set(false)
                    no_icon="pictograms/ui/arrow-prev.svg"
                    no_kind="quiet"
                >
                    // The plan can still leave, as a file or on paper, before everything goes.
                    <p>{t.text(ids::meeting::MEETING_END_FILES)}</p>
                    <PictureButton
                        icon="pictograms/ui/download.svg"
                        label=ids::meeting::MEETING_SAVE_FILE
                        on_press=move |_| plan_file.save()
                    />
                    <PrintButton label=ids::PLAN_PRINT what=Printout::Plan />
                </Confirm>
            </Show>
        </section>
    }
}
