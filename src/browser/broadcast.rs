//! A channel between this app's windows on this device (`BroadcastChannel`: same origin only,
//! nothing leaves the device): the meeting's laptop window keeps its projector window in step
//! with it. Open for as long as the component that opened it lives: its cleanup removes the
//! listener and closes the channel.

use leptos::prelude::{on_cleanup, StoredValue, UpdateValue, WithValue};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

struct Open {
    channel: web_sys::BroadcastChannel,
    listener: Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl Drop for Open {
    fn drop(&mut self) {
        let _ = self
            .channel
            .remove_event_listener_with_callback("message", self.listener.as_ref().unchecked_ref());
        self.channel.close();
    }
}

/// One window's end of a channel. Copy: handlers and effects each hold it.
#[derive(Clone, Copy)]
pub struct Broadcast(StoredValue<Option<Rc<Open>>, leptos::prelude::LocalStorage>);

impl Broadcast {
    /// Opens the channel `name`; `heard` gets every text another window of this origin posts on
    /// it (never this window's own). Where the browser has no such channel, posting does nothing.
    pub fn open(name: &str, heard: impl Fn(String) + 'static) -> Self {
        let open = web_sys::BroadcastChannel::new(name).ok().map(|channel| {
            let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(
                move |event: web_sys::MessageEvent| {
                    if let Some(text) = event.data().as_string() {
                        heard(text);
                    }
                },
            );
            let _ = channel
                .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
            Rc::new(Open { channel, listener })
        });
        let stored = StoredValue::new_local(open);
        // Dropping the open channel removes its listener and closes it.
        on_cleanup(move || drop(stored.try_update_value(Option::take)));
        Self(stored)
    }

    /// Posts `text` to the other windows listening on this channel.
    pub fn post(self, text: &str) {
        self.0.try_with_value(|open| {
            if let Some(open) = open {
                let _ = open.channel.post_message(&text.into());
            }
        });
    }

    /// Closes the channel now, before the component is cleaned up (a window about to close).
    pub fn close(self) {
        drop(self.0.try_update_value(Option::take));
    }
}
