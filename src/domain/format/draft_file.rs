//! A draft as stored on the device and as a shared file.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.draft", "schema": 3, "draft": { … } }
//! ```
//! Raise [`DRAFT`]'s `current` with a step in [`step`] whenever the draft changes shape; a test
//! keeps a file of every earlier schema and checks that it still opens.
//!
//! Schema 2: an answer may be given on the youngest children's three faces (`three-bad`,
//! `three-between`, `three-good`) and may hold the `feelings` picked; the draft may say which
//! areas only the professionals may see (`professionals_only`) and whose voice notes are shared
//! (`voice_shared`). Every addition has a default, so a schema-1 draft is a schema-2 draft as it
//! is: its five-face answers stay five-face answers. A schema-1 app refuses a schema-2 file as
//! one from a newer version instead of misreading it. A shared file may carry the drawings and
//! voice notes that go with the draft beside it, under `media` (see [`super::shared_media`]); the
//! draft kept on the device never does.
//!
//! Schema 3: a draft may hold the meeting's summary it was started from (`from_meeting`, kept
//! on the device only) and the child's cards for what was agreed (`action_marks`; a shared file
//! carries the marked ones). Both have defaults: a schema-2 draft is a schema-3 draft as it is.

use crate::domain::draft::{Draft, OutOfBounds};
use crate::domain::format::envelope::{self, Kind, LoadError, Opened};
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::wheel::WheelDefinition;
use serde::Serialize;
use serde_json::Value;

pub const DRAFT: Kind = Kind {
    format: "barnets-basta-hjulet.draft",
    version_field: "schema",
    current: 3,
};

#[derive(Serialize)]
struct DraftEnvelope<'a> {
    format: &'static str,
    schema: u32,
    draft: &'a Draft,
    #[serde(skip_serializing_if = "Option::is_none")]
    media: Option<&'a SharedMedia>,
}

pub fn draft_to_json(draft: &Draft) -> String {
    draft_and_media_to_json(draft, None)
}

/// A shared file: the draft, and beside it the media that goes with it, when there is any.
pub fn draft_and_media_to_json(draft: &Draft, media: Option<&SharedMedia>) -> String {
    serde_json::to_string(&DraftEnvelope {
        format: DRAFT.format,
        schema: DRAFT.current,
        draft,
        media: media.filter(|media| !media.is_empty()),
    })
    .expect("a draft always serializes")
}

pub fn draft_from_json(text: &str) -> Result<Draft, LoadError> {
    draft_from_envelope(envelope::open(text, &[DRAFT])?)
}

/// A shared file's draft and the media beside it (none in a file from before schema 2, or from
/// a device where nothing was drawn or said), each checked.
pub fn draft_and_media_from_envelope(
    mut opened: Opened,
) -> Result<(Draft, SharedMedia), LoadError> {
    let media = opened.fields.remove("media");
    let draft = draft_from_envelope(opened)?;
    Ok((draft, SharedMedia::from_field(media)?))
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
        // Schema 3 only added the meeting's summary and the child's marks, both with defaults.
        2 => Ok(draft),
        _ => Err(LoadError::damaged(format!("no step from schema {from}"))),
    }
}
