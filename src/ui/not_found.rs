use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::routes::AppPath;
use crate::ui::app_link::AppLink;
use leptos::prelude::*;

/// A message in place of a page that cannot be shown, with the way back to the start.
#[component]
pub fn Problem(message_id: MessageId) -> impl IntoView {
    let t = use_translate();
    view! {
        <div class="problem">
            <p role="alert">{move || t.get(message_id)}</p>
            <AppLink to=AppPath::Start class="button">{t.text(ids::NAV_START)}</AppLink>
        </div>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Problem message_id=ids::DRAFT_NOT_FOUND /> }
}
