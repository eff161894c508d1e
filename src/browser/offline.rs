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

fn call(target: &wasm_bindgen::JsValue, method: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let function: js_sys::Function = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    function.call0(target).ok()?.dyn_into().ok()
}

/// Deletes the app's offline copies (its caches) and unregisters its service worker, so that a
/// shared device keeps nothing of the app but what the browser itself must.
pub async fn forget_offline_copies() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(caches) = js_sys::Reflect::get(&window, &"caches".into()) {
        if let Some(keys) = call(&caches, "keys") {
            if let Ok(names) = JsFuture::from(keys).await {
                for name in js_sys::Array::from(&names).iter() {
                    let is_ours = name.as_string().is_some_and(|n| n.starts_with("hjulet-"));
                    let delete = js_sys::Reflect::get(&caches, &"delete".into())
                        .ok()
                        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                    if let (true, Some(delete)) = (is_ours, delete) {
                        if let Ok(promise) = delete.call1(&caches, &name) {
                            let _ = JsFuture::from(js_sys::Promise::from(promise)).await;
                        }
                    }
                }
            }
        }
    }
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        if let Some(registrations) = call(&navigator.service_worker().into(), "getRegistrations") {
            if let Ok(list) = JsFuture::from(registrations).await {
                for registration in js_sys::Array::from(&list).iter() {
                    if let Some(done) = call(&registration, "unregister") {
                        let _ = JsFuture::from(done).await;
                    }
                }
            }
        }
    }
}
