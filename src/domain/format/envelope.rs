//! The one envelope every file and stored form of the app has, and the one check that reads it.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.<kind>", "<version field>": 1, … }
//! ```
//! Reading goes through [`serde_json::Value`] first, so that a file that is not ours, one from a
//! newer app, one that does not say its version and a damaged one are told apart, each with its
//! own message. Older versions are brought up to date by [`migrate`], one step at a time.

use crate::ids::{self, MessageId};

use serde_json::{Map, Value};

/// Why something could not be read. Every variant has a message in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a file of this app (or not the kind expected here).
    NotOurs,
    /// Ours, but it does not say which version of the app wrote it.
    NoVersion,
    /// Written by a newer version of the app.
    FutureVersion { found: u64 },
    /// Ours, but damaged or incomplete.
    Damaged(String),
    /// A text in it is longer than the app lets anyone type.
    TooLong,
}

impl LoadError {
    /// Fluent message id that explains the error to the user.
    pub fn message_id(&self) -> MessageId {
        match self {
            Self::NotJson | Self::NotOurs => ids::LOAD_ERROR_NOT_OURS,
            Self::NoVersion => ids::LOAD_ERROR_NO_VERSION,
            Self::FutureVersion { .. } => ids::LOAD_ERROR_FUTURE,
            Self::Damaged(_) => ids::LOAD_ERROR_DAMAGED,
            Self::TooLong => ids::LOAD_ERROR_TOO_LONG,
        }
    }

    pub(crate) fn damaged(reason: impl ToString) -> Self {
        Self::Damaged(reason.to_string())
    }
}

/// One kind of envelope: its `format` name, the field that holds its version, and the version
/// this app writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    pub format: &'static str,
    pub version_field: &'static str,
    pub current: u32,
}

/// An envelope that passed the check: its kind, the version it was written in, and its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub kind: Kind,
    pub version: u32,
    pub fields: Map<String, Value>,
}

impl Opened {
    /// Takes out a field that must be there.
    pub fn take(&mut self, name: &str) -> Result<Value, LoadError> {
        self.fields
            .remove(name)
            .ok_or_else(|| LoadError::damaged(format!("no {name}")))
    }
}

/// Reads `text` as JSON; see [`open_value`].
pub fn open(text: &str, kinds: &[Kind]) -> Result<Opened, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::NotJson)?;
    open_value(value, kinds)
}

/// The one envelope check: an object whose `format` is one of `kinds`, with a version that this
/// app can read (1 up to the kind's current one).
pub fn open_value(value: Value, kinds: &[Kind]) -> Result<Opened, LoadError> {
    let Value::Object(fields) = value else {
        return Err(LoadError::NotOurs);
    };
    let format = fields.get("format").and_then(Value::as_str);
    let kind = *kinds
        .iter()
        .find(|kind| Some(kind.format) == format)
        .ok_or(LoadError::NotOurs)?;
    let version = match fields.get(kind.version_field) {
        None | Some(Value::Null) => return Err(LoadError::NoVersion),
        Some(version) => version
            .as_u64()
            .filter(|&v| v >= 1)
            .ok_or_else(|| LoadError::damaged(format!("version {version}")))?,
    };
    if version > u64::from(kind.current) {
        return Err(LoadError::FutureVersion { found: version });
    }
    Ok(Opened {
        kind,
        version: version as u32,
        fields,
    })
}

/// Brings `value`, written in `version`, up to `current` by running `step(v, value)` for each
/// version v from `version` to `current − 1`, which must give the value as version v + 1 has it.
pub fn migrate(
    mut value: Value,
    version: u32,
    current: u32,
    step: impl Fn(u32, Value) -> Result<Value, LoadError>,
) -> Result<Value, LoadError> {
    for from in version..current {
        value = step(from, value)?;
    }
    Ok(value)
}
