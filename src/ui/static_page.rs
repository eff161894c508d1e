use leptos::prelude::*;

/// Provided only while the build renders the static start page (`examples/prerender.rs`): parts
/// that do something only once the app has arrived — a speaker button, a switch — leave
/// themselves out, so that nothing on the static page looks ready that is not.
#[derive(Debug, Clone, Copy)]
pub struct StaticPage;

/// Whether this view is being rendered into the static start page.
pub fn is_static_page() -> bool {
    use_context::<StaticPage>().is_some()
}
