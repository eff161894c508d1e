#![cfg(target_arch = "wasm32")]
//! The channel between the meeting's windows in a real browser: what one end posts, another end
//! hears; once the component that opened an end is cleaned up, that end hears nothing more.

use hjulet::browser::broadcast::Broadcast;
use leptos::prelude::Owner;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// An end of `name` that records what it hears, and a promise of the first text it hears.
fn listening(name: &str, heard: Rc<RefCell<Vec<String>>>) -> (Broadcast, js_sys::Promise) {
    let resolve: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
    let first = js_sys::Promise::new(&mut |done, _| *resolve.borrow_mut() = Some(done));
    let end = Broadcast::open(name, move |text| {
        heard.borrow_mut().push(text.clone());
        if let Some(done) = resolve.borrow_mut().take() {
            let _ = done.call1(&JsValue::NULL, &JsValue::from_str(&text));
        }
    });
    (end, first)
}

#[wasm_bindgen_test]
async fn what_one_window_posts_another_hears_and_a_closed_end_hears_nothing() {
    let name = "hjulet-test/broadcast";
    let sender_owner = Owner::new();
    let sender = sender_owner.with(|| Broadcast::open(name, |_| {}));

    let heard_by_first: Rc<RefCell<Vec<String>>> = Rc::default();
    let first_owner = Owner::new();
    let (_, first_heard) = first_owner.with(|| listening(name, heard_by_first.clone()));
    sender.post("hej");
    let text = JsFuture::from(first_heard).await.unwrap();
    assert_eq!(text.as_string().as_deref(), Some("hej"));

    // Cleaned up: its listener is gone and its end closed. An end opened later hears the next
    // text; messages reach the ends in the order they were opened, so the first would have heard
    // it before.
    first_owner.cleanup();
    let heard_by_later: Rc<RefCell<Vec<String>>> = Rc::default();
    let later_owner = Owner::new();
    let (_, later_heard) = later_owner.with(|| listening(name, heard_by_later.clone()));
    sender.post("igen");
    JsFuture::from(later_heard).await.unwrap();
    assert_eq!(*heard_by_first.borrow(), vec!["hej".to_owned()]);
    assert_eq!(*heard_by_later.borrow(), vec!["igen".to_owned()]);
    later_owner.cleanup();
    sender_owner.cleanup();
}
