//! What a child says about one area: a picture-scale answer and optional words.

use crate::ids::{self, MessageId};

use serde::{Deserialize, Serialize};

/// Longest text kept in one field; a child's words beyond this are cut, not refused.
pub const MAX_TEXT_CHARS: usize = 1000;

/// The "how is it?" scale: five faces plus two answers that are always valid.
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
}

impl ScaleAnswer {
    /// In the order the scale shows them: worst to best, then the two answers outside the scale.
    pub const ALL: [Self; 7] = [
        Self::VeryBad,
        Self::Bad,
        Self::Between,
        Self::Good,
        Self::VeryGood,
        Self::DontKnow,
        Self::RatherNotSay,
    ];

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
        }
    }

    /// 1 (very bad) to 5 (very good); none for the answers outside the scale.
    pub fn step(self) -> Option<u8> {
        match self {
            Self::VeryBad => Some(1),
            Self::Bad => Some(2),
            Self::Between => Some(3),
            Self::Good => Some(4),
            Self::VeryGood => Some(5),
            Self::DontKnow | Self::RatherNotSay => None,
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

    pub fn is_empty(&self) -> bool {
        self.scale.is_none() && WordsField::ALL.iter().all(|&f| self.words(f).is_empty())
    }
}
