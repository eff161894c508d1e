use crate::components::pictogram::Pictogram;
use crate::i18n::use_translate;
use leptos::prelude::*;

/// For guardians: who the child's Barnens bästa-ansvarig is (the person responsible for the
/// child getting the right support), by age and school situation.
#[component]
pub fn ResponsibleGuide() -> impl IntoView {
    let t = use_translate();
    let steps = [
        "guide-pregnancy",
        "guide-bvc",
        "guide-preschool",
        "guide-school",
        "guide-kaa",
    ]
    .map(|id| view! { <li>{move || t.get(id)}</li> });
    view! {
        <details class="responsible-guide">
            <summary>
                <Pictogram src="pictograms/ui/guardian.svg" class="icon" />
                <span>{move || t.get("guide-heading")}</span>
            </summary>
            <p>{move || t.get("guide-intro")}</p>
            <ul>{steps.into_iter().collect_view()}</ul>
        </details>
    }
}
