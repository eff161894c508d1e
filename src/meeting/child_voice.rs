//! The child's own contribution on one area, first and as it was given: its own block above the
//! guardians' and the professionals' views, larger than theirs, on the laptop and on the
//! projector alike. Never merged with anyone else's and never rewritten.

use crate::domain::{AreaAnswer, Draft};
use crate::meeting::brought_media::BroughtMediaOf;
use crate::meeting::perspective_card::PerspectiveCard;
use leptos::prelude::*;

#[component]
pub fn ChildVoice(
    /// Whose view, e.g. "Barnet · Barnet".
    who: String,
    answer: AreaAnswer,
    /// The child's wheel and the area: for the drawing and voice note that came with it.
    draft: Draft,
    area_id: String,
) -> impl IntoView {
    view! {
        <section class="child-voice" data-perspective="child">
            // The face the child chose, the feelings the child picked, and the child's own words:
            // as the card shows every perspective's, so the child's block and the others' never
            // tell the same answer two ways.
            <PerspectiveCard who kind="child" answer=answer.clone() />
            // The child's drawing, drawn again from its strokes with the words the child gave
            // it, and the child's voice: as they came, only on the laptop's screen.
            <BroughtMediaOf draft area_id />
        </section>
    }
}
