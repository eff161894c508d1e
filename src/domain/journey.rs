//! The journey over time: per area, how each person's face answer moved from meeting to meeting.
//! One line per person — the child's first — and never an average: two guardians who see the
//! same area differently stay two lines.
//!
//! A plan file made in a follow-up carries the meetings before the plan it follows up as a
//! [`Journey`] (dates and faces only, no words), so that the next meeting shows the whole history
//! from the last file alone; older plan files brought in beside it add their meetings too (see
//! [`crate::domain::plan::PlanInProgress::bring_in_earlier`]).
//!
//! Only what everyone in the room may see goes into a journey: the shared areas, without what was
//! shared only with the professionals (as [`crate::domain::room::for_the_room`] leaves it), and
//! nobody the meeting left out. Every place that shows a journey — the meeting's area panel, the
//! projector, the plan's print, the child's summary — is one the family may see.

use crate::domain::answer::ScaleAnswer;
use crate::domain::draft::{Draft, Perspective, MAX_AREAS, MAX_NICKNAME_CHARS};
use crate::domain::meeting::tagged;
use crate::domain::plan::MAX_PERSPECTIVES;
use crate::domain::room::for_the_room;
use crate::domain::wheel::{is_area_id, FaceScaleKind};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Most meetings a journey holds, this meeting included: a chart a meeting can still read (a
/// follow-up every half year for six years). Older meetings drop off as the chain of plans moves
/// on; a file that claims more is not one the app made.
pub const MAX_JOURNEY_MEETINGS: usize = 12;

/// One person in one meeting: who they are (the perspective and the name or role they gave
/// themself; the child's name is never kept here, the child is one line whatever name) and their
/// face on each area they shared with everyone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyPerson {
    pub perspective: Perspective,
    /// What a guardian or a professional called themself ("mamma", "Eva, kurator"); empty for
    /// the child and for an adult who gave no name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The face answer on each area, by area id; areas without a face answer are absent.
    #[serde(default)]
    pub faces: BTreeMap<String, ScaleAnswer>,
}

impl JourneyPerson {
    /// The person as everyone in the room may see them in `draft`: only shared areas, nothing
    /// shared only with the professionals, and no words.
    pub fn of(draft: &Draft) -> Self {
        let room = for_the_room(&draft.shared_copy());
        Self {
            perspective: draft.perspective,
            name: match draft.perspective {
                Perspective::Child => String::new(),
                _ => draft.author.trim().to_owned(),
            },
            faces: room
                .answers
                .iter()
                .filter_map(|(area, answer)| Some((area.clone(), answer.scale?)))
                .collect(),
        }
    }
}

/// One meeting of the journey: its date and the people in it, in meeting order (the child's
/// first, then guardians and professionals in the order their views came in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyMeeting {
    pub date: NaiveDate,
    #[serde(default)]
    pub people: Vec<JourneyPerson>,
}

/// Who a person is across meetings: the perspective and the name they gave (letter case and
/// spaces aside); people of one perspective who gave the same name — or none — are told apart
/// by their order in the meeting, as the follow-up does. Two people in one meeting never share a
/// key, so no line ever joins two people.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PersonKey {
    perspective: Perspective,
    name: String,
    number: usize,
}

impl JourneyMeeting {
    /// The meeting on `date` made of `drafts` (as brought in), each as the room may see it.
    pub fn of(date: NaiveDate, drafts: &[Draft]) -> Self {
        Self {
            date,
            people: tagged(drafts)
                .into_iter()
                .map(|(_, draft)| JourneyPerson::of(draft))
                .collect(),
        }
    }

    /// Each person with their key, in meeting order.
    fn keyed(&self) -> Vec<(PersonKey, &JourneyPerson)> {
        let mut seen = BTreeMap::<(Perspective, String), usize>::new();
        self.people
            .iter()
            .map(|person| {
                let name = match person.perspective {
                    Perspective::Child => String::new(),
                    _ => person.name.trim().to_lowercase(),
                };
                let number = seen.entry((person.perspective, name.clone())).or_default();
                let key = PersonKey {
                    perspective: person.perspective,
                    name,
                    number: *number,
                };
                *number += 1;
                (key, person)
            })
            .collect()
    }

    fn within_bounds(&self) -> bool {
        let children = self
            .people
            .iter()
            .filter(|p| p.perspective == Perspective::Child)
            .count();
        self.people.len() <= MAX_PERSPECTIVES
            && children <= 1
            && self.people.iter().all(|person| {
                person.name.chars().count() <= MAX_NICKNAME_CHARS
                    && person.faces.len() <= MAX_AREAS
                    && person.faces.keys().all(|id| is_area_id(id))
            })
    }
}

/// The keys of the people in `drafts` (as a meeting brought them in) whom `left_out` says the
/// meeting left out: their lines leave the journey altogether.
pub fn keys_left_out(drafts: &[Draft], left_out: impl Fn(&Draft) -> bool) -> BTreeSet<PersonKey> {
    // Keys are worked out over everyone, so that leaving one unnamed guardian out does not give
    // the next one the first one's key (and line).
    let ordered = tagged(drafts);
    let meeting = JourneyMeeting::of(NaiveDate::MIN, drafts);
    meeting
        .keyed()
        .into_iter()
        .zip(&ordered)
        .filter(|(_, (_, draft))| left_out(draft))
        .map(|((key, _), _)| key)
        .collect()
}

/// The meetings in date order, each date once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    pub meetings: Vec<JourneyMeeting>,
}

/// One person's line on one area: their face at each meeting of the journey (none where they
/// were not there or gave no face).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JourneyLine {
    pub perspective: Perspective,
    /// The name they gave at the latest meeting they were at (empty for the child).
    pub name: String,
    /// One per meeting of the journey, in date order.
    pub faces: Vec<Option<ScaleAnswer>>,
}

/// Where a face answer sits on the chart, from 0 (the worst face, at the bottom) to 4 (the best,
/// at the top); none for "vet inte" and "vill inte svara", which are no face on the scale.
///
/// A young child answers on three faces. Their "dåligt" is the worst face they were offered and
/// their "bra" the best, so they sit at the bottom and the top — where the worst and best of five
/// sit — and "mittemellan" in the middle. Put anywhere else, the chart would say the child held
/// back a better or worse face that was never there to choose, or make a move from "bra" out of
/// three to "bra" out of five look like a step down. The chart says in words that an answer was
/// one of three faces (`compared_message_id`).
pub fn height_on_chart(answer: ScaleAnswer) -> Option<u8> {
    match answer {
        ScaleAnswer::VeryBad | ScaleAnswer::ThreeBad => Some(0),
        ScaleAnswer::Bad => Some(1),
        ScaleAnswer::Between | ScaleAnswer::ThreeBetween => Some(2),
        ScaleAnswer::Good => Some(3),
        ScaleAnswer::VeryGood | ScaleAnswer::ThreeGood => Some(4),
        ScaleAnswer::DontKnow | ScaleAnswer::RatherNotSay => None,
    }
}

impl Journey {
    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty()
    }

    /// Whether a journey from a file or the tab is one the app could have made: at most
    /// [`MAX_JOURNEY_MEETINGS`] meetings in strict date order, each with at most as many people
    /// as a meeting takes in (one child at most), names as long as can be typed, and areas that
    /// can be areas.
    pub fn within_bounds(&self) -> bool {
        self.meetings.len() <= MAX_JOURNEY_MEETINGS
            && self.meetings.windows(2).all(|w| w[0].date < w[1].date)
            && self.meetings.iter().all(JourneyMeeting::within_bounds)
    }

    /// The meeting dates, in order.
    pub fn dates(&self) -> Vec<NaiveDate> {
        self.meetings.iter().map(|m| m.date).collect()
    }

    pub fn holds_date(&self, date: NaiveDate) -> bool {
        self.meetings.iter().any(|m| m.date == date)
    }

    /// Adds a meeting in its place by date. A meeting on a date the journey holds already is the
    /// same meeting (the same plan brought in twice): it counts once, and the one already here
    /// stays. Returns whether it was added.
    pub fn add(&mut self, meeting: JourneyMeeting) -> bool {
        match self
            .meetings
            .binary_search_by_key(&meeting.date, |m| m.date)
        {
            Ok(_) => false,
            Err(at) => {
                self.meetings.insert(at, meeting);
                true
            }
        }
    }

    /// Adds a meeting in its place by date, taking the place of one on the same date (this
    /// meeting's own answers are newer than any copy of them).
    pub fn put(&mut self, meeting: JourneyMeeting) {
        self.meetings.retain(|m| m.date != meeting.date);
        self.add(meeting);
    }

    /// Leaves out these people, in every meeting.
    pub fn without(mut self, left_out: &BTreeSet<PersonKey>) -> Self {
        if left_out.is_empty() {
            return self;
        }
        for meeting in &mut self.meetings {
            let keep: Vec<bool> = meeting
                .keyed()
                .into_iter()
                .map(|(key, _)| !left_out.contains(&key))
                .collect();
            let mut keep = keep.into_iter();
            meeting.people.retain(|_| keep.next().unwrap_or(true));
        }
        self
    }

    /// Keeps the newest `max` meetings: the oldest drop off as the chain of plans moves on.
    pub fn keep_newest(&mut self, max: usize) {
        let over = self.meetings.len().saturating_sub(max);
        self.meetings.drain(..over);
    }

    /// One line per person who gave a face on `area_id` at any meeting: the child's first, then
    /// the guardians and the professionals, each in the order they first came. Never averaged,
    /// never joined: each line is one person's own answers.
    pub fn lines(&self, area_id: &str) -> Vec<JourneyLine> {
        let count = self.meetings.len();
        let mut lines: Vec<(PersonKey, JourneyLine)> = Vec::new();
        for (at, meeting) in self.meetings.iter().enumerate() {
            for (key, person) in meeting.keyed() {
                let index = match lines.iter().position(|(k, _)| *k == key) {
                    Some(index) => index,
                    None => {
                        lines.push((
                            key,
                            JourneyLine {
                                perspective: person.perspective,
                                name: String::new(),
                                faces: vec![None; count],
                            },
                        ));
                        lines.len() - 1
                    }
                };
                let line = &mut lines[index].1;
                line.name.clone_from(&person.name);
                line.faces[at] = person.faces.get(area_id).copied();
            }
        }
        let mut lines: Vec<JourneyLine> = lines
            .into_iter()
            .map(|(_, line)| line)
            .filter(|line| line.faces.iter().any(Option::is_some))
            .collect();
        // Stable: within a perspective, the order they first came in.
        lines.sort_by_key(|line| line.perspective);
        lines
    }

    /// The scale the chart of `area_id` shows: three faces when every face on it was one of three
    /// (a young child's journey), otherwise five — with three-face answers placed as
    /// [`height_on_chart`] says.
    pub fn scale_on(&self, area_id: &str) -> FaceScaleKind {
        let mut kinds = self
            .meetings
            .iter()
            .flat_map(|m| &m.people)
            .filter_map(|p| p.faces.get(area_id)?.scale_kind());
        let first = kinds.next();
        if first == Some(FaceScaleKind::ThreeFaces) && kinds.all(|k| k == FaceScaleKind::ThreeFaces)
        {
            FaceScaleKind::ThreeFaces
        } else {
            FaceScaleKind::FiveFaces
        }
    }

    /// Whether the chart of `area_id` has something to show: at least two meetings (one of them
    /// earlier) and someone's face on it.
    pub fn shows(&self, area_id: &str) -> bool {
        self.meetings.len() >= 2 && !self.lines(area_id).is_empty()
    }
}
