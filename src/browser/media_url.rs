//! A kept drawing or sound as a `blob:` URL for an `<img>` or `<audio>` on this page (the CSP
//! allows `blob:` media for exactly this). The URL is revoked when the value is dropped, so the
//! bytes do not stay in memory after the view that played them has gone.

use crate::browser::media_store::Media;
use js_sys::{Array, Uint8Array};
use web_sys::{Blob, BlobPropertyBag, Url};

pub struct MediaUrl(String);

impl MediaUrl {
    /// `None` when the browser cannot make one (no Blob or URL support).
    pub fn of(media: &Media) -> Option<Self> {
        let parts = Array::of1(&Uint8Array::from(&media.bytes[..]));
        let options = BlobPropertyBag::new();
        options.set_type(&media.mime);
        let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        Url::create_object_url_with_blob(&blob).ok().map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Drop for MediaUrl {
    fn drop(&mut self) {
        let _ = Url::revoke_object_url(&self.0);
    }
}
