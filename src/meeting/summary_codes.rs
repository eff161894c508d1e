//! "Visa för barnets telefon": the summary for the child as looping codes, for the family's
//! phone to read with the app's own camera reader ("Ta emot från mötet"). What was agreed, when
//! the next meeting is and whom to ask; no one's answers or words (`MeetingSummary`).

use crate::browser::document::local_date;
use crate::domain::format::summary_file::summary_to_json;
use crate::domain::handover::frames::Transfer;
use crate::domain::plan::{PlanArea, PlanInProgress};
use crate::domain::promise::MeetingSummary;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::codes_box::{codes_of, CodesBox};
use crate::ui::picture_button::PictureButton;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[component]
pub fn SummaryAsCodes(#[prop(into)] meeting: Signal<PlanInProgress>) -> impl IntoView {
    let t = use_translate();
    // Some(None): open, but too much for codes.
    let shown = RwSignal::new(None::<Option<Arc<Transfer>>>);
    let nothing_agreed =
        Signal::derive(move || meeting.with(|m| m.plan.areas.values().all(PlanArea::is_empty)));
    let open = move |_| {
        let today = local_date(Utc::now());
        let text = meeting.with_untracked(|m| summary_to_json(&MeetingSummary::of(m, today)));
        spawn_local(async move {
            let transfer = codes_of(text).await;
            shown.try_set(Some(transfer));
        });
    };
    view! {
        <PictureButton
            icon="pictograms/ui/codes.svg"
            label=ids::meeting::SUMMARY_CODES_SHOW
            disabled=nothing_agreed
            on_press=open
        />
        {move || {
            shown
                .get()
                .map(|transfer| {
                    view! {
                        <CodesBox
                            transfer
                            heading=ids::meeting::SUMMARY_CODES_HEADING
                            picture_label=ids::meeting::SUMMARY_CODES_PICTURE
                            on_close=move || shown.set(None)
                        >
                            <p>{t.text(ids::meeting::SUMMARY_CODES_EXPLAIN)}</p>
                        </CodesBox>
                    }
                })
        }}
    }
}
