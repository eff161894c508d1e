//! The clipboard: the app only ever writes to it (the host's Permissions-Policy turns reading off).

use wasm_bindgen_futures::JsFuture;

/// Copies plain text; false when the browser refused.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    JsFuture::from(promise).await.is_ok()
}
