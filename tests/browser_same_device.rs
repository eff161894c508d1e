#![cfg(target_arch = "wasm32")]
//! Messages between the app's windows in a real browser. "Till mötet på den här datorn": the
//! child's page answers the meeting's tab it opened, and only that one, once it says it is ready; the meeting takes one text of the right
//! shape from the page that opened it and nothing from any other window; neither side hears
//! anything once its component is cleaned up. A frame of this page stands in for the other tab
//! (same origin, a window of its own).

use hjulet::browser::same_device::{receive_from, without_marker, MeetingOnThisDevice};
use leptos::prelude::Owner;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const READY: &str = "hjulet-meeting-ready";
const SHARED_TEXT: &str = "hjulet-shared-text";

fn this_window() -> web_sys::Window {
    web_sys::window().unwrap()
}

/// A new frame of this page: the other tab, as far as either side can tell.
fn other_tab() -> web_sys::Window {
    let document = this_window().document().unwrap();
    let frame = document.create_element("iframe").unwrap();
    document.body().unwrap().append_child(&frame).unwrap();
    js_sys::Reflect::get(&frame, &"contentWindow".into())
        .unwrap()
        .unchecked_into()
}

fn message(pairs: &[(&str, JsValue)]) -> JsValue {
    let message = js_sys::Object::new();
    for (key, value) in pairs {
        js_sys::Reflect::set(&message, &(*key).into(), value).unwrap();
    }
    message.into()
}

/// Posts `message` to this page from inside `from` (so that the message's source is `from`).
fn post_from(from: &web_sys::Window, message: &JsValue) {
    let function: js_sys::Function = js_sys::Reflect::get(from, &"Function".into())
        .unwrap()
        .unchecked_into();
    let body = js_sys::Array::of2(
        &"message".into(),
        &"parent.postMessage(message, '*')".into(),
    );
    let post: js_sys::Function = js_sys::Reflect::construct(&function, &body)
        .unwrap()
        .unchecked_into();
    post.call1(&JsValue::NULL, message).unwrap();
}

/// Every message `window` gets, as JSON, in order.
fn record(window: &web_sys::Window) -> Rc<RefCell<Vec<String>>> {
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let into = heard.clone();
    let listener =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let json = js_sys::JSON::stringify(&event.data()).unwrap();
            into.borrow_mut().push(json.as_string().unwrap());
        });
    window
        .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    heard
}

/// Waits until every message posted to `window` before this call has been handled by each
/// listener it had: a mark posted after them comes after them (messages keep their order).
async fn settled(window: &web_sys::Window) {
    let window = window.clone();
    let mark = js_sys::Math::random().to_string();
    let arrived = js_sys::Promise::new(&mut |done, _| {
        let mark = mark.clone();
        let listener =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let seen = js_sys::Reflect::get(&event.data(), &"mark".into()).ok();
                if seen.and_then(|s| s.as_string()).as_deref() == Some(mark.as_str()) {
                    let _ = done.call0(&JsValue::NULL);
                }
            });
        window
            .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
            .unwrap();
        listener.forget();
    });
    window
        .post_message(&message(&[("mark", mark.as_str().into())]), "*")
        .unwrap();
    JsFuture::from(arrived).await.unwrap();
}

fn texts_in(heard: &[String]) -> Vec<String> {
    heard
        .iter()
        .filter(|json| !json.contains("\"mark\""))
        .cloned()
        .collect()
}

#[wasm_bindgen_test]
async fn the_child_page_answers_only_the_meeting_it_opened_and_only_once_it_is_ready() {
    let meeting = other_tab();
    let meeting_heard = record(&meeting);
    let sent = Rc::new(RefCell::new(0));
    let owner = Owner::new();
    let handover = owner.with(MeetingOnThisDevice::new);
    handover.wait_for(meeting.clone());
    // The text is made before the meeting is ready: it waits.
    let told = sent.clone();
    handover.send("{\"hjulet\":1}".to_owned(), move || *told.borrow_mut() += 1);

    // "Ready" from another window (this page itself), and a message of another kind from the
    // meeting: neither is the meeting saying it is ready.
    this_window()
        .post_message(&message(&[("kind", READY.into())]), "*")
        .unwrap();
    post_from(&meeting, &message(&[("kind", "something-else".into())]));
    settled(&this_window()).await;
    settled(&meeting).await;
    assert_eq!(texts_in(&meeting_heard.borrow()), Vec::<String>::new());
    assert_eq!(*sent.borrow(), 0);

    // The meeting is ready: it gets the text, once, even when it says "ready" again.
    post_from(&meeting, &message(&[("kind", READY.into())]));
    post_from(&meeting, &message(&[("kind", READY.into())]));
    settled(&this_window()).await;
    settled(&meeting).await;
    assert_eq!(
        texts_in(&meeting_heard.borrow()),
        vec![format!(
            "{{\"kind\":\"{SHARED_TEXT}\",\"text\":\"{{\\\"hjulet\\\":1}}\"}}"
        )]
    );
    assert_eq!(*sent.borrow(), 1);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_text_made_after_the_meeting_is_ready_goes_at_once_and_none_goes_after_cleanup() {
    let meeting = other_tab();
    let meeting_heard = record(&meeting);
    let owner = Owner::new();
    let handover = owner.with(MeetingOnThisDevice::new);
    handover.wait_for(meeting.clone());
    post_from(&meeting, &message(&[("kind", READY.into())]));
    settled(&this_window()).await;
    handover.send("först".to_owned(), || {});
    settled(&meeting).await;
    assert_eq!(texts_in(&meeting_heard.borrow()).len(), 1);

    // The child's page is gone before a second meeting says it is ready: nothing arrives there.
    let second = other_tab();
    let second_heard = record(&second);
    let owner = Owner::new();
    let handover = owner.with(MeetingOnThisDevice::new);
    handover.wait_for(second.clone());
    handover.send("aldrig".to_owned(), || {});
    owner.cleanup();
    post_from(&second, &message(&[("kind", READY.into())]));
    settled(&this_window()).await;
    settled(&second).await;
    assert_eq!(texts_in(&second_heard.borrow()), Vec::<String>::new());
}

#[wasm_bindgen_test]
async fn the_meeting_takes_one_text_of_the_right_shape_from_its_opener_and_nothing_else() {
    let opener = other_tab();
    let opener_heard = record(&opener);
    let received: Rc<RefCell<Vec<String>>> = Rc::default();
    let owner = Owner::new();
    {
        let received = received.clone();
        owner.with(|| receive_from(opener.clone(), move |text| received.borrow_mut().push(text)));
    }
    // It says it is ready to its opener.
    settled(&opener).await;
    assert_eq!(
        texts_in(&opener_heard.borrow()),
        vec![format!("{{\"kind\":\"{READY}\"}}")]
    );

    // From another window (this page itself); of another kind; without a text; then the real
    // one; then a second one.
    let text = |text: &str| message(&[("kind", SHARED_TEXT.into()), ("text", text.into())]);
    this_window()
        .post_message(&text("förfalskad"), "*")
        .unwrap();
    post_from(
        &opener,
        &message(&[("kind", "other".into()), ("text", "fel sort".into())]),
    );
    post_from(
        &opener,
        &message(&[("kind", SHARED_TEXT.into()), ("text", 42.into())]),
    );
    post_from(&opener, &JsValue::from_str("bara text"));
    post_from(&opener, &text("det riktiga"));
    post_from(&opener, &text("en gång till"));
    settled(&this_window()).await;
    assert_eq!(*received.borrow(), vec!["det riktiga".to_owned()]);
    owner.cleanup();
}

#[wasm_bindgen_test]
async fn a_meeting_cleaned_up_before_the_text_comes_takes_nothing() {
    let opener = other_tab();
    let received: Rc<RefCell<Vec<String>>> = Rc::default();
    let owner = Owner::new();
    {
        let received = received.clone();
        owner.with(|| receive_from(opener.clone(), move |text| received.borrow_mut().push(text)));
    }
    owner.cleanup();
    post_from(
        &opener,
        &message(&[("kind", SHARED_TEXT.into()), ("text", "för sent".into())]),
    );
    settled(&this_window()).await;
    assert_eq!(*received.borrow(), Vec::<String>::new());
}

#[wasm_bindgen_test]
fn the_marker_is_found_and_taken_from_the_address() {
    assert_eq!(without_marker("?from=this-device").as_deref(), Some(""));
    assert_eq!(
        without_marker("?lang=sv&from=this-device").as_deref(),
        Some("?lang=sv")
    );
    assert_eq!(without_marker(""), None);
    assert_eq!(without_marker("?from=elsewhere"), None);
    assert_eq!(without_marker("?from=this-device-not"), None);
}

/// The camera reader's window sends what it read the same way (`browser::reader_window`): the
/// page that opened it takes a text only from that window, never from another window or frame of
/// this origin posing as the reader.
#[wasm_bindgen_test]
async fn a_page_takes_a_camera_text_only_from_the_reader_it_opened() {
    use hjulet::browser::reader_window::{expect_text_from, when_text_read};
    const CAMERA_TEXT: &str = "hjulet-camera-text";
    let reader = other_tab();
    let impostor = other_tab();
    expect_text_from(reader.clone());
    let received: Rc<RefCell<Vec<String>>> = Rc::default();
    let owner = Owner::new();
    {
        let received = received.clone();
        owner.with(|| when_text_read(move |text| received.borrow_mut().push(text)));
    }
    let text = |text: &str| message(&[("kind", CAMERA_TEXT.into()), ("text", text.into())]);
    this_window()
        .post_message(&text("från sidan själv"), "*")
        .unwrap();
    post_from(&impostor, &text("från en annan ram"));
    post_from(
        &reader,
        &message(&[("kind", "other".into()), ("text", "fel sort".into())]),
    );
    post_from(&reader, &text("det lästa"));
    settled(&this_window()).await;
    assert_eq!(*received.borrow(), vec!["det lästa".to_owned()]);
    // Gone with its component: nothing more is taken.
    owner.cleanup();
    post_from(&reader, &text("efteråt"));
    settled(&this_window()).await;
    assert_eq!(received.borrow().len(), 1);
}
