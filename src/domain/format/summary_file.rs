//! The meeting's summary for the child, as the meeting shows it in codes and the child's device
//! reads it with its camera ("Ta emot från mötet").
//!
//! ```json
//! { "format": "barnets-basta-hjulet.child-summary", "schema": 1, "summary": { … } }
//! ```
//! Raise [`CHILD_SUMMARY`]'s `current` with a step whenever the summary changes shape. Once
//! read, the summary lives inside a draft (`Draft::from_meeting`), which has its own migrations.

use crate::domain::format::draft_file::bounds_error;
use crate::domain::format::envelope::{self, Kind, LoadError};
use crate::domain::promise::MeetingSummary;
use serde::Serialize;

pub const CHILD_SUMMARY: Kind = Kind {
    format: "barnets-basta-hjulet.child-summary",
    version_field: "schema",
    current: 1,
};

#[derive(Serialize)]
struct SummaryEnvelope<'a> {
    format: &'static str,
    schema: u32,
    summary: &'a MeetingSummary,
}

pub fn summary_to_json(summary: &MeetingSummary) -> String {
    serde_json::to_string(&SummaryEnvelope {
        format: CHILD_SUMMARY.format,
        schema: CHILD_SUMMARY.current,
        summary,
    })
    .expect("a summary serialises")
}

/// Why a text read for "Ta emot från mötet" is not a summary to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryProblem {
    /// Another file of this app (a wheel or a plan): read where it belongs.
    OtherKindOfOurs,
    Unreadable(LoadError),
}

/// Reads a summary sent by a meeting; anything else is refused whole.
pub fn summary_from_json(text: &str) -> Result<MeetingSummary, SummaryProblem> {
    let mut opened = envelope::open(text, &[CHILD_SUMMARY]).map_err(|error| match error {
        // Ours, but not a summary: said as such, not as "not a file of this app".
        LoadError::NotOurs if is_other_kind_of_ours(text) => SummaryProblem::OtherKindOfOurs,
        error => SummaryProblem::Unreadable(error),
    })?;
    let summary = opened.take("summary").map_err(SummaryProblem::Unreadable)?;
    let summary: MeetingSummary = serde_json::from_value(summary)
        .map_err(|error| SummaryProblem::Unreadable(LoadError::damaged(error)))?;
    summary
        .within_bounds()
        .map_err(|problem| SummaryProblem::Unreadable(bounds_error(problem)))?;
    Ok(summary)
}

fn is_other_kind_of_ours(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|value| value.get("format")?.as_str().map(str::to_owned))
        .is_some_and(|format| format.starts_with("barnets-basta-hjulet."))
}
