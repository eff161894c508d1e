//! The chosen area on the board: every perspective's words side by side, the child's first; with
//! an earlier plan, each perspective's earlier and new answer and what was agreed then.

use crate::domain::meeting::{follow_up, tagged};
use crate::domain::plan::{EarlierPlan, PlanLabels};
use crate::domain::AreaAnswer;
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::perspective_card::PerspectiveCard;
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use crate::ui::choosing_wheel::tag_text;
use crate::ui::pictogram::Pictogram;
use crate::ui::plan_labels::who_label;
use leptos::prelude::*;

/// The selected area: every perspective's words side by side, the child's first; with an earlier
/// plan, each perspective's earlier and new answer and what was agreed then.
#[component]
pub fn AreaPanel(selected: RwSignal<Option<String>>, meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    // The earlier plan with only the perspectives taken into this one.
    let earlier = Memo::new(move |_| {
        meeting.with(|w| {
            w.earlier.as_ref().map(|e| EarlierPlan {
                perspectives: w.earlier_included(),
                ..e.clone()
            })
        })
    });
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
        let (drafts, earlier) = (meeting.included().get(), earlier.get());
        let cards = tagged(&drafts)
            .into_iter()
            .filter(|(_, draft)| draft.is_shared(&area.id))
            .filter_map(|(tag, draft)| {
                let answer = draft.answer(&area.id)?.clone();
                let who = format!("{} · {}", tag_text(t, tag), who_label(t, draft));
                Some(view! { <PerspectiveCard who kind=tag.perspective.key() answer /> })
            })
            .collect_view();
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
                    view! {
                        <div class="follow-up-row" data-perspective=comparison.tag.perspective.key()>
                            <div class="follow-up-earlier">{side(comparison.earlier.clone())}</div>
                            <div class="follow-up-now">{side(comparison.now.clone())}</div>
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
                <div class="perspective-cards">{cards}</div>
                {follow_up}
            </section>
        }
        .into_any()
    }
}
