//! Fluent messages in components. Every user-visible string goes through here.

pub mod localizer;

pub use localizer::{Localizer, Wording};

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::sync::Arc;

/// The active language's messages, provided once by the app.
#[derive(Clone, Copy)]
pub struct Messages(pub Signal<Arc<Localizer>>);

/// Whose wording to use below this point; a draft's scope provides its own.
#[derive(Clone, Copy)]
pub struct WordingContext(pub Signal<Wording>);

/// Looks messages up reactively: a view that calls it re-renders when the language or the
/// wording (age band, perspective) changes.
#[derive(Clone, Copy)]
pub struct Translate {
    messages: Signal<Arc<Localizer>>,
    wording: Signal<Wording>,
}

pub fn use_translate() -> Translate {
    let Messages(messages) = expect_context();
    let WordingContext(wording) = expect_context();
    Translate { messages, wording }
}

impl Translate {
    pub fn get(self, id: &str) -> String {
        self.get_with(id, &[])
    }

    pub fn get_with(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let wording = self.wording.get();
        self.messages.with(|l| l.message(id, wording, args))
    }
}
