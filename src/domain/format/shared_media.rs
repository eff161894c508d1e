//! The drawings and voice notes that travel with a shared wheel. They live on the device in
//! IndexedDB, never in the draft that is written on every keystroke; in the share file they sit
//! beside the draft, under `media`:
//!
//! ```json
//! { "format": "barnets-basta-hjulet.draft", "schema": 3, "draft": { … },
//!   "media": { "drawings": { "safe": { "format": "barnets-basta-hjulet.drawing", … } },
//!              "voice_notes": { "safe": { "mime": "audio/webm;codecs=opus", "data": "<base64>" } } } }
//! ```
//! Only the draft's shared areas carry media, and a voice note only where its author turned it on
//! ([`Draft::voice_is_shared`]): [`SharedMedia::for_sharing`] is the one place that decides.
//! A drawing in a file is read by the drawing's own check ([`Drawing::from_value`]).

use crate::domain::draft::{Draft, MAX_AREAS};
use crate::domain::drawing::Drawing;
use crate::domain::format::envelope::LoadError;
use crate::domain::format::locked::base64;
use crate::domain::wheel::is_area_id;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// A voice note is at most a minute (the recorder stops itself at 60 s).
pub const MAX_VOICE_SECONDS: u32 = 60;

/// The largest voice note kept or brought in. The recorder asks for 32 kbit/s, which makes a
/// minute about 240 KB with its container; this leaves a third more for a browser that does not
/// hold to the rate. A wheel's worth of these, locked, must fit in an import
/// ([`super::import::MAX_FILE_BYTES`]; a test builds the largest).
pub const MAX_VOICE_BYTES: usize = 320 * 1024;

/// The media types a voice note may have: what browsers' `MediaRecorder` writes. Anything else
/// (an HTML page in disguise, an image) is refused, because the meeting plays the bytes back
/// from a `blob:` address with this type.
const VOICE_TYPES: [&str; 4] = ["audio/webm", "audio/ogg", "audio/mp4", "audio/aac"];

/// One voice note, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceNote {
    pub mime: String,
    #[serde(rename = "data", with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

impl VoiceNote {
    /// Whether the app would have recorded this: a voice type and at most [`MAX_VOICE_BYTES`].
    pub fn is_acceptable(&self) -> bool {
        voice_fits(&self.mime, self.bytes.len())
    }
}

/// Whether a recording of this type and size can be kept and shared (see [`VoiceNote`]).
pub fn voice_fits(mime: &str, bytes: usize) -> bool {
    is_voice_type(mime) && bytes > 0 && bytes <= MAX_VOICE_BYTES
}

/// `audio/webm`, or `audio/webm;codecs=opus` and the like: one of [`VOICE_TYPES`] with plain
/// parameters, nothing that could close a quote or start markup.
pub fn is_voice_type(mime: &str) -> bool {
    let (essence, parameters) = mime.split_once(';').unwrap_or((mime, ""));
    VOICE_TYPES.contains(&essence.trim())
        && mime.len() <= 64
        && parameters
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " .,=-_".contains(c))
}

/// Every drawing and voice note that goes with one shared wheel, by area id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedMedia {
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        with = "drawing_map"
    )]
    pub drawings: BTreeMap<String, Drawing>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub voice_notes: BTreeMap<String, VoiceNote>,
}

impl SharedMedia {
    pub fn is_empty(&self) -> bool {
        self.drawings.is_empty() && self.voice_notes.is_empty()
    }

    /// What of `kept` (everything on the device for this draft) may leave with `draft`: only the
    /// shared areas', and a voice note only where its author turned sharing it on.
    pub fn for_sharing(draft: &Draft, kept: &SharedMedia) -> SharedMedia {
        SharedMedia {
            drawings: Self::shared_drawings(draft, kept)
                .map(|(area, drawing)| (area.clone(), drawing.clone()))
                .collect(),
            voice_notes: kept
                .voice_notes
                .iter()
                .filter(|(area, note)| {
                    draft.is_shared(area) && draft.voice_is_shared(area) && note.is_acceptable()
                })
                .map(|(area, note)| (area.clone(), note.clone()))
                .collect(),
        }
    }

    /// The drawings of `kept` that may leave with `draft`: those of its shared areas, without
    /// copying any (the share screen asks only whether there is one).
    pub fn shared_drawings<'a>(
        draft: &'a Draft,
        kept: &'a SharedMedia,
    ) -> impl Iterator<Item = (&'a String, &'a Drawing)> + 'a {
        kept.drawings
            .iter()
            .filter(|(area, drawing)| draft.is_shared(area) && !drawing.is_empty())
    }

    /// Whether a file's media is media the app could have made. A file with anything else is
    /// refused whole, as a draft out of bounds is.
    pub fn check(&self) -> Result<(), LoadError> {
        let areas_ok = self.drawings.len() <= MAX_AREAS
            && self.voice_notes.len() <= MAX_AREAS
            && self
                .drawings
                .keys()
                .chain(self.voice_notes.keys())
                .all(|area| is_area_id(area));
        if !areas_ok {
            return Err(LoadError::damaged("media for areas that are not a wheel's"));
        }
        if self.voice_notes.values().all(VoiceNote::is_acceptable) {
            Ok(())
        } else {
            Err(LoadError::damaged("a voice note the app would not record"))
        }
    }

    /// Reads the `media` field of a shared file (absent: none).
    pub fn from_field(value: Option<serde_json::Value>) -> Result<Self, LoadError> {
        let Some(value) = value else {
            return Ok(Self::default());
        };
        let media: Self = serde_json::from_value(value).map_err(LoadError::damaged)?;
        media.check()?;
        Ok(media)
    }
}

/// Bytes as base64 text in the file.
mod base64_bytes {
    use super::*;

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        base64::decode(&text).ok_or_else(|| serde::de::Error::custom("not base64"))
    }
}

/// Drawings as their own envelopes in the file, each read by the drawing's own check.
mod drawing_map {
    use super::*;
    use serde::ser::SerializeMap;
    use serde_json::Value;

    pub fn serialize<S: Serializer>(
        drawings: &BTreeMap<String, Drawing>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(drawings.len()))?;
        for (area, drawing) in drawings {
            let value: Value =
                serde_json::from_str(&drawing.to_json()).map_err(serde::ser::Error::custom)?;
            map.serialize_entry(area, &value)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<String, Drawing>, D::Error> {
        let values = BTreeMap::<String, Value>::deserialize(deserializer)?;
        if values.len() > MAX_AREAS {
            return Err(serde::de::Error::custom("more drawings than areas"));
        }
        values
            .into_iter()
            .map(|(area, value)| {
                Drawing::from_value(value)
                    .map(|drawing| (area, drawing))
                    .map_err(|error| serde::de::Error::custom(format!("{error:?}")))
            })
            .collect()
    }
}
