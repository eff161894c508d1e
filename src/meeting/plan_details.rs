//! The plan's own details: the child's name, the date, the samverkansansvarig, the next
//! evaluation and who took part.

use crate::domain::draft::MAX_NICKNAME_CHARS;
use crate::domain::plan::{clipped, MAX_PLAN_TEXT_CHARS};
use crate::i18n::use_translate;
use crate::meeting::contact_fields::ContactFields;
use crate::stores::meeting::Meeting;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn PlanDetails(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    // The fields start from the meeting as it is and write every change back; they are not
    // redrawn from it, so typing keeps its place.
    let initial = meeting.with_untracked(|w| w.plan.clone());
    view! {
        <section class="plan-details" aria-labelledby="plan-details-heading">
            <h2 id="plan-details-heading">{t.text("plan-details-heading")}</h2>
            <div class="field">
                <label for="plan-child-name">{t.text("plan-child-name")}</label>
                <input
                    id="plan-child-name"
                    type="text"
                    autocomplete="off"
                    maxlength=MAX_NICKNAME_CHARS.to_string()
                    prop:value=initial.child_name.clone()
                    on:input=move |ev| {
                        let text = clipped(&event_target_value(&ev), MAX_NICKNAME_CHARS);
                        meeting.edit(|w| w.plan.child_name = text);
                    }
                />
            </div>
            <DateField
                id="plan-made-on"
                initial=initial.made_on
                on_change=Callback::new(move |date| meeting.edit(|w| w.plan.made_on = date))
            />
            <ContactFields
                legend="plan-coordinator"
                id_prefix="plan-coordinator".to_owned()
                initial=initial.coordinator.clone()
                on_change=Callback::new(move |contact| meeting.edit(|w| w.plan.coordinator = contact))
            />
            <DateField
                id="plan-next-evaluation"
                initial=initial.next_evaluation
                on_change=Callback::new(move |date| meeting.edit(|w| w.plan.next_evaluation = date))
            />
            <div class="field">
                <label for="plan-participants">{t.text("plan-participants")}</label>
                <textarea
                    id="plan-participants"
                    rows="2"
                    maxlength=MAX_PLAN_TEXT_CHARS.to_string()
                    prop:value=initial.participants.clone()
                    on:input=move |ev| {
                        let text = clipped(&event_target_value(&ev), MAX_PLAN_TEXT_CHARS);
                        meeting.edit(|w| w.plan.participants = text);
                    }
                ></textarea>
            </div>
        </section>
    }
}

/// A date with the browser's date picker. `id` is also the Fluent id of its label.
#[component]
fn DateField(
    id: &'static str,
    initial: Option<NaiveDate>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let t = use_translate();
    // A date input's value is YYYY-MM-DD, which is how NaiveDate prints and parses itself.
    let value = initial.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <div class="field">
            <label for=id>{move || t.get(id)}</label>
            <input
                id=id
                type="date"
                prop:value=value
                on:input=move |ev| {
                    on_change.run(event_target_value(&ev).parse::<NaiveDate>().ok())
                }
            />
        </div>
    }
}
