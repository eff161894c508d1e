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
