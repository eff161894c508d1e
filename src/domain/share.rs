//! Sharing a draft as a file, and taking a shared file in again.
//!
//! A shared file is the saved form of [`Draft::shared_copy`] (see [`crate::domain::saved`]), named
//! `*.hjulet.json` so that people and the file picker recognise it.

use crate::domain::locked::Locked;
use crate::domain::meeting::plan_from_json;
use crate::domain::plan::PlanInProgress;
use crate::domain::saved::{draft_from_json, draft_to_json, stored_from_json, LoadError, Stored};
use crate::domain::Draft;

/// Larger files are refused before they are read: a real draft is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The ending of a shared file's name.
pub const FILE_EXTENSION: &str = ".hjulet.json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    Unreadable(LoadError),
}

impl ImportError {
    /// Fluent message id that tells the user what is wrong.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::TooLarge => "import-error-too-large",
            Self::Unreadable(error) => error.message_id(),
        }
    }
}

/// Checks a file's size before anything reads it.
pub fn check_file_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportError::TooLarge)
    } else {
        Ok(())
    }
}

/// The file to download: its name and its text. Private areas are not in it.
pub fn export_file(draft: &Draft) -> (String, String) {
    let shared = draft.shared_copy();
    // NaiveDate prints as YYYY-MM-DD without chrono's format-string machinery in the wasm.
    let date = shared.updated_at.date_naive();
    let name: String = shared
        .nickname
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let who = shared.perspective.key();
    let stem = if name.trim_matches('-').is_empty() {
        format!("hjulet-{who}-{date}")
    } else {
        format!("hjulet-{}-{who}-{date}", name.trim_matches('-'))
    };
    (format!("{stem}{FILE_EXTENSION}"), draft_to_json(&shared))
}

/// A shared file's text back to a draft; refuses what is not ours, newer, or damaged.
pub fn import_file(text: &str) -> Result<Draft, ImportError> {
    check_file_size(text.len() as u64)?;
    // A rescue copy (see `rescue_file`) keeps its private areas marked, and they stay private.
    draft_from_json(text).map_err(ImportError::Unreadable)
}

/// What a file brought in holds.
#[derive(Debug, Clone, PartialEq)]
pub enum SharedFile {
    Draft(Draft),
    /// Locked with a passphrase: opened in the browser, its plaintext goes through [`import_file`].
    Locked(Locked),
    /// A plan from an earlier meeting, for the follow-up.
    Plan(PlanInProgress),
}

/// Any file of ours: a shared draft (open or locked) or a plan.
pub fn read_file(text: &str) -> Result<SharedFile, ImportError> {
    check_file_size(text.len() as u64)?;
    if let Some(plan) = plan_from_json(text) {
        return plan.map(SharedFile::Plan).map_err(ImportError::Unreadable);
    }
    match stored_from_json(text).map_err(ImportError::Unreadable)? {
        Stored::Open(draft) => Ok(SharedFile::Draft(draft)),
        Stored::Locked(locked) => Ok(SharedFile::Locked(locked)),
    }
}

/// The whole draft, private areas included and still marked private: for when the device will
/// not keep it, so that no word is lost. The plan never shows its private areas.
pub fn rescue_file(draft: &Draft) -> (String, String) {
    let (name, _) = export_file(draft);
    (name, draft_to_json(draft))
}
