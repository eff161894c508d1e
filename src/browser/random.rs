//! Random ids from the browser's cryptographic generator.

use crate::domain::DraftId;

/// A new draft id: 16 random bytes as hex, so ids from two siblings never collide.
pub fn new_draft_id() -> DraftId {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Without WebCrypto (very old browsers) ids need only be unique on this device.
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    DraftId::from_random_bytes(&bytes)
}
