use crate::domain::answer::MAX_TEXT_CHARS;
use crate::domain::WordsField;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// The three optional questions: what is good, what is hard, what would help.
#[component]
pub fn WordsFields(
    /// The words as they were when the area opened; typing does not re-render the fields.
    initial: [String; 3],
    on_input: Callback<(WordsField, String)>,
) -> impl IntoView {
    let t = use_translate();
    let fields = WordsField::ALL
        .into_iter()
        .zip(initial)
        .map(|(field, text)| {
            let id = format!("words-{}", field.key());
            let pictogram = match field {
                WordsField::Good => "pictograms/ui/good.svg",
                WordsField::Hard => "pictograms/ui/hard.svg",
                WordsField::WouldHelp => "pictograms/ui/wish.svg",
            };
            view! {
                <div class="words-field">
                    <div class="with-read-aloud">
                        <label for=id.clone()>
                            <Pictogram src=pictogram class="icon" />
                            <span>{move || t.get(field.message_id())}</span>
                        </label>
                        <ReadAloud text=Signal::derive(move || t.get(field.message_id())) />
                    </div>
                    <textarea
                        id=id
                        rows="3"
                        maxlength=MAX_TEXT_CHARS.to_string()
                        prop:value=text
                        on:input=move |ev| on_input.run((field, event_target_value(&ev)))
                    ></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="words" aria-labelledby="words-heading">
            <div class="with-read-aloud">
                <h2 id="words-heading">{t.text(ids::WORDS_HEADING)}</h2>
                <ReadAloud text=Signal::derive(t.text(ids::WORDS_HEADING)) />
            </div>
            {fields}
        </section>
    }
}
