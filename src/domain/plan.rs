//! The draft section of Barnets plan (the child's plan, made at the collaboration meeting): per
//! area where someone saw a need, every shared perspective as it was given — never merged, never
//! averaged — and the fields the meeting fills in.

use crate::domain::answer::{AreaAnswer, ScaleAnswer, WordsField};
use crate::domain::draft::{
    Draft, DraftId, OutOfBounds, Perspective, MAX_AREAS, MAX_NICKNAME_CHARS,
};
use crate::domain::journey::{keys_left_out, Journey, JourneyMeeting, MAX_JOURNEY_MEETINGS};
use crate::domain::preparation::{Preparation, Step};
use crate::domain::promise::{marks_on, Happened};
use crate::domain::wheel::FeelingDefinition;
use crate::domain::wheel::{is_area_id, AreaDefinition, WheelDefinition};
use crate::ids::{self, MessageId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Most perspectives one meeting takes in: the child, guardians, a professional. The limits make
/// the largest plan the app can make small enough to be brought in again as a file.
pub const MAX_PERSPECTIVES: usize = 8;
/// Longest needs, actions or list of participants the plan keeps.
pub const MAX_PLAN_TEXT_CHARS: usize = 2000;
/// Longest name, organisation or phone/e-mail of a contact person, and who does an action and
/// when.
pub const MAX_CONTACT_CHARS: usize = 200;
/// Most actions one area of a plan holds: a plan is short, and the largest plan stays a file
/// the app can read again (tests/formats.rs).
pub const MAX_ACTIONS_PER_AREA: usize = 8;
/// Longest description of one action: what is done, in a few sentences.
pub const MAX_ACTION_CHARS: usize = 500;

/// `text` cut to `max` characters, as a field with `maxlength` would have it.
pub fn clipped(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn fits(text: &str, max: usize) -> bool {
    text.chars().count() <= max
}

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

    fn clip(&mut self) {
        for field in [&mut self.name, &mut self.organisation, &mut self.reach] {
            *field = clipped(field, MAX_CONTACT_CHARS);
        }
    }

    fn within_bounds(&self) -> bool {
        [&self.name, &self.organisation, &self.reach]
            .iter()
            .all(|field| fits(field, MAX_CONTACT_CHARS))
    }

    /// "Name, organisation, reach", leaving out what is not written.
    pub fn one_line(&self) -> String {
        [&self.name, &self.organisation, &self.reach]
            .into_iter()
            .filter(|part| !part.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One agreed action (insats): who does what and when, as the model asks of Barnets plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanAction {
    /// What is done.
    pub what: String,
    /// Who does it: a person, a service or the family.
    #[serde(default)]
    pub who: String,
    /// When: a date or a rhythm ("varje vecka", "till sommarlovet").
    #[serde(default)]
    pub when: String,
}

impl PlanAction {
    /// An action that says what, but not who does it or when: the plan shows it as incomplete.
    pub fn is_incomplete(&self) -> bool {
        [&self.what, &self.who, &self.when]
            .iter()
            .any(|part| part.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        [&self.what, &self.who, &self.when]
            .iter()
            .all(|part| part.trim().is_empty())
    }

    /// What, who and when, each trimmed, with `missing` for a part that is not written: how
    /// the copied text and the print show an action.
    pub fn parts_or(&self, missing: &str) -> [String; 3] {
        [&self.what, &self.who, &self.when].map(|part| {
            if part.trim().is_empty() {
                missing.to_owned()
            } else {
                part.trim().to_owned()
            }
        })
    }

    /// "What – who, when", leaving out what is not written: for a reader who needs no labels
    /// (the child's summary, the follow-up's "what was agreed").
    pub fn in_short(&self) -> String {
        let by_whom_when: Vec<&str> = [&self.who, &self.when]
            .into_iter()
            .map(|part| part.trim())
            .filter(|part| !part.is_empty())
            .collect();
        match (self.what.trim(), by_whom_when.is_empty()) {
            (what, true) => what.to_owned(),
            ("", false) => by_whom_when.join(", "),
            (what, false) => format!("{what} – {}", by_whom_when.join(", ")),
        }
    }

    fn clip(&mut self) {
        self.what = clipped(&self.what, MAX_ACTION_CHARS);
        self.who = clipped(&self.who, MAX_CONTACT_CHARS);
        self.when = clipped(&self.when, MAX_CONTACT_CHARS);
    }

    pub(crate) fn within_bounds(&self) -> bool {
        fits(&self.what, MAX_ACTION_CHARS)
            && fits(&self.who, MAX_CONTACT_CHARS)
            && fits(&self.when, MAX_CONTACT_CHARS)
    }
}

/// What the meeting agrees for one area.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanArea {
    /// Agreed needs (behov).
    pub needs: String,
    /// Agreed actions (insatser), in the order the meeting wrote them.
    #[serde(default)]
    pub actions: Vec<PlanAction>,
    pub contact: Contact,
}

impl PlanArea {
    /// Whether the meeting has agreed anything here yet.
    pub fn is_empty(&self) -> bool {
        self.needs.trim().is_empty() && self.actions.iter().all(PlanAction::is_empty)
    }

    /// The actions that say something, without the empty rows of a form.
    pub fn written_actions(&self) -> impl Iterator<Item = &PlanAction> {
        self.actions.iter().filter(|action| !action.is_empty())
    }

    fn clip(&mut self) {
        self.needs = clipped(&self.needs, MAX_PLAN_TEXT_CHARS);
        self.actions.truncate(MAX_ACTIONS_PER_AREA);
        self.actions.iter_mut().for_each(PlanAction::clip);
        self.contact.clip();
    }

    fn within_bounds(&self) -> bool {
        fits(&self.needs, MAX_PLAN_TEXT_CHARS)
            && self.actions.iter().all(PlanAction::within_bounds)
            && self.contact.within_bounds()
    }
}

/// The areas of a plan: valid ids, each within bounds.
pub(crate) fn areas_within_bounds(areas: &BTreeMap<String, PlanArea>) -> Result<(), OutOfBounds> {
    let too_many_actions = areas
        .values()
        .any(|area| area.actions.len() > MAX_ACTIONS_PER_AREA);
    if areas.len() > MAX_AREAS || !areas.keys().all(|id| is_area_id(id)) || too_many_actions {
        return Err(OutOfBounds::NotAWheel);
    }
    if areas.values().all(PlanArea::within_bounds) {
        Ok(())
    } else {
        Err(OutOfBounds::TooLong)
    }
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
    /// When and by whom consent to work together was given.
    #[serde(default)]
    pub consent: ConsentRecord,
    /// Whether the plan's copy and print carry the child's own words and the feelings the child
    /// picked (beside the answers and the agreed needs and actions, which they always carry).
    /// Off: the plan stays short where people read it.
    #[serde(default)]
    pub include_child_words: bool,
}

/// The consent (samtycke) the Barnens bästa-ansvarig gathered before the meeting, as the plan
/// records it. It can be withdrawn at any time; the plan records only that it was given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub given_on: Option<NaiveDate>,
    /// Who gave it: the guardians and the child, by name or role.
    #[serde(default)]
    pub given_by: String,
    /// Who gathered it (the Barnens bästa-ansvarig).
    #[serde(default)]
    pub gathered_by: String,
}

impl ConsentRecord {
    pub fn is_empty(&self) -> bool {
        self.given_on.is_none() && self.given_by.is_empty() && self.gathered_by.is_empty()
    }

    fn clip(&mut self) {
        self.given_by = clipped(&self.given_by, MAX_CONTACT_CHARS);
        self.gathered_by = clipped(&self.gathered_by, MAX_CONTACT_CHARS);
    }

    fn within_bounds(&self) -> bool {
        fits(&self.given_by, MAX_CONTACT_CHARS) && fits(&self.gathered_by, MAX_CONTACT_CHARS)
    }

    /// "When, by whom" consent was given, with `date` writing the day; what is not recorded is
    /// left out.
    pub fn given(&self, date: impl Fn(NaiveDate) -> String) -> String {
        [self.given_on.map(date), Some(self.given_by.clone())]
            .into_iter()
            .flatten()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Plan {
    /// Whether the plan's copy and print carry this perspective's own words and feelings: only the child's,
    /// and only when the plan includes them. Nobody else's free text leaves with the plan.
    pub fn carries_words_of(&self, draft: &Draft) -> bool {
        self.include_child_words && draft.perspective == Perspective::Child
    }

    fn within_bounds(&self) -> Result<(), OutOfBounds> {
        let fields_fit = fits(&self.child_name, MAX_NICKNAME_CHARS)
            && fits(&self.participants, MAX_PLAN_TEXT_CHARS)
            && self.coordinator.within_bounds()
            && self.consent.within_bounds();
        if !fields_fit {
            return Err(OutOfBounds::TooLong);
        }
        areas_within_bounds(&self.areas)
    }
}

/// True when an answer says something needs support: a hard face, or words about what is hard
/// or what would help. "Don't know" and "rather not say" alone are not a need. On three faces,
/// "dåligt" counts as the two lowest of five do, and "mittemellan" as the five faces' middle
/// does (the youngest's middle holds more than the older children's).
pub fn saw_need(answer: &AreaAnswer) -> bool {
    answer.scale.is_some_and(|scale| {
        scale.is_hard() || matches!(scale, ScaleAnswer::Between | ScaleAnswer::ThreeBetween)
    }) || !answer.hard.trim().is_empty()
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
    /// The wheel's feelings, to name those picked.
    pub feelings: &'a [FeelingDefinition],
}

/// The areas of the plan, in wheel order: only where at least one perspective saw a need; in each,
/// every perspective that answered (also those that saw none, so that difference shows). The
/// drafts are taken as shared: private areas are left out.
pub fn areas_in_plan<'a>(wheel: &'a WheelDefinition, drafts: &'a [Draft]) -> Vec<AreaInPlan<'a>> {
    let ordered = child_first(drafts);
    wheel
        .areas
        .iter()
        .filter_map(|area| {
            let perspectives = perspectives_on(&area.id, &ordered);
            perspectives
                .iter()
                .any(|p| saw_need(p.answer))
                .then_some(AreaInPlan {
                    area,
                    perspectives,
                    feelings: &wheel.feelings,
                })
        })
        .collect()
}

/// The drafts with the child's first; the others keep the order they were brought in.
pub fn child_first(drafts: &[Draft]) -> Vec<&Draft> {
    let mut ordered: Vec<&Draft> = drafts.iter().collect();
    // Stable: guardians keep the order they were brought in.
    ordered.sort_by_key(|draft| draft.perspective != Perspective::Child);
    ordered
}

/// Every perspective that shared an answer on the area, in the drafts' order.
pub fn perspectives_on<'a>(area_id: &str, drafts: &[&'a Draft]) -> Vec<PerspectiveOnArea<'a>> {
    drafts
        .iter()
        .filter(|draft| draft.is_shared(area_id))
        .filter_map(|draft| {
            draft
                .answer(area_id)
                .map(|answer| PerspectiveOnArea { draft, answer })
        })
        .collect()
}

/// The words the plain text needs, in the reader's language.
pub trait PlanLabels {
    /// A message without variables, by Fluent id.
    fn message(&self, id: MessageId) -> String;
    fn area_name(&self, area: &AreaDefinition) -> String;
    fn area_title(&self, area: &AreaDefinition) -> String;
    /// A message whose id a content file names (a feeling's word).
    fn content(&self, id: &str) -> String;
    /// Whose view this is, e.g. "Barnet" or "Vårdnadshavare (mamma)".
    fn who(&self, draft: &Draft) -> String;
    fn date(&self, date: NaiveDate) -> String;
}

/// The feelings picked in an answer, by their words in the wheel's order, joined: "Glad, Orolig".
/// None picked (or none the wheel knows): empty.
pub fn feelings_as_text(
    labels: &dyn PlanLabels,
    feelings: &[FeelingDefinition],
    answer: &AreaAnswer,
) -> String {
    feelings
        .iter()
        .filter(|feeling| answer.feelings.contains(&feeling.id))
        .map(|feeling| labels.content(&feeling.message))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One area's answers as plain text: the area, then each perspective's answer (a three-face
/// answer says so) and, when `with_words` says so for that perspective, the feelings it picked
/// and its words — what it said beyond the face.
/// What else someone gave on an area besides a face and words: "Ritade en teckning", "Spelade
/// in ett röstmeddelande". Said in the plan whether or not it carries people's words: it tells
/// the meeting's readers that the child spoke in another way, not what the child said.
pub fn made_on_area(draft: &Draft, area_id: &str) -> Vec<MessageId> {
    let mut made = Vec::new();
    if draft.drawn.contains(area_id) {
        made.push(ids::PLAN_MADE_DRAWING);
    }
    if draft.voice_shared.contains(area_id) {
        made.push(ids::PLAN_MADE_VOICE_NOTE);
    }
    made
}

/// The child's marks on what the last meeting agreed on `area_id`, one line each, as the child
/// made them on the child's own device: "Om det som bestämdes förra gången: Följeslagare –
/// Mentor, varje morgon. Nej, det blev inte av. Känns nu: Dåligt". Only marked cards come with a
/// wheel; a draft without any gives none.
pub fn marks_as_text(labels: &dyn PlanLabels, draft: &Draft, area_id: &str) -> Vec<String> {
    marks_on(&draft.action_marks, area_id)
        .map(|mark| {
            let mut parts = vec![mark.action.in_short()];
            if let Some(happened) = mark.happened {
                parts.push(labels.message(match happened {
                    Happened::Yes => ids::PROMISED_HAPPENED_YES,
                    Happened::No => ids::PROMISED_HAPPENED_NO,
                }));
            }
            if let Some(face) = mark.feels_now {
                parts.push(format!(
                    "{}: {}",
                    labels.message(ids::PLAN_MARK_FEELS_NOW),
                    labels.message(face.compared_message_id())
                ));
            }
            format!(
                "{}: {}",
                labels.message(ids::PLAN_CHILD_MARK),
                parts.join(". ")
            )
        })
        .collect()
}

pub fn answers_as_text(
    labels: &dyn PlanLabels,
    area: &AreaDefinition,
    feelings: &[FeelingDefinition],
    perspectives: &[PerspectiveOnArea<'_>],
    with_words: impl Fn(&Draft) -> bool,
) -> String {
    let mut lines = vec![format!(
        "{} – {}",
        labels.area_name(area),
        labels.area_title(area)
    )];
    for perspective in perspectives {
        let scale = perspective.answer.scale.map_or_else(
            || "–".to_owned(),
            |s| labels.message(s.compared_message_id()),
        );
        lines.push(format!("{}: {scale}", labels.who(perspective.draft)));
        for made in made_on_area(perspective.draft, &area.id) {
            lines.push(format!("  {}", labels.message(made)));
        }
        for mark in marks_as_text(labels, perspective.draft, &area.id) {
            lines.push(format!("  {mark}"));
        }
        if !with_words(perspective.draft) {
            continue;
        }
        let picked = feelings_as_text(labels, feelings, perspective.answer);
        if !picked.is_empty() {
            lines.push(format!(
                "  {}: {picked}",
                labels.message(ids::FEELINGS_LABEL)
            ));
        }
        for field in WordsField::ALL {
            let words = perspective.answer.words(field);
            if !words.is_empty() {
                lines.push(format!("  {}: {words}", labels.message(field.message_id())));
            }
        }
    }
    lines.join("\n")
}

/// One area of the plan as plain text, shaped like the county's template: the area, each
/// perspective's answer (with the child's words when the plan includes them), then needs,
/// actions — who does what and when — and contact person, blank until the meeting fills them.
pub fn area_as_text(labels: &dyn PlanLabels, plan: &Plan, in_plan: &AreaInPlan<'_>) -> String {
    let answers = answers_as_text(
        labels,
        in_plan.area,
        in_plan.feelings,
        &in_plan.perspectives,
        |draft| plan.carries_words_of(draft),
    );
    let agreed = plan
        .areas
        .get(&in_plan.area.id)
        .cloned()
        .unwrap_or_default();
    let mut lines = vec![
        answers,
        labelled(labels, ids::PLAN_NEEDS, &agreed.needs),
        format!("{}:", labels.message(ids::PLAN_ACTIONS)),
    ];
    lines.extend(
        agreed
            .written_actions()
            .map(|action| format!("  – {}", action_as_text(labels, action))),
    );
    lines.push(labelled(
        labels,
        ids::PLAN_CONTACT,
        &agreed.contact.one_line(),
    ));
    lines.join("\n")
}

/// "What. Vem: who. När: when", with what is missing said to be missing.
pub fn action_as_text(labels: &dyn PlanLabels, action: &PlanAction) -> String {
    let [what, who, when] = action.parts_or(&labels.message(ids::PLAN_ACTION_MISSING));
    // A sentence keeps its own mark ("Vem hämtar?"); otherwise a full stop ends it.
    let stop = if what.ends_with(['.', '?', '!']) {
        ""
    } else {
        "."
    };
    format!(
        "{what}{stop} {}: {who}. {}: {when}",
        labels.message(ids::PLAN_ACTION_WHO),
        labels.message(ids::PLAN_ACTION_WHEN),
    )
}

/// "Label: value", one line of the plan's text.
fn labelled(labels: &dyn PlanLabels, label: MessageId, value: &str) -> String {
    format!("{}: {value}", labels.message(label))
}

/// The whole plan draft as plain text, to paste into the county's digital template: the agreed
/// needs and actions and who was there; of what people wrote, only the child's own words and
/// only when the plan includes them.
pub fn plan_as_text(labels: &dyn PlanLabels, plan: &Plan, areas: &[AreaInPlan<'_>]) -> String {
    let date = |d: Option<NaiveDate>| d.map(|d| labels.date(d)).unwrap_or_default();
    let consent = &plan.consent;
    let mut blocks = vec![[
        labels.message(ids::PLAN_HEADING),
        labelled(labels, ids::PLAN_CHILD_NAME, &plan.child_name),
        labelled(labels, ids::PLAN_MADE_ON, &date(plan.made_on)),
        labelled(labels, ids::PLAN_COORDINATOR, &plan.coordinator.one_line()),
        labelled(
            labels,
            ids::PLAN_NEXT_EVALUATION,
            &date(plan.next_evaluation),
        ),
        labelled(labels, ids::PLAN_PARTICIPANTS, &plan.participants),
        labelled(
            labels,
            ids::PLAN_CONSENT_GIVEN,
            &consent.given(|d| labels.date(d)),
        ),
        labelled(labels, ids::PLAN_CONSENT_GATHERED_BY, &consent.gathered_by),
    ]
    .join("\n")];
    blocks.extend(
        areas
            .iter()
            .map(|in_plan| area_as_text(labels, plan, in_plan)),
    );
    blocks.join("\n\n")
}

/// Why a perspective cannot join the meeting, or a set of perspectives cannot be one meeting's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinProblem {
    /// Texts or areas beyond what the app itself makes.
    OutOfBounds(OutOfBounds),
    /// The meeting holds [`MAX_PERSPECTIVES`] already.
    TooMany,
    /// Another perspective in the meeting has the same id: one would replace the other.
    SameId,
    /// The meeting has a child's wheel already; two children's views are never merged.
    SecondChild,
    /// The meeting has a newer copy of this same wheel; an older file never replaces it.
    Older,
    /// An earlier plan would make the journey longer than [`MAX_JOURNEY_MEETINGS`] meetings.
    TooManyMeetings,
    /// An earlier plan older than the one followed up has no date: it has no place on the
    /// journey.
    PlanWithoutDate,
}

/// What became of an earlier plan brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EarlierJoined {
    /// The newest earlier plan: the meeting follows it up (and it brings its journey along).
    FollowUp,
    /// Older than the plan followed up: its meetings were added to the journey.
    Journey,
    /// A plan of a meeting the journey holds already (the same plan brought in again): it counts
    /// once, and nothing changed.
    Again,
}

/// What became of a perspective brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    Added,
    /// The same person's wheel again (a newer file): it took the place of the earlier copy.
    Replaced,
}

/// Checks that perspectives can be one meeting's: within bounds, at most
/// [`MAX_PERSPECTIVES`], no two with one id, at most one child.
fn perspectives_within_bounds(perspectives: &[Draft]) -> Result<(), JoinProblem> {
    if perspectives.len() > MAX_PERSPECTIVES {
        return Err(JoinProblem::TooMany);
    }
    let mut ids = BTreeSet::new();
    for draft in perspectives {
        draft.within_bounds().map_err(JoinProblem::OutOfBounds)?;
        if !ids.insert(&draft.id) {
            return Err(JoinProblem::SameId);
        }
    }
    let children = perspectives
        .iter()
        .filter(|d| d.perspective == Perspective::Child)
        .count();
    if children > 1 {
        return Err(JoinProblem::SecondChild);
    }
    Ok(())
}

/// The meeting in progress: the plan's fields and the shared drafts brought in from files, in the
/// order they came. This is what the meeting's tab keeps; what leaves as a plan file is
/// [`PlanInProgress::chosen`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanInProgress {
    pub plan: Plan,
    /// As shared: no private area is ever kept here (see [`PlanInProgress::bring_in`]).
    pub perspectives: Vec<Draft>,
    /// Perspectives brought in but not taken into the plan (by draft id).
    #[serde(default)]
    pub left_out: BTreeSet<DraftId>,
    /// The plan this one follows up, when its file was brought in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<EarlierPlan>,
    /// Which of Praxismodellen's steps the page shows: step 2 before a meeting, or the meeting.
    #[serde(default, skip_serializing_if = "is_meeting_step")]
    pub step: Step,
    /// Step 2's assessment and decision; never in the plan file.
    #[serde(default, skip_serializing_if = "Preparation::is_empty")]
    pub preparation: Preparation,
    /// The meetings before the earlier plan, as dates and faces only (schema 4): from the
    /// journey the earlier plan's file carried and from older plan files brought in beside it.
    /// The whole journey, with the earlier plan and this meeting, is [`journey_of`].
    #[serde(default, skip_serializing_if = "Journey::is_empty")]
    pub journey: Journey,
}

/// Most meetings [`PlanInProgress::journey`] keeps: the journey's own limit less the earlier
/// plan's meeting and this one.
pub const MAX_STORED_MEETINGS: usize = MAX_JOURNEY_MEETINGS - 2;

/// Every meeting a plan file tells of, as the journey keeps them: the journey it carries, the
/// plan it followed up and its own meeting (each only if it has a date).
fn meetings_of(plan: &PlanInProgress) -> Vec<JourneyMeeting> {
    let mut meetings = plan.journey.meetings.clone();
    if let Some(EarlierPlan {
        made_on: Some(date),
        perspectives,
        ..
    }) = &plan.earlier
    {
        meetings.push(JourneyMeeting::of(*date, perspectives));
    }
    if let Some(date) = plan.plan.made_on {
        meetings.push(JourneyMeeting::of(date, &plan.included()));
    }
    meetings
}

/// The journey of the meeting, for the charts: the meetings before the earlier plan, the
/// earlier plan's and this meeting's (on the day the plan says it was made, or `today`) — each
/// as everyone in the room may see it, without anyone the meeting left out, now or then.
pub fn journey_of(meeting: &PlanInProgress, today: NaiveDate) -> Journey {
    let mut journey = meeting.journey.clone();
    if let Some(EarlierPlan {
        made_on: Some(date),
        perspectives,
        ..
    }) = &meeting.earlier
    {
        journey.put(JourneyMeeting::of(*date, perspectives));
    }
    let date = meeting.plan.made_on.unwrap_or(today);
    journey.put(JourneyMeeting::of(date, &meeting.perspectives));
    journey.keep_newest(MAX_JOURNEY_MEETINGS);
    journey.without(&meeting.keys_left_out())
}

fn is_meeting_step(step: &Step) -> bool {
    *step == Step::Meeting
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
            perspectives: plan.chosen().perspectives,
            areas: plan.plan.areas,
        }
    }
}

impl EarlierPlan {
    fn within_bounds(&self) -> Result<(), JoinProblem> {
        areas_within_bounds(&self.areas).map_err(JoinProblem::OutOfBounds)?;
        perspectives_within_bounds(&self.perspectives)
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

    /// The earlier plan's perspectives that are taken into this plan's follow-up, each only with
    /// its shared areas. Leaving someone out (by ticking them off, now or as they were in the
    /// earlier plan) leaves out their earlier view too.
    pub fn earlier_included(&self) -> Vec<Draft> {
        self.earlier.as_ref().map_or_else(Vec::new, |earlier| {
            earlier
                .perspectives
                .iter()
                .filter(|d| !self.left_out.contains(&d.id))
                .map(Draft::shared_copy)
                .collect()
        })
    }

    /// Exactly what leaves the meeting as a plan file: the perspectives ticked in, each only
    /// with the areas its author shared; nothing of a perspective that was left out.
    pub fn chosen(&self) -> Self {
        Self {
            plan: self.plan.clone(),
            perspectives: self.included().iter().map(Draft::shared_copy).collect(),
            left_out: BTreeSet::new(),
            earlier: self.earlier.as_ref().map(|earlier| EarlierPlan {
                perspectives: self.earlier_included(),
                ..earlier.clone()
            }),
            // Step 2 is the Barnens bästa-ansvarig's own working notes: it leaves as text or
            // paper, never inside Barnets plan.
            step: Step::Meeting,
            preparation: Preparation::default(),
            // Nobody left out here travels on in the journey either.
            journey: self.journey.clone().without(&self.keys_left_out()),
        }
    }

    /// The people the meeting left out, now and in the earlier plan, as the journey knows them.
    fn keys_left_out(&self) -> std::collections::BTreeSet<crate::domain::journey::PersonKey> {
        let left_out = |draft: &Draft| self.left_out.contains(&draft.id);
        let mut keys = keys_left_out(&self.perspectives, left_out);
        if let Some(earlier) = &self.earlier {
            keys.extend(keys_left_out(&earlier.perspectives, left_out));
        }
        keys
    }

    /// Whether a meeting read from a file or from the tab is one the app could have made.
    pub fn within_bounds(&self) -> Result<(), JoinProblem> {
        self.plan
            .within_bounds()
            .map_err(JoinProblem::OutOfBounds)?;
        if !self.preparation.within_bounds() {
            return Err(JoinProblem::OutOfBounds(OutOfBounds::TooLong));
        }
        perspectives_within_bounds(&self.perspectives)?;
        // Now and in the earlier plan.
        if self.left_out.len() > 2 * MAX_PERSPECTIVES {
            return Err(JoinProblem::TooMany);
        }
        // The stored journey leaves room for the earlier plan and this meeting.
        if !self.journey.within_bounds() || self.journey.meetings.len() > MAX_STORED_MEETINGS {
            return Err(JoinProblem::TooManyMeetings);
        }
        self.earlier
            .as_ref()
            .map_or(Ok(()), EarlierPlan::within_bounds)
    }

    /// Takes in an earlier plan for the follow-up; the child's name comes along if none is given.
    /// The plan followed up until now (if it has a date) and the journey both plans carry stay
    /// as meetings of the journey; the oldest drop off beyond [`MAX_JOURNEY_MEETINGS`].
    pub fn follow_up_of(&mut self, earlier: PlanInProgress) {
        if self.plan.child_name.is_empty() {
            self.plan.child_name = earlier.plan.child_name.clone();
        }
        let mut journey = std::mem::take(&mut self.journey);
        if let Some(EarlierPlan {
            made_on: Some(date),
            perspectives,
            ..
        }) = &self.earlier
        {
            journey.add(JourneyMeeting::of(*date, perspectives));
        }
        for meeting in meetings_of(&earlier) {
            journey.add(meeting);
        }
        // Only meetings before the plan followed up: its own meeting is `earlier`.
        if let Some(date) = earlier.plan.made_on {
            journey.meetings.retain(|m| m.date < date);
        }
        journey.keep_newest(MAX_STORED_MEETINGS);
        self.journey = journey;
        self.earlier = Some(earlier.into());
    }

    /// Takes in the plan file of an earlier meeting. The newest earlier plan (by the day it was
    /// made) is the one the meeting follows up, as [`Self::follow_up_of`]; an older one adds its
    /// meetings to the journey. The same plan brought in again counts once.
    pub fn bring_in_earlier(&mut self, plan: PlanInProgress) -> Result<EarlierJoined, JoinProblem> {
        let followed = self.earlier.as_ref().and_then(|e| e.made_on);
        let Some(followed) = followed else {
            // Nothing followed up yet, or a plan without a date: this one is followed up now.
            self.follow_up_of(plan);
            return Ok(EarlierJoined::FollowUp);
        };
        let Some(date) = plan.plan.made_on else {
            return Err(JoinProblem::PlanWithoutDate);
        };
        if date > followed {
            self.follow_up_of(plan);
            return Ok(EarlierJoined::FollowUp);
        }
        if date == followed || self.journey.holds_date(date) {
            return Ok(EarlierJoined::Again);
        }
        let mut journey = self.journey.clone();
        for meeting in meetings_of(&plan) {
            if meeting.date < followed {
                journey.add(meeting);
            }
        }
        if journey.meetings.len() > MAX_STORED_MEETINGS {
            return Err(JoinProblem::TooManyMeetings);
        }
        self.journey = journey;
        Ok(EarlierJoined::Journey)
    }

    /// Takes in a shared draft: only its shared areas, whatever the file held (a rescue copy
    /// keeps its private areas marked; they never enter the meeting). The same draft brought in
    /// again takes the place of its earlier copy; anything that would replace or merge another
    /// person's view is refused.
    pub fn bring_in(&mut self, draft: Draft) -> Result<Joined, JoinProblem> {
        let draft = draft.shared_copy();
        draft.within_bounds().map_err(JoinProblem::OutOfBounds)?;
        if let Some(existing) = self.perspectives.iter_mut().find(|d| d.id == draft.id) {
            // The same wheel is the same person's, made at the same moment; anything else that
            // claims its id would take another person's place.
            let same_wheel = existing.perspective == draft.perspective
                && existing.created_at == draft.created_at;
            if !same_wheel {
                return Err(JoinProblem::SameId);
            }
            if draft.updated_at < existing.updated_at {
                return Err(JoinProblem::Older);
            }
            *existing = draft;
            return Ok(Joined::Replaced);
        }
        if self.perspectives.len() >= MAX_PERSPECTIVES {
            return Err(JoinProblem::TooMany);
        }
        let has_child = self
            .perspectives
            .iter()
            .any(|d| d.perspective == Perspective::Child);
        if draft.perspective == Perspective::Child && has_child {
            return Err(JoinProblem::SecondChild);
        }
        if self.plan.child_name.is_empty() {
            self.plan.child_name = draft.nickname.clone();
        }
        self.perspectives.push(draft);
        Ok(Joined::Added)
    }

    /// Takes a perspective out of the meeting altogether (brought in by mistake).
    pub fn remove(&mut self, id: &DraftId) {
        self.perspectives.retain(|d| &d.id != id);
        let in_earlier = self
            .earlier
            .as_ref()
            .is_some_and(|e| e.perspectives.iter().any(|d| &d.id == id));
        // Left out in the earlier plan too, it stays left out there.
        if !in_earlier {
            self.left_out.remove(id);
        }
    }

    /// Every text cut to what can be typed now: for a meeting kept by a version that had no
    /// limits, so that it opens instead of being thrown away.
    pub fn clip_to_bounds(&mut self) {
        let plan = &mut self.plan;
        plan.child_name = clipped(&plan.child_name, MAX_NICKNAME_CHARS);
        plan.participants = clipped(&plan.participants, MAX_PLAN_TEXT_CHARS);
        plan.coordinator.clip();
        plan.consent.clip();
        self.preparation.clip();
        for area in plan.areas.values_mut() {
            area.clip();
        }
        let earlier = self.earlier.iter_mut().flat_map(|e| {
            e.areas.values_mut().for_each(PlanArea::clip);
            e.perspectives.iter_mut()
        });
        for draft in self.perspectives.iter_mut().chain(earlier) {
            draft.clip_to_bounds();
        }
    }

    /// Drops, in every perspective now and in the earlier plan, the feelings `known` does not
    /// hold (see [`Draft::keep_known_feelings`]).
    pub fn keep_known_feelings(&mut self, known: &std::collections::HashSet<String>) {
        let earlier = self
            .earlier
            .iter_mut()
            .flat_map(|e| e.perspectives.iter_mut());
        for draft in self.perspectives.iter_mut().chain(earlier) {
            draft.keep_known_feelings(known);
        }
    }

    /// The perspective with this id, to change (the professional's own view).
    pub fn perspective_mut(&mut self, id: &DraftId) -> Option<&mut Draft> {
        self.perspectives.iter_mut().find(|d| &d.id == id)
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
