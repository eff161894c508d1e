//! One perspective's answer on one area, exactly as it was given: whose it is, the face (a
//! three-face answer as its own face, saying it is one of three), the feelings, the words.

use crate::domain::{AreaAnswer, WordsField};
use crate::i18n::use_translate;
use crate::ui::picked_feelings::PickedFeelings;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

#[component]
pub fn PerspectiveCard(
    /// Whose view, e.g. "Barnet" or "Vårdnadshavare (mamma)".
    who: String,
    /// The perspective's kind, for styling ("child", "guardian").
    kind: &'static str,
    answer: AreaAnswer,
) -> impl IntoView {
    let t = use_translate();
    let words = WordsField::ALL
        .into_iter()
        .filter(|field| !answer.words(*field).is_empty())
        .map(|field| {
            let text = answer.words(field).to_owned();
            view! {
                <p class="shared-words">
                    <strong>{move || t.get(field.message_id())} ": "</strong>
                    <span class="childs-words">{text}</span>
                </p>
            }
        })
        .collect_view();
    view! {
        <article class="perspective-card" data-perspective=kind>
            <h3>{who}</h3>
            {answer.scale.map(|scale| view! {
                <p class="shared-scale" data-answer=scale.key()>
                    <Pictogram src=scale.pictogram() class="face" />
                    <span>{move || t.get(scale.compared_message_id())}</span>
                </p>
            })}
            <PickedFeelings picked=answer.feelings.clone() />
            {words}
        </article>
    }
}
