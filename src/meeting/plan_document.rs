//! Barnets plan on paper ("Skriv ut planen", `html[data-print=plan]`): a document, not the form.
//! Every text whole, nothing for a field left empty, dates as ÅÅÅÅ-MM-DD, and marked as a draft
//! with the day it was printed. It carries what the copied text carries (`plan_as_text`): the
//! plan's details and consent, and per area the answers, the agreed needs and actions — who does
//! what and when — and the contact person; of what people wrote, only the child's own words and
//! only when the plan includes them; nothing shared with the professionals only (the paper is
//! for the family too). In the screen's language; hidden on the screen.

use crate::domain::journey::Journey;
use crate::domain::plan::{feelings_as_text, made_on_area, marks_as_text, AreaInPlan, Plan};
use crate::domain::room::plan_areas_for_the_family;
use crate::domain::WordsField;
use crate::i18n::{use_translate, Translate};
use crate::ids::{self, MessageId};
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use crate::stores::meeting_screen::journey_memo;
use crate::ui::journey_chart::JourneyChart;
use crate::ui::plan_labels::who_label;
use crate::ui::print_note::{paper_date, PrintNote};
use leptos::prelude::*;

#[component]
pub fn PlanDocument(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let included = meeting.included();
    // Only what everyone may see, as the rest of the paper.
    let journey = journey_memo(meeting);
    let body = move || {
        let drafts = included.get();
        let areas = plan_areas_for_the_family(&wheel, &drafts);
        let journey = journey.get();
        meeting.with(|m| {
            let plan = &m.plan;
            let areas = areas
                .iter()
                .map(|in_plan| area_on_paper(t, plan, in_plan, &journey))
                .collect_view();
            view! {
                {details_on_paper(t, plan)}
                {areas}
            }
        })
    };
    view! {
        <article class="plan-document" aria-hidden="true">
            <h1>{t.text(ids::PLAN_HEADING)}</h1>
            <PrintNote message=ids::PRINT_DRAFT_FOOTER />
            {body}
        </article>
    }
}

/// "Label" and its text, kept as written (line breaks too); nothing when the text is empty.
fn entry(t: Translate, label: MessageId, text: String) -> Option<impl IntoView> {
    (!text.trim().is_empty()).then(|| {
        view! {
            <div class="plan-document-entry">
                <dt>{t.get(label)}</dt>
                <dd class="paper-text">{text}</dd>
            </div>
        }
    })
}

/// The plan's own details and the consent record, each only when filled in.
fn details_on_paper(t: Translate, plan: &Plan) -> impl IntoView {
    let date = |d: Option<chrono::NaiveDate>| d.map(paper_date).unwrap_or_default();
    view! {
        <dl class="plan-document-details">
            {entry(t, ids::PLAN_CHILD_NAME, plan.child_name.clone())}
            {entry(t, ids::PLAN_MADE_ON, date(plan.made_on))}
            {entry(t, ids::PLAN_COORDINATOR, plan.coordinator.one_line())}
            {entry(t, ids::PLAN_NEXT_EVALUATION, date(plan.next_evaluation))}
            {entry(t, ids::PLAN_PARTICIPANTS, plan.participants.clone())}
            {entry(t, ids::PLAN_CONSENT_GIVEN, plan.consent.given(paper_date))}
            {entry(t, ids::PLAN_CONSENT_GATHERED_BY, plan.consent.gathered_by.clone())}
        </dl>
    }
}

/// One area: everyone's answer (with the child's words when the plan includes them), the journey
/// over time when there was an earlier meeting, then what the meeting agreed.
fn area_on_paper(
    t: Translate,
    plan: &Plan,
    in_plan: &AreaInPlan<'_>,
    journey: &Journey,
) -> impl IntoView {
    let area = in_plan.area;
    let agreed = plan.areas.get(&area.id).cloned().unwrap_or_default();
    let answers = in_plan
        .perspectives
        .iter()
        .map(|perspective| {
            let scale = perspective.answer.scale.map_or_else(
                || t.get(ids::SHARE_NO_ANSWER),
                |s| t.get(s.compared_message_id()),
            );
            // What the copied text carries: the feelings with the child's words.
            let feelings = plan
                .carries_words_of(perspective.draft)
                .then(|| feelings_as_text(&t, in_plan.feelings, perspective.answer))
                .filter(|picked| !picked.is_empty())
                .map(|picked| {
                    view! {
                        <p class="paper-text">
                            <strong>{t.get(ids::FEELINGS_LABEL)} ": "</strong>
                            {picked}
                        </p>
                    }
                });
            let made = made_on_area(perspective.draft, &area.id)
                .into_iter()
                .map(|made| view! { <p class="paper-text">{t.get(made)}</p> })
                .collect_view();
            // The child's marks on what was agreed last time, as the copied text has them.
            let marks = marks_as_text(&t, perspective.draft, &area.id)
                .into_iter()
                .map(|mark| view! { <p class="paper-text paper-mark">{mark}</p> })
                .collect_view();
            let words = plan.carries_words_of(perspective.draft).then(|| {
                WordsField::ALL
                    .into_iter()
                    .filter(|field| !perspective.answer.words(*field).trim().is_empty())
                    .map(|field| {
                        view! {
                            <p class="paper-text">
                                <strong>{t.get(field.message_id())} ": "</strong>
                                {perspective.answer.words(field).to_owned()}
                            </p>
                        }
                    })
                    .collect_view()
            });
            view! {
                <li>
                    <p>{who_label(t, perspective.draft)} ": " {scale}</p>
                    {made}
                    {marks}
                    {feelings}
                    {words}
                </li>
            }
        })
        .collect_view();
    let missing = t.get(ids::PLAN_ACTION_MISSING);
    let actions: Vec<_> = agreed
        .written_actions()
        .map(|action| {
            let [what, who, when] = action.parts_or(&missing);
            view! {
                <li>
                    <p class="paper-text">{what}</p>
                    <p>{t.get(ids::PLAN_ACTION_WHO)} ": " {who}</p>
                    <p>{t.get(ids::PLAN_ACTION_WHEN)} ": " {when}</p>
                </li>
            }
        })
        .collect();
    let actions = (!actions.is_empty()).then(|| {
        view! {
            <div class="plan-document-entry">
                <dt>{t.get(ids::PLAN_ACTIONS)}</dt>
                <dd>
                    <ol class="plan-document-actions">{actions}</ol>
                </dd>
            </div>
        }
    });
    view! {
        <section class="plan-document-area" data-area=area.id.clone()>
            <h2>{t.content(&area.messages.name)} " – " {t.content(&area.messages.title)}</h2>
            <ul class="plan-document-answers">{answers}</ul>
            <JourneyChart journey=journey.clone() area=area.id.clone() />
            <dl>
                {entry(t, ids::PLAN_NEEDS, agreed.needs.clone())}
                {actions}
                {entry(t, ids::PLAN_CONTACT, agreed.contact.one_line())}
            </dl>
        </section>
    }
}
