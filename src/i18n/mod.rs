//! Fluent messages in components. Every user-visible string goes through here. Which language
//! is shown, and loading it, is `stores::language`.

pub mod localizer;

pub use crate::domain::language::Language;
pub use localizer::{
    Localizer, MessageFiles, Wording, ALL_MESSAGES, CHILD_MESSAGES, LOCALE_FILES, READER_MESSAGES,
};

use crate::ids::MessageId;
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

/// A text made to be an accessible name (`aria-label`), without the isolation marks Fluent puts
/// around placeables (U+2068 … U+2069). On screen they keep mixed-direction text in order; a name
/// is never laid out, only heard or matched against what a speech-input user says ("Trygghet"),
/// and must hold the visible words exactly.
pub fn accessible_name(text: String) -> String {
    if text.contains(['\u{2068}', '\u{2069}']) {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}

pub fn use_translate() -> Translate {
    let Messages(messages) = expect_context();
    let WordingContext(wording) = expect_context();
    Translate { messages, wording }
}

impl Translate {
    pub fn get(self, id: MessageId) -> String {
        self.get_with(id, &[])
    }

    /// The message as a text the view keeps up to date. Every call returns the same closure
    /// type, so the rendering code is compiled once, not once per place that shows a text.
    pub fn text(self, id: MessageId) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.get(id)
    }

    pub fn get_with(self, id: MessageId, args: &[(&str, FluentValue<'_>)]) -> String {
        self.content_with(id.as_str(), args)
    }

    /// A message whose id a content file names (an area's name, its classroom prompts): those
    /// ids are checked where the content is read, not by the compiler (see `crate::ids`).
    pub fn content(self, id: &str) -> String {
        self.content_with(id, &[])
    }

    pub fn content_with(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let wording = self.wording.get();
        self.messages.with(|l| l.message(id, wording, args))
    }

    pub fn language(self) -> Language {
        self.messages.with(|l| l.language())
    }

    /// The same messages in another reader's wording (the header's help for the draft open
    /// below it).
    pub fn worded_for(self, wording: Wording) -> Self {
        Self {
            wording: Signal::stored(wording),
            ..self
        }
    }
}
