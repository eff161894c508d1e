use crate::i18n::use_translate;
use crate::ui::disclosure::Disclosure;
use leptos::prelude::*;

/// Fluent ids of the steps, from before birth to school.
const STEPS: [&str; 5] = [
    "guide-pregnancy",
    "guide-bvc",
    "guide-preschool",
    "guide-school",
    "guide-kaa",
];

/// For guardians: who the child's Barnens bästa-ansvarig is (the person responsible for the
/// child getting the right support), by age and school situation.
#[component]
pub fn ResponsibleGuide() -> impl IntoView {
    let t = use_translate();
    view! {
        <Disclosure class="responsible-guide" icon="pictograms/ui/guardian.svg" heading="guide-heading">
            <p>{t.text("guide-intro")}</p>
            <ul>
                {STEPS.map(|id| view! { <li>{move || t.get(id)}</li> }).into_iter().collect_view()}
            </ul>
        </Disclosure>
    }
}
