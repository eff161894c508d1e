//! Raw deflate by the browser's own `CompressionStream`, so that the child's page needs no
//! compressor of its own in its wasm. Where the browser has none (or it fails), the bytes go as
//! stored deflate blocks: larger, but any inflater reads them.

use crate::domain::handover::frames::stored_deflate;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream` (web-sys has it only behind its unstable APIs).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

/// `bytes` as raw deflate (RFC 1951).
pub async fn deflate_raw(bytes: &[u8]) -> Vec<u8> {
    match by_the_browser(bytes).await {
        Ok(compressed) if !compressed.is_empty() => compressed,
        _ => stored_deflate(bytes),
    }
}

async fn by_the_browser(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    // Missing in an old browser: `new CompressionStream` would throw a ReferenceError.
    if js_sys::Reflect::get(&js_sys::global(), &"CompressionStream".into())?.is_undefined() {
        return Err(JsValue::NULL);
    }
    let compressor = CompressionStream::new("deflate-raw")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let compressed = blob.stream().pipe_through(compressor.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&compressed))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
