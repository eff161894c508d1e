//! The one function the app calls to read a file someone chose or dropped, and the file that
//! leaves when a draft is shared.

use crate::domain::draft::Draft;
use crate::domain::drawing::Drawing;
use crate::domain::format::draft_file::{
    draft_and_media_from_envelope, draft_and_media_to_json, draft_to_json, DRAFT,
};
use crate::domain::format::envelope::{self, LoadError};
use crate::domain::format::locked::{Locked, LOCKED};
use crate::domain::format::plan_file::{plan_and_drawings_from_envelope, PLAN};
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::plan::PlanInProgress;
use crate::ids::{self, MessageId};
use std::collections::BTreeMap;

/// Larger files are refused before they are read. A real wheel is a few kilobytes; this is what
/// the largest plan the app can make needs, locked (a test builds it: every text at its longest,
/// of the character that takes the most room in a file), with room to spare.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    Unreadable(LoadError),
    /// A locked file that holds another locked file: the app never makes one.
    LockedTwice,
}

impl ImportError {
    /// Fluent message id that tells the user what is wrong.
    pub fn message_id(&self) -> MessageId {
        match self {
            Self::TooLarge => ids::IMPORT_ERROR_TOO_LARGE,
            Self::Unreadable(error) => error.message_id(),
            Self::LockedTwice => ids::LOAD_ERROR_DAMAGED,
        }
    }
}

impl From<LoadError> for ImportError {
    fn from(error: LoadError) -> Self {
        Self::Unreadable(error)
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

/// What a file brought in holds.
#[derive(Debug, Clone, PartialEq)]
// One value per file read, moved once: its size costs nothing worth a Box in every match.
#[allow(clippy::large_enum_variant)]
pub enum SharedFile {
    /// A shared wheel, and the drawings and voice notes that came with it.
    Draft(Draft, SharedMedia),
    /// Locked with a passphrase: opened in the browser, its plaintext goes through
    /// [`read_unlocked_file`].
    Locked(Locked),
    /// A plan from an earlier meeting, for the follow-up, and the child's drawings it carries
    /// (by area).
    Plan(PlanInProgress, BTreeMap<String, Drawing>),
}

/// Any file of ours: a shared draft (open or locked) or a plan. This is the function the app
/// calls with a chosen or dropped file's text.
pub fn read_file(text: &str) -> Result<SharedFile, ImportError> {
    check_file_size(text.len() as u64)?;
    let opened = envelope::open(text, &[DRAFT, PLAN, LOCKED])?;
    Ok(if opened.kind == DRAFT {
        let (draft, media) = draft_and_media_from_envelope(opened)?;
        SharedFile::Draft(draft, media)
    } else if opened.kind == PLAN {
        let (plan, drawings) = plan_and_drawings_from_envelope(opened)?;
        SharedFile::Plan(plan, drawings)
    } else {
        SharedFile::Locked(Locked::from_envelope(opened)?)
    })
}

/// What a locked file held, once its passphrase opened it: a draft or a plan, read like any
/// file, but never another locked file.
pub fn read_unlocked_file(plaintext: &str) -> Result<SharedFile, ImportError> {
    match read_file(plaintext)? {
        SharedFile::Locked(_) => Err(ImportError::LockedTwice),
        file => Ok(file),
    }
}

/// The text of the file that leaves when a draft is shared: only the shared areas, and not even
/// which areas were kept private; of `kept` (the drawings and voice notes on the device), only
/// the shared areas' drawings and the voice notes whose sharing was turned on.
pub fn shared_file_text(draft: &Draft, kept: &SharedMedia) -> String {
    let media = SharedMedia::for_sharing(draft, kept);
    let mut shared = draft.shared_copy();
    // The draft says which drawings and voice notes came with it: what the plan mentions, and
    // what a meeting whose tab was reloaded knows to ask for again.
    shared.drawn = media.drawings.keys().cloned().collect();
    shared.voice_shared = media.voice_notes.keys().cloned().collect();
    draft_and_media_to_json(&shared, Some(&media))
}

/// The whole draft, private areas included and still marked private: for when the device will
/// not keep it, so that no word is lost. A meeting that takes it in takes only the shared areas.
pub fn rescue_file_text(draft: &Draft) -> String {
    draft_to_json(draft)
}
