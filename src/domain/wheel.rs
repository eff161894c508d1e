//! The wheel definition: Barnets bästa-hjulet ("the wheel") as content, not code.
//!
//! A county replaces `content/wheel.json` (areas, order, pictograms, convention articles and the
//! Fluent message ids of each area's texts) and the `.ftl` files in `locales/`, without touching
//! Rust. This module depends on serde alone because `build.rs` also includes it, so that a
//! malformed definition stops the build with a clear message instead of showing a blank screen.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

/// The definition shipped with the app, checked at build time by `build.rs`.
pub const SHIPPED_WHEEL_JSON: &str = include_str!("../../content/wheel.json");

/// Marks a JSON file as a wheel definition, so a plan or a draft given by mistake is refused.
pub const WHEEL_FORMAT: &str = "barnets-basta-hjulet.wheel";

/// The UN Convention on the Rights of the Child (barnkonventionen) has 54 articles.
const LAST_CONVENTION_ARTICLE: u8 = 54;

/// Most feelings a wheel may offer ("Hur känns det?"): a row a child can take in at once. An
/// answer never holds more.
pub const MAX_FEELINGS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WheelDefinition {
    pub format: String,
    pub version: u32,
    pub areas: Vec<AreaDefinition>,
    /// Which face scale each age band answers on. Left out: three faces for 4–7, five for the
    /// older children.
    #[serde(default)]
    pub scales: ScalesByAge,
    /// The feelings a child may pick in every area, in the order shown. Left out: no feelings.
    #[serde(default)]
    pub feelings: Vec<FeelingDefinition>,
}

/// A face scale: which faces a child chooses from ("vet inte" and "vill inte svara" are always
/// there besides).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FaceScaleKind {
    /// Bra, mittemellan, dåligt: for the youngest, who tell three faces apart more surely than
    /// five.
    ThreeFaces,
    /// Mycket bra … mycket dåligt.
    FiveFaces,
}

/// The scale of each age band, by the age bands' keys as drafts store them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalesByAge {
    #[serde(rename = "4-7", default = "three_faces")]
    pub young: FaceScaleKind,
    #[serde(rename = "8-12", default = "five_faces")]
    pub middle: FaceScaleKind,
    #[serde(rename = "13-17", default = "five_faces")]
    pub teen: FaceScaleKind,
}

fn three_faces() -> FaceScaleKind {
    FaceScaleKind::ThreeFaces
}

fn five_faces() -> FaceScaleKind {
    FaceScaleKind::FiveFaces
}

impl Default for ScalesByAge {
    fn default() -> Self {
        Self {
            young: three_faces(),
            middle: five_faces(),
            teen: five_faces(),
        }
    }
}

impl ScalesByAge {
    fn uses(&self, kind: FaceScaleKind) -> bool {
        [self.young, self.middle, self.teen].contains(&kind)
    }
}

/// One feeling a child may pick in an area ("glad", "rädd" …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeelingDefinition {
    /// Stable identifier; answers store it, so keep it once in use (1–32 of a–z, 0–9, '-').
    pub id: String,
    /// An SVG under `pictograms/`, e.g. `pictograms/feelings/happy.svg`.
    pub pictogram: String,
    /// Fluent id of the feeling's word; it receives `$who` and `$age` like the areas' texts.
    pub message: String,
}

/// One life area of the wheel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaDefinition {
    /// Stable identifier; answers are stored under it, so a county must not rename it lightly.
    pub id: String,
    /// Position clockwise from the top, starting at 1.
    pub order: u8,
    /// Path of the pictogram relative to the app's root, e.g. `pictograms/areas/safe.svg`.
    pub pictogram: String,
    /// Background colour of the area's segment, `#rrggbb`; must be light, text is dark on it.
    pub colour: String,
    /// Articles of the convention the area rests on.
    pub articles: Vec<u8>,
    pub messages: AreaMessages,
    /// The answers in this area that show help at once.
    #[serde(default)]
    pub help_at_once: HelpAtOnce,
    /// The first wheels' way to say "the lowest answer shows help": still read, as
    /// `help_at_once.urgent = ["very-bad"]`.
    #[serde(default, skip_serializing)]
    pub lowest_answer_shows_help: bool,
}

/// The answers of the face scales by their keys, as drafts store them (`ScaleAnswer::key`): the
/// five faces, the two answers outside the scale, the three faces.
pub const SCALE_KEYS: [&str; 10] = [
    "very-bad",
    "bad",
    "between",
    "good",
    "very-good",
    "dont-know",
    "rather-not-say",
    "three-bad",
    "three-between",
    "three-good",
];

/// The two lowest of five faces, and the lowest of three, which stands for both.
const FIVE_FACES_HARD: [&str; 2] = ["very-bad", "bad"];
const THREE_FACES_HARD: &str = "three-bad";

/// Whether `path` names a file under `public/pictograms/`: only those become symbols of the
/// pages' sprite. (Whether it is an SVG is checked beside it, with its own message.)
pub fn is_inside_pictograms(path: &str) -> bool {
    path.starts_with("pictograms/") && !path.contains("..") && !path.contains(':')
}

/// Which answers in an area show help at once, by the answers' keys ([`SCALE_KEYS`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpAtOnce {
    /// "I am not safe": whom to call now, and that it is never the child's fault.
    #[serde(default)]
    pub urgent: Vec<String>,
    /// A quieter word, e.g. for "I'd rather not say" about being safe: no need to answer, and
    /// help is there all the same.
    #[serde(default)]
    pub gentle: Vec<String>,
    /// Why these answers: a note for whoever edits the content (JSON has no comments); the app
    /// does not show it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
}

/// How an answer asks for help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HelpNeed {
    Gentle,
    Urgent,
}

/// Help shown at once: how it is asked for, and by the answers of which areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpShown {
    pub need: HelpNeed,
    pub areas: Vec<String>,
}

impl AreaDefinition {
    /// The help an answer in this area shows at once, if any (by the answer's key).
    pub fn help_for(&self, answer_key: &str) -> Option<HelpNeed> {
        // The old flag means "the lowest answer": on three faces that is "dåligt".
        let lowest = answer_key == SCALE_KEYS[0] || answer_key == THREE_FACES_HARD;
        let urgent = self.help_at_once.urgent.iter().any(|key| key == answer_key)
            || (self.lowest_answer_shows_help && lowest);
        if urgent {
            Some(HelpNeed::Urgent)
        } else if self.help_at_once.gentle.iter().any(|key| key == answer_key) {
            Some(HelpNeed::Gentle)
        } else {
            None
        }
    }
}

/// Fluent message ids of an area's texts. Each message receives `$age` (young, middle, teen) and
/// `$who` (child) so that wording follows the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaMessages {
    /// Short name shown on the wheel, e.g. "Trygghet".
    pub name: String,
    /// The child's own sentence, e.g. "Jag är trygg".
    pub title: String,
    /// A short text that explains the area.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WheelError {
    Json(String),
    WrongFormat(String),
    NoAreas,
    DuplicateId(String),
    InvalidId(String),
    DuplicateOrder(u8),
    InvalidPictogram {
        area: String,
        path: String,
    },
    /// `help_at_once` names an answer the scale does not have.
    UnknownAnswer {
        area: String,
        answer: String,
    },
    /// A picture the pages cannot draw: they draw every pictogram from one SVG sprite.
    PictogramNotSvg {
        area: String,
        path: String,
    },
    InvalidColour {
        area: String,
        colour: String,
    },
    InvalidArticle {
        area: String,
        article: u8,
    },
    NoArticles(String),
    EmptyMessageId(String),
    /// The area shows help for a low five-face answer but less for "dåligt" out of three,
    /// although some age band answers on three faces: the youngest would get less help.
    ThreeFacesGetLessHelp(String),
    InvalidFeeling(String),
    DuplicateFeeling(String),
    TooManyFeelings(usize),
}

impl fmt::Display for WheelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(e) => write!(f, "the wheel definition is not valid JSON for a wheel: {e}"),
            Self::WrongFormat(found) => {
                write!(f, "\"format\" must be \"{WHEEL_FORMAT}\", found \"{found}\"")
            }
            Self::NoAreas => write!(f, "the wheel has no areas"),
            Self::DuplicateId(id) => write!(f, "two areas have the id \"{id}\""),
            Self::InvalidId(id) => write!(
                f,
                "area id \"{id}\" must be 1–32 lowercase letters a–z, digits or '-'"
            ),
            Self::DuplicateOrder(order) => write!(f, "two areas have the order {order}"),
            Self::InvalidPictogram { area, path } => write!(
                f,
                "area \"{area}\": pictogram \"{path}\" must be a relative path under pictograms/ inside the app"
            ),
            Self::UnknownAnswer { area, answer } => write!(
                f,
                "area \"{area}\": help_at_once names \"{answer}\", which is not an answer ({})",
                SCALE_KEYS.join(", ")
            ),
            Self::PictogramNotSvg { area, path } => write!(
                f,
                "area \"{area}\": pictogram \"{path}\" is not an SVG file; the pages draw every pictogram from one SVG sprite, so draw or convert it as .svg"
            ),
            Self::InvalidColour { area, colour } => {
                write!(f, "area \"{area}\": colour \"{colour}\" must look like #a1b2c3")
            }
            Self::InvalidArticle { area, article } => write!(
                f,
                "area \"{area}\": article {article} is not an article of the convention (1–{LAST_CONVENTION_ARTICLE})"
            ),
            Self::NoArticles(area) => {
                write!(f, "area \"{area}\" must name at least one convention article")
            }
            Self::EmptyMessageId(area) => write!(f, "area \"{area}\" has an empty message id"),
            Self::ThreeFacesGetLessHelp(area) => write!(
                f,
                "area \"{area}\": help_at_once shows help for \"very-bad\" or \"bad\" but less for \"three-bad\"; the youngest answer \"dåligt\" on three faces and need the same help"
            ),
            Self::InvalidFeeling(id) => write!(
                f,
                "feeling \"{id}\": its id must be 1–32 lowercase letters a–z, digits or '-', its pictogram an SVG under pictograms/, and its message id not empty"
            ),
            Self::DuplicateFeeling(id) => write!(f, "two feelings have the id \"{id}\""),
            Self::TooManyFeelings(count) => write!(
                f,
                "{count} feelings: a wheel offers at most {MAX_FEELINGS}"
            ),
        }
    }
}

impl std::error::Error for WheelError {}

impl WheelDefinition {
    /// Parses and validates a definition; the areas come back sorted by `order`.
    pub fn from_json(text: &str) -> Result<Self, WheelError> {
        let mut wheel: Self =
            serde_json::from_str(text).map_err(|e| WheelError::Json(e.to_string()))?;
        wheel.validate()?;
        wheel.areas.sort_by_key(|area| area.order);
        Ok(wheel)
    }

    /// The definition shipped with the app. `build.rs` has already validated it.
    pub fn shipped() -> Self {
        Self::from_json(SHIPPED_WHEEL_JSON).expect("content/wheel.json is validated by build.rs")
    }

    /// The ids of the shipped wheel's feelings: what a draft read from a file or storage may
    /// keep (see `Draft::keep_known_feelings`).
    pub fn shipped_feeling_ids() -> &'static HashSet<String> {
        static IDS: OnceLock<HashSet<String>> = OnceLock::new();
        IDS.get_or_init(|| {
            Self::shipped()
                .feelings
                .into_iter()
                .map(|feeling| feeling.id)
                .collect()
        })
    }

    pub fn feeling(&self, id: &str) -> Option<&FeelingDefinition> {
        self.feelings.iter().find(|feeling| feeling.id == id)
    }

    pub fn area(&self, id: &str) -> Option<&AreaDefinition> {
        self.areas.iter().find(|area| area.id == id)
    }

    /// Position of an area in wheel order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.areas.iter().position(|area| area.id == id)
    }

    /// The area after `id`, going round: after the last comes none (the wheel is done).
    pub fn next_area(&self, id: &str) -> Option<&AreaDefinition> {
        self.position(id).and_then(|i| self.areas.get(i + 1))
    }

    pub fn previous_area(&self, id: &str) -> Option<&AreaDefinition> {
        self.position(id)
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| self.areas.get(i))
    }

    fn validate(&self) -> Result<(), WheelError> {
        if self.format != WHEEL_FORMAT {
            return Err(WheelError::WrongFormat(self.format.clone()));
        }
        if self.areas.is_empty() {
            return Err(WheelError::NoAreas);
        }
        let mut ids = HashSet::new();
        let mut orders = HashSet::new();
        for area in &self.areas {
            area.validate()?;
            if self.scales.uses(FaceScaleKind::ThreeFaces) {
                area.check_three_faces_help()?;
            }
            if !ids.insert(area.id.as_str()) {
                return Err(WheelError::DuplicateId(area.id.clone()));
            }
            if !orders.insert(area.order) {
                return Err(WheelError::DuplicateOrder(area.order));
            }
        }
        if self.feelings.len() > MAX_FEELINGS {
            return Err(WheelError::TooManyFeelings(self.feelings.len()));
        }
        let mut feelings = HashSet::new();
        for feeling in &self.feelings {
            let sound = is_area_id(&feeling.id)
                && is_inside_pictograms(&feeling.pictogram)
                && feeling.pictogram.ends_with(".svg")
                && !feeling.message.trim().is_empty();
            if !sound {
                return Err(WheelError::InvalidFeeling(feeling.id.clone()));
            }
            if !feelings.insert(feeling.id.as_str()) {
                return Err(WheelError::DuplicateFeeling(feeling.id.clone()));
            }
        }
        Ok(())
    }
}

/// An area id: 1–32 lowercase letters a–z, digits or '-'. Safe in storage keys, element ids and
/// URLs as it is; files brought in are held to the same rule.
pub fn is_area_id(text: &str) -> bool {
    (1..=32).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl AreaDefinition {
    /// Every message id the area uses, for checking them against the locale files.
    pub fn message_ids(&self) -> [&str; 3] {
        [
            &self.messages.name,
            &self.messages.title,
            &self.messages.text,
        ]
    }

    /// "Dåligt" out of three must show at least the help the two lowest of five faces show: a
    /// four-year-old who is not safe says "dåligt", as an older child says "mycket dåligt".
    fn check_three_faces_help(&self) -> Result<(), WheelError> {
        let five = FIVE_FACES_HARD
            .iter()
            .map(|key| self.help_for(key))
            .max()
            .flatten();
        if five > self.help_for(THREE_FACES_HARD) {
            Err(WheelError::ThreeFacesGetLessHelp(self.id.clone()))
        } else {
            Ok(())
        }
    }

    fn validate(&self) -> Result<(), WheelError> {
        if !is_area_id(&self.id) {
            return Err(WheelError::InvalidId(self.id.clone()));
        }
        let help = &self.help_at_once;
        if let Some(key) = help
            .urgent
            .iter()
            .chain(&help.gentle)
            .find(|key| !SCALE_KEYS.contains(&key.as_str()))
        {
            return Err(WheelError::UnknownAnswer {
                area: self.id.clone(),
                answer: key.clone(),
            });
        }
        let path = &self.pictogram;
        let pictogram_ok = is_inside_pictograms(path);
        if pictogram_ok && !path.ends_with(".svg") {
            return Err(WheelError::PictogramNotSvg {
                area: self.id.clone(),
                path: path.clone(),
            });
        }
        if !pictogram_ok {
            return Err(WheelError::InvalidPictogram {
                area: self.id.clone(),
                path: path.clone(),
            });
        }
        let colour_ok = self.colour.len() == 7
            && self.colour.starts_with('#')
            && self.colour[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !colour_ok {
            return Err(WheelError::InvalidColour {
                area: self.id.clone(),
                colour: self.colour.clone(),
            });
        }
        if self.articles.is_empty() {
            return Err(WheelError::NoArticles(self.id.clone()));
        }
        if let Some(&article) = self
            .articles
            .iter()
            .find(|&&a| a == 0 || a > LAST_CONVENTION_ARTICLE)
        {
            return Err(WheelError::InvalidArticle {
                area: self.id.clone(),
                article,
            });
        }
        if self.message_ids().iter().any(|id| id.trim().is_empty()) {
            return Err(WheelError::EmptyMessageId(self.id.clone()));
        }
        Ok(())
    }
}
