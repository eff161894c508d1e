use crate::i18n::use_translate;
use crate::ids::MessageId;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// A button as the app's buttons look: its pictogram, then its text, in the current language.
#[component]
pub fn PictureButton(
    /// The pictogram's path, as for [`Pictogram`].
    icon: &'static str,
    /// The message id of the button's text.
    label: MessageId,
    /// Classes beside `button`, e.g. "primary", "danger" or "quiet".
    #[prop(optional)]
    kind: &'static str,
    /// While true the button cannot be pressed (and says so to screen readers).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    #[prop(into)] on_press: Callback<()>,
) -> impl IntoView {
    let t = use_translate();
    let class = if kind.is_empty() {
        "button".to_owned()
    } else {
        format!("button {kind}")
    };
    view! {
        <button type="button" class=class disabled=move || disabled.get() on:click=move |_| on_press.run(())>
            <Pictogram src=icon class="icon" />
            <span>{t.text(label)}</span>
        </button>
    }
}
