//! The user's settings on this device: not about any child, so kept apart from drafts.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Language code chosen in the picker; none until someone chooses.
    #[serde(default)]
    pub language: Option<String>,
    /// Read every new page aloud, for children who cannot read.
    #[serde(default)]
    pub auto_read: bool,
}

impl Settings {
    /// Settings from storage; anything unreadable gives the defaults (nothing of value is lost).
    pub fn from_json(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("settings always serialize")
    }
}
