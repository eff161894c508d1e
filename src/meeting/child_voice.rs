//! The child's own contribution on one area, first and as it was given: its own block above the
//! guardians' and the professionals' views, larger than theirs, on the laptop and on the
//! projector alike. Never merged with anyone else's and never rewritten.

use crate::domain::AreaAnswer;
use crate::meeting::perspective_card::PerspectiveCard;
use leptos::prelude::*;

#[component]
pub fn ChildVoice(
    /// Whose view, e.g. "Barnet · Barnet".
    who: String,
    answer: AreaAnswer,
) -> impl IntoView {
    view! {
        <section class="child-voice" data-perspective="child">
            // The face the child chose, the feelings the child picked, and the child's own words:
            // as the card shows every perspective's, so the child's block and the others' never
            // tell the same answer two ways.
            <PerspectiveCard who kind="child" answer=answer.clone() />
            // The child's drawing goes here, drawn again from its strokes, with the text the
            // child gave for it (issue 16: "Draw").
            // The play button for the child's voice note goes here, when the child shared one
            // for this area; the meeting holds the audio only as long as it lasts (issue 16:
            // "Say it").
        </section>
    }
}
