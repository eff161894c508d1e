#![cfg(target_arch = "wasm32")]
//! The language edges in a real browser: dates follow the language, the document carries the
//! language and direction, settings persist, and nothing is fetched from another origin.

use chrono::{TimeZone, Utc};
use hjulet::browser::{document, fetch::fetch_own_text, settings};
use hjulet::domain::settings::Settings;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn dates_are_written_the_way_each_language_writes_them() {
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    assert_eq!(document::format_date(at, "sv"), "23 november 2026");
    assert_eq!(document::format_date(at, "en"), "November 23, 2026");
    assert!(document::format_date(at, "uk").contains("листопада"));
}

#[wasm_bindgen_test]
fn the_document_takes_the_language_and_direction() {
    document::set_language("ar", "rtl");
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    document::set_language("sv", "ltr");
}

#[wasm_bindgen_test]
fn settings_survive_and_garbage_gives_defaults() {
    let chosen = Settings {
        language: Some("fi".into()),
        auto_read: true,
    };
    settings::save(&chosen);
    assert_eq!(settings::load(), chosen);
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item("barnets-basta-hjulet/settings", "][")
        .unwrap();
    assert_eq!(settings::load(), Settings::default());
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn only_paths_on_this_origin_are_fetched() {
    assert!(fetch_own_text("https://example.com/sv/app.ftl")
        .await
        .is_err());
    assert!(fetch_own_text("//example.com/app.ftl").await.is_err());
}
