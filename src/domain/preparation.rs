//! Praxismodellen's step 2, before any samverkansmöte: the Barnens bästa-ansvarig brings in the
//! wheels, notes their own assessment per area and records what the model asks them to decide —
//! the own service acts, one other service is asked, or a samverkansmöte is called. It lives in
//! the meeting's tab (same rules: kept only there until ended) and leaves only as text or paper,
//! never in the plan file.

use crate::domain::plan::{
    answers_as_text, child_first, clipped, perspectives_on, PlanLabels, MAX_CONTACT_CHARS,
    MAX_PLAN_TEXT_CHARS,
};
use crate::domain::wheel::{is_area_id, WheelDefinition};
use crate::domain::Draft;
use crate::ids::{self, MessageId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where in Praxismodellen the meeting's page is: preparing (step 2) or meeting (step 3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Preparation,
    #[default]
    Meeting,
}

/// The decision step 2 ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// The Barnens bästa-ansvarig's own service gives the support.
    OwnService,
    /// One other service is asked to help.
    OtherService,
    /// More services are needed: a samverkansmöte is called (step 3).
    CallMeeting,
}

impl Decision {
    pub const ALL: [Self; 3] = [Self::OwnService, Self::OtherService, Self::CallMeeting];

    pub fn message_id(self) -> MessageId {
        match self {
            Self::OwnService => ids::PREPARE_DECISION_OWN,
            Self::OtherService => ids::PREPARE_DECISION_OTHER,
            Self::CallMeeting => ids::PREPARE_DECISION_MEETING,
        }
    }

    /// Stable for forms and tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::OwnService => "own-service",
            Self::OtherService => "other-service",
            Self::CallMeeting => "call-meeting",
        }
    }
}

/// What the Barnens bästa-ansvarig notes in step 2.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preparation {
    /// Who prepares: the Barnens bästa-ansvarig.
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub made_on: Option<NaiveDate>,
    /// Their own assessment, per area.
    #[serde(default)]
    pub assessments: BTreeMap<String, String>,
    #[serde(default)]
    pub decision: Option<Decision>,
    /// What follows from the decision: which service is asked, what, when.
    #[serde(default)]
    pub decision_note: String,
}

impl Preparation {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    pub fn within_bounds(&self) -> bool {
        let fits = |text: &str, max: usize| text.chars().count() <= max;
        fits(&self.responsible, MAX_CONTACT_CHARS)
            && fits(&self.decision_note, MAX_PLAN_TEXT_CHARS)
            && self.assessments.len() <= crate::domain::draft::MAX_AREAS
            && self
                .assessments
                .iter()
                .all(|(area, text)| is_area_id(area) && fits(text, MAX_PLAN_TEXT_CHARS))
    }

    pub fn clip(&mut self) {
        self.responsible = clipped(&self.responsible, MAX_CONTACT_CHARS);
        self.decision_note = clipped(&self.decision_note, MAX_PLAN_TEXT_CHARS);
        for text in self.assessments.values_mut() {
            *text = clipped(text, MAX_PLAN_TEXT_CHARS);
        }
    }
}

/// Step 2 as plain text: the child, who prepared it and when; per area of the wheel that someone
/// answered or assessed, each perspective's answer, the child's first (their words left out:
/// the text is short)
/// and the assessment; then the decision. With `leave_out_empty` (paper), a field with nothing
/// in it is not printed at all; without it (the copy for a template), it stays as a blank to
/// fill in.
pub fn preparation_as_text(
    labels: &dyn PlanLabels,
    child_name: &str,
    preparation: &Preparation,
    wheel: &WheelDefinition,
    drafts: &[Draft],
    leave_out_empty: bool,
) -> String {
    let line = |label: MessageId, value: &str| {
        (!(leave_out_empty && value.trim().is_empty()))
            .then(|| format!("{}: {value}", labels.message(label)))
    };
    let date = preparation
        .made_on
        .map(|d| labels.date(d))
        .unwrap_or_default();
    let head: Vec<String> = std::iter::once(labels.message(ids::PREPARE_TEXT_HEADING))
        .chain(line(ids::PLAN_CHILD_NAME, child_name))
        .chain(line(ids::PLAN_MADE_ON, &date))
        .chain(line(ids::PREPARE_RESPONSIBLE, &preparation.responsible))
        .collect();
    let mut blocks = vec![head.join("\n")];
    let ordered = child_first(drafts);
    for area in &wheel.areas {
        let perspectives = perspectives_on(&area.id, &ordered);
        let assessment = preparation
            .assessments
            .get(&area.id)
            .map(String::as_str)
            .unwrap_or_default();
        if perspectives.is_empty() && assessment.trim().is_empty() {
            continue;
        }
        let answers = answers_as_text(labels, area, &wheel.feelings, &perspectives, |_| false);
        let block: Vec<String> = std::iter::once(answers)
            .chain(line(ids::PREPARE_ASSESSMENT, assessment))
            .collect();
        blocks.push(block.join("\n"));
    }
    let decision = preparation
        .decision
        .map(|d| labels.message(d.message_id()))
        .unwrap_or_default();
    let end: Vec<String> = line(ids::PREPARE_DECISION, &decision)
        .into_iter()
        .chain(line(ids::PREPARE_DECISION_NOTE, &preparation.decision_note))
        .collect();
    if !end.is_empty() {
        blocks.push(end.join("\n"));
    }
    blocks.join("\n\n")
}
