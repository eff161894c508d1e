//! A draft as stored on the device and as a shared file.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.draft", "schema": 2, "draft": { … } }
//! ```
//! Raise [`DRAFT`]'s `current` with a step in [`step`] whenever the draft changes shape; a test
//! keeps a file of every earlier schema and checks that it still opens.
//!
//! Schema 2: an answer may be given on the youngest children's three faces (`three-bad`,
//! `three-between`, `three-good`) and may hold the `feelings` picked; the draft may say which
//! areas only the professionals may see (`professionals_only`) and whose voice notes are shared
//! (`voice_shared`). Every addition has a default, so a schema-1 draft is a schema-2 draft as it
//! is: its five-face answers stay five-face answers. A schema-1 app refuses a schema-2 file as
//! one from a newer version instead of misreading it.

use crate::domain::draft::{Draft, OutOfBounds};
use crate::domain::format::envelope::{self, Kind, LoadError, Opened};
use crate::domain::wheel::WheelDefinition;
use serde::Serialize;
use serde_json::Value;

pub const DRAFT: Kind = Kind {
    format: "barnets-basta-hjulet.draft",
    version_field: "schema",
    current: 2,
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
    let mut draft: Draft = serde_json::from_value(draft).map_err(LoadError::damaged)?;
    draft.within_bounds().map_err(bounds_error)?;
    draft.keep_known_feelings(WheelDefinition::shipped_feeling_ids());
    Ok(draft)
}

pub(crate) fn bounds_error(problem: OutOfBounds) -> LoadError {
    match problem {
        OutOfBounds::TooLong => LoadError::TooLong,
        OutOfBounds::NotAWheel => LoadError::damaged("not a wheel's areas"),
    }
}

/// One migration step: the draft as schema `from` wrote it, as schema `from + 1` has it.
fn step(from: u32, draft: Value) -> Result<Value, LoadError> {
    match from {
        // Schema 2 only added answers and fields, each with a default: nothing to change, and
        // an old five-face answer is never turned into a three-face one.
        1 => Ok(draft),
        _ => Err(LoadError::damaged(format!("no step from schema {from}"))),
    }
}
