//! The names of the files the app lets leave the device.
//!
//! A name says what the file is, so that a rescue copy is never mistaken for a shared wheel. A
//! locked file's name carries no name of a child or a guardian: a file name is readable by anyone
//! who sees the folder it lies in. The date is the day on the user's own calendar (the caller
//! gives it in local time), not UTC's.

use crate::domain::draft::Perspective;
use chrono::NaiveDate;

/// The ending of every file of ours, so that people and the file picker recognise it.
pub const FILE_EXTENSION: &str = ".hjulet.json";

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The shared part of a draft.
    SharedWheel(Perspective),
    /// A whole draft, private areas included, for when the device will not keep it.
    RescueCopy,
    /// Barnets plan from a meeting.
    Plan,
}

/// A file's name: its kind, the name inside it (left out when locked) and its date.
pub fn file_name(kind: FileKind, name: &str, locked: bool, date: NaiveDate) -> String {
    let name = if locked { String::new() } else { slug(name) };
    let parts: Vec<&str> = match kind {
        FileKind::SharedWheel(perspective) => vec!["hjulet", &name, perspective.key()],
        FileKind::RescueCopy => vec!["hjulet", "rescue-copy", &name],
        FileKind::Plan => vec!["barnets-plan", &name],
    };
    let date = date.to_string();
    let lock = if locked { "locked" } else { "" };
    let stem: Vec<&str> = parts
        .into_iter()
        .chain([lock, date.as_str()])
        .filter(|part| !part.is_empty())
        .collect();
    format!("{}{FILE_EXTENSION}", stem.join("-"))
}

/// A name as it can stand in a file name: letters and digits kept (any script), the rest '-'.
fn slug(name: &str) -> String {
    let dashed: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    dashed.trim_matches('-').to_owned()
}
