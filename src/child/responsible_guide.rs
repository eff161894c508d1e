use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::ui::disclosure::Disclosure;
use leptos::prelude::*;

/// Fluent ids of the steps, from before birth to school.
const STEPS: [MessageId; 5] = [
    ids::GUIDE_PREGNANCY,
    ids::GUIDE_BVC,
    ids::GUIDE_PRESCHOOL,
    ids::GUIDE_SCHOOL,
    ids::GUIDE_KAA,
];

/// For guardians: the county's model the app belongs to (Kronobarnsmodellen), who the child's
/// Barnens bästa-ansvarig is (the person responsible for the child getting the right support) by
/// age and school situation, and whom to ask when unsure.
#[component]
pub fn ResponsibleGuide() -> impl IntoView {
    let t = use_translate();
    view! {
        <Disclosure class="responsible-guide" icon="pictograms/ui/guardian.svg" heading=ids::GUIDE_HEADING>
            <p>{t.text(ids::GUIDE_MODEL)}</p>
            <p>{t.text(ids::GUIDE_INTRO)}</p>
            <ul>
                {STEPS.map(|id| view! { <li>{move || t.get(id)}</li> }).into_iter().collect_view()}
            </ul>
            <p>{t.text(ids::GUIDE_UNSURE)}</p>
        </Disclosure>
    }
}
