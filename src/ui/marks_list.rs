//! The child's marks on what a meeting agreed, as a list: each action in short, whether it
//! happened, and how it feels now. The share screen shows it as it will leave; the meeting shows
//! it in the follow-up.

use crate::domain::promise::{ActionMark, Happened};
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

#[component]
pub fn MarksList(marks: Vec<ActionMark>) -> impl IntoView {
    let t = use_translate();
    let items = marks
        .into_iter()
        .map(|mark| {
            let happened = mark.happened.map(|happened| {
                let (icon, text) = match happened {
                    Happened::Yes => ("pictograms/ui/happened.svg", ids::PROMISED_HAPPENED_YES),
                    Happened::No => ("pictograms/ui/did-not-happen.svg", ids::PROMISED_HAPPENED_NO),
                };
                view! {
                    <span class="mark-happened" data-happened=happened_key(happened)>
                        <Pictogram src=icon class="icon" />
                        <span>{t.get(text)}</span>
                    </span>
                }
            });
            let feels = mark.feels_now.map(|face| {
                let face_text = t.get(face.message_id());
                view! {
                    <span class="mark-feels" data-answer=face.key()>
                        <Pictogram src=face.pictogram() class="face" />
                        <span>{t.get_with(ids::SHARE_MARK_FEELS, &[("face", face_text.into())])}</span>
                    </span>
                }
            });
            view! {
                <li>
                    <strong>{mark.action.in_short()}</strong>
                    {happened}
                    {feels}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="marks-list">{items}</ul> }
}

fn happened_key(happened: Happened) -> &'static str {
    match happened {
        Happened::Yes => "yes",
        Happened::No => "no",
    }
}
