//! Noticing that nobody has used the app for a while, so that an unlocked draft locks again on a
//! device someone walked away from.

use leptos::prelude::*;
use std::time::Duration;

/// Ends the watch when dropped.
pub struct IdleWatch {
    listeners: Vec<WindowListenerHandle>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl IdleWatch {
    pub fn stop(self) {
        for listener in self.listeners {
            listener.remove();
        }
        if let Some(timer) = self.timer.try_get_value().flatten() {
            timer.clear();
        }
    }
}

/// Calls `idle` once `after` has passed with no key press, pointer press or typing.
pub fn when_idle(after: Duration, idle: impl Fn() + Clone + Send + Sync + 'static) -> IdleWatch {
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let restart = move || {
        if let Some(old) = timer.try_get_value().flatten() {
            old.clear();
        }
        let idle = idle.clone();
        timer.try_set_value(set_timeout_with_handle(idle, after).ok());
    };
    restart();
    let listeners = vec![
        window_event_listener(leptos::ev::keydown, {
            let restart = restart.clone();
            move |_| restart()
        }),
        window_event_listener(leptos::ev::pointerdown, {
            let restart = restart.clone();
            move |_| restart()
        }),
        window_event_listener(leptos::ev::input, move |_| restart()),
    ];
    IdleWatch { listeners, timer }
}
