use crate::domain::help::HelpContacts as HelpContactList;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Where to get help now: the contacts of `content/help.json`, in their order. Shown from the
/// header at any time and at once for the answers the wheel marks.
#[component]
pub fn HelpContacts() -> impl IntoView {
    let t = use_translate();
    let shipped = HelpContactList::shipped();
    let everything = Signal::derive(move || {
        shipped
            .contacts
            .iter()
            .map(|contact| t.content(&contact.text))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let contacts = shipped
        .contacts
        .iter()
        .map(|contact| {
            let call = contact.call.as_ref().map(|call| {
                let (label, number) = (call.label.clone(), call.number.clone());
                let text = move || t.content_with(&label, &[("number", number.clone().into())]);
                view! { <a class="button call" href=call.tel()>{text}</a> }
            });
            let text = contact.text.clone();
            view! {
                <li>
                    <Pictogram src=contact.pictogram.clone() class="icon" />
                    <div>
                        <p>{move || t.content(&text)}</p>
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
