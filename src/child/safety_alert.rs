use crate::domain::wheel::HelpNeed;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::help_now::HelpContacts;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Shown at once for an answer the wheel marks (`help_at_once`): whom to call now when the child
/// is not safe, or, gently, that nobody has to answer and help is there all the same. Both say
/// that the app sends the answers to no one.
#[component]
pub fn SafetyAlert(need: HelpNeed) -> impl IntoView {
    let t = use_translate();
    let (heading, text) = match need {
        HelpNeed::Urgent => (ids::SAFETY_ALERT_HEADING, ids::SAFETY_ALERT_TEXT),
        HelpNeed::Gentle => (ids::SAFETY_GENTLE_HEADING, ids::SAFETY_GENTLE_TEXT),
    };
    view! {
        <section
            class="safety-alert"
            class:gentle=need == HelpNeed::Gentle
            role="alert"
            aria-labelledby="safety-alert-heading"
        >
            <h2 id="safety-alert-heading">{t.text(heading)}</h2>
            <p>
                {t.text(text)} " " {t.text(ids::SAFETY_ALERT_PRIVATE)}
                <ReadAloud text=Signal::derive(move || {
                    format!("{} {} {}", t.get(heading), t.get(text), t.get(ids::SAFETY_ALERT_PRIVATE))
                }) />
            </p>
            <HelpContacts />
        </section>
    }
}
