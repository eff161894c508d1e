//! A tick every so often, for as long as the component that asked is there: the interval is
//! cleared when that component goes, so nothing keeps running behind a closed view.

use leptos::prelude::{on_cleanup, set_interval_with_handle};
use std::time::Duration;

/// Calls `tick` every `period` until the calling component is cleaned up.
pub fn every(period: Duration, tick: impl Fn() + 'static) {
    let ticking = set_interval_with_handle(tick, period).ok();
    on_cleanup(move || {
        if let Some(ticking) = ticking {
            ticking.clear();
        }
    });
}
