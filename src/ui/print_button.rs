//! "Print" (or save as PDF): a picture button that prints one thing of the page.

use crate::browser::share::{self, Printout};
use crate::ids::MessageId;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

#[component]
pub fn PrintButton(label: MessageId, what: Printout) -> impl IntoView {
    view! {
        <PictureButton icon="pictograms/ui/print.svg" label on_press=move |_| share::print(what) />
    }
}
