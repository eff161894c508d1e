//! "Läs in med kameran": opens the camera reader (its own small page and wasm, in a window of
//! its own) and takes the text it read back into the meeting, where it goes the way a chosen
//! file goes.

use crate::browser::reader_window;
use crate::ids;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

#[component]
pub fn CameraImport(
    /// The text the camera read, as a file's text.
    on_text: Callback<String>,
) -> impl IntoView {
    reader_window::when_text_read(move |text| on_text.run(text));
    view! {
        <PictureButton
            icon="pictograms/ui/camera.svg"
            label=ids::CAMERA_READ
            on_press=move |_| {
                reader_window::open_reader(reader_window::ReaderFor::Meeting);
            }
        />
    }
}
