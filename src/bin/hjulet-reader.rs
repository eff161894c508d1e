//! The camera reader: a page of its own so that the QR decoder is fetched only when someone
//! reads with the camera. No service worker registration: the opener's page has done it.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(hjulet::ReaderApp);
}
