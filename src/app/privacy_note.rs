use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Always on screen, in the page's footer: nobody sees the answers until the child shares them.
#[component]
pub fn PrivacyNote() -> impl IntoView {
    let t = use_translate();
    view! {
        <div class="privacy-note">
            <Pictogram src="pictograms/ui/eye-closed.svg" class="icon" />
            <p>{t.text(ids::PRIVACY_NOTE)}</p>
            <ReadAloud text=Signal::derive(t.text(ids::PRIVACY_NOTE)) />
        </div>
    }
}
