//! Consent (samtycke): the reminder that the guardians' consent is needed before the services
//! work together, and the form that prints on its own page naming those services.

use crate::browser::share::Printout;
use crate::i18n::use_translate;
use crate::ids;
use crate::stores::meeting::Meeting;
use crate::ui::print_button::PrintButton;
use leptos::prelude::*;

/// The reminder, once someone's view is in the meeting, with the printable form.
#[component]
pub fn ConsentReminder(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    view! {
        <Show when=move || !meeting.included().with(Vec::is_empty)>
            <section class="consent no-print" aria-labelledby="consent-heading">
                <h2 id="consent-heading">{t.text(ids::CONSENT_HEADING)}</h2>
                <p>{t.text(ids::CONSENT_REMINDER)}</p>
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
            <p>
                {move || {
                    t.get_with(ids::CONSENT_TEXT, &[("name", meeting.with(|w| w.plan.child_name.clone()).into())])
                }}
            </p>
            <ul class="services">{services}</ul>
            <p class="signature">{t.text(ids::CONSENT_SIGNATURE)}</p>
            <p class="signature">{t.text(ids::CONSENT_SIGNATURE)}</p>
        </section>
    }
}
