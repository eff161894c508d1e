//! The device's settings in localStorage.

use crate::browser::storage::KEY_PREFIX;
use crate::domain::settings::Settings;

fn key() -> String {
    format!("{KEY_PREFIX}settings")
}

pub fn load() -> Settings {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&key()).ok().flatten())
        .map(|text| Settings::from_json(&text))
        .unwrap_or_default()
}

/// Changes one setting and keeps the others as they are on the device.
pub fn update(change: impl FnOnce(&mut Settings)) {
    let mut settings = load();
    change(&mut settings);
    save(&settings);
}

/// Best effort: a setting that cannot be kept only means choosing again next time.
pub fn save(settings: &Settings) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(&key(), &settings.to_json());
    }
}
