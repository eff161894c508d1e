//! The plan's own details: the child's name, the date, the samverkansansvarig, the next
//! evaluation and who took part.

use crate::domain::draft::MAX_NICKNAME_CHARS;
use crate::domain::plan::{Plan, MAX_PLAN_TEXT_CHARS};
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::meeting::contact_fields::ContactFields;
use crate::meeting::text_field::TextField;
use crate::stores::meeting::Meeting;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn PlanDetails(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    // The fields start from the meeting as it is and write every change back; they are not
    // redrawn from it, so typing keeps its place.
    let initial = meeting.with_untracked(|w| w.plan.clone());
    // Every text the user types is kept (cut to what a plan may hold by the field).
    let write_text = move |write: fn(&mut Plan, String)| {
        Callback::new(move |text| meeting.edit(|w| write(&mut w.plan, text)))
    };
    view! {
        <section class="plan-details" aria-labelledby="plan-details-heading">
            <h2 id="plan-details-heading">{t.text(ids::PLAN_DETAILS_HEADING)}</h2>
            <TextField
                id="plan-child-name"
                label=ids::PLAN_CHILD_NAME
                max=MAX_NICKNAME_CHARS
                initial=initial.child_name.clone()
                on_change=write_text(|plan, text| plan.child_name = text)
            />
            <DateField
                label=ids::PLAN_MADE_ON
                initial=initial.made_on
                on_change=Callback::new(move |date| meeting.edit(|w| w.plan.made_on = date))
            />
            // Said where the samverkansansvarig is chosen: the model gives them a task.
            <p class="quiet-note">{t.text(ids::PLAN_COORDINATOR_TASK)}</p>
            <ContactFields
                legend=ids::PLAN_COORDINATOR
                id_prefix="plan-coordinator".to_owned()
                initial=initial.coordinator.clone()
                on_change=Callback::new(move |contact| meeting.edit(|w| w.plan.coordinator = contact))
            />
            <DateField
                label=ids::PLAN_NEXT_EVALUATION
                initial=initial.next_evaluation
                on_change=Callback::new(move |date| meeting.edit(|w| w.plan.next_evaluation = date))
            />
            <TextField
                id="plan-participants"
                label=ids::PLAN_PARTICIPANTS
                max=MAX_PLAN_TEXT_CHARS
                rows=2
                initial=initial.participants.clone()
                on_change=write_text(|plan, text| plan.participants = text)
            />
        </section>
    }
}

/// A date with the browser's date picker. The label's Fluent id is also the field's id.
#[component]
pub fn DateField(
    label: MessageId,
    initial: Option<NaiveDate>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let t = use_translate();
    // A date input's value is YYYY-MM-DD, which is how NaiveDate prints and parses itself.
    let value = initial.map(|d| d.to_string()).unwrap_or_default();
    let id = label.as_str();
    view! {
        <div class="field">
            <label for=id>{move || t.get(label)}</label>
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
