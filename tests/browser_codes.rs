#![cfg(target_arch = "wasm32")]
//! The codes' browser edge: the browser's `CompressionStream` makes raw deflate that the
//! reader inflates back to the same text.

use hjulet::browser::compression;
use hjulet::domain::handover::frames::{Collector, Progress, Transfer};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_browsers_deflate_reads_back_as_the_same_text() {
    let text = "Bussen till skolan är läskig på morgonen. ".repeat(40);
    let compressed = compression::deflate_raw(text.as_bytes()).await;
    assert!(
        compressed.len() < text.len() / 4,
        "compressed by the browser: {} bytes",
        compressed.len()
    );
    let transfer = Transfer::from_compressed(&text, compressed).unwrap();
    let mut collector = Collector::new();
    let read = (0..transfer.blocks() as u32 + 10)
        .find_map(|i| match collector.add(&transfer.frame(i)).unwrap() {
            Progress::Done(read) => Some(read),
            Progress::Collecting { .. } => None,
        })
        .unwrap();
    assert_eq!(read, text);
}
