use crate::domain::help::{Audience, Call, HelpContact, HelpContacts as HelpContactList};
use crate::domain::{AgeBand, Perspective};
use crate::i18n::{use_translate, Translate, Wording};
use crate::ids::{self, MessageId};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// Who is using the app now, when a draft is open: the header's help then shows that reader's
/// contacts. `None` (the start page, the meeting, the classroom): the contacts for children and
/// for adults, each under its heading. Provided by the app; set by the draft's scope.
#[derive(Clone, Copy)]
pub struct HelpReader(pub RwSignal<Option<Wording>>);

/// Whom the contacts are for, from whose wording the page uses.
pub fn audience(wording: Wording) -> Audience {
    match (wording.who, wording.age) {
        (Perspective::Guardian | Perspective::Professional, _) => Audience::Adults,
        (Perspective::Child, AgeBand::Young) => Audience::YoungChildren,
        (Perspective::Child, AgeBand::Middle) => Audience::Children,
        (Perspective::Child, AgeBand::Teen) => Audience::Teenagers,
    }
}

/// A contact's call button: the number as written, its `tel:` link the same digits.
fn call_link(t: Translate, call: Call, kommun: Option<String>) -> impl IntoView {
    let href = call.tel();
    let text = move || {
        let mut args = vec![("number", call.shown_number().into())];
        if let Some(kommun) = &kommun {
            args.push(("kommun", kommun.clone().into()));
        }
        t.content_with(&call.label, &args)
    };
    view! { <a class="button call" href=href>{text}</a> }
}

fn contact_item(t: Translate, contact: &HelpContact) -> impl IntoView {
    let call = contact.call.clone().map(|call| call_link(t, call, None));
    let kommun_calls = contact.kommuner.as_ref().map(|kommuner| {
        kommuner
            .calls()
            .map(|(kommun, call)| call_link(t, call, Some(kommun.to_owned())))
            .collect_view()
    });
    let text = contact.text.clone();
    view! {
        <li data-contact=contact.id.clone()>
            <Pictogram src=contact.pictogram.clone() class="icon" />
            <div>
                <p>{move || t.content(&text)}</p>
                {call}
                {kommun_calls}
            </div>
        </li>
    }
}

/// A list of contacts, with a button that reads them all aloud.
fn contact_list(t: Translate, contacts: Vec<&'static HelpContact>) -> impl IntoView {
    let texts: Vec<String> = contacts.iter().map(|c| c.text.clone()).collect();
    let everything = Signal::derive(move || {
        texts
            .iter()
            .map(|text| t.content(text))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let items = contacts
        .into_iter()
        .map(|contact| contact_item(t, contact))
        .collect_view();
    view! {
        <ReadAloud text=everything />
        <ul class="help-contacts">{items}</ul>
    }
}

/// Where to get help now: the contacts of `content/help.json` for the reader, in their order —
/// for a known reader only theirs (and, in an alert, only those for the `areas` that asked);
/// for an unknown one, the children's and the adults' under their headings.
#[component]
pub fn HelpContacts(
    #[prop(into)] reader: Signal<Option<Wording>>,
    /// The areas whose answers show this help at once; `None` in the help panel.
    #[prop(optional)]
    areas: Option<Vec<String>>,
) -> impl IntoView {
    let t = use_translate();
    let shipped = HelpContactList::shipped();
    move || match reader.get() {
        Some(wording) => {
            let t = t.worded_for(wording);
            let contacts = shipped
                .for_reader(audience(wording), areas.as_deref())
                .collect();
            contact_list(t, contacts).into_any()
        }
        None => {
            let group = |heading: MessageId, for_children: bool| {
                let contacts = shipped
                    .contacts
                    .iter()
                    .filter(|c| c.for_whom.iter().any(|a| a.is_child() == for_children))
                    .collect();
                view! {
                    <section class="help-group">
                        <h3>{t.text(heading)}</h3>
                        {contact_list(t, contacts)}
                    </section>
                }
            };
            view! {
                {group(ids::HELP_FOR_CHILDREN, true)}
                {group(ids::HELP_FOR_ADULTS, false)}
            }
            .into_any()
        }
    }
}

/// The help button's words: the question, or on a phone (one row of header) the one word
/// "Hjälp". The other is not displayed, so the button's name is always the text it shows.
#[component]
pub fn HelpWords() -> impl IntoView {
    let t = use_translate();
    view! {
        <span class="help-words-long">{t.text(ids::HELP_OPEN)}</span>
        <span class="help-words-short">{t.text(ids::HELP_OPEN_SHORT)}</span>
    }
}

/// The "need help now?" button and the panel it opens.
#[component]
pub fn HelpNow() -> impl IntoView {
    let t = use_translate();
    let open = RwSignal::new(false);
    let reader = use_context::<HelpReader>()
        .map(|HelpReader(reader)| Signal::from(reader))
        .unwrap_or_else(|| Signal::stored(None));
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
                <HelpWords />
            </button>
            <section
                id="help-panel"
                class="help-panel"
                aria-labelledby="help-heading"
                hidden=move || !open.get()
            >
                <h2 id="help-heading">{t.text(ids::HELP_HEADING)}</h2>
                <HelpContacts reader />
                <PictureButton
                    icon="pictograms/ui/close.svg"
                    label=ids::HELP_CLOSE
                    on_press=move |_| open.set(false)
                />
            </section>
        </div>
    }
}
