//! What a child or a guardian shared with the professionals only: marked as such wherever the
//! professional's own screen shows it, and with one screen only (no projector window), hidden
//! until the professional chooses to show it. It never goes to the projector window, the
//! child's summary, or anything printed or copied for the family (`domain::room`).

use crate::i18n::use_translate;
use crate::ids;
use crate::stores::meeting_screen::MeetingScreen;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// `children`, marked "Bara för yrkespersonerna" when `only_professionals`.
#[component]
pub fn ProfessionalsOnly(only_professionals: bool, children: Children) -> impl IntoView {
    let t = use_translate();
    if !only_professionals {
        return children().into_any();
    }
    view! {
        <div class="professionals-only">
            <p class="professionals-only-mark">
                <Pictogram src="pictograms/ui/private.svg" class="icon" />
                <span>{t.text(ids::meeting::MEETING_PROFESSIONALS_ONLY)}</span>
            </p>
            {children()}
        </div>
    }
    .into_any()
}

/// "Visa det som bara är för yrkespersonerna": with one screen only, the room may be looking at
/// this one. Shown whether or not anything is for the professionals only, so that the switch
/// itself tells the room nothing.
#[component]
pub fn ProfessionalsOnlySwitch(screen: MeetingScreen) -> impl IntoView {
    let t = use_translate();
    view! {
        <Show when=move || !screen.projector_open()>
            <label class="confirm-check professionals-only-switch">
                <input
                    type="checkbox"
                    prop:checked=move || screen.revealed()
                    on:change=move |ev| screen.reveal(event_target_checked(&ev))
                />
                <Pictogram src="pictograms/ui/private.svg" class="icon" />
                <span>{t.text(ids::meeting::MEETING_SHOW_PROFESSIONALS_ONLY)}</span>
            </label>
        </Show>
    }
}
