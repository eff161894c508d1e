//! A child's drawing drawn again: inline SVG made only of numbers from the stroke data (never
//! markup from a file), named by the child's own words for it. On the share screen and in its
//! print, and wherever else a drawing is shown (the meeting, the child's summary).

use crate::domain::drawing::{Drawing, Stroke, SIDE};
use crate::i18n::use_translate;
use crate::ids;
use leptos::prelude::*;

/// One stroke as a polyline in its ink (print makes every ink black; see style/drawing.css).
pub fn stroke_line(stroke: &Stroke) -> impl IntoView {
    view! {
        <polyline
            points=stroke.svg_points()
            stroke=stroke.colour().ink()
            stroke-width=stroke.width().to_string()
            data-colour=stroke.colour().key()
        />
    }
}

/// The strokes of `drawing`, oldest first, for inside an `<svg viewBox=…>` of [`view_box`].
pub fn stroke_lines(drawing: &Drawing) -> impl IntoView {
    drawing.strokes().iter().map(stroke_line).collect_view()
}

/// The paper's coordinates, whatever size it is shown at.
pub fn view_box() -> String {
    format!("0 0 {SIDE} {SIDE}")
}

/// A drawing as a picture `size` wide at most (any CSS length), square, its accessible name the
/// child's text alternative ("Teckning: min katt"), or "En teckning" when none was given.
#[component]
pub fn DrawingPicture(
    #[prop(into)] drawing: Signal<Drawing>,
    /// The largest width, e.g. "20rem"; smaller where the page is narrower.
    #[prop(optional)]
    size: &'static str,
) -> impl IntoView {
    let t = use_translate();
    let name = move || {
        drawing.with(|d| match d.text().trim() {
            "" => t.get(ids::DRAWING_PICTURE_UNTITLED),
            text => t.get_with(ids::DRAWING_PICTURE, &[("text", text.to_owned().into())]),
        })
    };
    let size = if size.is_empty() { "20rem" } else { size };
    view! {
        <svg
            class="drawing-picture"
            role="img"
            aria-label=name
            viewBox=view_box()
            style=format!("max-width: {size}")
            data-strokes=move || drawing.with(|d| d.strokes().len())
            data-points=move || drawing.with(Drawing::point_count)
        >
            <rect class="drawing-paper" width=SIDE.to_string() height=SIDE.to_string() />
            {move || drawing.with(stroke_lines)}
        </svg>
    }
}
