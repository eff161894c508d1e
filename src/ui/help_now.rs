use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Where to get help now: 112, BRIS and a trusted adult. Shown from the header at any time and
/// at once when a child answers that they are not safe.
#[component]
pub fn HelpContacts() -> impl IntoView {
    let t = use_translate();
    let everything = Signal::derive(move || {
        [ids::HELP_EMERGENCY, ids::HELP_BRIS, ids::HELP_ADULT]
            .map(|id| t.get(id))
            .join(" ")
    });
    view! {
        <ReadAloud text=everything />
        <ul class="help-contacts">
            <li>
                <Pictogram src="pictograms/ui/phone.svg" class="icon" />
                <div>
                    <p>{t.text(ids::HELP_EMERGENCY)}</p>
                    <a class="button call" href="tel:112">{t.text(ids::HELP_CALL_112)}</a>
                </div>
            </li>
            <li>
                <Pictogram src="pictograms/ui/phone.svg" class="icon" />
                <div>
                    <p>{t.text(ids::HELP_BRIS)}</p>
                    <a class="button call" href="tel:116111">{t.text(ids::HELP_CALL_BRIS)}</a>
                </div>
            </li>
            <li>
                <Pictogram src="pictograms/ui/person.svg" class="icon" />
                <p>{t.text(ids::HELP_ADULT)}</p>
            </li>
        </ul>
    }
}

/// The "need help now?" button and the panel it opens.
#[component]
pub fn HelpNow() -> impl IntoView {
    let t = use_translate();
    let open = RwSignal::new(false);
    view! {
        <div class="help-now">
            <button
                type="button"
                class="button help-button"
                aria-expanded=move || open.get().to_string()
                aria-controls="help-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <Pictogram src="pictograms/ui/help.svg" class="icon" />
                <span>{t.text(ids::HELP_OPEN)}</span>
            </button>
            <section
                id="help-panel"
                class="help-panel"
                aria-labelledby="help-heading"
                hidden=move || !open.get()
            >
                <h2 id="help-heading">{t.text(ids::HELP_HEADING)}</h2>
                <HelpContacts />
                <PictureButton
                    icon="pictograms/ui/close.svg"
                    label=ids::HELP_CLOSE
                    on_press=move |_| open.set(false)
                />
            </section>
        </div>
    }
}
