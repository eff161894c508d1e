use crate::browser::page_life::forget_left;
use crate::routes::{AppPath, Page};
use leptos::prelude::*;
use leptos_router::components::A;

/// A link to one of the app's paths. A path on the other page of the app (see [`Page`]) is marked
/// `rel="external"`, so that the router lets the browser load that page instead of looking for
/// the path among this page's routes. Following a link is going somewhere on purpose: after
/// "Lämna snabbt" it is what lets the user back in (see [`crate::browser::page_life`]).
#[component]
pub fn AppLink(
    to: AppPath,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let here = expect_context::<Page>();
    view! {
        <A href=to.href() attr:class=class attr:rel=to.rel_from(here) on:click=|_| forget_left()>
            {children()}
        </A>
    }
}
