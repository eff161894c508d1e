use leptos::prelude::*;

/// A picture beside a text (bildstöd). Always decorative: the text next to it is the label, so
/// screen readers do not read the same thing twice.
#[component]
pub fn Pictogram(
    /// Path relative to the app's root, as in the wheel definition.
    #[prop(into)]
    src: String,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let class = if class.is_empty() {
        "pictogram".to_owned()
    } else {
        format!("pictogram {class}")
    };
    view! { <img class=class src=format!("/{src}") alt="" aria-hidden="true" draggable="false" /> }
}
