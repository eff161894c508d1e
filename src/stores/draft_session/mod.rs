//! The open draft, handed down as context: [`CurrentDraft`] to read, [`DraftEditor`] to change.
//!
//! Every edit is saved at once. The order of those saves — encrypting, letting go, another tab's
//! save — is decided in plain Rust by [`sequencer::SaveSequencer`], tested natively;
//! [`DraftEditor`] is the Leptos shell that carries out what it asks.

mod editor;
pub mod sequencer;

pub use editor::{rescue_copy, DraftEditor};
pub use sequencer::SaveStatus;

use crate::domain::{Draft, WheelDefinition};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// The wheel definition in use, loaded once at start.
#[derive(Clone)]
pub struct WheelContext(pub Arc<WheelDefinition>);

pub fn use_wheel() -> Arc<WheelDefinition> {
    expect_context::<WheelContext>().0
}

/// The draft of the current route, to read.
#[derive(Clone, Copy)]
pub struct CurrentDraft(pub Signal<Draft>);

/// How many times another tab's changes came in: views built from a draft's text re-read it.
#[derive(Clone, Copy)]
pub struct OutsideChanges(pub Signal<u32>);

/// An encrypted draft open in this tab is forgotten here (the passphrase is needed again) after
/// this long without anyone using the app.
pub const LOCK_AGAIN_AFTER: Duration = Duration::from_secs(5 * 60);
