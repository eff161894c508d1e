//! The saved form of a draft, with an explicit schema version, and the way back from text.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.draft", "schema": 1, "draft": { … } }
//! ```
//! Reading goes through [`serde_json::Value`] first so that a file that is not ours, or is from a
//! newer app, is told apart from a damaged one; older schemas pass through [`migrate`] step by step.

use crate::domain::draft::Draft;
use serde::Serialize;
use serde_json::Value;

pub const DRAFT_FORMAT: &str = "barnets-basta-hjulet.draft";

/// The schema this app writes. Raise it with a migration step in [`migrate`].
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a draft of this app.
    NotOurs,
    /// Written by a newer version of the app.
    FutureSchema { found: u64 },
    /// Ours, but damaged or incomplete.
    Damaged(String),
}

impl LoadError {
    /// Fluent message id that explains the error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::NotJson | Self::NotOurs => "load-error-not-ours",
            Self::FutureSchema { .. } => "load-error-future",
            Self::Damaged(_) => "load-error-damaged",
        }
    }
}

#[derive(Serialize)]
struct SavedDraft<'a> {
    format: &'static str,
    schema: u32,
    draft: &'a Draft,
}

pub fn draft_to_json(draft: &Draft) -> String {
    serde_json::to_string(&SavedDraft {
        format: DRAFT_FORMAT,
        schema: SCHEMA_VERSION,
        draft,
    })
    .expect("a draft always serializes")
}

pub fn draft_from_json(text: &str) -> Result<Draft, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::NotJson)?;
    let Some(envelope) = value.as_object() else {
        return Err(LoadError::NotOurs);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(DRAFT_FORMAT) {
        return Err(LoadError::NotOurs);
    }
    let schema = envelope
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadError::Damaged("no schema version".into()))?;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::FutureSchema { found: schema });
    }
    let draft = envelope
        .get("draft")
        .cloned()
        .ok_or_else(|| LoadError::Damaged("no draft".into()))?;
    let draft = migrate(draft, schema)?;
    serde_json::from_value(draft).map_err(|e| LoadError::Damaged(e.to_string()))
}

/// Brings a draft written under `schema` up to [`SCHEMA_VERSION`], one step at a time.
fn migrate(draft: Value, schema: u64) -> Result<Value, LoadError> {
    match schema {
        1 => Ok(draft),
        other => Err(LoadError::Damaged(format!("unknown schema {other}"))),
    }
}

/// What lies under a draft's key, or in a shared file: an open draft or a locked one.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    Open(Draft),
    Locked(crate::domain::locked::Locked),
}

pub fn stored_from_json(text: &str) -> Result<Stored, LoadError> {
    match crate::domain::locked::Locked::from_json(text) {
        Some(locked) => locked.map(Stored::Locked),
        None => draft_from_json(text).map(Stored::Open),
    }
}
