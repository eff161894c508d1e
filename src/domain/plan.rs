//! The draft section of Barnets plan (the child's plan, made at the collaboration meeting): per
//! area where someone saw a need, every shared perspective as it was given — never merged, never
//! averaged — and the fields the meeting fills in.

use crate::domain::answer::{AreaAnswer, ScaleAnswer, WordsField};
use crate::domain::draft::{Draft, Perspective};
use crate::domain::wheel::{AreaDefinition, WheelDefinition};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Someone to reach: the contact person of an area, or the samverkansansvarig.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub organisation: String,
    /// Phone number or e-mail address.
    pub reach: String,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.organisation.is_empty() && self.reach.is_empty()
    }

    fn one_line(&self) -> String {
        [&self.name, &self.organisation, &self.reach]
            .into_iter()
            .filter(|part| !part.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What the meeting agrees for one area.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanArea {
    /// Agreed needs (behov).
    pub needs: String,
    /// Agreed actions (insatser).
    pub actions: String,
    pub contact: Contact,
}

/// The plan's own fields; the perspectives come from the drafts it is built from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The child's name as given (a first name is enough).
    pub child_name: String,
    pub made_on: Option<NaiveDate>,
    /// The samverkansansvarig: keeps the plan updated and evaluated.
    pub coordinator: Contact,
    pub next_evaluation: Option<NaiveDate>,
    /// Who was at the meeting.
    pub participants: String,
    #[serde(default)]
    pub areas: BTreeMap<String, PlanArea>,
}

/// True when an answer says something needs support: a hard face, or words about what is hard
/// or what would help. "Don't know" and "rather not say" alone are not a need.
pub fn saw_need(answer: &AreaAnswer) -> bool {
    matches!(
        answer.scale,
        Some(ScaleAnswer::VeryBad | ScaleAnswer::Bad | ScaleAnswer::Between)
    ) || !answer.hard.trim().is_empty()
        || !answer.would_help.trim().is_empty()
}

/// One perspective on one area, exactly as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerspectiveOnArea<'a> {
    pub draft: &'a Draft,
    pub answer: &'a AreaAnswer,
}

/// An area of the plan with every perspective that answered it, the child's first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaInPlan<'a> {
    pub area: &'a AreaDefinition,
    pub perspectives: Vec<PerspectiveOnArea<'a>>,
}

/// The areas of the plan, in wheel order: only where at least one perspective saw a need; in each,
/// every perspective that answered (also those that saw none, so that difference shows). The
/// drafts are taken as shared: private areas are left out.
pub fn areas_in_plan<'a>(wheel: &'a WheelDefinition, drafts: &'a [Draft]) -> Vec<AreaInPlan<'a>> {
    let mut ordered: Vec<&Draft> = drafts.iter().collect();
    // Stable: guardians keep the order they were brought in.
    ordered.sort_by_key(|draft| draft.perspective != Perspective::Child);
    wheel
        .areas
        .iter()
        .filter_map(|area| {
            let perspectives: Vec<PerspectiveOnArea<'a>> = ordered
                .iter()
                .filter(|draft| draft.is_shared(&area.id))
                .filter_map(|draft| {
                    draft
                        .answer(&area.id)
                        .map(|answer| PerspectiveOnArea { draft, answer })
                })
                .collect();
            perspectives
                .iter()
                .any(|p| saw_need(p.answer))
                .then_some(AreaInPlan { area, perspectives })
        })
        .collect()
}

/// The words the plain text needs, in the reader's language.
pub trait PlanLabels {
    /// A message without variables, by Fluent id.
    fn message(&self, id: &str) -> String;
    fn area_name(&self, area: &AreaDefinition) -> String;
    fn area_title(&self, area: &AreaDefinition) -> String;
    /// Whose view this is, e.g. "Barnet" or "Vårdnadshavare (mamma)".
    fn who(&self, draft: &Draft) -> String;
    fn date(&self, date: NaiveDate) -> String;
}

/// One area as plain text, shaped like the county's template: the area, each perspective's
/// answer and words, then needs, actions and contact person (blank until the meeting fills them).
pub fn area_as_text(
    labels: &dyn PlanLabels,
    area: &AreaDefinition,
    perspectives: &[PerspectiveOnArea<'_>],
    agreed: Option<&PlanArea>,
) -> String {
    let mut lines = vec![format!(
        "{} – {}",
        labels.area_name(area),
        labels.area_title(area)
    )];
    for perspective in perspectives {
        let scale = perspective
            .answer
            .scale
            .map_or_else(|| "–".to_owned(), |s| labels.message(s.message_id()));
        lines.push(format!("{}: {scale}", labels.who(perspective.draft)));
        for field in WordsField::ALL {
            let words = perspective.answer.words(field);
            if !words.is_empty() {
                lines.push(format!("  {}: {words}", labels.message(field.message_id())));
            }
        }
    }
    let agreed = agreed.cloned().unwrap_or_default();
    lines.push(format!(
        "{}: {}",
        labels.message("plan-needs"),
        agreed.needs
    ));
    lines.push(format!(
        "{}: {}",
        labels.message("plan-actions"),
        agreed.actions
    ));
    lines.push(format!(
        "{}: {}",
        labels.message("plan-contact"),
        agreed.contact.one_line()
    ));
    lines.join("\n")
}

/// The whole plan draft as plain text, to paste into the county's digital template.
pub fn plan_as_text(labels: &dyn PlanLabels, plan: &Plan, areas: &[AreaInPlan<'_>]) -> String {
    let date = |d: Option<NaiveDate>| d.map(|d| labels.date(d)).unwrap_or_default();
    let mut blocks = vec![[
        labels.message("plan-heading"),
        format!("{}: {}", labels.message("plan-child-name"), plan.child_name),
        format!("{}: {}", labels.message("plan-made-on"), date(plan.made_on)),
        format!(
            "{}: {}",
            labels.message("plan-coordinator"),
            plan.coordinator.one_line()
        ),
        format!(
            "{}: {}",
            labels.message("plan-next-evaluation"),
            date(plan.next_evaluation)
        ),
        format!(
            "{}: {}",
            labels.message("plan-participants"),
            plan.participants
        ),
    ]
    .join("\n")];
    blocks.extend(areas.iter().map(|in_plan| {
        area_as_text(
            labels,
            in_plan.area,
            &in_plan.perspectives,
            plan.areas.get(&in_plan.area.id),
        )
    }));
    blocks.join("\n\n")
}

/// Everything the plan page keeps between visits: the plan's fields and the shared drafts
/// brought in from files, in the order they came.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInProgress {
    pub plan: Plan,
    pub perspectives: Vec<Draft>,
    /// Perspectives brought in but not taken into the plan (by draft id).
    #[serde(default)]
    pub left_out: std::collections::BTreeSet<crate::domain::DraftId>,
    /// The plan this one follows up, when its file was brought in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<EarlierPlan>,
}

/// What a follow-up needs of the earlier plan: when it was made, what was agreed, and the
/// perspectives as they were then.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierPlan {
    pub made_on: Option<NaiveDate>,
    pub areas: BTreeMap<String, PlanArea>,
    pub perspectives: Vec<Draft>,
}

impl From<PlanInProgress> for EarlierPlan {
    fn from(plan: PlanInProgress) -> Self {
        Self {
            made_on: plan.plan.made_on,
            perspectives: plan.included(),
            areas: plan.plan.areas,
        }
    }
}

impl PlanInProgress {
    /// The perspectives the plan is made from.
    pub fn included(&self) -> Vec<Draft> {
        self.perspectives
            .iter()
            .filter(|d| !self.left_out.contains(&d.id))
            .cloned()
            .collect()
    }

    /// Takes in an earlier plan for the follow-up; the child's name comes along if none is given.
    pub fn follow_up_of(&mut self, earlier: PlanInProgress) {
        if self.plan.child_name.is_empty() {
            self.plan.child_name = earlier.plan.child_name.clone();
        }
        self.earlier = Some(earlier.into());
    }

    /// Adds an imported draft; the same draft imported again replaces its earlier copy.
    pub fn add(&mut self, draft: Draft) {
        match self.perspectives.iter_mut().find(|d| d.id == draft.id) {
            Some(existing) => *existing = draft,
            None => self.perspectives.push(draft),
        }
        if self.plan.child_name.is_empty() {
            self.plan.child_name = self.perspectives[0].nickname.clone();
        }
    }

    /// Names of the services in the plan, for the consent form: each area's contact person's
    /// organisation and the samverkansansvarig's, once each.
    pub fn services(&self) -> Vec<String> {
        let mut services: Vec<String> = Vec::new();
        let organisations = std::iter::once(&self.plan.coordinator.organisation)
            .chain(self.plan.areas.values().map(|a| &a.contact.organisation));
        for organisation in organisations {
            let organisation = organisation.trim();
            if !organisation.is_empty() && !services.iter().any(|s| s == organisation) {
                services.push(organisation.to_owned());
            }
        }
        services
    }
}
