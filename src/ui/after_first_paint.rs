use crate::browser::document::after_next_paint;
use leptos::prelude::*;

/// What is below the first screen, built after the browser has painted the first screen: the
/// page starts in two tasks instead of one long one, and the wheel shows first.
#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let painted = RwSignal::new(false);
    // try_set: the page may have gone (a quick click onwards) before the browser painted.
    after_next_paint(move || {
        painted.try_set(true);
    });
    view! { <Show when=move || painted.get()>{children()}</Show> }
}
