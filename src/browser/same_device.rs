//! From the child's page to the meeting's page on the same computer, with nothing in between: the
//! child's page opens the meeting in a new tab of this browser (with itself as the opener), the
//! meeting says it is ready, and the child's page answers that tab, and only that one, with the
//! shared text. The text goes from page to page in memory (`postMessage`): no file, nothing stored,
//! same origin only both ways. Each side listens only while its component is there.

use crate::browser::window_message::{field, kind_from, message, opener, post};
use crate::routes::AppPath;
use leptos::prelude::{
    on_cleanup, window_event_listener_untyped, LocalStorage, StoredValue, UpdateValue,
    WindowListenerHandle,
};
use wasm_bindgen::JsValue;

/// What the address of a meeting opened this way carries; the meeting takes it away at once, so
/// that a reload is an ordinary meeting.
const MARKER_KEY: &str = "from";
const MARKER_VALUE: &str = "this-device";
/// The meeting's message: its page is there and takes a text in.
const READY: &str = "hjulet-meeting-ready";
/// The child's page's message: the shared text, as a file would hold it.
const SHARED_TEXT: &str = "hjulet-shared-text";

/// The meeting's address with the marker.
pub fn meeting_address() -> String {
    format!("{}?{MARKER_KEY}={MARKER_VALUE}", AppPath::Meeting.href())
}

/// The meeting tab the child's page opened, until it has the text.
struct Waiting {
    meeting: web_sys::Window,
    ready: bool,
    /// The text, once made (locking it may take a moment), until the meeting is ready.
    text: Option<String>,
    /// Told once the text has gone.
    on_sent: Option<Box<dyn FnOnce()>>,
    listener: Option<WindowListenerHandle>,
}

impl Waiting {
    /// Sends the text when both it and the meeting are ready; then stops listening. What to tell
    /// is handed back, to be told outside the stored value.
    fn send_if_both_ready(&mut self) -> Option<Box<dyn FnOnce()>> {
        if !self.ready {
            return None;
        }
        let text = self.text.take()?;
        self.stop_listening();
        post(&self.meeting, &message(SHARED_TEXT, Some(&text)))
            .then(|| self.on_sent.take())
            .flatten()
    }

    fn stop_listening(&mut self) {
        if let Some(listener) = self.listener.take() {
            listener.remove();
        }
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        self.stop_listening();
    }
}

/// The child's page's side: the one meeting tab it waits for. Copy: a click handler and the
/// callbacks after it each hold it. When the component that made it is cleaned up, it stops
/// waiting and forgets any text not yet sent.
#[derive(Clone, Copy)]
pub struct MeetingOnThisDevice(StoredValue<Option<Waiting>, LocalStorage>);

impl MeetingOnThisDevice {
    pub fn new() -> Self {
        let slot = StoredValue::new_local(None::<Waiting>);
        on_cleanup(move || drop(slot.try_update_value(Option::take)));
        Self(slot)
    }

    /// Opens the meeting in a new tab and waits for it; false when the browser did not let it
    /// open. Call it in the user's click: a tab opened later is blocked.
    pub fn open(self) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        // With this page as its opener (not "noopener"): the meeting needs it to say it is ready.
        match window.open_with_url_and_target(&meeting_address(), "_blank") {
            Ok(Some(meeting)) => {
                self.wait_for(meeting);
                true
            }
            _ => false,
        }
    }

    /// Waits for `meeting` to say it is ready, in place of any tab waited for before.
    pub fn wait_for(self, meeting: web_sys::Window) {
        let peer = meeting.clone();
        let listener = window_event_listener_untyped("message", move |event| {
            if kind_from(&event, &peer).is_none_or(|(kind, _)| kind != READY) {
                return;
            }
            let sent = self
                .0
                .try_update_value(|waiting| {
                    let waiting = waiting.as_mut()?;
                    waiting.ready = true;
                    waiting.send_if_both_ready()
                })
                .flatten();
            if let Some(sent) = sent {
                sent();
            }
        });
        let waiting = Waiting {
            meeting,
            ready: false,
            text: None,
            on_sent: None,
            listener: Some(listener),
        };
        drop(self.0.try_update_value(|slot| slot.replace(waiting)));
    }

    /// Hands `text` to the meeting as soon as it is ready (at once, if it already is); `sent` is
    /// told when it has gone. Nothing goes when the page that made this is gone meanwhile.
    pub fn send(self, text: String, sent: impl FnOnce() + 'static) {
        let sent = self
            .0
            .try_update_value(|waiting| {
                let waiting = waiting.as_mut()?;
                waiting.text = Some(text);
                waiting.on_sent = Some(Box::new(sent));
                waiting.send_if_both_ready()
            })
            .flatten();
        if let Some(sent) = sent {
            sent();
        }
    }

    /// The text could not be made: closes the meeting tab opened for it and stops waiting.
    pub fn give_up(self) {
        if let Some(Some(waiting)) = self.0.try_update_value(Option::take) {
            let _ = waiting.meeting.close();
        }
    }
}

impl Default for MeetingOnThisDevice {
    fn default() -> Self {
        Self::new()
    }
}

/// The query `search` ("?a=b&…") without the marker, when it has it; `None` when it has not.
pub fn without_marker(search: &str) -> Option<String> {
    let marker = format!("{MARKER_KEY}={MARKER_VALUE}");
    let pairs: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .collect();
    if !pairs.contains(&marker.as_str()) {
        return None;
    }
    let rest: Vec<&str> = pairs.into_iter().filter(|pair| *pair != marker).collect();
    Some(if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    })
}

thread_local! {
    /// What the address said when this page was loaded (the mark is gone from it since).
    static OPENED_FROM_THIS_DEVICE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

/// Whether this page's address said, when it was loaded, that the child's page on this device
/// opened it; the mark is taken from the address at the first call, so that a reload or a
/// bookmark is an ordinary meeting.
pub fn opened_from_this_device() -> bool {
    OPENED_FROM_THIS_DEVICE.with(|opened| *opened.get_or_init(take_marker))
}

fn take_marker() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let Some(rest) = location
        .search()
        .ok()
        .and_then(|search| without_marker(&search))
    else {
        return false;
    };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{rest}{hash}")),
        );
    }
    true
}

/// The meeting's side: when the child's page on this device opened this page, says to it that
/// the meeting is ready and calls `on_text` with the one text it answers, as a file's text.
/// Anything from another origin or another window, or of another shape, is ignored. Listens while
/// the calling component is there, and only until the text has come.
pub fn when_handed_over(on_text: impl Fn(String) + 'static) {
    if !opened_from_this_device() {
        return;
    }
    let Some(opener) = opener() else {
        // The child's page was closed before the meeting came: nothing comes.
        return;
    };
    receive_from(opener, on_text);
}

/// Says "ready" to `sender` and calls `on_text` with the first text of the right shape that
/// `sender` (and nobody else) of this origin posts back.
pub fn receive_from(sender: web_sys::Window, on_text: impl Fn(String) + 'static) {
    let listener = StoredValue::new_local(None::<WindowListenerHandle>);
    let peer = sender.clone();
    let handle = window_event_listener_untyped("message", move |event| {
        let Some((kind, data)) = kind_from(&event, &peer) else {
            return;
        };
        if kind != SHARED_TEXT {
            return;
        }
        let Some(text) = field(&data, "text").and_then(|text| text.as_string()) else {
            return;
        };
        // One text: a second one (or the same again) is not taken in twice.
        if let Some(Some(handle)) = listener.try_update_value(Option::take) {
            handle.remove();
            on_text(text);
        }
    });
    listener.update_value(|slot| *slot = Some(handle));
    on_cleanup(move || {
        if let Some(Some(handle)) = listener.try_update_value(Option::take) {
            handle.remove();
        }
    });
    // Sent only to a page of this origin: a page elsewhere that opened the meeting hears nothing.
    post(&sender, &message(READY, None));
}
