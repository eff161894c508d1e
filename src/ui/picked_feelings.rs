use crate::i18n::use_translate;
use crate::ids;
use crate::stores::draft_session::use_wheel;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The feelings someone picked in an area, each as its picture and word, in the wheel's order:
/// on the share screen (and its print) and on the meeting's cards. Nothing when none is picked
/// (or none the wheel knows).
#[component]
pub fn PickedFeelings(picked: BTreeSet<String>) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let items: Vec<_> = wheel
        .feelings
        .iter()
        .filter(|feeling| picked.contains(&feeling.id))
        .map(|feeling| {
            let message = feeling.message.clone();
            view! {
                <li data-feeling=feeling.id.clone()>
                    <Pictogram src=feeling.pictogram.clone() class="feeling" />
                    <span>{move || t.content(&message)}</span>
                </li>
            }
        })
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <div class="picked-feelings">
                <strong>{t.text(ids::FEELINGS_LABEL)} ": "</strong>
                <ul>{items}</ul>
            </div>
        }
    })
}
