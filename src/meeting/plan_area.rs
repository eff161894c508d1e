//! One area of Barnets plan: every perspective side by side, the child's first, then what the
//! meeting agrees — needs, actions and a contact person.

use crate::domain::plan::{areas_in_plan, PlanArea, MAX_PLAN_TEXT_CHARS};
use crate::domain::{AreaAnswer, AreaDefinition, Draft};
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::area_actions::AreaActions;
use crate::meeting::contact_fields::ContactFields;
use crate::meeting::perspective_card::PerspectiveCard;
use crate::meeting::professionals_only::ProfessionalsOnly;
use crate::meeting::text_field::TextField;
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use crate::stores::meeting_screen::MeetingScreen;
use crate::ui::pictogram::Pictogram;
use crate::ui::plan_labels::who_label;
use leptos::prelude::*;

/// The plan's areas: only those where someone saw a need.
#[component]
pub fn PlanAreas(meeting: Meeting, screen: MeetingScreen) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    // Only a change of perspectives rebuilds the areas: typing in the plan keeps its focus.
    let included = meeting.included();
    let areas = move || {
        let drafts = included.get();
        // The areas the meeting works on are the same whoever looks; the answers shared with the
        // professionals only show (marked) only where this screen shows those.
        let everything = screen.shows_professionals_only();
        let in_plan = areas_in_plan(&wheel, &drafts);
        if in_plan.is_empty() {
            let message = if drafts.is_empty() {
                ids::PLAN_NO_DRAFTS
            } else {
                ids::PLAN_NO_AREAS
            };
            return view! { <p class="notice">{move || t.get(message)}</p> }.into_any();
        }
        in_plan
            .into_iter()
            .map(|in_plan| {
                let cards: Vec<(Draft, AreaAnswer)> = in_plan
                    .perspectives
                    .iter()
                    .filter(|p| everything || p.draft.for_everyone(&in_plan.area.id))
                    .map(|p| (p.draft.clone(), p.answer.clone()))
                    .collect();
                view! { <PlanAreaSection area=in_plan.area.clone() cards meeting /> }
            })
            .collect_view()
            .into_any()
    };
    view! { <div class="plan-areas">{areas}</div> }
}

/// One area of the plan: every perspective side by side, the child's first, then what the meeting
/// agrees.
#[component]
fn PlanAreaSection(
    area: AreaDefinition,
    cards: Vec<(Draft, AreaAnswer)>,
    meeting: Meeting,
) -> impl IntoView {
    let t = use_translate();
    let area_id = area.id.clone();
    let agreed: PlanArea =
        meeting.with_untracked(|w| w.plan.areas.get(&area_id).cloned().unwrap_or_default());
    let name_id = area.messages.name.clone();
    let title_id = area.messages.title.clone();
    let cards = cards
        .into_iter()
        .map(|(draft, answer)| {
            view! {
                <ProfessionalsOnly only_professionals=!draft.for_everyone(&area.id)>
                    <PerspectiveCard
                        who=who_label(t, &draft)
                        kind=draft.perspective.key()
                        answer=answer.clone()
                    />
                </ProfessionalsOnly>
            }
        })
        .collect_view();
    let contact_area = area.id.clone();
    view! {
        <section class="plan-area" data-area=area.id.clone()>
            <header>
                <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                <h2>{move || t.content(&name_id)} " – " {move || t.content(&title_id)}</h2>
            </header>
            <div class="perspective-cards">{cards}</div>
            <TextField
                id=format!("plan-{}-plan-needs", area.id)
                label=ids::PLAN_NEEDS
                max=MAX_PLAN_TEXT_CHARS
                rows=3
                initial=agreed.needs.clone()
                on_change=Callback::new(move |text| {
                    let area_id = area_id.clone();
                    meeting.edit(move |w| w.plan.areas.entry(area_id).or_default().needs = text)
                })
            />
            <AreaActions area_id=area.id.clone() meeting />
            <ContactFields
                legend=ids::PLAN_CONTACT
                id_prefix=format!("plan-{}-contact", area.id)
                initial=agreed.contact.clone()
                on_change=Callback::new(move |contact| {
                    let area = contact_area.clone();
                    meeting.edit(move |w| w.plan.areas.entry(area).or_default().contact = contact)
                })
            />
        </section>
    }
}
