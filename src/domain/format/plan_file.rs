//! Barnets plan as a file, and the meeting as the meeting's tab keeps it.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.plan", "schema": 4, "plan": { … } }
//! { "format": "barnets-basta-hjulet.meeting", "schema": 4, "meeting": { … } }
//! ```
//! Both hold a [`PlanInProgress`]; the plan file holds only what was chosen to leave
//! ([`PlanInProgress::chosen`]), the meeting everything the tab needs to go on after a reload.
//!
//! Schema 2 (both kinds): an area's `actions` is a list of `{ what, who, when }` instead of one
//! free text; the plan may record `consent` and `include_child_words`. A schema-1 text becomes
//! one action that says what, without who or when, so that the plan shows it as incomplete.
//!
//! Schema 3 (both kinds): the drafts inside are drafts of schema 2 (three-face answers, feelings,
//! who may see an area, shared voice notes; see `draft_file`). Drafts of schema 1 inside an
//! older plan or meeting are schema-2 drafts as they are, so the step changes nothing; the raise
//! makes an older app say "update the app" rather than "damaged". A plan file of schema 3 may
//! also carry the child's drawings beside the plan (`child_drawings`, by area, each a drawing's
//! own envelope), so that the next meeting's follow-up shows the earlier drawing beside the new
//! one; never a voice note.
//!
//! Schema 4 (both kinds): the meeting may carry `journey`, the meetings before the plan it
//! follows up as dates and faces only (`domain::journey`), so that the next meeting shows the
//! whole journey from the last plan file alone. An older plan or meeting has none: the step
//! changes nothing, and the raise makes an older app say "update the app" rather than drop the
//! journey unseen.

use crate::domain::drawing::Drawing;
use crate::domain::format::envelope::{self, Kind, LoadError, Opened};
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::plan::{JoinProblem, PlanInProgress, MAX_ACTIONS_PER_AREA, MAX_ACTION_CHARS};
use crate::domain::wheel::WheelDefinition;
use crate::domain::Perspective;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

pub const PLAN: Kind = Kind {
    format: "barnets-basta-hjulet.plan",
    version_field: "schema",
    current: 4,
};

/// The meeting's own session data, in the tab's sessionStorage.
pub const MEETING: Kind = Kind {
    format: "barnets-basta-hjulet.meeting",
    version_field: "schema",
    current: 4,
};

#[derive(Serialize)]
struct PlanEnvelope<'a> {
    format: &'static str,
    schema: u32,
    plan: &'a PlanInProgress,
    #[serde(skip_serializing_if = "Option::is_none")]
    child_drawings: Option<SharedMedia>,
}

#[derive(Serialize)]
struct MeetingEnvelope<'a> {
    format: &'static str,
    schema: u32,
    meeting: &'a PlanInProgress,
}

/// The plan file's text: only the perspectives ticked in, only their shared areas.
pub fn plan_to_json(meeting: &PlanInProgress) -> String {
    plan_with_drawings_to_json(meeting, &BTreeMap::new())
}

/// The plan file's text with the child's drawings that the meeting holds (by area): only where
/// the child is in the plan and the child's draft says the drawing came with it.
pub fn plan_with_drawings_to_json(
    meeting: &PlanInProgress,
    childs_drawings: &BTreeMap<String, Drawing>,
) -> String {
    let chosen = meeting.chosen();
    let drawn = chosen
        .perspectives
        .iter()
        .find(|draft| draft.perspective == Perspective::Child)
        .map(|child| child.drawn.clone())
        .unwrap_or_default();
    let drawings: BTreeMap<String, Drawing> = childs_drawings
        .iter()
        .filter(|(area, _)| drawn.contains(*area))
        .map(|(area, drawing)| (area.clone(), drawing.clone()))
        .collect();
    serde_json::to_string(&PlanEnvelope {
        format: PLAN.format,
        schema: PLAN.current,
        plan: &chosen,
        child_drawings: (!drawings.is_empty()).then(|| SharedMedia {
            drawings,
            ..SharedMedia::default()
        }),
    })
    .expect("a plan always serializes")
}

pub fn plan_from_envelope(opened: Opened) -> Result<PlanInProgress, LoadError> {
    plan_and_drawings_from_envelope(opened).map(|(plan, _)| plan)
}

/// A plan file's plan and the child's drawings it carries (by area; none in older files).
pub fn plan_and_drawings_from_envelope(
    mut opened: Opened,
) -> Result<(PlanInProgress, BTreeMap<String, Drawing>), LoadError> {
    let drawings = SharedMedia::from_field(opened.fields.remove("child_drawings"))?;
    if !drawings.voice_notes.is_empty() {
        return Err(LoadError::damaged("a plan file never carries sound"));
    }
    let plan = opened.take("plan")?;
    let plan = envelope::migrate(plan, opened.version, PLAN.current, step)?;
    Ok((checked(plan, |_| {})?, drawings.drawings))
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
    // on what was typed or brought in, so its texts are cut to today's, not refused. Its shape
    // is schema 1's.
    let is_bare_meeting = value.get("format").is_none()
        && value.get("plan").is_some()
        && value.get("perspectives").is_some();
    if is_bare_meeting {
        let meeting = envelope::migrate(value, 1, MEETING.current, step)?;
        return checked(meeting, PlanInProgress::clip_to_bounds);
    }
    let mut opened = envelope::open_value(value, &[MEETING])?;
    let meeting = opened.take("meeting")?;
    let meeting = envelope::migrate(meeting, opened.version, MEETING.current, step)?;
    checked(meeting, |_| {})
}

/// One step of [`envelope::migrate`], the same for the plan file and the meeting (both hold a
/// [`PlanInProgress`]).
fn step(from: u32, value: Value) -> Result<Value, LoadError> {
    match from {
        1 => actions_become_a_list(value),
        // The drafts inside become schema 2, which needs no change (`draft_file::step`).
        2 => Ok(value),
        // Schema 4 adds the journey, which an older plan or meeting does not have.
        3 => Ok(value),
        _ => Err(LoadError::damaged(format!("no step from schema {from}"))),
    }
}

/// Schema 1 → 2: each area's free-text actions, in the plan and in the earlier plan it
/// follows up, become actions that say what (and not yet who or when) — one per line, as long
/// as an action may be (see [`split_into_actions`]).
fn actions_become_a_list(mut meeting: Value) -> Result<Value, LoadError> {
    for pointer in ["/plan/areas", "/earlier/areas"] {
        let Some(areas) = meeting.pointer_mut(pointer) else {
            continue;
        };
        let Value::Object(areas) = areas else {
            return Err(LoadError::damaged(format!("{pointer} is not an object")));
        };
        for area in areas.values_mut() {
            let Some(actions) = area.get_mut("actions") else {
                continue;
            };
            let text = match actions.take() {
                Value::String(text) => text,
                other => {
                    return Err(LoadError::damaged(format!(
                        "schema-1 actions must be text, found {other}"
                    )))
                }
            };
            *actions = split_into_actions(&text)
                .into_iter()
                .map(|what| serde_json::json!({ "what": what, "who": "", "when": "" }))
                .collect();
        }
    }
    Ok(meeting)
}

/// A schema-1 text of actions (up to 2 000 characters, often one action a line) as the texts of
/// schema 2's actions, none longer than [`MAX_ACTION_CHARS`] and at most
/// [`MAX_ACTIONS_PER_AREA`] of them, nothing of the text lost: lines are kept together while they
/// fit, a longer line is cut between words. When lines would make too many actions, the text is
/// cut into as few as fit instead (2 000 characters make four). Blank lines go.
pub fn split_into_actions(text: &str) -> Vec<String> {
    let lines = text
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty());
    let mut actions: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        let joined = current.chars().count() + 1 + line.chars().count();
        if !current.is_empty() && joined > MAX_ACTION_CHARS {
            actions.push(std::mem::take(&mut current));
        }
        if line.chars().count() > MAX_ACTION_CHARS {
            if !current.is_empty() {
                actions.push(std::mem::take(&mut current));
            }
            actions.extend(cut_between_words(line, MAX_ACTION_CHARS));
            continue;
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        actions.push(current);
    }
    if actions.len() > MAX_ACTIONS_PER_AREA {
        return cut_between_words(text.trim(), MAX_ACTION_CHARS);
    }
    actions
}

/// `text` in pieces of at most `max` characters, each ending at a space where there is one.
fn cut_between_words(text: &str, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest: Vec<char> = text.chars().collect();
    while rest.len() > max {
        let cut = rest[..=max]
            .iter()
            .rposition(|c| c.is_whitespace())
            .filter(|&at| at > 0)
            .unwrap_or(max);
        let piece: String = rest[..cut].iter().collect();
        pieces.push(piece.trim_end().to_owned());
        rest = rest[cut..].to_vec();
        while rest.first().is_some_and(|c| c.is_whitespace()) {
            rest.remove(0);
        }
    }
    if !rest.is_empty() {
        pieces.push(rest.into_iter().collect());
    }
    pieces
}

/// The meeting in `value`, made ready by `prepare`, if it is one the app could have made.
fn checked(
    value: Value,
    prepare: impl FnOnce(&mut PlanInProgress),
) -> Result<PlanInProgress, LoadError> {
    let mut meeting: PlanInProgress = serde_json::from_value(value).map_err(LoadError::damaged)?;
    prepare(&mut meeting);
    meeting.within_bounds().map_err(join_error)?;
    meeting.keep_known_feelings(WheelDefinition::shipped_feeling_ids());
    Ok(meeting)
}

fn join_error(problem: JoinProblem) -> LoadError {
    match problem {
        JoinProblem::OutOfBounds(bounds) => crate::domain::format::draft_file::bounds_error(bounds),
        other => LoadError::damaged(format!("{other:?}")),
    }
}
