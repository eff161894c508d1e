//! A draft as stored on the device and as a shared file.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.draft", "schema": 1, "draft": { … } }
//! ```
//! Raise [`DRAFT`]'s `current` with a step in [`step`] whenever the draft changes shape; a test
//! keeps a file of every earlier schema and checks that it still opens.

use crate::domain::draft::{Draft, OutOfBounds};
use crate::domain::format::envelope::{self, Kind, LoadError, Opened};
use serde::Serialize;
use serde_json::Value;

pub const DRAFT: Kind = Kind {
    format: "barnets-basta-hjulet.draft",
    version_field: "schema",
    current: 1,
};

#[derive(Serialize)]
struct DraftEnvelope<'a> {
    format: &'static str,
    schema: u32,
    draft: &'a Draft,
}

pub fn draft_to_json(draft: &Draft) -> String {
    serde_json::to_string(&DraftEnvelope {
        format: DRAFT.format,
        schema: DRAFT.current,
        draft,
    })
    .expect("a draft always serializes")
}

pub fn draft_from_json(text: &str) -> Result<Draft, LoadError> {
    draft_from_envelope(envelope::open(text, &[DRAFT])?)
}

/// A draft envelope that passed the envelope check, brought up to date and checked.
pub fn draft_from_envelope(mut opened: Opened) -> Result<Draft, LoadError> {
    let draft = opened.take("draft")?;
    let draft = envelope::migrate(draft, opened.version, DRAFT.current, step)?;
    let draft: Draft = serde_json::from_value(draft).map_err(LoadError::damaged)?;
    draft.within_bounds().map_err(bounds_error)?;
    Ok(draft)
}

pub(crate) fn bounds_error(problem: OutOfBounds) -> LoadError {
    match problem {
        OutOfBounds::TooLong => LoadError::TooLong,
        OutOfBounds::NotAWheel => LoadError::damaged("not a wheel's areas"),
    }
}

/// One migration step: the draft as schema `from` wrote it, as schema `from + 1` has it.
fn step(from: u32, _draft: Value) -> Result<Value, LoadError> {
    // Schema 1 is the first; the first change of shape adds `1 => …` here.
    Err(LoadError::damaged(format!("no step from schema {from}")))
}
