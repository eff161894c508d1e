use crate::domain::wheel::FeelingDefinition;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// "Hur känns det?": the wheel's feelings as toggle buttons, each a picture and a word with its
/// own speaker button. Several may be picked, none is needed; a second tap takes one back.
#[component]
pub fn FeelingsChoice(
    /// The wheel's feelings, in the order shown.
    feelings: Vec<FeelingDefinition>,
    #[prop(into)] picked: Signal<BTreeSet<String>>,
    /// A feeling's id, and whether it is now picked.
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
    let t = use_translate();
    let buttons = feelings
        .into_iter()
        .map(|feeling| {
            let FeelingDefinition {
                id,
                pictogram,
                message,
            } = feeling;
            let word = Signal::derive(move || t.content(&message));
            let is_picked = {
                let id = id.clone();
                Memo::new(move |_| picked.with(|picked| picked.contains(&id)))
            };
            let toggle = {
                let id = id.clone();
                move |_| on_toggle.run((id.clone(), !is_picked.get_untracked()))
            };
            view! {
                <div class="choice-with-read-aloud">
                    <button
                        type="button"
                        class="choice feeling-choice"
                        class:selected=move || is_picked.get()
                        aria-pressed=move || is_picked.get().to_string()
                        data-feeling=id
                        on:click=toggle
                    >
                        <Pictogram src=pictogram class="feeling" />
                        <span>{word}</span>
                    </button>
                    <ReadAloud text=word />
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="feelings-choice">
            <legend>
                {t.text(ids::FEELINGS_QUESTION)}
                <ReadAloud text=Signal::derive(t.text(ids::FEELINGS_QUESTION)) />
            </legend>
            <div class="choices">{buttons}</div>
        </fieldset>
    }
}
