//! The document around the app: focus moves that components ask for.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id));
    if let Some(element) = element {
        if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        } else if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = element.focus();
        }
    }
}

/// Takes away what the page shows until the app is there: the turning wheel
/// (`src/starting_screen.html`) and, on the child's page, the static start page
/// (`src/app/static_start.rs`), whose place the app's own start page takes. A link the keyboard
/// was on keeps the keyboard: the app's link to the same place gets the focus.
pub fn remove_starting_screen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(element) = document.get_element_by_id("starting") {
        element.remove();
    }
    let Some(static_start) = document.get_element_by_id("static-start") else {
        return;
    };
    let focused_link = document
        .active_element()
        .filter(|active| static_start.contains(Some(active)))
        .and_then(|active| active.get_attribute("href"));
    static_start.remove();
    // The route's view may come a moment after the shell's: look for the link once it has.
    if let Some(href) = focused_link {
        after_next_paint(move || focus_link_to(&href));
    }
}

/// Focuses the first link on the page that leads to `href`.
fn focus_link_to(href: &str) {
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            let selector = format!("a[href=\"{}\"]", href.replace(['"', '\\'], ""));
            document.query_selector(&selector).ok().flatten()
        })
        .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(link) = link {
        let _ = link.focus();
    }
}

/// Sets `<html lang dir>`, which screen readers, fonts and the layout's direction follow.
pub fn set_language(code: &str, direction: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", direction);
    }
}

/// The window's title, as the tab and the task switcher show it.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|language| language.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A date as people write it in `language_code`, e.g. "23 november 2026" or "٢٣ نوفمبر ٢٠٢٦".
pub fn format_date(at: chrono::DateTime<chrono::Utc>, language_code: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    let options = js_sys::Object::new();
    for (name, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    date.to_locale_date_string(language_code, &options).into()
}

/// The calendar day of `at` on this device's clock (Swedish time in Sweden), for dates in file
/// names and on the plan: at half past midnight it is already tomorrow, whatever UTC says.
pub fn local_date(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
    at.with_timezone(&chrono::Local).date_naive()
}

/// Leaves the app at once for a blank page on this origin. A page cannot remove entries from the
/// history, so Back would find the app again: the tab is marked as left first, and every page of
/// the app that is shown again in it (loaded, or restored from the back-forward cache with the
/// words still in memory) shows only the start screen.
pub fn leave_for_neutral_page() {
    crate::browser::page_life::mark_left();
    open_page("/neutral.html");
}

/// Loads another page of the app (one with its own wasm, see [`crate::routes::Page`]).
pub fn open_page(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(href);
    }
}

/// Loads `href` in place of this page in the history: Back does not come back here.
pub fn replace_page(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(href);
    }
}

/// The path of the page shown, e.g. `/wheel/0123…`.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default()
}

/// Loads the page again: everything this tab holds in memory, unlocked words and keys included,
/// is gone, and the app starts over from what storage holds.
pub fn start_over() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Asks the browser to warn before the tab closes or reloads while `unsaved` says so, for as long
/// as the calling component lives.
pub fn warn_before_leaving(unsaved: impl Fn() -> bool + 'static) {
    let listener = leptos::prelude::window_event_listener(leptos::ev::beforeunload, move |event| {
        if unsaved() {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    leptos::prelude::on_cleanup(move || listener.remove());
}

/// Calls `then` once the browser has painted what is on the page now: after the next animation
/// frame, in a task of its own. What a page builds in `then` does not lengthen the task that put
/// the first screen up (a phone with a slow CPU shows the wheel sooner).
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(then, std::time::Duration::ZERO)
    });
}

/// Whether an event's target (or related target) is the element with this id or inside it.
pub fn is_inside(id: &str, target: Option<web_sys::EventTarget>) -> bool {
    let Some(node) = target.and_then(|target| target.dyn_into::<web_sys::Node>().ok()) else {
        return false;
    };
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .is_some_and(|element| element.contains(Some(&node)))
}

/// Calls `outside` whenever a press (mouse, finger or pen) lands outside the element with this
/// id, for as long as the calling component lives: a panel that closes on a tap beside it.
pub fn when_pressed_outside(id: &'static str, outside: impl Fn() + 'static) {
    let listener = leptos::prelude::window_event_listener(leptos::ev::pointerdown, move |event| {
        if !is_inside(id, event.target()) {
            outside();
        }
    });
    leptos::prelude::on_cleanup(move || listener.remove());
}

/// Opens `href` of this app in a window of its own (meant for a second screen, such as the
/// meeting's projector). Without an opener: the new window shares nothing with this one (not
/// this tab's sessionStorage) and hears from it only over a channel. The browser gives back no
/// handle then, also when the window did open: the new window says itself that it is there.
pub fn open_window(href: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.open_with_url_and_target_and_features(href, "_blank", "popup,noopener");
    }
}

/// Closes this window, when a script opened it; a window the user opened stays (browsers refuse).
pub fn close_window() {
    if let Some(window) = web_sys::window() {
        let _ = window.close();
    }
}
