//! The chosen area on the board: the child's contribution first, in a block of its own, then
//! every other perspective's words side by side; with an earlier plan, each perspective's earlier
//! and new answer and what was agreed then. The same panel shows on the laptop (with what is for
//! the professionals only marked, when shown) and on the projector (which is never sent it).

use crate::domain::drawing::Drawing;
use crate::domain::journey::Journey;
use crate::domain::meeting::{follow_up, tagged};
use crate::domain::plan::{EarlierPlan, PlanLabels};
use crate::domain::{AreaAnswer, Draft, Perspective};
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::brought_media::BroughtMediaOf;
use crate::meeting::child_marks::ChildMarks;
use crate::meeting::child_voice::ChildVoice;
use crate::meeting::perspective_card::PerspectiveCard;
use crate::meeting::professionals_only::ProfessionalsOnly;
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::BroughtMedia;
use crate::ui::choosing_wheel::tag_text;
use crate::ui::drawing_picture::DrawingPicture;
use crate::ui::journey_chart::JourneyChart;
use crate::ui::pictogram::Pictogram;
use crate::ui::plan_labels::who_label;
use leptos::prelude::*;

/// The selected area: the child's contribution first, then every other perspective's words side
/// by side; with an earlier plan, each perspective's earlier and new answer and what was agreed
/// then.
#[component]
pub fn AreaPanel(
    #[prop(into)] selected: Signal<Option<String>>,
    /// The perspectives this screen shows (see `stores::meeting_screen`).
    #[prop(into)]
    drafts: Signal<Vec<Draft>>,
    /// The earlier plan of a follow-up, as this screen shows it.
    #[prop(into)]
    earlier: Signal<Option<EarlierPlan>>,
    /// The journey over time (only what everyone may see): a chart of it when there was an
    /// earlier meeting.
    #[prop(into)]
    journey: Signal<Journey>,
) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let media = use_context::<BroughtMedia>();
    move || {
        let area = selected
            .get()
            .and_then(|id| wheel.areas.iter().find(|a| a.id == id).cloned());
        let Some(area) = area else {
            return view! { <p class="meeting-hint">{t.text(ids::meeting::MEETING_CHOOSE_AREA)}</p> }
                .into_any();
        };
        // The perspectives taken in: typing in the plan's fields does not change them, so the panel
        // is not redrawn on every key press.
        let (drafts, earlier) = (drafts.get(), earlier.get());
        let mut child = None;
        let mut cards = Vec::new();
        // In meeting order: the child's first, then guardians and professionals.
        for (tag, draft) in tagged(&drafts) {
            // Someone who only drew or spoke on the area is shown like one who answered.
            // What this screen may show of it: the draft as the screen shows it says which came
            // (an area for the professionals only has neither on the room's screen).
            let only_media = || {
                media.is_some()
                    && (draft.drawn.contains(&area.id) || draft.voice_shared.contains(&area.id))
            };
            let Some(answer) = draft
                .is_shared(&area.id)
                .then(|| {
                    draft
                        .answer(&area.id)
                        .cloned()
                        .or_else(|| only_media().then(AreaAnswer::default))
                })
                .flatten()
            else {
                continue;
            };
            let who = format!("{} · {}", tag_text(t, tag), who_label(t, draft));
            let only_professionals = !draft.for_everyone(&area.id);
            let (whose, area_id) = (draft.clone(), area.id.clone());
            if tag.perspective == Perspective::Child {
                child = Some(view! {
                    <ProfessionalsOnly only_professionals>
                        <ChildVoice who=who.clone() answer=answer.clone() draft=whose.clone() area_id=area_id.clone() />
                    </ProfessionalsOnly>
                });
            } else {
                cards.push(view! {
                    <ProfessionalsOnly only_professionals>
                        <div class="perspective-with-media">
                            <PerspectiveCard who=who.clone() kind=tag.perspective.key() answer=answer.clone() />
                            <BroughtMediaOf draft=whose.clone() area_id=area_id.clone() />
                        </div>
                    </ProfessionalsOnly>
                });
            }
        }
        // The child's marks on what was agreed last time: first in the follow-up when there is
        // one, else under the child's own view.
        let child_marks = || {
            drafts
                .iter()
                .find(|draft| draft.perspective == Perspective::Child && draft.is_shared(&area.id))
                .map(|child| view! { <ChildMarks child=child.clone() area_id=area.id.clone() /> })
        };
        let marks_under_child = earlier.is_none().then(child_marks);
        let follow_up = earlier.map(|earlier| {
            let rows = follow_up(&earlier.perspectives, &drafts, &area.id)
                .into_iter()
                .map(|comparison| {
                    let who = tag_text(t, comparison.tag);
                    let side = |answer: Option<AreaAnswer>| match answer {
                        Some(answer) => view! {
                            <PerspectiveCard who=who.clone() kind=comparison.tag.perspective.key() answer />
                        }
                        .into_any(),
                        None => view! { <p class="quiet-note">{t.get(ids::meeting::MEETING_NO_ANSWER)}</p> }.into_any(),
                    };
                    // The child's earlier and new drawing side by side, where the meeting has
                    // them (the earlier plan's file carries the child's drawings).
                    let is_child = comparison.tag.perspective == Perspective::Child;
                    let drawing = |drawing: Option<Drawing>| {
                        drawing.filter(|_| is_child).map(|drawing| {
                            view! {
                                <figure class="brought-drawing">
                                    <DrawingPicture drawing size="min(16rem, 100%)" />
                                </figure>
                            }
                        })
                    };
                    // Only where the child's draft, as this screen shows it, says the drawing
                    // came: an area for the professionals only has none on the room's screen.
                    let drawn = |drafts: &[Draft]| {
                        drafts
                            .iter()
                            .find(|d| d.perspective == Perspective::Child && d.drawn.contains(&area.id))
                            .cloned()
                    };
                    let earlier_drawing = drawn(&earlier.perspectives)
                        .and(media)
                        .and_then(|m| m.earlier_drawing(&area.id));
                    let new_drawing = drawn(&drafts)
                        .zip(media)
                        .and_then(|(child, m)| m.of(&child.id, &area.id).0);
                    let earlier_side = (side(comparison.earlier.clone()), drawing(earlier_drawing));
                    let now_side = (side(comparison.now.clone()), drawing(new_drawing));
                    view! {
                        <div class="follow-up-row" data-perspective=comparison.tag.perspective.key()>
                            <div class="follow-up-earlier">
                                <ProfessionalsOnly only_professionals=comparison.earlier_professionals_only>
                                    {earlier_side}
                                </ProfessionalsOnly>
                            </div>
                            <div class="follow-up-now">
                                <ProfessionalsOnly only_professionals=comparison.now_professionals_only>
                                    {now_side}
                                </ProfessionalsOnly>
                            </div>
                        </div>
                    }
                })
                .collect_view();
            let agreed = earlier.areas.get(&area.id).cloned().unwrap_or_default();
            let made_on = earlier
                .made_on
                .map(|date| t.date(date))
                .unwrap_or_default();
            view! {
                <section class="follow-up" aria-labelledby="follow-up-heading">
                    <h3 id="follow-up-heading">
                        {t.get_with(ids::meeting::MEETING_FOLLOW_UP, &[("date", made_on.into())])}
                    </h3>
                    {child_marks()}
                    <div class="follow-up-row follow-up-head" aria-hidden="true">
                        <strong>{t.get(ids::meeting::MEETING_EARLIER)}</strong>
                        <strong>{t.get(ids::meeting::MEETING_NOW)}</strong>
                    </div>
                    {rows}
                    <Show when={
                        let agreed = agreed.clone();
                        move || !agreed.is_empty()
                    }>
                        <div class="follow-up-agreed">
                            <strong>{t.text(ids::meeting::MEETING_AGREED_THEN)} ": "</strong>
                            {agreed.needs.clone()}
                            <ul>
                                {agreed
                                    .written_actions()
                                    .map(|action| view! { <li>{action.in_short()}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    </Show>
                </section>
            }
        });
        let name = t.content(&area.messages.name);
        let title = t.content(&area.messages.title);
        view! {
            <section class="area-panel" data-area=area.id.clone() aria-live="polite">
                <h2>
                    <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                    <span>{name} " – " {title}</span>
                </h2>
                {child}
                {marks_under_child}
                <div class="perspective-cards">{cards}</div>
                <JourneyChart journey=journey.get() area=area.id.clone() />
                {follow_up}
            </section>
        }
        .into_any()
    }
}
