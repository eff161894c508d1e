//! Handing things to the user's own tools: the printer, the system share sheet (the clipboard is
//! `clipboard.rs`).

use crate::browser::document::local_date;
use chrono::{NaiveDate, Utc};
use leptos::prelude::{on_cleanup, window_event_listener_untyped, ReadSignal, RwSignal, Set};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What a page prints: the print style sheet shows only that (`html[data-print=…]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printout {
    /// What the share screen shows will leave, a page per area.
    Share,
    /// Barnets plan.
    Plan,
    /// The summary for the child.
    Summary,
    /// The consent form.
    Consent,
    /// Step 2's assessment and decision, before any meeting.
    Preparation,
}

impl Printout {
    fn mode(self) -> &'static str {
        match self {
            Self::Share => "share",
            Self::Plan => "plan",
            Self::Summary => "summary",
            Self::Consent => "consent",
            Self::Preparation => "preparation",
        }
    }
}

/// Opens the print dialog (where "save as PDF" lives) for `what`.
pub fn print(what: Printout) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-print", what.mode());
    }
    let _ = window.print();
}

/// Today on this device, and again each time the page is about to print (the app's button or
/// the browser's own menu): a page left open overnight prints with the day it is printed.
pub fn print_day() -> ReadSignal<NaiveDate> {
    let today = RwSignal::new(local_date(Utc::now()));
    let listener = window_event_listener_untyped("beforeprint", move |_| {
        today.set(local_date(Utc::now()));
    });
    on_cleanup(move || listener.remove());
    today.read_only()
}

fn share_data(file_name: &str, text: &str) -> Option<JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let file_class: js_sys::Function =
        js_sys::Reflect::get(&web_sys::window()?.into(), &"File".into())
            .ok()?
            .dyn_into()
            .ok()?;
    let file = js_sys::Reflect::construct(
        &file_class,
        &js_sys::Array::of3(&parts, &file_name.into(), &json_type()),
    )
    .ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    Some(data.into())
}

fn json_type() -> JsValue {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"application/json".into());
    options.into()
}

fn navigator_method(name: &str) -> Option<(JsValue, js_sys::Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let method = js_sys::Reflect::get(&navigator, &name.into()).ok()?;
    Some((navigator, method.dyn_into().ok()?))
}

/// True where the system share sheet can take a file (phones, some desktops).
pub fn can_share_file() -> bool {
    let (Some((navigator, can_share)), Some(data)) =
        (navigator_method("canShare"), share_data("x.json", "{}"))
    else {
        return false;
    };
    navigator_method("share").is_some()
        && can_share
            .call1(&navigator, &data)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
}

/// Offers the file to the system share sheet; false when the user cancelled or it failed.
pub async fn share_file(file_name: &str, text: &str) -> bool {
    let (Some((navigator, share)), Some(data)) =
        (navigator_method("share"), share_data(file_name, text))
    else {
        return false;
    };
    let Ok(promise) = share.call1(&navigator, &data) else {
        return false;
    };
    JsFuture::from(js_sys::Promise::from(promise)).await.is_ok()
}
