//! Text files from the app's own origin (the locales). Only relative paths: nothing else is asked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchFailed;

/// Fetches `path` (which must start with `/`) from this origin as text.
pub async fn fetch_own_text(path: &str) -> Result<String, FetchFailed> {
    if !path.starts_with('/') || path.starts_with("//") {
        return Err(FetchFailed);
    }
    let window = web_sys::window().ok_or(FetchFailed)?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| FetchFailed)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchFailed)?;
    if !response.ok() {
        return Err(FetchFailed);
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchFailed)?)
        .await
        .map_err(|_| FetchFailed)?;
    text.as_string().ok_or(FetchFailed)
}
