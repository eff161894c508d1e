use crate::i18n::use_translate;
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
        ["help-emergency", "help-bris", "help-adult"]
            .map(|id| t.get(id))
            .join(" ")
    });
    view! {
        <ReadAloud text=everything />
        <ul class="help-contacts">
            <li>
                <Pictogram src="pictograms/ui/phone.svg" class="icon" />
                <div>
                    <p>{t.text("help-emergency")}</p>
                    <a class="button call" href="tel:112">{t.text("help-call-112")}</a>
                </div>
            </li>
            <li>
                <Pictogram src="pictograms/ui/phone.svg" class="icon" />
                <div>
                    <p>{t.text("help-bris")}</p>
                    <a class="button call" href="tel:116111">{t.text("help-call-bris")}</a>
                </div>
            </li>
            <li>
                <Pictogram src="pictograms/ui/person.svg" class="icon" />
                <p>{t.text("help-adult")}</p>
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
                <span>{t.text("help-open")}</span>
            </button>
            <section
                id="help-panel"
                class="help-panel"
                aria-labelledby="help-heading"
                hidden=move || !open.get()
            >
                <h2 id="help-heading">{t.text("help-heading")}</h2>
                <HelpContacts />
                <PictureButton
                    icon="pictograms/ui/close.svg"
                    label="help-close"
                    on_press=move |_| open.set(false)
                />
            </section>
        </div>
    }
}
