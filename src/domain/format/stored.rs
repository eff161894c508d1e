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

/// How a tab is about to save a draft it has open. A key is known by its salt: the same salt,
/// the same passphrase's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing<'a> {
    /// Readable, as it was when the tab opened it.
    Open,
    /// Encrypted with the tab's key, whose salt this is.
    Locked { salt: &'a [u8] },
    /// Readable again, because the user asked in this tab to take away the lock whose key had
    /// this salt.
    RemovingLock { salt: &'a [u8] },
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
/// A lock is written over only by the tab that holds its key (a lock put on, or put on again with
/// another passphrase, in another tab is not). Something unreadable (damaged) is not protected
/// here: the tab's own words are the better copy.
pub fn check_overwrite(current: Option<&str>, writing: Writing) -> Result<(), Refusal> {
    let Some(current) = current else {
        return Err(Refusal::Deleted);
    };
    match (stored_from_json(current), writing) {
        (Err(LoadError::FutureVersion { .. }), _) => Err(Refusal::NewerVersion),
        (Ok(Stored::Locked(_)), Writing::Open) => Err(Refusal::LockedElsewhere),
        (Ok(Stored::Locked(locked)), Writing::Locked { salt } | Writing::RemovingLock { salt })
            if locked.salt() != salt =>
        {
            Err(Refusal::LockedElsewhere)
        }
        _ => Ok(()),
    }
}
