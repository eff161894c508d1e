use crate::domain::wheel::{HelpNeed, HelpShown};
use crate::i18n::{use_translate, WordingContext};
use crate::ids;
use crate::ui::help_now::HelpContacts;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Shown at once for an answer the wheel marks (`help_at_once`): whom to call now when the child
/// is not safe, or, gently, that nobody has to answer and help is there all the same. Both say
/// that the app sends the answers to no one. The contacts are the reader's (a child by age, or
/// an adult) and those of the areas that asked.
#[component]
pub fn SafetyAlert(shown: HelpShown) -> impl IntoView {
    let t = use_translate();
    let WordingContext(wording) = expect_context();
    let HelpShown { need, areas } = shown;
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
            <HelpContacts reader=Signal::derive(move || Some(wording.get())) areas />
        </section>
    }
}
