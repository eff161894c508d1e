//! The page's life beyond what the app does: coming back from the back-forward cache, becoming
//! visible again, being woken after the device slept; and the mark "Lämna snabbt" leaves on the
//! tab. Every listener here ends when the component that asked is cleaned up.

use crate::browser::storage::session_storage;
use leptos::prelude::{on_cleanup, window_event_listener};

/// Calls `shown` when the page is shown again from the back-forward cache (Back, Forward), with
/// everything it held in memory as it was when the user went away.
pub fn when_shown_from_cache(shown: impl Fn() + 'static) {
    let listener = window_event_listener(leptos::ev::pageshow, move |event| {
        if event.persisted() {
            shown();
        }
    });
    on_cleanup(move || listener.remove());
}

/// Calls `back` whenever the page may have been away without running: it became visible again
/// (a hidden tab is the one the browser freezes, and a device wakes from sleep with its tab
/// shown), got the focus back, or came back from the back-forward cache. Timers do not run (or
/// run late) while a page is hidden, frozen or asleep; this does not wait for them.
pub fn when_back(back: impl Fn() + Clone + 'static) {
    let visible = {
        let back = back.clone();
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                back();
            }
        })
    };
    let shown = {
        let back = back.clone();
        window_event_listener(leptos::ev::pageshow, move |_| back())
    };
    let focused = window_event_listener(leptos::ev::focus, move |_| back());
    on_cleanup(move || {
        visible.remove();
        shown.remove();
        focused.remove();
    });
}

/// The tab's mark that "Lämna snabbt" was used: while it is there, every page of the app shows only
/// the start screen, so that Back does not bring anyone's words back. Kept in the tab's
/// sessionStorage: it survives Back and reloads, and goes with the tab.
const LEFT_MARK: &str = "barnets-basta-hjulet/left";

thread_local! {
    /// The same mark in the page's memory, which the back-forward cache keeps: it holds where
    /// sessionStorage refuses the mark (full, switched off).
    static LEFT_IN_MEMORY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks this tab as left.
pub fn mark_left() {
    LEFT_IN_MEMORY.with(|left| left.set(true));
    if let Some(session) = session_storage() {
        let _ = session.set_item(LEFT_MARK, "1");
    }
}

/// Whether "Lämna snabbt" was used in this tab and nobody came back in on purpose since.
pub fn was_left() -> bool {
    LEFT_IN_MEMORY.with(std::cell::Cell::get)
        || session_storage().is_some_and(|s| s.get_item(LEFT_MARK).ok().flatten().is_some())
}

/// The user came back in on purpose (chose a wheel, started one, opened the meeting).
pub fn forget_left() {
    LEFT_IN_MEMORY.with(|left| left.set(false));
    if let Some(session) = session_storage() {
        let _ = session.remove_item(LEFT_MARK);
    }
}

/// Calls `leaving` when the page is going away (closed, reloaded, another page loaded in its
/// place, or put into the back-forward cache), for as long as the calling component lives.
pub fn when_leaving(leaving: impl Fn() + 'static) {
    let listener = window_event_listener(leptos::ev::pagehide, move |_| leaving());
    on_cleanup(move || listener.remove());
}
