//! A draft: one person's own view of the child's life, area by area, kept on the device.

use crate::domain::answer::{AreaAnswer, ScaleAnswer, WordsField, MAX_TEXT_CHARS};
use crate::domain::promise::{marks_within_bounds, ActionMark, Happened, MeetingSummary};
use crate::domain::wheel::{
    is_area_id, FaceScaleKind, HelpNeed, HelpShown, WheelDefinition, MAX_FEELINGS,
};
use crate::ids::{self, MessageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

/// Longest nickname kept; the app asks for a first name or nickname only, never a full name.
pub const MAX_NICKNAME_CHARS: usize = 40;

/// Most areas a draft may hold answers for: the shipped wheel has seven, and a county may add a
/// few; a file with more is not a wheel of ours. The file size limit is worked out from it.
pub const MAX_AREAS: usize = 12;

/// What makes a draft from outside (a file, another version's storage) one the app would not
/// have made itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfBounds {
    /// A text longer than anyone can type in the app.
    TooLong,
    /// Too many areas, or an area id the app never makes.
    NotAWheel,
}

/// Identifies a draft on this device. Random hex, made by the browser edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DraftId(String);

impl DraftId {
    /// Accepts 8–64 lowercase hex digits: safe in storage keys and in URLs as they are.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = (8..=64).contains(&text.len())
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
        ok.then(|| Self(text.to_owned()))
    }

    pub fn from_random_bytes(bytes: &[u8]) -> Self {
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for DraftId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).ok_or_else(|| format!("\"{value}\" is not a draft id"))
    }
}

impl From<DraftId> for String {
    fn from(id: DraftId) -> Self {
        id.0
    }
}

/// Whose view a draft holds. Views are never merged: each draft is one perspective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Perspective {
    /// The child's own view, in the child's own words.
    Child,
    /// A guardian's (vårdnadshavare's) view of the child. Two guardians keep two drafts.
    Guardian,
    /// A professional's (yrkesperson's) view, added at the meeting and shown as such.
    Professional,
}

impl Perspective {
    /// Fluent selector value (`$who`) that picks child or adult wording. A professional reads
    /// the same adult wording about the child as a guardian.
    pub fn wording_key(self) -> &'static str {
        match self {
            Self::Child => "child",
            Self::Guardian | Self::Professional => "guardian",
        }
    }

    /// A stable name for files and markup.
    pub fn key(self) -> &'static str {
        match self {
            Self::Child => "child",
            Self::Guardian => "guardian",
            Self::Professional => "professional",
        }
    }
}

/// The child's age band; it picks the wording (youngest: fewest words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "4-7")]
    Young,
    #[serde(rename = "8-12")]
    Middle,
    #[serde(rename = "13-17")]
    Teen,
}

impl AgeBand {
    pub const ALL: [Self; 3] = [Self::Young, Self::Middle, Self::Teen];

    /// Fluent selector value (`$age`).
    pub fn wording_key(self) -> &'static str {
        match self {
            Self::Young => "young",
            Self::Middle => "middle",
            Self::Teen => "teen",
        }
    }

    pub fn message_id(self) -> MessageId {
        match self {
            Self::Young => ids::AGE_YOUNG,
            Self::Middle => ids::AGE_MIDDLE,
            Self::Teen => ids::AGE_TEEN,
        }
    }

    /// The face scale this age band answers on, as the wheel says (`scales`).
    pub fn face_scale(self, wheel: &WheelDefinition) -> FaceScaleKind {
        match self {
            Self::Young => wheel.scales.young,
            Self::Middle => wheel.scales.middle,
            Self::Teen => wheel.scales.teen,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub id: DraftId,
    pub perspective: Perspective,
    /// First name or nickname, as the child wants to be called; may be empty.
    #[serde(default)]
    pub nickname: String,
    pub age_band: AgeBand,
    /// For a guardian's draft: who the guardian is, in their own words ("mamma", "Ahmed").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// Areas the author keeps to themself: never exported, printed or copied.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub private_areas: BTreeSet<String>,
    /// Areas whose content the author lets only the professionals at the meeting see (never the
    /// projector, the child's summary or anything for the family). Empty: everyone there may see
    /// everything shared. A shared file carries it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub professionals_only: BTreeSet<String>,
    /// Areas whose voice note the author chose to share; a voice note stays home unless its area
    /// is here. A shared file carries it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub voice_shared: BTreeSet<String>,
    /// Areas whose drawing a shared file carries beside the draft; set only when the file is
    /// made (never on the device), so that the plan can say a drawing was made after the drawing
    /// itself is gone with the meeting.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub drawn: BTreeSet<String>,
    /// The meeting's summary this wheel was started from, when the family received one ("Ta
    /// emot från mötet"): kept on this device only, never in a shared file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_meeting: Option<Box<MeetingSummary>>,
    /// The child's cards for what the meeting agreed, marked or not. A shared file carries the
    /// marked ones of shared areas, for the next meeting's follow-up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_marks: Vec<ActionMark>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Answers by area id. Areas without an answer are absent.
    #[serde(default)]
    pub answers: BTreeMap<String, AreaAnswer>,
}

impl Draft {
    pub fn new_child(id: DraftId, nickname: &str, age_band: AgeBand, now: DateTime<Utc>) -> Self {
        Self {
            id,
            perspective: Perspective::Child,
            nickname: clean_nickname(nickname),
            age_band,
            author: String::new(),
            private_areas: BTreeSet::new(),
            professionals_only: BTreeSet::new(),
            voice_shared: BTreeSet::new(),
            drawn: BTreeSet::new(),
            from_meeting: None,
            action_marks: Vec::new(),
            created_at: now,
            updated_at: now,
            answers: BTreeMap::new(),
        }
    }

    /// An adult's view of the named child: a guardian's, or a professional's at the meeting.
    /// `author` is the guardian's name, or the professional's name and role.
    pub fn new_adult(
        perspective: Perspective,
        id: DraftId,
        child_name: &str,
        author: &str,
        age_band: AgeBand,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            perspective,
            author: clean_nickname(author),
            ..Self::new_child(id, child_name, age_band, now)
        }
    }

    /// The child's wheel for the time before the next meeting, started from the meeting's
    /// summary: the child's name and age band as the meeting had them, and one card per agreed
    /// action (`area_order`: the wheel's areas, so the cards come in the wheel's order).
    pub fn from_meeting(
        id: DraftId,
        summary: MeetingSummary,
        area_order: &[&str],
        now: DateTime<Utc>,
    ) -> Self {
        let age_band = summary.age_band.unwrap_or(AgeBand::Middle);
        Self {
            action_marks: summary.cards(area_order),
            from_meeting: Some(Box::new(summary.clone())),
            ..Self::new_child(id, &summary.child_name, age_band, now)
        }
    }

    /// Whether this wheel was made from this very summary (the same meeting, the same words):
    /// reading the same codes again opens it, with the child's marks, instead of a second one.
    pub fn made_from(&self, summary: &MeetingSummary) -> bool {
        self.from_meeting.as_deref() == Some(summary)
    }

    /// Marks whether the agreed action on card `card` happened (None: takes the mark back).
    pub fn mark_happened(&mut self, card: usize, happened: Option<Happened>, now: DateTime<Utc>) {
        if let Some(mark) = self.action_marks.get_mut(card) {
            mark.happened = happened;
            self.updated_at = now;
        }
    }

    /// Marks how the agreed action on card `card` feels now (None: takes the face back).
    pub fn mark_feels_now(&mut self, card: usize, face: Option<ScaleAnswer>, now: DateTime<Utc>) {
        if let Some(mark) = self.action_marks.get_mut(card) {
            mark.feels_now = face;
            self.updated_at = now;
        }
    }

    /// Whether the draft is one the app itself could have made: every text within what can be
    /// typed, and areas that can be areas. Files brought in are held to this, so that a plan made
    /// from the largest files the app accepts can itself be brought back.
    pub fn within_bounds(&self) -> Result<(), OutOfBounds> {
        let area_sets = [
            &self.private_areas,
            &self.professionals_only,
            &self.voice_shared,
            &self.drawn,
        ];
        let areas_ok = self.answers.len() <= MAX_AREAS
            && area_sets.iter().all(|set| set.len() <= MAX_AREAS)
            && self
                .answers
                .keys()
                .chain(area_sets.into_iter().flatten())
                .all(|id| is_area_id(id));
        // Feelings are ids of the wheel's content, as many as a wheel may offer; which of them
        // this wheel knows is `keep_known_feelings`'s business.
        let feelings_ok = self.answers.values().all(|answer| {
            answer.feelings.len() <= MAX_FEELINGS && answer.feelings.iter().all(|id| is_area_id(id))
        });
        if !areas_ok || !feelings_ok {
            return Err(OutOfBounds::NotAWheel);
        }
        marks_within_bounds(&self.action_marks)?;
        if let Some(summary) = &self.from_meeting {
            summary.within_bounds()?;
        }
        let words_fit = self.answers.values().all(|answer| {
            WordsField::ALL
                .iter()
                .all(|&field| answer.words(field).chars().count() <= MAX_TEXT_CHARS)
        });
        let names_fit = self.nickname.chars().count() <= MAX_NICKNAME_CHARS
            && self.author.chars().count() <= MAX_NICKNAME_CHARS;
        if words_fit && names_fit {
            Ok(())
        } else {
            Err(OutOfBounds::TooLong)
        }
    }

    /// Every text cut to what can be typed (see [`Draft::within_bounds`]).
    pub fn clip_to_bounds(&mut self) {
        self.nickname = clean_nickname(&self.nickname);
        self.author = clean_nickname(&self.author);
        for answer in self.answers.values_mut() {
            for field in WordsField::ALL {
                let words = answer.words(field).to_owned();
                answer.set_words(field, &words);
            }
        }
    }

    pub fn is_shared(&self, area_id: &str) -> bool {
        !self.private_areas.contains(area_id)
    }

    pub fn set_shared(&mut self, area_id: &str, shared: bool, now: DateTime<Utc>) {
        if shared {
            self.private_areas.remove(area_id);
        } else {
            self.private_areas.insert(area_id.to_owned());
        }
        self.updated_at = now;
    }

    /// Drops the feelings `known` does not hold: a file or a stored draft may name a feeling
    /// the wheel no longer (or never) offered. Nothing else of the answer changes, and an
    /// answer left with nothing is no answer.
    pub fn keep_known_feelings(&mut self, known: &HashSet<String>) {
        for answer in self.answers.values_mut() {
            answer.feelings.retain(|id| known.contains(id));
        }
        self.answers.retain(|_, answer| !answer.is_empty());
    }

    /// Whether everyone at the meeting may see this area's content (see
    /// [`Draft::professionals_only`]).
    pub fn for_everyone(&self, area_id: &str) -> bool {
        !self.professionals_only.contains(area_id)
    }

    pub fn set_for_everyone(&mut self, area_id: &str, everyone: bool, now: DateTime<Utc>) {
        if everyone {
            self.professionals_only.remove(area_id);
        } else {
            self.professionals_only.insert(area_id.to_owned());
        }
        self.updated_at = now;
    }

    /// Whether the author chose to share this area's voice note (off until they do).
    pub fn voice_is_shared(&self, area_id: &str) -> bool {
        self.voice_shared.contains(area_id)
    }

    pub fn set_voice_shared(&mut self, area_id: &str, shared: bool, now: DateTime<Utc>) {
        if shared {
            self.voice_shared.insert(area_id.to_owned());
        } else {
            self.voice_shared.remove(area_id);
        }
        self.updated_at = now;
    }

    /// Exactly what leaves the device when this draft is shared: the private areas' answers are
    /// gone, and so is the list of which areas were private. Who may see each shared area, and
    /// which voice notes go along, leave with it — only for shared areas, so that they do not
    /// tell which areas were private either.
    pub fn shared_copy(&self) -> Self {
        let mut copy = self.clone();
        copy.keep_only_areas(|area| self.is_shared(area));
        copy.private_areas.clear();
        // The meeting has its own summary; of the child's cards, only what the child said.
        copy.from_meeting = None;
        copy.action_marks.retain(ActionMark::is_marked);
        copy
    }

    /// Keeps the answers, and every list that names an area (who may see it, its voice note, its
    /// drawing), only for the areas `keep` says: one place, so that a copy made for sharing or for
    /// the meeting room never tells of an area it leaves out.
    pub fn keep_only_areas(&mut self, keep: impl Fn(&str) -> bool) {
        self.answers.retain(|area, _| keep(area));
        for areas in [
            &mut self.professionals_only,
            &mut self.voice_shared,
            &mut self.drawn,
        ] {
            areas.retain(|area| keep(area));
        }
        self.action_marks.retain(|mark| keep(&mark.area));
    }

    pub fn answer(&self, area_id: &str) -> Option<&AreaAnswer> {
        self.answers.get(area_id)
    }

    pub fn scale(&self, area_id: &str) -> Option<ScaleAnswer> {
        self.answer(area_id).and_then(|answer| answer.scale)
    }

    pub fn words(&self, area_id: &str, field: WordsField) -> &str {
        self.answer(area_id)
            .map_or("", |answer| answer.words(field))
    }

    pub fn set_scale(&mut self, area_id: &str, scale: Option<ScaleAnswer>, now: DateTime<Utc>) {
        self.edit_area(area_id, now, |answer| answer.scale = scale);
    }

    pub fn set_words(&mut self, area_id: &str, field: WordsField, text: &str, now: DateTime<Utc>) {
        self.edit_area(area_id, now, |answer| answer.set_words(field, text));
    }

    /// The feelings picked in an area.
    pub fn feelings(&self, area_id: &str) -> Option<&BTreeSet<String>> {
        self.answer(area_id).map(|answer| &answer.feelings)
    }

    pub fn has_feeling(&self, area_id: &str, feeling: &str) -> bool {
        self.feelings(area_id)
            .is_some_and(|feelings| feelings.contains(feeling))
    }

    /// Picks a feeling in an area, or takes it back (at most [`MAX_FEELINGS`] are kept).
    pub fn set_feeling(&mut self, area_id: &str, feeling: &str, picked: bool, now: DateTime<Utc>) {
        self.edit_area(area_id, now, |answer| answer.set_feeling(feeling, picked));
    }

    /// The face scale this draft's area pages show: its age band's.
    pub fn face_scale(&self, wheel: &WheelDefinition) -> FaceScaleKind {
        self.age_band.face_scale(wheel)
    }

    pub fn set_nickname(&mut self, nickname: &str, now: DateTime<Utc>) {
        self.nickname = clean_nickname(nickname);
        self.updated_at = now;
    }

    pub fn set_age_band(&mut self, age_band: AgeBand, now: DateTime<Utc>) {
        self.age_band = age_band;
        self.updated_at = now;
    }

    /// How many of the wheel's areas have a scale answer.
    pub fn answered_count(&self, wheel: &WheelDefinition) -> usize {
        wheel
            .areas
            .iter()
            .filter(|area| self.scale(&area.id).is_some())
            .count()
    }

    /// The help the answers show at once (see `help_at_once` in the wheel): urgent when any
    /// answer asks for it, else gentle, else none — with the areas whose answers ask for it,
    /// which choose some of the contacts (see `content/help.json`). An answer is an area's face
    /// or the face on how an action agreed for it feels now.
    pub fn help_now(&self, wheel: &WheelDefinition) -> Option<HelpShown> {
        // The face on an area, and the face on how something agreed for it feels now: "it feels
        // very bad now" about what the meeting promised on Trygghet asks for the same help.
        let faces = wheel.areas.iter().flat_map(|area| {
            let marked = self
                .action_marks
                .iter()
                .filter(|mark| mark.area == area.id)
                .filter_map(|mark| mark.feels_now);
            self.scale(&area.id)
                .into_iter()
                .chain(marked)
                .map(move |face| (area, face))
        });
        let asking: Vec<(HelpNeed, &str)> = faces
            .filter_map(|(area, face)| Some((area.help_for(face.key())?, area.id.as_str())))
            .collect();
        let need = asking.iter().map(|(need, _)| *need).max()?;
        let mut areas: Vec<String> = asking
            .into_iter()
            .filter(|(asks, _)| *asks == need)
            .map(|(_, area)| area.to_owned())
            .collect();
        // An area's own face and its cards' faces come one after another: named once.
        areas.dedup();
        Some(HelpShown { need, areas })
    }

    fn edit_area(&mut self, area_id: &str, now: DateTime<Utc>, edit: impl FnOnce(&mut AreaAnswer)) {
        let answer = self.answers.entry(area_id.to_owned()).or_default();
        edit(answer);
        if answer.is_empty() {
            self.answers.remove(area_id);
        }
        self.updated_at = now;
    }
}

fn clean_nickname(nickname: &str) -> String {
    nickname.trim().chars().take(MAX_NICKNAME_CHARS).collect()
}

/// Orders drafts for the start page's list: the most recently changed first.
pub fn newest_first(drafts: &mut [Draft]) {
    drafts.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// One value of a draft as both tabs saw it: keep what changed, and on both sides the newer.
fn merge_value<T: Clone + PartialEq>(ours: &mut T, base: &T, theirs: &T) -> bool {
    if theirs == base || theirs == ours {
        false
    } else if *ours == *base {
        *ours = theirs.clone();
        false
    } else {
        // Both tabs changed the same value: the other tab saved last, so it wins, and we tell.
        *ours = theirs.clone();
        true
    }
}

impl Draft {
    /// Takes in what another tab saved of this same draft. `base` is the version both started
    /// from (what this tab last saved or read). Per value: a change on one side is kept; where
    /// both changed the same value, the other tab's (later) one wins. Returns true when that
    /// happened, so the user can be told.
    pub fn merge_from_other_tab(&mut self, base: &Draft, theirs: &Draft) -> bool {
        let mut overwritten = false;
        overwritten |= merge_value(&mut self.nickname, &base.nickname, &theirs.nickname);
        overwritten |= merge_value(&mut self.author, &base.author, &theirs.author);
        overwritten |= merge_value(&mut self.age_band, &base.age_band, &theirs.age_band);
        overwritten |= merge_value(
            &mut self.private_areas,
            &base.private_areas,
            &theirs.private_areas,
        );
        overwritten |= merge_value(
            &mut self.professionals_only,
            &base.professionals_only,
            &theirs.professionals_only,
        );
        overwritten |= merge_value(
            &mut self.voice_shared,
            &base.voice_shared,
            &theirs.voice_shared,
        );
        let areas: BTreeSet<String> = [&self.answers, &base.answers, &theirs.answers]
            .iter()
            .flat_map(|answers| answers.keys().cloned())
            .collect();
        for area in areas {
            let base_answer = base.answers.get(&area).cloned().unwrap_or_default();
            let their_answer = theirs.answers.get(&area).cloned().unwrap_or_default();
            let mut answer = self.answers.get(&area).cloned().unwrap_or_default();
            overwritten |= merge_value(&mut answer.scale, &base_answer.scale, &their_answer.scale);
            overwritten |= merge_value(
                &mut answer.feelings,
                &base_answer.feelings,
                &their_answer.feelings,
            );
            for field in WordsField::ALL {
                let base_words = base_answer.words(field).to_owned();
                let their_words = their_answer.words(field).to_owned();
                overwritten |= merge_value(answer.words_mut(field), &base_words, &their_words);
            }
            if answer.is_empty() {
                self.answers.remove(&area);
            } else {
                self.answers.insert(area, answer);
            }
        }
        overwritten |= merge_value(
            &mut self.from_meeting,
            &base.from_meeting,
            &theirs.from_meeting,
        );
        // The child's cards: each card's marks on their own, so that two tabs marking different
        // cards keep both; cards that are not the same cards in all three are taken whole.
        let same_cards = |a: &[ActionMark], b: &[ActionMark]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| x.area == y.area && x.action == y.action)
        };
        if same_cards(&self.action_marks, &base.action_marks)
            && same_cards(&base.action_marks, &theirs.action_marks)
        {
            for ((ours, base), theirs) in self
                .action_marks
                .iter_mut()
                .zip(&base.action_marks)
                .zip(&theirs.action_marks)
            {
                overwritten |= merge_value(&mut ours.happened, &base.happened, &theirs.happened);
                overwritten |= merge_value(&mut ours.feels_now, &base.feels_now, &theirs.feels_now);
            }
        } else {
            overwritten |= merge_value(
                &mut self.action_marks,
                &base.action_marks,
                &theirs.action_marks,
            );
        }
        self.updated_at = self.updated_at.max(theirs.updated_at);
        overwritten
    }
}
