//! Messages between two windows of the app (`postMessage`): the camera reader and the page that
//! opened it, the child's page and the meeting it opened on the same computer. One shape —
//! `{kind, text?}` — and one check for what comes in: of this origin, from the very window
//! expected, with a kind.

use wasm_bindgen::{JsCast, JsValue};

pub fn own_origin() -> Option<String> {
    web_sys::window().and_then(|window| window.location().origin().ok())
}

/// A field of a message's data.
pub fn field(data: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(data, &JsValue::from_str(name)).ok()
}

/// The message `{kind, text}` (no `text` when None).
pub fn message(kind: &str, text: Option<&str>) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"kind".into(), &kind.into());
    if let Some(text) = text {
        let _ = js_sys::Reflect::set(&message, &"text".into(), &text.into());
    }
    message
}

/// The page that opened this window, if any.
pub fn opener() -> Option<web_sys::Window> {
    web_sys::window()?
        .opener()
        .ok()
        .filter(|o| !o.is_null() && !o.is_undefined())
        // The opener's window is of another realm: `instanceof Window` is false for it here.
        .map(|o| o.unchecked_into::<web_sys::Window>())
}

/// Posts `message` to `peer`, only if it is still open and shows a page of this origin (the
/// target origin: a window that has gone elsewhere meanwhile does not get it); false when it did
/// not go.
pub fn post(peer: &web_sys::Window, message: &js_sys::Object) -> bool {
    let Some(origin) = own_origin() else {
        return false;
    };
    if peer.closed().unwrap_or(true) {
        return false;
    }
    peer.post_message(message, &origin).is_ok()
}

/// The message's kind and data, when it came from `peer` (and nowhere else) of this origin.
pub fn kind_from(event: &web_sys::Event, peer: &web_sys::Window) -> Option<(String, JsValue)> {
    let event = event.dyn_ref::<web_sys::MessageEvent>()?;
    if Some(event.origin()) != own_origin() {
        return None;
    }
    // The very window: another tab or frame of this origin is not it.
    let source = event.source().map(JsValue::from)?;
    if source != JsValue::from(peer.clone()) {
        return None;
    }
    let data = event.data();
    let kind = field(&data, "kind")?.as_string()?;
    Some((kind, data))
}
