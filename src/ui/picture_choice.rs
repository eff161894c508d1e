use crate::i18n::use_translate;
use crate::ids::MessageId;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// One choice of a [`PictureChoice`]: a value with its picture and its text.
#[derive(Clone)]
pub struct PictureOption<T> {
    pub value: T,
    /// The radio's value, stable for tests and forms.
    pub key: &'static str,
    pub pictogram: &'static str,
    /// Extra class on the pictogram, e.g. to draw one smaller than the others.
    pub pictogram_class: &'static str,
    /// Fluent id of the choice's text.
    pub message_id: MessageId,
}

/// A radio group where every choice has a picture and a text: arrows move, labels are read.
#[component]
pub fn PictureChoice<T>(
    /// Fluent id of the question above the choices.
    legend: MessageId,
    /// Radio group name; unique on the page.
    #[prop(into)]
    name: String,
    options: Vec<PictureOption<T>>,
    #[prop(into)] selected: Signal<T>,
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let t = use_translate();
    let choices = options
        .into_iter()
        .map(|option| {
            let value = option.value;
            let name = name.clone();
            view! {
                <label class="choice" class:selected=move || selected.get() == value>
                    <input
                        type="radio"
                        name=name
                        value=option.key
                        prop:checked=move || selected.get() == value
                        on:change=move |_| on_change.run(value)
                    />
                    <Pictogram src=option.pictogram class=option.pictogram_class />
                    <span>{move || t.get(option.message_id)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="picture-choice">
            <legend>{move || t.get(legend)}</legend>
            <div class="choices">{choices}</div>
        </fieldset>
    }
}
