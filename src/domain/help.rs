//! Where to get help now, as content: `content/help.json` lists the contacts the help panel and
//! the safety alert show, in order — each with its pictogram, the Fluent id of its text and, when
//! it can be called, the number and the id of the call button's text (which shows the number as
//! `$number`). A county edits the file without Rust; like the wheel, it depends on serde alone so
//! that `build.rs` stops the build on a malformed file or a number a phone could not call.

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
        }
    }
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
            if let Some(call) = &contact.call {
                let number = call.number.trim();
                let dialable = number.char_indices().all(|(i, c)| {
                    c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0)
                }) && number.chars().any(|c| c.is_ascii_digit());
                if !dialable {
                    return Err(HelpError::BadNumber {
                        contact: contact.id.clone(),
                        number: call.number.clone(),
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

    /// Every Fluent id the contacts name, for the build's check that Swedish has them.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.contacts.iter().flat_map(|contact| {
            std::iter::once(contact.text.as_str())
                .chain(contact.call.as_ref().map(|call| call.label.as_str()))
        })
    }
}
