//! Asking before something that cannot be undone (deleting, ending the meeting): the question,
//! anything the user may want to do first, a red "yes" and a way back. The question labels the
//! group, so a screen reader says what the buttons answer.

use crate::ids::MessageId;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

#[component]
pub fn Confirm(
    /// The question's element id, unique on the page.
    #[prop(into)]
    id: String,
    /// The question, in the current language.
    #[prop(into)]
    question: Signal<String>,
    /// The text of the button that does it.
    yes: MessageId,
    #[prop(into)] on_yes: Callback<()>,
    /// The text of the button that goes back without doing it.
    no: MessageId,
    #[prop(into)] on_no: Callback<()>,
    /// The way back's pictogram: a cross by default.
    #[prop(default = "pictograms/ui/close.svg")]
    no_icon: &'static str,
    /// Classes of the way back beside `button`, e.g. "quiet".
    #[prop(optional)]
    no_kind: &'static str,
    /// What the user may want to do before answering, between the question and the buttons.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let question_id = id.clone();
    view! {
        <div class="confirm" role="group" aria-labelledby=id>
            <p id=question_id>{question}</p>
            {children.map(|children| children())}
            <PictureButton icon="pictograms/ui/delete.svg" label=yes kind="danger" on_press=on_yes />
            <PictureButton icon=no_icon label=no kind=no_kind on_press=on_no />
        </div>
    }
}
