//! What lies under a draft's key in the device's storage, and when a tab may write over it.
//!
//! Several tabs (and several versions of the app, across an update) share one storage. A tab
//! writes only over what it may: never over a lock another tab put on, never where another tab
//! deleted the draft, never over what a newer version of the app wrote.

use crate::domain::draft::Draft;
use crate::domain::format::draft_file::{draft_from_envelope, DRAFT};
use crate::domain::format::envelope::{self, LoadError};
use crate::domain::format::locked::{Locked, LOCKED};

/// An open draft or a locked one.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    Open(Draft),
    Locked(Locked),
}

pub fn stored_from_json(text: &str) -> Result<Stored, LoadError> {
    let opened = envelope::open(text, &[DRAFT, LOCKED])?;
    if opened.kind == LOCKED {
        Locked::from_envelope(opened).map(Stored::Locked)
    } else {
        draft_from_envelope(opened).map(Stored::Open)
    }
}

/// How a tab is about to save a draft it has open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    /// Readable, as it was when the tab opened it.
    Open,
    /// Encrypted with the tab's key.
    Locked,
    /// Readable again, because the user asked to take the lock away in this tab.
    RemovingLock,
}

/// Why a save must not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The draft is gone: deleted here or in another tab. Writing would bring it back.
    Deleted,
    /// Another tab locked it: a readable save would take the lock away.
    LockedElsewhere,
    /// A newer version of the app saved it in a form this version does not know.
    NewerVersion,
}

/// Whether a tab may write a draft over `current`, what storage holds under its key right now.
/// Something unreadable (damaged) is not protected here: the tab's own words are the better copy.
pub fn check_overwrite(current: Option<&str>, writing: Writing) -> Result<(), Refusal> {
    let Some(current) = current else {
        return Err(Refusal::Deleted);
    };
    match stored_from_json(current) {
        Err(LoadError::FutureVersion { .. }) => Err(Refusal::NewerVersion),
        Ok(Stored::Locked(_)) if writing == Writing::Open => Err(Refusal::LockedElsewhere),
        _ => Ok(()),
    }
}
