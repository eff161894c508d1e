use crate::domain::ScaleAnswer;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// "How is it?": five faces plus "don't know" and "I'd rather not say", as a radio group with a
/// picture and a text for every choice. The child can change their mind or take the answer back.
#[component]
pub fn FaceScale(
    #[prop(into)] selected: Signal<Option<ScaleAnswer>>,
    on_change: Callback<Option<ScaleAnswer>>,
) -> impl IntoView {
    let t = use_translate();
    let choices = ScaleAnswer::ALL
        .into_iter()
        .map(|answer| {
            let is_selected = move || selected.get() == Some(answer);
            view! {
                <div class="choice-with-read-aloud">
                <label
                    class="choice face-choice"
                    class:selected=is_selected
                    class:outside-scale=answer.step().is_none()
                    data-answer=answer.key()
                >
                    <input
                        type="radio"
                        name="scale"
                        value=answer.key()
                        prop:checked=is_selected
                        on:change=move |_| on_change.run(Some(answer))
                    />
                    <Pictogram src=answer.pictogram() class="face" />
                    <span>{move || t.get(answer.message_id())}</span>
                </label>
                <ReadAloud text=Signal::derive(move || t.get(answer.message_id())) />
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="face-scale">
            <legend>
                {t.text(ids::AREA_SCALE_QUESTION)}
                <ReadAloud text=Signal::derive(t.text(ids::AREA_SCALE_QUESTION)) />
            </legend>
            <div class="choices">{choices}</div>
            <Show when=move || selected.get().is_some()>
                <PictureButton
                    icon="pictograms/ui/close.svg"
                    label=ids::SCALE_CLEAR
                    kind="quiet"
                    on_press=move |_| on_change.run(None)
                />
            </Show>
        </fieldset>
    }
}
