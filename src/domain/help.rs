//! Where to get help now, as content: `content/help.json` lists the contacts the help panel and
//! the safety alert show, in order — each with its pictogram, the Fluent id of its text (who
//! they are, when they answer), for whom it is (children by age, adults), the areas whose
//! alert shows it when it is not for every alert, and, when it can be called, the number and
//! the id of the call button's text (which shows the number as `$number`). The kommun's own
//! numbers are listed per kommun; a kommun without a number is a placeholder the screen words
//! as "din kommuns växel". A county edits the file without Rust; like the wheel, it depends on
//! serde alone so that `build.rs` stops the build on a malformed file or a number a phone could
//! not call.

// `super::wheel`: a sibling in the app and in build.rs alike.
use super::wheel::is_inside_pictograms;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The contacts shipped with the app, checked at build time by `build.rs`.
pub const SHIPPED_HELP_JSON: &str = include_str!("../../content/help.json");

/// Marks a JSON file as the help contacts.
pub const HELP_FORMAT: &str = "barnets-basta-hjulet.help";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpContacts {
    pub format: String,
    pub version: u32,
    pub contacts: Vec<HelpContact>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpContact {
    /// A name for the county's own reference, e.g. "bris".
    pub id: String,
    /// An SVG under `pictograms/`, as for the wheel's areas.
    pub pictogram: String,
    /// Fluent id of who they are and when they answer.
    pub text: String,
    /// How to call them, when they can be called.
    #[serde(default)]
    pub call: Option<Call>,
    /// Who the contact is for; every reader when not given.
    #[serde(rename = "for", default = "Audience::everyone")]
    pub for_whom: Vec<Audience>,
    /// The areas whose safety alert shows the contact (its panel always does); every alert when
    /// empty.
    #[serde(default)]
    pub areas: Vec<String>,
    /// The kommun's own numbers, one per kommun, for a contact such as the kontaktcenter.
    #[serde(default)]
    pub kommuner: Option<KommunCalls>,
}

/// Who a contact is for: children by age band, or adults (guardians and professionals).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    #[serde(rename = "children-4-7")]
    YoungChildren,
    #[serde(rename = "children-8-12")]
    Children,
    #[serde(rename = "children-13-17")]
    Teenagers,
    #[serde(rename = "adults")]
    Adults,
}

impl Audience {
    pub const ALL: [Self; 4] = [
        Self::YoungChildren,
        Self::Children,
        Self::Teenagers,
        Self::Adults,
    ];

    fn everyone() -> Vec<Self> {
        Self::ALL.to_vec()
    }

    pub fn is_child(self) -> bool {
        self != Self::Adults
    }
}

/// A number per kommun: the kommun's name as written, and its number — none until the county
/// fills it in (never invented).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KommunCalls {
    /// Fluent id of each button's text, with `$kommun` and `$number`.
    pub label: String,
    pub numbers: Vec<KommunNumber>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KommunNumber {
    pub kommun: String,
    pub number: Option<String>,
}

impl KommunCalls {
    /// The kommuner whose number is filled in, each as a call.
    pub fn calls(&self) -> impl Iterator<Item = (&str, Call)> {
        self.numbers.iter().filter_map(move |entry| {
            let number = entry.number.as_ref()?;
            Some((
                entry.kommun.as_str(),
                Call {
                    label: self.label.clone(),
                    number: number.clone(),
                },
            ))
        })
    }
}

impl HelpContact {
    /// Whether the contact shows for `audience` — in the alert for answers in `areas`, or in the
    /// help panel when `areas` is `None`.
    pub fn shows_for(&self, audience: Audience, areas: Option<&[String]>) -> bool {
        let in_area = match areas {
            None => true,
            Some(areas) => self.areas.is_empty() || self.areas.iter().any(|a| areas.contains(a)),
        };
        self.for_whom.contains(&audience) && in_area
    }

    /// Every number the contact shows: its own, then the kommuner's.
    fn numbers(&self) -> impl Iterator<Item = &str> {
        self.call.iter().map(|call| call.number.as_str()).chain(
            self.kommuner
                .iter()
                .flat_map(|k| k.numbers.iter().filter_map(|entry| entry.number.as_deref())),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// Fluent id of the button's text, e.g. "Ring BRIS { $number }".
    pub label: String,
    /// The number as people write it, e.g. "116 111" or "0433-720 00".
    pub number: String,
}

impl Call {
    /// The number as shown on a button: as written, but never broken over two lines (a space
    /// becomes a no-break space, a hyphen a no-break hyphen), so that "020-50 50 50" is not read
    /// as two numbers on a narrow screen or in right-to-left text.
    pub fn shown_number(&self) -> String {
        self.number
            .trim()
            .replace(' ', "\u{a0}")
            .replace('-', "\u{2011}")
    }

    /// The `tel:` link a phone calls: the number's digits (and a leading `+`), nothing else.
    pub fn tel(&self) -> String {
        let digits: String = self
            .number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{digits}")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpError {
    Json(String),
    WrongFormat(String),
    NoContacts,
    /// A number with something a phone cannot dial (letters, or no digits at all).
    BadNumber {
        contact: String,
        number: String,
    },
    BadPictogram {
        contact: String,
        path: String,
    },
    /// A contact for nobody.
    NoAudience(String),
    /// A Fluent id the Swedish messages do not have.
    UnknownMessage {
        contact: String,
        id: String,
    },
    /// An area the wheel does not have.
    UnknownArea {
        contact: String,
        area: String,
    },
}

impl fmt::Display for HelpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(e) => write!(f, "the help contacts are not valid JSON for them: {e}"),
            Self::WrongFormat(found) => {
                write!(f, "\"format\" must be \"{HELP_FORMAT}\", found \"{found}\"")
            }
            Self::NoContacts => write!(f, "there must be at least one contact"),
            Self::BadNumber { contact, number } => write!(
                f,
                "contact \"{contact}\": \"{number}\" is not a number a phone can call (digits, spaces, '-' and a leading '+')"
            ),
            Self::BadPictogram { contact, path } => write!(
                f,
                "contact \"{contact}\": pictogram \"{path}\" must be an .svg under pictograms/"
            ),
            Self::UnknownMessage { contact, id } => write!(
                f,
                "contact \"{contact}\" names the message \"{id}\", which locales/sv/ does not have"
            ),
            Self::UnknownArea { contact, area } => write!(
                f,
                "contact \"{contact}\" names the area \"{area}\", which content/wheel.json does not have"
            ),
            Self::NoAudience(contact) => write!(
                f,
                "contact \"{contact}\": \"for\" must name at least one of children-4-7, children-8-12, children-13-17, adults"
            ),
        }
    }
}

/// Digits, spaces, '-' and a leading '+', with at least one digit: what a phone can call.
fn is_dialable(number: &str) -> bool {
    let number = number.trim();
    number
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0))
        && number.chars().any(|c| c.is_ascii_digit())
}

impl HelpContacts {
    pub fn from_json(text: &str) -> Result<Self, HelpError> {
        let contacts: Self =
            serde_json::from_str(text).map_err(|e| HelpError::Json(e.to_string()))?;
        if contacts.format != HELP_FORMAT {
            return Err(HelpError::WrongFormat(contacts.format));
        }
        if contacts.contacts.is_empty() {
            return Err(HelpError::NoContacts);
        }
        for contact in &contacts.contacts {
            let path = &contact.pictogram;
            if !(is_inside_pictograms(path) && path.ends_with(".svg")) {
                return Err(HelpError::BadPictogram {
                    contact: contact.id.clone(),
                    path: path.clone(),
                });
            }
            if contact.for_whom.is_empty() {
                return Err(HelpError::NoAudience(contact.id.clone()));
            }
            for number in contact.numbers() {
                if !is_dialable(number) {
                    return Err(HelpError::BadNumber {
                        contact: contact.id.clone(),
                        number: number.to_owned(),
                    });
                }
            }
        }
        Ok(contacts)
    }

    /// The contacts shipped in `content/help.json`, read once.
    pub fn shipped() -> &'static Self {
        static SHIPPED: std::sync::OnceLock<HelpContacts> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(|| {
            Self::from_json(SHIPPED_HELP_JSON).expect("content/help.json is validated by build.rs")
        })
    }

    /// Checks what the file names against the app: every message in Swedish, every area in the
    /// wheel (build.rs runs this, so a mistake stops the build with this message).
    pub fn check_names(
        &self,
        is_message: impl Fn(&str) -> bool,
        is_area: impl Fn(&str) -> bool,
    ) -> Result<(), HelpError> {
        for contact in &self.contacts {
            let texts = std::iter::once(&contact.text)
                .chain(contact.call.as_ref().map(|call| &call.label))
                .chain(contact.kommuner.as_ref().map(|k| &k.label));
            if let Some(id) = texts.into_iter().find(|id| !is_message(id)) {
                return Err(HelpError::UnknownMessage {
                    contact: contact.id.clone(),
                    id: id.clone(),
                });
            }
            if let Some(area) = contact.areas.iter().find(|area| !is_area(area)) {
                return Err(HelpError::UnknownArea {
                    contact: contact.id.clone(),
                    area: area.clone(),
                });
            }
        }
        Ok(())
    }

    /// The contacts for `audience`, in order: those of the help panel when `areas` is `None`,
    /// else those of the alert for answers in `areas`.
    pub fn for_reader<'s, 'a>(
        &'s self,
        audience: Audience,
        areas: Option<&'a [String]>,
    ) -> impl Iterator<Item = &'s HelpContact> + use<'s, 'a> {
        self.contacts
            .iter()
            .filter(move |contact| contact.shows_for(audience, areas))
    }
}
