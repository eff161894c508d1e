//! On the share screen, per area: who may see it at the meeting — everyone there (the family
//! too) or only the professionals. Guardians are usually in the room; a child may have something
//! to say that they should not hear. The choice goes with the file (`Draft::professionals_only`)
//! and the meeting keeps such an area off the big screen and out of what the family gets.

use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::{CurrentDraft, DraftEditor};
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

#[component]
pub fn WhoMaySee(area_id: String) -> impl IntoView {
    let t = use_translate();
    let CurrentDraft(draft) = expect_context();
    let editor: DraftEditor = expect_context();
    let for_everyone = {
        let area_id = area_id.clone();
        Memo::new(move |_| draft.with(|d| d.for_everyone(&area_id)))
    };
    let name = format!("who-may-see-{area_id}");
    let option = |everyone: bool, key: &'static str, pictogram: &'static str, text: MessageId| {
        let area_id = area_id.clone();
        view! {
            <label class="choice" class:selected=move || for_everyone.get() == everyone>
                <input
                    type="radio"
                    name=name.clone()
                    value=key
                    prop:checked=move || for_everyone.get() == everyone
                    on:change=move |_| {
                        editor.edit(|d, now| d.set_for_everyone(&area_id, everyone, now))
                    }
                />
                <Pictogram src=pictogram class="choice-pictogram" />
                <span>{move || t.get(text)}</span>
            </label>
        }
    };
    view! {
        <fieldset class="picture-choice who-may-see">
            <legend>{move || t.get(ids::SHARE_WHO_MAY_SEE)}</legend>
            <div class="choices">
                {option(true, "everyone", "pictograms/ui/everyone.svg", ids::SHARE_SEE_EVERYONE)}
                {option(
                    false,
                    "professionals",
                    "pictograms/ui/professionals.svg",
                    ids::SHARE_SEE_PROFESSIONALS,
                )}
            </div>
            <p class="who-may-see-note" hidden=move || for_everyone.get()>
                {move || t.get(ids::SHARE_SEE_PROFESSIONALS_NOTE)}
            </p>
        </fieldset>
    }
}
