//! Consent (samtycke) as the model describes it: gathered by the Barnens bästa-ansvarig before
//! the meeting, from the guardians and from the child in a way that fits the child's age, and
//! withdrawable at any time. The meeting records when and by whom it was given; the form prints
//! on its own page naming the services.

use crate::browser::share::Printout;
use crate::domain::plan::{ConsentRecord, MAX_CONTACT_CHARS};
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::meeting::plan_details::DateField;
use crate::meeting::text_field::TextField;
use crate::stores::meeting::Meeting;
use crate::ui::print_button::PrintButton;
use leptos::prelude::*;

/// Reaches one of the record's texts, to read it and to write it.
type RecordText = fn(&mut ConsentRecord) -> &mut String;

/// What the model says of consent and the record of it, once someone's view is in the meeting,
/// with the printable form.
#[component]
pub fn ConsentSection(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    // The fields start from the record as it is when they appear and write every change back.
    let text_field = move |label: MessageId, field: RecordText| {
        let initial = meeting.with_untracked(|m| field(&mut m.plan.consent.clone()).clone());
        view! {
            <TextField
                id=label.as_str()
                label
                max=MAX_CONTACT_CHARS
                initial
                on_change=Callback::new(move |text| meeting.edit(|m| *field(&mut m.plan.consent) = text))
            />
        }
    };
    view! {
        <Show when=move || !meeting.included().with(Vec::is_empty)>
            <section class="consent no-print" aria-labelledby="consent-heading">
                <h2 id="consent-heading">{t.text(ids::CONSENT_HEADING)}</h2>
                <p>{t.text(ids::CONSENT_REMINDER)}</p>
                <div class="fields">
                    <DateField
                        label=ids::PLAN_CONSENT_DATE
                        initial=meeting.with_untracked(|m| m.plan.consent.given_on)
                        on_change=Callback::new(move |date| meeting.edit(|m| m.plan.consent.given_on = date))
                    />
                    {text_field(ids::PLAN_CONSENT_GIVEN_BY_FIELD, |c| &mut c.given_by)}
                    {text_field(ids::PLAN_CONSENT_GATHERED_BY_FIELD, |c| &mut c.gathered_by)}
                </div>
                <PrintButton label=ids::CONSENT_PRINT what=Printout::Consent />
            </section>
        </Show>
    }
}

/// The consent form, printed on its own page (`html[data-print=consent]`).
#[component]
pub fn ConsentForm(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let services = move || {
        meeting
            .with(|w| w.services())
            .into_iter()
            .map(|service| view! { <li>{service}</li> })
            .collect_view()
    };
    view! {
        <section class="consent-page print-only" aria-hidden="true">
            <h1>{t.text(ids::CONSENT_HEADING)}</h1>
            <p>{t.text(ids::CONSENT_REMINDER)}</p>
            <p>
                {move || {
                    t.get_with(ids::CONSENT_TEXT, &[("name", meeting.with(|w| w.plan.child_name.clone()).into())])
                }}
            </p>
            <ul class="services">{services}</ul>
            <p>{t.text(ids::CONSENT_WITHDRAW)}</p>
            <p class="signature">{t.text(ids::CONSENT_SIGNATURE)}</p>
            <p class="signature">{t.text(ids::CONSENT_SIGNATURE)}</p>
            <p>{t.text(ids::CONSENT_CHILD)}</p>
            <p class="signature">{t.text(ids::CONSENT_CHILD_SIGNATURE)}</p>
            <p class="signature">{t.text(ids::CONSENT_GATHERED_SIGNATURE)}</p>
        </section>
    }
}
