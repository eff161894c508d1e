//! What a child says about one area: a picture-scale answer, the feelings picked, and optional
//! words.

use crate::domain::wheel::{FaceScaleKind, MAX_FEELINGS};
use crate::ids::{self, MessageId};

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Longest text kept in one field; a child's words beyond this are cut, not refused.
pub const MAX_TEXT_CHARS: usize = 1000;

/// The "how is it?" scale: five faces, or three for the youngest (see `scales` in
/// `content/wheel.json`), plus two answers that are always valid. A three-face answer is kept as
/// what it is — its own answer with its own face and words — and never turned into a five-step
/// value: "dåligt" out of three is not "dåligt" out of five.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScaleAnswer {
    VeryBad,
    Bad,
    Between,
    Good,
    VeryGood,
    DontKnow,
    RatherNotSay,
    /// "Dåligt" on the three-face scale.
    ThreeBad,
    /// "Mittemellan" on the three-face scale.
    ThreeBetween,
    /// "Bra" on the three-face scale.
    ThreeGood,
}

impl ScaleAnswer {
    /// Every answer: the five faces worst to best, the two answers outside the scale, then the
    /// three faces worst to best. Keys in the same order are `wheel::SCALE_KEYS`.
    pub const ALL: [Self; 10] = [
        Self::VeryBad,
        Self::Bad,
        Self::Between,
        Self::Good,
        Self::VeryGood,
        Self::DontKnow,
        Self::RatherNotSay,
        Self::ThreeBad,
        Self::ThreeBetween,
        Self::ThreeGood,
    ];

    pub const FIVE_FACES: [Self; 5] = [
        Self::VeryBad,
        Self::Bad,
        Self::Between,
        Self::Good,
        Self::VeryGood,
    ];

    pub const THREE_FACES: [Self; 3] = [Self::ThreeBad, Self::ThreeBetween, Self::ThreeGood];

    /// "Vet inte" and "Vill inte svara": there on every scale.
    pub const OUTSIDE_SCALE: [Self; 2] = [Self::DontKnow, Self::RatherNotSay];

    /// The faces of a scale, worst to best.
    pub fn faces(kind: FaceScaleKind) -> &'static [Self] {
        match kind {
            FaceScaleKind::ThreeFaces => &Self::THREE_FACES,
            FaceScaleKind::FiveFaces => &Self::FIVE_FACES,
        }
    }

    /// The choices an area page shows for a scale: its faces worst to best, then "vet inte" and
    /// "vill inte svara". An answer already given on the other scale (a five-face answer in a
    /// draft made before the youngest got three faces, or before its age band changed) stays
    /// there, chosen, after the faces — it is the child's answer until they change it, and it is
    /// never shown as a face of a scale it was not given on.
    pub fn choices(kind: FaceScaleKind, chosen: Option<Self>) -> Vec<Self> {
        let mut choices = Self::faces(kind).to_vec();
        if let Some(chosen) = chosen.filter(|c| c.scale_kind().is_some_and(|k| k != kind)) {
            choices.push(chosen);
        }
        choices.extend(Self::OUTSIDE_SCALE);
        choices
    }

    /// Which scale the answer was given on; none for the answers outside the scale.
    pub fn scale_kind(self) -> Option<FaceScaleKind> {
        match self {
            Self::VeryBad | Self::Bad | Self::Between | Self::Good | Self::VeryGood => {
                Some(FaceScaleKind::FiveFaces)
            }
            Self::ThreeBad | Self::ThreeBetween | Self::ThreeGood => {
                Some(FaceScaleKind::ThreeFaces)
            }
            Self::DontKnow | Self::RatherNotSay => None,
        }
    }

    /// Whether the answer says it is hard — the two lowest of five faces, the lowest of three
    /// ("dåligt" out of three covers both). Help and "someone saw a need" treat them alike.
    pub fn is_hard(self) -> bool {
        matches!(self, Self::VeryBad | Self::Bad | Self::ThreeBad)
    }

    /// Stable name, used in storage, in URLs of pictograms and in Fluent message ids.
    pub fn key(self) -> &'static str {
        match self {
            Self::VeryBad => "very-bad",
            Self::Bad => "bad",
            Self::Between => "between",
            Self::Good => "good",
            Self::VeryGood => "very-good",
            Self::DontKnow => "dont-know",
            Self::RatherNotSay => "rather-not-say",
            Self::ThreeBad => "three-bad",
            Self::ThreeBetween => "three-between",
            Self::ThreeGood => "three-good",
        }
    }

    /// Fluent message id of the answer's label.
    pub fn message_id(self) -> MessageId {
        match self {
            Self::VeryBad => ids::SCALE_VERY_BAD,
            Self::Bad => ids::SCALE_BAD,
            Self::Between => ids::SCALE_BETWEEN,
            Self::Good => ids::SCALE_GOOD,
            Self::VeryGood => ids::SCALE_VERY_GOOD,
            Self::DontKnow => ids::SCALE_DONT_KNOW,
            Self::RatherNotSay => ids::SCALE_RATHER_NOT_SAY,
            Self::ThreeBad => ids::SCALE_THREE_BAD,
            Self::ThreeBetween => ids::SCALE_THREE_BETWEEN,
            Self::ThreeGood => ids::SCALE_THREE_GOOD,
        }
    }

    /// Fluent message id of the answer's label where adults compare answers given on either
    /// scale (the meeting, the plan, a copied text): a three-face answer says that it is one of
    /// three ("Dåligt (av tre ansikten)"), so it is never read as the five-face answer of the
    /// same word. Elsewhere the same as [`Self::message_id`].
    pub fn compared_message_id(self) -> MessageId {
        match self {
            Self::ThreeBad => ids::SCALE_THREE_BAD_COMPARED,
            Self::ThreeBetween => ids::SCALE_THREE_BETWEEN_COMPARED,
            Self::ThreeGood => ids::SCALE_THREE_GOOD_COMPARED,
            other => other.message_id(),
        }
    }

    pub fn pictogram(self) -> &'static str {
        match self {
            Self::VeryBad => "pictograms/scale/face-1.svg",
            Self::Bad => "pictograms/scale/face-2.svg",
            Self::Between => "pictograms/scale/face-3.svg",
            Self::Good => "pictograms/scale/face-4.svg",
            Self::VeryGood => "pictograms/scale/face-5.svg",
            Self::DontKnow => "pictograms/scale/dont-know.svg",
            Self::RatherNotSay => "pictograms/scale/rather-not-say.svg",
            Self::ThreeBad => "pictograms/scale/three-bad.svg",
            Self::ThreeBetween => "pictograms/scale/three-between.svg",
            Self::ThreeGood => "pictograms/scale/three-good.svg",
        }
    }
}

/// The three optional questions of every area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordsField {
    /// "What is good"
    Good,
    /// "What is hard"
    Hard,
    /// "What would help"
    WouldHelp,
}

impl WordsField {
    pub const ALL: [Self; 3] = [Self::Good, Self::Hard, Self::WouldHelp];

    pub fn key(self) -> &'static str {
        match self {
            Self::Good => "good",
            Self::Hard => "hard",
            Self::WouldHelp => "would-help",
        }
    }

    pub fn message_id(self) -> MessageId {
        match self {
            Self::Good => ids::WORDS_GOOD,
            Self::Hard => ids::WORDS_HARD,
            Self::WouldHelp => ids::WORDS_WOULD_HELP,
        }
    }
}

/// Everything said about one area. Empty strings mean "nothing written".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaAnswer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<ScaleAnswer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub good: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hard: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub would_help: String,
    /// The feelings picked ("Hur känns det?"), by their ids in `content/wheel.json`; several may
    /// be picked, none is needed.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub feelings: BTreeSet<String>,
}

impl AreaAnswer {
    pub fn words(&self, field: WordsField) -> &str {
        match field {
            WordsField::Good => &self.good,
            WordsField::Hard => &self.hard,
            WordsField::WouldHelp => &self.would_help,
        }
    }

    /// The field's words to change in place; no limit is applied (see [`Self::set_words`]).
    pub(crate) fn words_mut(&mut self, field: WordsField) -> &mut String {
        match field {
            WordsField::Good => &mut self.good,
            WordsField::Hard => &mut self.hard,
            WordsField::WouldHelp => &mut self.would_help,
        }
    }

    /// Sets the words of a field, cut to [`MAX_TEXT_CHARS`] characters.
    pub fn set_words(&mut self, field: WordsField, text: &str) {
        let kept: String = text.chars().take(MAX_TEXT_CHARS).collect();
        match field {
            WordsField::Good => self.good = kept,
            WordsField::Hard => self.hard = kept,
            WordsField::WouldHelp => self.would_help = kept,
        }
    }

    /// Picks a feeling, or takes it back. At most [`MAX_FEELINGS`] are kept: a wheel has no more.
    pub fn set_feeling(&mut self, feeling: &str, picked: bool) {
        if !picked {
            self.feelings.remove(feeling);
        } else if self.feelings.len() < MAX_FEELINGS {
            self.feelings.insert(feeling.to_owned());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.scale.is_none()
            && self.feelings.is_empty()
            && WordsField::ALL.iter().all(|&f| self.words(f).is_empty())
    }
}
