//! Barnets plan as a file, and the meeting as the meeting's tab keeps it.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.plan", "schema": 1, "plan": { … } }
//! { "format": "barnets-basta-hjulet.meeting", "schema": 1, "meeting": { … } }
//! ```
//! Both hold a [`PlanInProgress`]; the plan file holds only what was chosen to leave
//! ([`PlanInProgress::chosen`]), the meeting everything the tab needs to go on after a reload.

use crate::domain::format::envelope::{self, Kind, LoadError, Opened};
use crate::domain::plan::{JoinProblem, PlanInProgress};
use serde::Serialize;
use serde_json::Value;

pub const PLAN: Kind = Kind {
    format: "barnets-basta-hjulet.plan",
    version_field: "schema",
    current: 1,
};

/// The meeting's own session data, in the tab's sessionStorage.
pub const MEETING: Kind = Kind {
    format: "barnets-basta-hjulet.meeting",
    version_field: "schema",
    current: 1,
};

#[derive(Serialize)]
struct PlanEnvelope<'a> {
    format: &'static str,
    schema: u32,
    plan: &'a PlanInProgress,
}

#[derive(Serialize)]
struct MeetingEnvelope<'a> {
    format: &'static str,
    schema: u32,
    meeting: &'a PlanInProgress,
}

/// The plan file's text: only the perspectives ticked in, only their shared areas.
pub fn plan_to_json(meeting: &PlanInProgress) -> String {
    serde_json::to_string(&PlanEnvelope {
        format: PLAN.format,
        schema: PLAN.current,
        plan: &meeting.chosen(),
    })
    .expect("a plan always serializes")
}

pub fn plan_from_envelope(mut opened: Opened) -> Result<PlanInProgress, LoadError> {
    let plan = opened.take("plan")?;
    // Plan schema 1 is the first; a change of shape adds a step here.
    let plan = envelope::migrate(plan, opened.version, PLAN.current, no_step)?;
    checked(plan, |_| {})
}

/// The meeting as this tab keeps it, every perspective brought in included.
pub fn meeting_to_json(meeting: &PlanInProgress) -> String {
    serde_json::to_string(&MeetingEnvelope {
        format: MEETING.format,
        schema: MEETING.current,
        meeting,
    })
    .expect("a meeting always serializes")
}

/// The meeting a tab kept; also what versions before the envelope kept (the bare meeting).
pub fn meeting_from_json(text: &str) -> Result<PlanInProgress, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::NotJson)?;
    // Before the envelope, the tab kept the bare meeting: version 0. That version had no limits
    // on what was typed or brought in, so its texts are cut to today's, not refused.
    let is_bare_meeting = value.get("format").is_none()
        && value.get("plan").is_some()
        && value.get("perspectives").is_some();
    if is_bare_meeting {
        return checked(value, PlanInProgress::clip_to_bounds);
    }
    let mut opened = envelope::open_value(value, &[MEETING])?;
    let meeting = opened.take("meeting")?;
    let meeting = envelope::migrate(meeting, opened.version, MEETING.current, no_step)?;
    checked(meeting, |_| {})
}

fn no_step(from: u32, _value: Value) -> Result<Value, LoadError> {
    Err(LoadError::damaged(format!("no step from schema {from}")))
}

/// The meeting in `value`, made ready by `prepare`, if it is one the app could have made.
fn checked(
    value: Value,
    prepare: impl FnOnce(&mut PlanInProgress),
) -> Result<PlanInProgress, LoadError> {
    let mut meeting: PlanInProgress = serde_json::from_value(value).map_err(LoadError::damaged)?;
    prepare(&mut meeting);
    meeting.within_bounds().map_err(join_error)?;
    Ok(meeting)
}

fn join_error(problem: JoinProblem) -> LoadError {
    match problem {
        JoinProblem::OutOfBounds(bounds) => crate::domain::format::draft_file::bounds_error(bounds),
        other => LoadError::damaged(format!("{other:?}")),
    }
}
