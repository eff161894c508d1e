use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// One way to get help: who, and the number to call when there is one.
struct HelpContact {
    pictogram: &'static str,
    text: MessageId,
    call: Option<(&'static str, MessageId)>,
}

/// 112, BRIS and a trusted adult, in the order a child in danger needs them.
const HELP_CONTACTS: [HelpContact; 3] = [
    HelpContact {
        pictogram: "pictograms/ui/phone.svg",
        text: ids::HELP_EMERGENCY,
        call: Some(("tel:112", ids::HELP_CALL_112)),
    },
    HelpContact {
        pictogram: "pictograms/ui/phone.svg",
        text: ids::HELP_BRIS,
        call: Some(("tel:116111", ids::HELP_CALL_BRIS)),
    },
    HelpContact {
        pictogram: "pictograms/ui/person.svg",
        text: ids::HELP_ADULT,
        call: None,
    },
];

/// Where to get help now. Shown from the header at any time and at once when a child answers
/// that they are not safe.
#[component]
pub fn HelpContacts() -> impl IntoView {
    let t = use_translate();
    let everything = Signal::derive(move || {
        HELP_CONTACTS
            .iter()
            .map(|contact| t.get(contact.text))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let contacts = HELP_CONTACTS
        .iter()
        .map(|contact| {
            let call = contact.call.map(|(href, label)| {
                view! { <a class="button call" href=href>{t.text(label)}</a> }
            });
            view! {
                <li>
                    <Pictogram src=contact.pictogram class="icon" />
                    <div>
                        <p>{t.text(contact.text)}</p>
                        {call}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <ReadAloud text=everything />
        <ul class="help-contacts">{contacts}</ul>
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
