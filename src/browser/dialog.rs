//! A modal dialog (`<dialog>`): shown as modal, so the page behind cannot be reached by keyboard
//! or screen reader while it is open, and Escape closes it (its `close` event says so).

/// Shows `dialog` as modal; does nothing when it already is open.
pub fn show_modal(dialog: &web_sys::HtmlDialogElement) {
    if !dialog.open() {
        // Fails only when the element is not in the document; then there is nothing to show.
        let _ = dialog.show_modal();
    }
}

/// Closes `dialog` (its `close` event follows); the browser gives the focus back to where it was
/// before the dialog opened.
pub fn close(dialog: &web_sys::HtmlDialogElement) {
    dialog.close();
}
