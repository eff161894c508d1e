//! A text the meeting types: its label, its limit, and every change written back, cut to what a
//! plan may hold. The field starts from the meeting as it is and is not redrawn from it, so that
//! typing keeps its place.

use crate::domain::plan::clipped;
use crate::i18n::use_translate;
use crate::ids::MessageId;
use leptos::prelude::*;

#[component]
pub fn TextField(
    /// Unique on the page; the label points at it.
    #[prop(into)]
    id: String,
    label: MessageId,
    /// Most characters the field takes.
    max: usize,
    initial: String,
    /// Rows of a field of several lines; one line when not given.
    #[prop(optional)]
    rows: Option<u32>,
    on_change: Callback<String>,
) -> impl IntoView {
    let t = use_translate();
    let on_input =
        move |ev: leptos::ev::Event| on_change.run(clipped(&event_target_value(&ev), max));
    let field = match rows {
        Some(rows) => view! {
            <textarea
                id=id.clone()
                rows=rows.to_string()
                maxlength=max.to_string()
                prop:value=initial
                on:input=on_input
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id.clone()
                type="text"
                autocomplete="off"
                maxlength=max.to_string()
                prop:value=initial
                on:input=on_input
            />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{t.text(label)}</label>
            {field}
        </div>
    }
}
