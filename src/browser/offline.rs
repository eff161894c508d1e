//! Working offline: registers the service worker that `scripts/service-worker.mjs` writes
//! (from `src/service_worker.js`), tells the page when a new version of the app is ready, lets
//! the user take it, asks the browser to keep the app's storage, and forgets it all.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Best effort: without a service worker (old browser, private mode) the app still works online.
pub fn register_service_worker() {
    if let Some(container) = service_workers() {
        let _ = container.register("/sw.js");
    }
}

/// The page's `navigator.serviceWorker`, where the browser has one.
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Not every browser (or context) has service workers; asking must not throw.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn call(target: &JsValue, method: &str) -> Option<js_sys::Promise> {
    let function: js_sys::Function = get(target, method)?.dyn_into().ok()?;
    function.call0(target).ok()?.dyn_into().ok()
}

/// True when a worker serves this page: then a new one waits until the user lets it in.
fn is_controlled(container: &web_sys::ServiceWorkerContainer) -> bool {
    get(container, "controller").is_some()
}

type Listener = (web_sys::EventTarget, &'static str, Closure<dyn FnMut()>);

struct Watching {
    listeners: RefCell<Vec<Listener>>,
    stopped: Cell<bool>,
    on_ready: Box<dyn Fn()>,
}

impl Watching {
    fn listen(self: &Rc<Self>, target: &JsValue, event: &'static str, run: impl FnMut() + 'static) {
        let target: web_sys::EventTarget = target.clone().unchecked_into();
        let closure = Closure::<dyn FnMut()>::new(run);
        if target
            .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
            .is_ok()
        {
            self.listeners.borrow_mut().push((target, event, closure));
        }
    }

    /// Calls `on_ready` once `worker` (a new version, installing) has installed and waits.
    fn follow(self: &Rc<Self>, worker: JsValue, container: web_sys::ServiceWorkerContainer) {
        let watching = Rc::downgrade(self);
        let target = worker.clone();
        self.listen(&target, "statechange", move || {
            let installed = get(&worker, "state").and_then(|s| s.as_string());
            if let (Some(watching), Some("installed")) = (watching.upgrade(), installed.as_deref())
            {
                if is_controlled(&container) {
                    (watching.on_ready)();
                }
            }
        });
    }

    fn stop(&self) {
        self.stopped.set(true);
        for (target, event, closure) in self.listeners.borrow_mut().drain(..) {
            let _ =
                target.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

/// Watches for a new version of the app; ends (its listeners removed) when dropped.
struct UpdateWatch(Rc<Watching>);

impl Drop for UpdateWatch {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// Calls `on_ready` when a new version of the app has installed beside the one serving this
/// page and waits to take over (see `src/service_worker.js`), or when another tab has already let
/// it take over, so that this page is now an old version among new files. Not on the first
/// visit, when the first version takes over by itself. Watches for as long as the calling
/// component lives.
pub fn watch_for_update(on_ready: impl Fn() + 'static) {
    use leptos::prelude::{on_cleanup, StoredValue, UpdateValue};
    let watch = StoredValue::new_local(Some(start_watching(on_ready)));
    // Dropping the watch removes its listeners.
    on_cleanup(move || drop(watch.try_update_value(Option::take)));
}

fn start_watching(on_ready: impl Fn() + 'static) -> UpdateWatch {
    let watching = Rc::new(Watching {
        listeners: RefCell::new(Vec::new()),
        stopped: Cell::new(false),
        on_ready: Box::new(on_ready),
    });
    let Some(container) = service_workers() else {
        return UpdateWatch(watching);
    };
    let Ok(ready) = container.ready() else {
        return UpdateWatch(watching);
    };
    let handle = Rc::downgrade(&watching);
    spawn_local(async move {
        // Resolves once a version is active: at once, or after the first visit's install.
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let Some(watching) = handle.upgrade().filter(|w| !w.stopped.get()) else {
            return;
        };
        let controlled = Rc::new(Cell::new(is_controlled(&container)));
        if controlled.get() && get(&registration, "waiting").is_some() {
            (watching.on_ready)();
        }
        if let Some(installing) = get(&registration, "installing") {
            watching.follow(installing, container.clone());
        }
        let found = Rc::downgrade(&watching);
        let (target, from) = (registration.clone(), container.clone());
        watching.listen(&target, "updatefound", move || {
            if let (Some(watching), Some(installing)) =
                (found.upgrade(), get(&registration, "installing"))
            {
                watching.follow(installing, from.clone());
            }
        });
        let changed = Rc::downgrade(&watching);
        let target: JsValue = container.clone().into();
        watching.listen(&target, "controllerchange", move || {
            // The first visit's worker taking over is no news; a later one is.
            if let (Some(watching), true) = (changed.upgrade(), controlled.replace(true)) {
                (watching.on_ready)();
            }
        });
    });
    UpdateWatch(watching)
}

/// The user chose the new version: the waiting worker takes over, and this page loads again once
/// it has (its saved drafts and meeting come back from storage). When another tab already let it
/// in, the page loads again at once.
pub fn use_new_version() {
    let Some(container) = service_workers() else {
        return super::document::start_over();
    };
    spawn_local(async move {
        let registration = match call(&container, "getRegistration") {
            Some(promise) => JsFuture::from(promise).await.ok(),
            None => None,
        };
        let waiting = registration.as_ref().and_then(|r| get(r, "waiting"));
        let Some(waiting) = waiting else {
            return super::document::start_over();
        };
        // The page goes with the reload, and the listener with it: the closure is left to the
        // browser.
        let reload = Closure::once_into_js(super::document::start_over);
        let _ =
            container.add_event_listener_with_callback("controllerchange", reload.unchecked_ref());
        if let Some(post) =
            get(&waiting, "postMessage").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = post.call1(&waiting, &"skip-waiting".into());
        }
    });
}

thread_local! {
    static ASKED_TO_KEEP: Cell<bool> = const { Cell::new(false) };
}

/// Asks the browser to keep this origin's storage (the drafts) when the device runs short of
/// space, instead of clearing it as "best effort" data. Meant for when the first wheel is saved,
/// inside the user's tap: a browser that asks the user (Firefox) wants it then. At most once per
/// page load; a browser that already keeps the storage answers without asking, and a refusal
/// changes nothing else.
pub fn ask_to_keep_storage() {
    if ASKED_TO_KEEP.with(|asked| asked.replace(true)) {
        return;
    }
    let Some(storage) = web_sys::window().and_then(|w| get(&w.navigator(), "storage")) else {
        return;
    };
    // Called now, not after an await, so that it runs inside the tap.
    if let Some(persist) = call(&storage, "persist") {
        spawn_local(async move {
            let _ = JsFuture::from(persist).await;
        });
    }
}

/// Deletes the app's offline copies (its caches) and unregisters its service worker, so that a
/// shared device keeps nothing of the app but what the browser itself must.
pub async fn forget_offline_copies() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(caches) = get(&window, "caches") {
        if let Some(keys) = call(&caches, "keys") {
            if let Ok(names) = JsFuture::from(keys).await {
                for name in js_sys::Array::from(&names).iter() {
                    let is_ours = name.as_string().is_some_and(|n| n.starts_with("hjulet-"));
                    let delete =
                        get(&caches, "delete").and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                    if let (true, Some(delete)) = (is_ours, delete) {
                        if let Ok(promise) = delete.call1(&caches, &name) {
                            let _ = JsFuture::from(js_sys::Promise::from(promise)).await;
                        }
                    }
                }
            }
        }
    }
    if let Some(container) = service_workers() {
        if let Some(registrations) = call(&container, "getRegistrations") {
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
