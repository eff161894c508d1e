//! On the child's wheel started from the meeting's summary ("Ta emot från mötet"): what the
//! meeting agreed, as picture cards — what, who, when — that the child marks before the next
//! meeting: it happened, or it did not, and how it feels now. The marks leave with the wheel
//! when it is shared; the rest of the summary stays on this device. Beside them, how each
//! person's answers moved from meeting to meeting (the journey the meeting sent).

use crate::domain::promise::{ActionMark, Happened, MeetingSummary};
use crate::domain::{AreaDefinition, ScaleAnswer};
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::{use_wheel, CurrentDraft, DraftEditor};
use crate::ui::face_scale::FaceScale;
use crate::ui::journey_chart::JourneyChart;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_choice::{PictureChoice, PictureOption};
use crate::ui::print_note::paper_date;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// The section, when this wheel came from a meeting's summary.
#[component]
pub fn Promised() -> impl IntoView {
    let CurrentDraft(draft) = expect_context();
    // The summary and the cards' order never change while the page is open; the marks do.
    let came_from_meeting = draft.with_untracked(|d| d.from_meeting.clone());
    came_from_meeting.map(|summary| view! { <PromisedCards summary=*summary /> })
}

#[component]
fn PromisedCards(summary: MeetingSummary) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let dated = move |id: MessageId, date: Option<chrono::NaiveDate>| {
        date.map(|date| {
            view! { <p>{t.get_with(id, &[("date", paper_date(date).into())])}</p> }
        })
    };
    let coordinator = summary.coordinator.one_line();
    let ask = (!coordinator.is_empty()).then(|| {
        view! {
            <p>
                <Pictogram src="pictograms/ui/phone.svg" class="icon" />
                <span>{t.get_with(ids::PROMISED_COORDINATOR, &[("contact", coordinator.into())])}</span>
            </p>
        }
    });
    let cards = draft.with_untracked(|d| d.action_marks.clone());
    let areas = wheel
        .areas
        .iter()
        .filter_map(|area| {
            let agreed = summary.areas.get(&area.id)?;
            let needs = (!agreed.needs.trim().is_empty()).then(|| {
                view! {
                    <p class="promised-needs">
                        <strong>{t.text(ids::PROMISED_NEEDS)}</strong>
                        " "
                        <span>{agreed.needs.clone()}</span>
                    </p>
                }
            });
            let area_cards = cards
                .iter()
                .enumerate()
                .filter(|(_, mark)| mark.area == area.id)
                .map(|(index, mark)| {
                    view! { <PromiseCard index mark=mark.clone() area=area.clone() /> }
                })
                .collect_view();
            Some(view! {
                <section class="promised-area" data-area=area.id.clone()>
                    <h3>
                        <Pictogram src=area.pictogram.clone() class="icon area-icon" />
                        <span>{t.content(&area.messages.title)}</span>
                    </h3>
                    {needs}
                    <div class="promise-cards">{area_cards}</div>
                    <JourneyChart journey=summary.journey.clone() area=area.id.clone() />
                </section>
            })
        })
        .collect_view();
    view! {
        <section class="promised" aria-labelledby="promised-heading">
            <h2 id="promised-heading">
                <Pictogram src="pictograms/ui/plan.svg" class="icon" />
                <span>{t.text(ids::PROMISED_HEADING)}</span>
                <ReadAloud text=Signal::derive(t.text(ids::PROMISED_HEADING)) />
            </h2>
            {dated(ids::PROMISED_MADE_ON, summary.made_on)}
            {dated(ids::PROMISED_NEXT, summary.next_evaluation)}
            {ask}
            {areas}
            <p class="promised-marks-leave">{t.text(ids::PROMISED_MARKS_LEAVE)}</p>
        </section>
    }
}

/// One agreed action as a card: its area's picture, what, who and when, and the child's marks.
#[component]
fn PromiseCard(index: usize, mark: ActionMark, area: AreaDefinition) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let editor: DraftEditor = expect_context();
    let marks = Memo::new(move |_| {
        draft.with(|d| {
            d.action_marks
                .get(index)
                .map(|mark| (mark.happened, mark.feels_now))
        })
    });
    let happened = Signal::derive(move || marks.get().and_then(|(happened, _)| happened));
    let feels_now = Signal::derive(move || marks.get().and_then(|(_, feels)| feels));
    let face_scale = Signal::derive(move || draft.with(|d| d.face_scale(&wheel)));
    let part = |icon: &'static str, label: MessageId, text: String| {
        (!text.trim().is_empty()).then(|| {
            view! {
                <p class="promise-part">
                    <Pictogram src=icon class="icon" />
                    <strong>{t.text(label)}</strong>
                    " "
                    <span>{text}</span>
                </p>
            }
        })
    };
    let what = mark.action.what.clone();
    let card_name = what.clone();
    let read = format!(
        "{}. {}. {}.",
        mark.action.what, mark.action.who, mark.action.when
    );
    let options = vec![
        PictureOption {
            value: Some(Happened::Yes),
            key: "yes",
            pictogram: "pictograms/ui/happened.svg",
            pictogram_class: "",
            message_id: ids::PROMISED_HAPPENED_YES,
        },
        PictureOption {
            value: Some(Happened::No),
            key: "no",
            pictogram: "pictograms/ui/did-not-happen.svg",
            pictogram_class: "",
            message_id: ids::PROMISED_HAPPENED_NO,
        },
    ];
    view! {
        <article class="promise-card" data-card=index aria-label=card_name>
            <p class="promise-what">
                <Pictogram src=area.pictogram.clone() class="icon area-icon" />
                <strong>{what}</strong>
                <ReadAloud text=Signal::stored(read) />
            </p>
            {part("pictograms/ui/person.svg", ids::PROMISED_WHO, mark.action.who.clone())}
            {part("pictograms/ui/when.svg", ids::PROMISED_WHEN, mark.action.when.clone())}
            <PictureChoice
                legend=ids::PROMISED_HAPPENED_QUESTION
                name=format!("happened-{index}")
                options
                selected=happened
                on_change=Callback::new(move |answer: Option<Happened>| {
                    editor.edit(|d, now| d.mark_happened(index, answer, now))
                })
            />
            <FaceScale
                scale=face_scale
                selected=feels_now
                name=format!("feels-now-{index}")
                question=ids::PROMISED_FEELS_QUESTION
                on_change=Callback::new(move |face: Option<ScaleAnswer>| {
                    editor.edit(|d, now| d.mark_feels_now(index, face, now))
                })
            />
        </article>
    }
}
