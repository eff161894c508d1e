//! What the meeting promised the child, on the child's own device, and what the child says of
//! it before the next meeting.
//!
//! The meeting sends its summary for the child ([`MeetingSummary`]) to the family's device (by
//! codes, `format::summary_file`). There it becomes a wheel of its own: a child's draft that
//! holds the summary and one [`ActionMark`] per agreed action. The child marks each action as a
//! picture card — it happened, or it did not, and how it feels now — and fills in the wheel
//! again. The summary never leaves the device again (the meeting has it); the marks the child
//! made leave with that wheel when it is shared, and the meeting's follow-up shows them beside
//! the earlier and new answers.

use crate::domain::answer::ScaleAnswer;
use crate::domain::draft::{AgeBand, OutOfBounds, Perspective, MAX_AREAS, MAX_NICKNAME_CHARS};
use crate::domain::journey::Journey;
use crate::domain::plan::{
    areas_within_bounds, journey_of, Contact, PlanAction, PlanArea, PlanInProgress,
    MAX_ACTIONS_PER_AREA,
};
use crate::domain::wheel::is_area_id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The meeting's summary for the child, as it reaches the child's device: what was agreed per
/// area (needs, actions, whom to ask), when the next meeting is, and whom to reach. Only what
/// the child's printed summary shows; no one's answers or words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingSummary {
    pub child_name: String,
    /// The child's age band at the meeting: the wording and faces the child's device uses.
    pub age_band: Option<AgeBand>,
    #[serde(default)]
    pub made_on: Option<NaiveDate>,
    #[serde(default)]
    pub next_evaluation: Option<NaiveDate>,
    /// The samverkansansvarig.
    #[serde(default)]
    pub coordinator: Contact,
    /// What was agreed, by area id; only areas where something was.
    #[serde(default)]
    pub areas: BTreeMap<String, PlanArea>,
    /// How each person's answers moved from meeting to meeting, as everyone in the room may see
    /// them (faces and dates only), for the chart beside what was agreed.
    #[serde(default, skip_serializing_if = "Journey::is_empty")]
    pub journey: Journey,
}

impl MeetingSummary {
    /// What the meeting in progress sends to the child: the plan's agreements, each area's
    /// empty action rows left out, and the journey so far (`today`: the meeting's date when the
    /// plan has none).
    pub fn of(meeting: &PlanInProgress, today: NaiveDate) -> Self {
        let plan = &meeting.plan;
        let child = meeting
            .included()
            .into_iter()
            .find(|draft| draft.perspective == Perspective::Child);
        let areas = plan
            .areas
            .iter()
            .filter(|(_, agreed)| !agreed.is_empty())
            .map(|(id, agreed)| {
                let mut agreed = agreed.clone();
                agreed.actions.retain(|action| !action.is_empty());
                (id.clone(), agreed)
            })
            .collect();
        Self {
            child_name: plan.child_name.clone(),
            age_band: child.map(|child| child.age_band),
            made_on: plan.made_on,
            next_evaluation: plan.next_evaluation,
            coordinator: plan.coordinator.clone(),
            areas,
            journey: journey_of(meeting, today),
        }
    }

    /// Whether it is one a meeting of this app could have sent.
    pub fn within_bounds(&self) -> Result<(), OutOfBounds> {
        areas_within_bounds(&self.areas)?;
        if self.child_name.chars().count() > MAX_NICKNAME_CHARS {
            return Err(OutOfBounds::TooLong);
        }
        if !self.journey.within_bounds() {
            return Err(OutOfBounds::NotAWheel);
        }
        Ok(())
    }

    /// One unmarked card per agreed action, area by area in `area_order` (the wheel's), then
    /// any area the wheel does not know.
    pub fn cards(&self, area_order: &[&str]) -> Vec<ActionMark> {
        let known = area_order
            .iter()
            .copied()
            .filter(|id| self.areas.contains_key(*id));
        let unknown = self
            .areas
            .keys()
            .map(String::as_str)
            .filter(|id| !area_order.contains(id));
        known
            .chain(unknown)
            .flat_map(|area| {
                self.areas[area]
                    .written_actions()
                    .map(move |action| ActionMark {
                        area: area.to_owned(),
                        action: action.clone(),
                        happened: None,
                        feels_now: None,
                    })
            })
            .collect()
    }
}

/// Whether an agreed action happened, as the child says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Happened {
    Yes,
    No,
}

/// One agreed action as the child marks it. The action's own words travel with the mark, so a
/// meeting can show it even without the earlier plan's file, and match it to the plan's action
/// when it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionMark {
    pub area: String,
    pub action: PlanAction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub happened: Option<Happened>,
    /// How it feels now, on the child's own face scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feels_now: Option<ScaleAnswer>,
}

impl ActionMark {
    /// Whether the child said anything about it: only such marks leave the device.
    pub fn is_marked(&self) -> bool {
        self.happened.is_some() || self.feels_now.is_some()
    }
}

/// At most one card per action a plan can hold.
pub const MAX_ACTION_MARKS: usize = MAX_AREAS * MAX_ACTIONS_PER_AREA;

/// Whether a draft's marks are ones the app could have made.
pub fn marks_within_bounds(marks: &[ActionMark]) -> Result<(), OutOfBounds> {
    if marks.len() > MAX_ACTION_MARKS || !marks.iter().all(|mark| is_area_id(&mark.area)) {
        return Err(OutOfBounds::NotAWheel);
    }
    if marks.iter().all(|mark| mark.action.within_bounds()) {
        Ok(())
    } else {
        Err(OutOfBounds::TooLong)
    }
}

/// The marks of `marks` on `area`, for the meeting's view of that area.
pub fn marks_on<'a>(
    marks: &'a [ActionMark],
    area: &'a str,
) -> impl Iterator<Item = &'a ActionMark> {
    marks
        .iter()
        .filter(move |mark| mark.area == area && mark.is_marked())
}
