//! Praxismodellen's step 2 on the meeting's page: the Barnens bästa-ansvarig brings in the wheels
//! (the same import and board as the meeting), notes their own assessment per area and records
//! the decision — the own service acts, one other service is asked, or a samverkansmöte is
//! called. Kept like the meeting, only in this tab; copied as Swedish text or printed.

use crate::browser::share::Printout;
use crate::domain::plan::{MAX_CONTACT_CHARS, MAX_PLAN_TEXT_CHARS};
use crate::domain::preparation::{preparation_as_text, Decision, Step};
use crate::domain::{AreaAnswer, AreaDefinition, Draft};
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::perspective_card::PerspectiveCard;
use crate::meeting::plan_actions::SwedishPlanLabels;
use crate::meeting::plan_details::DateField;
use crate::meeting::professionals_only::ProfessionalsOnly;
use crate::meeting::text_field::TextField;
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use crate::ui::copying::copier;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::picture_choice::{PictureChoice, PictureOption};
use crate::ui::plan_labels::{who_label, OnPaper};
use crate::ui::print_button::PrintButton;
use crate::ui::print_note::PrintNote;
use leptos::prelude::*;

/// Step 2 or step 3: which the page shows.
#[component]
pub fn StepChoice(meeting: Meeting) -> impl IntoView {
    let options = vec![
        PictureOption {
            value: Step::Preparation,
            key: "preparation",
            pictogram: "pictograms/ui/person.svg",
            pictogram_class: "icon",
            message_id: ids::meeting::MEETING_STEP_PREPARATION,
        },
        PictureOption {
            value: Step::Meeting,
            key: "meeting",
            pictogram: "pictograms/ui/plan.svg",
            pictogram_class: "icon",
            message_id: ids::meeting::MEETING_STEP_MEETING,
        },
    ];
    view! {
        <div class="step-choice no-print">
            <PictureChoice
                legend=ids::meeting::MEETING_STEP_LEGEND
                name="praxis-step"
                options
                selected=Signal::derive(move || meeting.with(|m| m.step))
                on_change=Callback::new(move |step| meeting.edit(|m| m.step = step))
            />
        </div>
    }
}

/// The assessment and the decision, with their copy and print.
#[component]
pub fn PreparationSection(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let included = meeting.included();
    let initial = meeting.with_untracked(|m| m.preparation.clone());
    let notice = RwSignal::new(None);
    let copy = copier(notice);
    let copy_text = {
        let wheel = wheel.clone();
        move |()| {
            let drafts = included.get_untracked();
            let text = meeting.with_untracked(|m| {
                preparation_as_text(
                    &SwedishPlanLabels::default(),
                    &m.plan.child_name,
                    &m.preparation,
                    &wheel,
                    &drafts,
                    false,
                )
            });
            copy.dispatch(text);
        }
    };
    let areas = wheel
        .areas
        .iter()
        .map(|area| {
            let text = initial
                .assessments
                .get(&area.id)
                .cloned()
                .unwrap_or_default();
            view! { <AreaAssessment area=area.clone() initial=text meeting /> }
        })
        .collect_view();
    let decisions = Decision::ALL
        .into_iter()
        .map(|decision| PictureOption {
            value: Some(decision),
            key: decision.key(),
            pictogram: match decision {
                Decision::OwnService => "pictograms/ui/person.svg",
                Decision::OtherService => "pictograms/ui/share.svg",
                Decision::CallMeeting => "pictograms/ui/plan.svg",
            },
            pictogram_class: "icon",
            message_id: decision.message_id(),
        })
        .collect();
    // On paper: every text whole, nothing empty, the date as Swedish forms write it.
    let document_text = {
        let wheel = wheel.clone();
        move || {
            let drafts = included.get();
            meeting.with(|m| {
                preparation_as_text(
                    &OnPaper(t),
                    &m.plan.child_name,
                    &m.preparation,
                    &wheel,
                    &drafts,
                    true,
                )
            })
        }
    };
    view! {
        <section class="preparation no-print" aria-labelledby="preparation-heading">
            <h2 id="preparation-heading">{t.text(ids::meeting::PREPARE_HEADING)}</h2>
            <p class="lead">{t.text(ids::meeting::PREPARE_INTRO)}</p>
            <Show when=move || included.with(Vec::is_empty)>
                <p class="notice">{t.text(ids::meeting::PREPARE_NOTHING)}</p>
            </Show>
            <div class="fields">
                <TextField
                    id="prepare-responsible"
                    label=ids::PREPARE_RESPONSIBLE
                    max=MAX_CONTACT_CHARS
                    initial=initial.responsible.clone()
                    on_change=Callback::new(move |text| meeting.edit(|m| m.preparation.responsible = text))
                />
                <DateField
                    label=ids::PLAN_MADE_ON
                    initial=initial.made_on
                    on_change=Callback::new(move |date| meeting.edit(|m| m.preparation.made_on = date))
                />
            </div>
            <div class="preparation-areas">{areas}</div>
            <PictureChoice
                legend=ids::meeting::PREPARE_DECISION_LEGEND
                name="preparation-decision"
                options=decisions
                selected=Signal::derive(move || meeting.with(|m| m.preparation.decision))
                on_change=Callback::new(move |decision| meeting.edit(|m| m.preparation.decision = decision))
            />
            <TextField
                id="prepare-decision-note"
                label=ids::PREPARE_DECISION_NOTE
                max=MAX_PLAN_TEXT_CHARS
                rows=3
                initial=initial.decision_note.clone()
                on_change=Callback::new(move |text| meeting.edit(|m| m.preparation.decision_note = text))
            />
            <div class="plan-actions">
                <PictureButton
                    icon="pictograms/ui/copy.svg"
                    label=ids::meeting::PREPARE_COPY
                    kind="primary"
                    on_press=copy_text
                />
                <PrintButton label=ids::meeting::PREPARE_PRINT what=Printout::Preparation />
                <p role="status">{move || notice.get().map(|id| t.get(id))}</p>
            </div>
        </section>
        <section class="preparation-document print-only" aria-hidden="true">
            <p class="document-text">{document_text}</p>
            <PrintNote message=ids::PRINT_FOOTER />
        </section>
    }
}

/// One area: everyone's answer as given, then the Barnens bästa-ansvarig's own assessment.
#[component]
fn AreaAssessment(area: AreaDefinition, initial: String, meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let included = meeting.included();
    let area_id = area.id.clone();
    let cards = {
        let area_id = area_id.clone();
        move || {
            included.with(|drafts| {
                drafts
                    .iter()
                    .filter(|draft| draft.is_shared(&area_id))
                    .filter_map(|draft| Some((draft.clone(), draft.answer(&area_id)?.clone())))
                    .map(|(draft, answer): (Draft, AreaAnswer)| {
                        view! {
                            <ProfessionalsOnly only_professionals=!draft.for_everyone(&area_id)>
                                <PerspectiveCard who=who_label(t, &draft) kind=draft.perspective.key() answer />
                            </ProfessionalsOnly>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let (name, title) = (area.messages.name.clone(), area.messages.title.clone());
    view! {
        <section class="plan-area preparation-area" data-area=area.id.clone()>
            <header>
                <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                <h3>{move || t.content(&name)} " – " {move || t.content(&title)}</h3>
            </header>
            <div class="perspective-cards">{cards}</div>
            <TextField
                id=format!("prepare-{}-assessment", area.id)
                label=ids::PREPARE_ASSESSMENT
                max=MAX_PLAN_TEXT_CHARS
                rows=3
                initial
                on_change=Callback::new(move |text: String| {
                    let area_id = area_id.clone();
                    meeting.edit(move |m| {
                        if text.is_empty() {
                            m.preparation.assessments.remove(&area_id);
                        } else {
                            m.preparation.assessments.insert(area_id, text);
                        }
                    });
                })
            />
        </section>
    }
}
