//! The camera reader's own window (a page of its own, `/reader-app/`, with its own wasm, so that
//! the QR decoder is fetched only when someone reads with the camera), and the two messages it
//! sends back to the page that opened it: the text it read, and "Lämna snabbt" pressed there.
//! Same origin only, both ways; the page takes them only from the reader window it opened.

use crate::browser::window_message::{field, kind_from, message, opener, post};
use leptos::prelude::{on_cleanup, window_event_listener_untyped};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// The reader window this page opened last: the only window whose text it takes.
    static OPENED_READER: RefCell<Option<web_sys::Window>> = const { RefCell::new(None) };
}

/// Takes texts from `reader` only (what [`open_reader`] does with the window it opens).
pub fn expect_text_from(reader: web_sys::Window) {
    OPENED_READER.with(|opened| *opened.borrow_mut() = Some(reader));
}

/// Where the reader page is served (scripts/build.sh builds it there).
pub const READER_PAGE: &str = "/reader-app/index.html";
/// The window's name: a second "read with the camera" brings the same window forward.
const READER_WINDOW: &str = "hjulet-camera-reader";
/// What marks the reader's message among any others the window gets.
const KIND: &str = "hjulet-camera-text";
/// The reader's other message: "Lämna snabbt" was pressed there, so the page behind leaves too.
const LEAVE: &str = "hjulet-leave-quickly";

/// Who opened the reader, which its texts follow: the meeting reading a child's wheel, or the
/// child's page taking in the meeting's summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReaderFor {
    Meeting,
    Child,
}

impl ReaderFor {
    fn key(self) -> &'static str {
        match self {
            Self::Meeting => "meeting",
            Self::Child => "child",
        }
    }
}

/// Whom this reader window reads for, as its address says (the meeting's, when it says nothing).
pub fn reading_for() -> ReaderFor {
    let search = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default();
    if search.contains(&format!("for={}", ReaderFor::Child.key())) {
        ReaderFor::Child
    } else {
        ReaderFor::Meeting
    }
}

/// Opens (or brings forward) the reader's window; false when the browser did not let it open.
pub fn open_reader(reading_for: ReaderFor) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.open_with_url_and_target_and_features(
        &format!("{READER_PAGE}?for={}", reading_for.key()),
        READER_WINDOW,
        "popup,width=760,height=820",
    ) {
        Ok(Some(reader)) => {
            let _ = reader.focus();
            expect_text_from(reader);
            true
        }
        _ => false,
    }
}

/// Calls `on_text` with each text the reader window this page opened sends, while the calling
/// component is there. Messages from elsewhere — another origin, or another window or frame of
/// this one — or of another kind, are ignored.
pub fn when_text_read(on_text: impl Fn(String) + 'static) {
    when_reader_says(move |kind, data| {
        if kind != KIND {
            return;
        }
        if let Some(text) = field(&data, "text").and_then(|t| t.as_string()) {
            on_text(text);
        }
    });
}

/// Calls `leave` when "Lämna snabbt" is pressed in the reader window this page opened, while
/// the calling component is there: the page behind the camera must not stay on screen.
pub fn when_asked_to_leave(leave: impl Fn() + 'static) {
    when_reader_says(move |kind, _| {
        if kind == LEAVE {
            leave();
        }
    });
}

/// Hands each message of the reader window this page opened (its kind and data) to `on_message`
/// while the calling component is there; nothing from any other window or origin.
fn when_reader_says(on_message: impl Fn(&str, JsValue) + 'static) {
    let listener = window_event_listener_untyped("message", move |event| {
        let Some(reader) = OPENED_READER.with(|opened| opened.borrow().clone()) else {
            return;
        };
        if let Some((kind, data)) = kind_from(&event, &reader) {
            on_message(&kind, data);
        }
    });
    on_cleanup(move || listener.remove());
}

/// Posts `{kind, text}` to the page that opened this window, if it is still there and of this
/// origin.
fn post_to_opener(kind: &str, text: Option<&str>) -> bool {
    opener().is_some_and(|opener| post(&opener, &message(kind, text)))
}

/// Sends the text read to the page that opened this window, if it is still there and of this
/// origin; false when there is nobody to send it to.
pub fn send_to_opener(text: &str) -> bool {
    post_to_opener(KIND, Some(text))
}

/// "Lämna snabbt" in the reader: tells the page behind to leave too (it leaves for the neutral
/// page), then this window closes, or leaves for the neutral page where it may not close.
pub fn leave_quickly() {
    post_to_opener(LEAVE, None);
    close_this_window();
    crate::browser::document::leave_for_neutral_page();
}

/// Closes this window (the reader's; a window a script opened may close itself).
pub fn close_this_window() {
    if let Some(window) = web_sys::window() {
        let _ = window.close();
    }
}
