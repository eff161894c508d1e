//! Working offline: registers the service worker that `scripts/post-build.mjs` writes.

/// Best effort: without a service worker (old browser, private mode) the app still works online.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Not every browser (or context) has service workers; asking must not throw.
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}
