use crate::browser::document::{focus_element, is_inside, when_pressed_outside};
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::prelude::*;

const MENU: &str = "header-menu";
const BUTTON: &str = "header-menu-button";
const PANEL: &str = "header-menu-panel";

/// On a phone the header keeps one row: help and quick exit beside this one button, which opens
/// everything else (`children`: the app's name, the language, reading aloud). It closes with
/// Escape (the keyboard goes back to the button), on a tap beside it, and when the keyboard
/// leaves it. On wider screens the button is not shown and the panel's contents stand in the
/// header as they always did (`style/header.css`).
#[component]
pub fn HeaderMenu(children: Children) -> impl IntoView {
    let t = use_translate();
    let open = RwSignal::new(false);
    when_pressed_outside(MENU, move || {
        if open.get_untracked() {
            open.set(false);
        }
    });
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            focus_element(BUTTON);
        }
    };
    let on_focusout = move |ev: FocusEvent| {
        // Only a move to somewhere else on the page: the window losing focus keeps it open.
        if let Some(next) = ev.related_target() {
            if open.get_untracked() && !is_inside(MENU, Some(next)) {
                open.set(false);
            }
        }
    };
    view! {
        <div class="header-menu" id=MENU on:keydown=on_keydown on:focusout=on_focusout>
            <button
                type="button"
                id=BUTTON
                class="button header-menu-button"
                aria-expanded=move || open.get().to_string()
                aria-controls=PANEL
                on:click=move |_| open.update(|open| *open = !*open)
            >
                <Pictogram src="pictograms/ui/menu.svg" class="icon" />
                <span>{t.text(ids::HEADER_MENU)}</span>
            </button>
            <div id=PANEL class="header-menu-panel" hidden=move || !open.get()>
                {children()}
            </div>
        </div>
    }
}
