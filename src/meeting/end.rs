//! Ending the meeting on this computer.

use crate::browser::{document, share};
use crate::i18n::use_translate;
use crate::meeting::plan_actions::PlanFile;
use crate::routes::AppPath;
use crate::stores::meeting::Meeting;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

/// Ending the meeting: the plan can leave as a file or on paper first; then everything the
/// meeting brought in or typed is removed from this device.
#[component]
pub fn EndMeeting(meeting: Meeting, plan_file: PlanFile) -> impl IntoView {
    let t = use_translate();
    let asking = RwSignal::new(false);
    let end = move |_| {
        meeting.end();
        // Back may show this page again from the back-forward cache: it then starts again from
        // the tab's storage, which holds nothing now (see `when_shown_from_cache` in the page).
        document::open_page(&AppPath::Start.href());
    };
    view! {
        <section class="end-meeting no-print" aria-labelledby="end-meeting-heading">
            <h2 id="end-meeting-heading">{t.text("meeting-end-heading")}</h2>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <PictureButton
                        icon="pictograms/ui/close.svg"
                        label="meeting-end"
                        on_press=move |_| asking.set(true)
                    />
                }
            >
                <div class="confirm" role="group" aria-labelledby="end-meeting-question">
                    <p id="end-meeting-question">{t.text("meeting-end-question")}</p>
                    <p>{t.text("meeting-end-files")}</p>
                    <PictureButton
                        icon="pictograms/ui/download.svg"
                        label="meeting-save-file"
                        on_press=move |_| plan_file.save()
                    />
                    <PictureButton
                        icon="pictograms/ui/print.svg"
                        label="plan-print"
                        on_press=move |_| share::print("plan")
                    />
                    <PictureButton
                        icon="pictograms/ui/delete.svg"
                        label="meeting-end-yes"
                        kind="danger"
                        on_press=end
                    />
                    <PictureButton
                        icon="pictograms/ui/arrow-prev.svg"
                        label="meeting-end-no"
                        kind="quiet"
                        on_press=move |_| asking.set(false)
                    />
                </div>
            </Show>
        </section>
    }
}
