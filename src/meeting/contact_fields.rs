use crate::domain::plan::{clipped, Contact, MAX_CONTACT_CHARS};
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use leptos::prelude::*;

/// Reaches one of a contact's fields, to read it and to write it.
type ContactField = fn(&mut Contact) -> &mut String;

/// Name, organisation and phone or e-mail of a contact person.
#[component]
pub fn ContactFields(
    /// Fluent id of the group's heading, e.g. "plan-contact".
    legend: MessageId,
    /// Prefix of the fields' ids; unique on the page.
    id_prefix: String,
    initial: Contact,
    on_change: Callback<Contact>,
) -> impl IntoView {
    let t = use_translate();
    let contact = RwSignal::new(initial);
    let fields: [(MessageId, ContactField, &'static str); 3] = [
        (ids::PLAN_CONTACT_NAME, |c| &mut c.name, "name"),
        (
            ids::PLAN_CONTACT_ORGANISATION,
            |c| &mut c.organisation,
            "organization",
        ),
        (ids::PLAN_CONTACT_REACH, |c| &mut c.reach, "tel"),
    ];
    let inputs = fields
        .into_iter()
        .map(|(label, field, purpose)| {
            let id = format!("{id_prefix}-{purpose}");
            let value = field(&mut contact.get_untracked()).clone();
            view! {
                <div class="field">
                    <label for=id.clone()>{move || t.get(label)}</label>
                    <input
                        id=id
                        type="text"
                        autocomplete="off"
                        maxlength=MAX_CONTACT_CHARS.to_string()
                        prop:value=value
                        on:input=move |ev| {
                            let text = clipped(&event_target_value(&ev), MAX_CONTACT_CHARS);
                            contact.update(|c| *field(c) = text);
                            on_change.run(contact.get_untracked());
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="contact-fields">
            <legend>{move || t.get(legend)}</legend>
            <div class="fields">{inputs}</div>
        </fieldset>
    }
}
