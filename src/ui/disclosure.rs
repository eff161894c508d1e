use crate::i18n::use_translate;
use crate::ids::MessageId;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// A panel that opens under its heading (`<details>`). What is inside is built the first time it
/// opens and then kept, so the closed panels on a page cost nothing while the page starts.
#[component]
pub fn Disclosure(
    class: &'static str,
    /// The heading's pictogram.
    icon: &'static str,
    /// Fluent id of the heading.
    heading: MessageId,
    /// Open from the start.
    #[prop(optional)]
    open: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let t = use_translate();
    // Only the first toggle matters: a closed panel's first toggle is its opening.
    let opened = RwSignal::new(open);
    view! {
        <details class=class open=open on:toggle=move |_| opened.set(true)>
            <summary>
                <Pictogram src=icon class="icon" />
                <span>{move || t.get(heading)}</span>
            </summary>
            <Show when=move || opened.get()>{children()}</Show>
        </details>
    }
}
