use crate::i18n::use_translate;
use crate::ids;
use crate::ui::help_now::HelpContacts;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Shown at once when the child answers that they are not safe.
#[component]
pub fn SafetyAlert() -> impl IntoView {
    let t = use_translate();
    view! {
        <section class="safety-alert" role="alert" aria-labelledby="safety-alert-heading">
            <h2 id="safety-alert-heading">{t.text(ids::SAFETY_ALERT_HEADING)}</h2>
            <p>
                {t.text(ids::SAFETY_ALERT_TEXT)}
                <ReadAloud text=Signal::derive(move || {
                    format!("{} {}", t.get(ids::SAFETY_ALERT_HEADING), t.get(ids::SAFETY_ALERT_TEXT))
                }) />
            </p>
            <HelpContacts />
        </section>
    }
}
