use crate::i18n::use_translate;
use crate::routes::{AppPath, Page};
use leptos::prelude::*;
use leptos_router::components::A;

/// A message in place of a page that cannot be shown, with the way back to the start.
#[component]
pub fn Problem(message_id: &'static str) -> impl IntoView {
    let t = use_translate();
    let here = expect_context::<Page>();
    view! {
        <div class="problem">
            <p role="alert">{move || t.get(message_id)}</p>
            <A href=AppPath::Start.href() attr:class="button" attr:rel=AppPath::Start.rel_from(here)>{move || t.get("nav-start")}</A>
        </div>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Problem message_id="draft-not-found" /> }
}
