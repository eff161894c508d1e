use crate::domain::draft::MAX_NICKNAME_CHARS;
use crate::i18n::use_translate;
use crate::ids::MessageId;
use leptos::prelude::*;

/// A first name or nickname: never a full name, never required.
#[component]
pub fn NicknameField(
    id: &'static str,
    /// Fluent id of the label.
    label: MessageId,
    /// The name when the field appears; typing does not re-render it.
    initial: String,
    on_input: Callback<String>,
) -> impl IntoView {
    let t = use_translate();
    view! {
        <label for=id>{move || t.get(label)}</label>
        <input
            id=id
            type="text"
            autocomplete="off"
            maxlength=MAX_NICKNAME_CHARS.to_string()
            prop:value=initial
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
    }
}
