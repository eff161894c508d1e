//! Noticing that nobody has used the app for a while, so that an unlocked draft locks again on a
//! device someone walked away from.
//!
//! The time since the last use is read from the clock, not counted by a timer: a timer does not
//! run while the tab is hidden, frozen, in the back-forward cache or the device sleeps. The clock
//! is asked every few seconds while the page runs, and at once whenever it may have been away
//! ([`when_back`]).

use crate::browser::page_life::when_back;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// How often a running page looks at the clock: the lock comes at most this late.
const LOOK_EVERY: Duration = Duration::from_secs(5);

/// Calls `idle` once, when `after` has passed with no key press, pointer press or typing. Stops
/// when the calling component (or effect) is cleaned up.
pub fn when_idle(after: Duration, idle: impl Fn() + 'static) {
    let after_ms = after.as_millis() as f64;
    let last_use = Rc::new(Cell::new(js_sys::Date::now()));
    let fired = Rc::new(Cell::new(false));
    let check = {
        let last_use = last_use.clone();
        Rc::new(move || {
            if !fired.get() && js_sys::Date::now() - last_use.get() >= after_ms {
                fired.set(true);
                idle();
            }
        })
    };
    let used = move || last_use.set(js_sys::Date::now());
    let listeners = [
        window_event_listener(leptos::ev::keydown, {
            let used = used.clone();
            move |_| used()
        }),
        window_event_listener(leptos::ev::pointerdown, {
            let used = used.clone();
            move |_| used()
        }),
        window_event_listener(leptos::ev::input, move |_| used()),
    ];
    let ticking = {
        let check = check.clone();
        set_interval_with_handle(move || check(), LOOK_EVERY).ok()
    };
    when_back(move || check());
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Some(ticking) = ticking {
            ticking.clear();
        }
    });
}
