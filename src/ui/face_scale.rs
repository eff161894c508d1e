use crate::domain::wheel::FaceScaleKind;
use crate::domain::ScaleAnswer;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// "How is it?": the faces of the draft's scale (five, or three for the youngest) plus "don't
/// know" and "I'd rather not say", as a radio group with a picture and a text for every choice.
/// The child can change their mind or take the answer back. An answer given on the other scale
/// (before the youngest had three faces) shows as it was given, chosen, until it is changed.
#[component]
pub fn FaceScale(
    /// The faces to show; five when not given (an adult's view at the meeting).
    #[prop(into, default = Signal::stored(FaceScaleKind::FiveFaces))]
    scale: Signal<FaceScaleKind>,
    #[prop(into)] selected: Signal<Option<ScaleAnswer>>,
    on_change: Callback<Option<ScaleAnswer>>,
    /// The radio group's name: unique on the page (several scales on one page).
    #[prop(into, default = "scale".to_owned())]
    name: String,
    /// The question above the faces.
    #[prop(default = ids::AREA_SCALE_QUESTION)]
    question: MessageId,
) -> impl IntoView {
    let t = use_translate();
    let choices = Memo::new(move |_| ScaleAnswer::choices(scale.get(), selected.get()));
    let choice = move |answer: ScaleAnswer| {
        let is_selected = move || selected.get() == Some(answer);
        let name = name.clone();
        let other_scale = answer
            .scale_kind()
            .is_some_and(|kind| kind != scale.get_untracked());
        view! {
            <div class="choice-with-read-aloud">
            <label
                class="choice face-choice"
                class:selected=is_selected
                class:outside-scale=answer.scale_kind().is_none()
                class:other-scale=other_scale
                data-answer=answer.key()
            >
                <input
                    type="radio"
                    name=name
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
    };
    view! {
        <fieldset class="face-scale" data-scale=move || scale_key(scale.get())>
            <legend>
                {t.text(question)}
                <ReadAloud text=Signal::derive(t.text(question)) />
            </legend>
            <div class="choices">
                <For each=move || choices.get() key=|answer| *answer children=choice />
            </div>
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

/// The scale's name in markup, for styles and tests.
fn scale_key(scale: FaceScaleKind) -> &'static str {
    match scale {
        FaceScaleKind::ThreeFaces => "three-faces",
        FaceScaleKind::FiveFaces => "five-faces",
    }
}
