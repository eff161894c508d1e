//! Files in and out: downloading a shared file, and reading files the user picks or drops.

use crate::domain::format::import::{check_file_size, ImportError};
use crate::domain::format::LoadError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download named `file_name`. Nothing leaves the device but the file
/// the browser saves where the user says. False when the download could not even be offered;
/// true does not mean the file was saved (the user may still cancel), which a page cannot know.
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let offered = link.is_some_and(|link| {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        true
    });
    let _ = web_sys::Url::revoke_object_url(&url);
    offered
}

/// A file the user gave us, before it is read.
pub struct PickedFile {
    pub name: String,
    file: web_sys::File,
}

impl PickedFile {
    /// The file's text; refused unread when it is too large to be a draft.
    pub async fn text(&self) -> Result<String, ImportError> {
        check_file_size(self.file.size() as u64)?;
        let text = JsFuture::from(self.file.text())
            .await
            .map_err(|_| ImportError::Unreadable(LoadError::NotJson))?;
        Ok(text.as_string().unwrap_or_default())
    }
}

fn picked(list: Option<web_sys::FileList>) -> Vec<PickedFile> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.get(index))
        .map(|file| PickedFile {
            name: file.name(),
            file,
        })
        .collect()
}

/// The files chosen in an `<input type=file>` whose change event this is.
pub fn files_from_input(event: &web_sys::Event) -> Vec<PickedFile> {
    let input = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
    let files = picked(input.as_ref().and_then(|input| input.files()));
    if let Some(input) = input {
        // Choosing the same file again should import it again.
        input.set_value("");
    }
    files
}

/// The files dropped with this drop event.
pub fn files_from_drop(event: &web_sys::DragEvent) -> Vec<PickedFile> {
    picked(event.data_transfer().and_then(|transfer| transfer.files()))
}
