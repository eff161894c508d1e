//! "Ta emot från mötet": the family's device reads the meeting's summary for the child with the
//! app's own camera reader (a window of its own, so the decoder is fetched only now), and keeps
//! it as a wheel of its own: the cards of what was agreed, for the child to mark before the next
//! meeting. Anything but a summary is refused whole with a reason, and nothing changes.

use crate::browser::document::leave_for_neutral_page;
use crate::browser::random::new_draft_id;
use crate::browser::reader_window::{self, ReaderFor};
use crate::browser::storage;
use crate::child::new_draft::{keep_and_open, open_wheel};
use crate::domain::format::summary_file::{summary_from_json, SummaryProblem};
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::routes::AppPath;
use crate::stores::draft_session::use_wheel;
use crate::ui::app_link::AppLink;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use chrono::Utc;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn ReceivePage() -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let problem = RwSignal::new(None::<MessageId>);
    let navigate = use_navigate();
    reader_window::when_text_read(move |text| {
        let mut summary = match summary_from_json(&text) {
            Ok(summary) => summary,
            Err(SummaryProblem::OtherKindOfOurs) => {
                problem.set(Some(ids::RECEIVE_NOT_SUMMARY));
                return;
            }
            Err(SummaryProblem::Unreadable(error)) => {
                problem.set(Some(error.message_id()));
                return;
            }
        };
        // Areas this county's wheel does not have cannot be shown as cards.
        summary
            .areas
            .retain(|area, _| wheel.areas.iter().any(|known| &known.id == area));
        // The same codes read twice (the first time seemed not to work): the wheel made the
        // first time opens again, with what the child marked since.
        let kept = storage::load_all().drafts;
        if let Some(earlier) = kept.iter().find(|draft| draft.made_from(&summary)) {
            open_wheel(&earlier.id, &navigate);
            return;
        }
        let order: Vec<&str> = wheel.areas.iter().map(|area| area.id.as_str()).collect();
        let draft = Draft::from_meeting(new_draft_id(), summary, &order, Utc::now());
        if !keep_and_open(&draft, &navigate) {
            problem.set(Some(ids::RECEIVE_NOT_KEPT));
        }
    });
    // "Lämna snabbt" pressed in the camera's window leaves this page too.
    reader_window::when_asked_to_leave(leave_for_neutral_page);
    let open = move |_| {
        problem.set(None);
        if !reader_window::open_reader(ReaderFor::Child) {
            problem.set(Some(ids::RECEIVE_WINDOW_BLOCKED));
        }
    };
    view! {
        <section class="receive" aria-labelledby="receive-heading">
            <h1 id="receive-heading">
                <Pictogram src="pictograms/ui/codes.svg" class="icon" />
                <span>{t.text(ids::RECEIVE_HEADING)}</span>
            </h1>
            <p>{t.text(ids::RECEIVE_EXPLAIN)}</p>
            <p>{t.text(ids::RECEIVE_KEPT_HERE)}</p>
            <PictureButton
                icon="pictograms/ui/camera.svg"
                label=ids::RECEIVE_OPEN_CAMERA
                kind="primary"
                on_press=open
            />
            <p class="notice receive-problem" role="alert" hidden=move || problem.get().is_none()>
                {move || problem.get().map(|id| t.get(id))}
            </p>
            <AppLink to=AppPath::Start class="button quiet">
                <Pictogram src="pictograms/ui/arrow-prev.svg" class="icon" />
                <span>{t.text(ids::NAV_START)}</span>
            </AppLink>
        </section>
    }
}
