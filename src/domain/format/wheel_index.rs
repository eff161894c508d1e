//! The list of wheels saved on this device, under one key of its own, for the static start page:
//! that page shows before any wasm has loaded, and its few lines of script can read one key, but
//! cannot open every draft, nor tell a locked one from a damaged one.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.wheel-index", "schema": 1,
//!   "wheels": [ { "id": "…", "name": "Sara", "answered": 3, "areas": 7, "changed": "…RFC 3339…" },
//!               { "id": "…", "locked": true, "changed": "…RFC 3339…" | null } ] }
//! ```
//! It is a cache of what the drafts' own keys hold, never the other way round: the app rewrites
//! it on every save and deletion and repairs it when it starts (`browser::storage`), and whatever
//! this module refuses (damaged, written by hand, by a newer version) is treated as missing and
//! built again from the drafts. So it has no migrations: when its shape changes, raise the schema
//! and an older index is simply rebuilt.
//!
//! A locked wheel is listed with only its id, that it is locked, and when it was saved — what the
//! app's own start page shows of it — never its name. The order is the start page's: open wheels
//! newest first, then locked ones newest first.

use crate::domain::draft::{Draft, DraftId, MAX_AREAS, MAX_NICKNAME_CHARS};
use crate::domain::format::envelope::{self, Kind, LoadError};
use crate::domain::format::stored::Stored;
use crate::domain::wheel::WheelDefinition;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BTreeSet;

pub const WHEEL_INDEX: Kind = Kind {
    format: "barnets-basta-hjulet.wheel-index",
    version_field: "schema",
    current: 1,
};

/// Most wheels an index lists: far more than anyone keeps on one device (a school computer
/// shared by a class), few enough that the static page's script reads the list at once. Past it,
/// the index lists the first ones in the start page's order; the app's own start page, once
/// loaded, still lists them all. An index listing more is not one the app wrote.
pub const MAX_INDEXED_WHEELS: usize = 500;

/// One saved wheel as the index lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Entry", try_from = "Entry")]
pub enum IndexedWheel {
    Open {
        id: DraftId,
        /// The nickname; may be empty (the page says "a wheel without a name" then).
        name: String,
        /// How many of the wheel's areas have a scale answer.
        answered: usize,
        /// How many areas the wheel has.
        areas: usize,
        /// The draft's `updated_at`.
        changed: DateTime<Utc>,
    },
    Locked {
        id: DraftId,
        /// The locked envelope's `saved_at`; none in envelopes from before it was written.
        changed: Option<DateTime<Utc>>,
    },
}

impl IndexedWheel {
    /// An open draft, counted against `wheel` as the start page counts it.
    pub fn open(draft: &Draft, wheel: &WheelDefinition) -> Self {
        Self::Open {
            id: draft.id.clone(),
            name: draft.nickname.clone(),
            answered: draft.answered_count(wheel),
            areas: wheel.areas.len(),
            changed: draft.updated_at,
        }
    }

    pub fn locked(id: DraftId, saved_at: Option<DateTime<Utc>>) -> Self {
        Self::Locked {
            id,
            changed: saved_at,
        }
    }

    /// What the index lists for `stored`, found under the key of the draft `id`: nothing for an
    /// open draft with another id, which the start page reports as unreadable instead (a locked
    /// one cannot say its id: it opens only under its own key).
    pub fn stored(id: &DraftId, stored: &Stored, wheel: &WheelDefinition) -> Option<Self> {
        match stored {
            Stored::Open(draft) => (draft.id == *id).then(|| Self::open(draft, wheel)),
            Stored::Locked(locked) => Some(Self::locked(id.clone(), locked.saved_at)),
        }
    }

    pub fn id(&self) -> &DraftId {
        match self {
            Self::Open { id, .. } | Self::Locked { id, .. } => id,
        }
    }

    /// The start page's order: open wheels before locked ones, each newest first (a locked one
    /// that does not say when it was saved last), and by id when two were changed at once, so
    /// that the order never depends on the order storage lists its keys in.
    fn list_order(&self) -> impl Ord + '_ {
        match self {
            Self::Open { id, changed, .. } => (false, Reverse(Some(*changed)), id),
            Self::Locked { id, changed } => (true, Reverse(*changed), id),
        }
    }
}

/// Every wheel saved on this device that can be read, in the start page's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WheelIndex {
    wheels: Vec<IndexedWheel>,
}

impl WheelIndex {
    /// The index of these wheels, each listed once (by id: storage has one key per draft), in
    /// the start page's order, at most [`MAX_INDEXED_WHEELS`].
    pub fn new(wheels: impl IntoIterator<Item = IndexedWheel>) -> Self {
        let mut index = Self {
            wheels: wheels.into_iter().collect(),
        };
        index.tidy();
        index
    }

    /// What storage holds, as the start page lists it: its open drafts and its locked ones (id
    /// and when saved). Damaged keys are not listed; the app reports them itself.
    pub fn of_stored(
        drafts: &[Draft],
        locked: impl IntoIterator<Item = (DraftId, Option<DateTime<Utc>>)>,
        wheel: &WheelDefinition,
    ) -> Self {
        let open = drafts.iter().map(|draft| IndexedWheel::open(draft, wheel));
        let locked = locked
            .into_iter()
            .map(|(id, saved_at)| IndexedWheel::locked(id, saved_at));
        Self::new(open.chain(locked))
    }

    pub fn wheels(&self) -> &[IndexedWheel] {
        &self.wheels
    }

    pub fn is_empty(&self) -> bool {
        self.wheels.is_empty()
    }

    /// Lists `wheel` in place of whatever was listed under its id: a save of that draft.
    pub fn put(&mut self, wheel: IndexedWheel) {
        let id = wheel.id().clone();
        self.remove(&id);
        self.wheels.push(wheel);
        self.tidy();
    }

    /// Lists nothing under this id any more: the draft was deleted, or is no longer readable.
    pub fn remove(&mut self, id: &DraftId) {
        self.wheels.retain(|wheel| wheel.id() != id);
    }

    fn tidy(&mut self) {
        let mut seen = BTreeSet::new();
        self.wheels.retain(|wheel| seen.insert(wheel.id().clone()));
        self.wheels
            .sort_by(|a, b| a.list_order().cmp(&b.list_order()));
        self.wheels.truncate(MAX_INDEXED_WHEELS);
    }
}

#[derive(Serialize)]
struct IndexEnvelope<'a> {
    format: &'static str,
    schema: u32,
    wheels: &'a [IndexedWheel],
}

pub fn wheel_index_to_json(index: &WheelIndex) -> String {
    serde_json::to_string(&IndexEnvelope {
        format: WHEEL_INDEX.format,
        schema: WHEEL_INDEX.current,
        wheels: &index.wheels,
    })
    .expect("an index always serializes")
}

/// Reads an index, refusing anything the app would not have written: another kind, another
/// schema, unknown fields, a name longer than a nickname can be, more answered areas than the
/// wheel has, a wheel listed twice, too many wheels, and above all a locked wheel with anything
/// more than its id and when it was saved. Whoever reads it treats a refusal as no index.
pub fn wheel_index_from_json(text: &str) -> Result<WheelIndex, LoadError> {
    let mut opened = envelope::open(text, &[WHEEL_INDEX])?;
    if opened.version != WHEEL_INDEX.current {
        // An older shape is not migrated: the index is a cache, rebuilt from the drafts.
        return Err(LoadError::damaged(format!(
            "index schema {}",
            opened.version
        )));
    }
    let wheels = opened.take("wheels")?;
    let unknown: Vec<&String> = opened
        .fields
        .keys()
        .filter(|field| !["format", WHEEL_INDEX.version_field].contains(&field.as_str()))
        .collect();
    if !unknown.is_empty() {
        return Err(LoadError::damaged(format!("unknown fields {unknown:?}")));
    }
    let wheels: Vec<IndexedWheel> = serde_json::from_value(wheels).map_err(LoadError::damaged)?;
    if wheels.len() > MAX_INDEXED_WHEELS {
        return Err(LoadError::damaged(format!("{} wheels", wheels.len())));
    }
    let ids: BTreeSet<&DraftId> = wheels.iter().map(IndexedWheel::id).collect();
    if ids.len() != wheels.len() {
        return Err(LoadError::damaged("a wheel listed twice"));
    }
    for wheel in &wheels {
        if let IndexedWheel::Open { name, .. } = wheel {
            if name.chars().count() > MAX_NICKNAME_CHARS {
                return Err(LoadError::TooLong);
            }
        }
    }
    // Read in any order; kept in the start page's.
    Ok(WheelIndex::new(wheels))
}

/// An index entry as JSON. Each shape takes exactly its own fields: a locked entry with a name
/// (or an open one that says it is locked) is neither, and is refused.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Entry {
    Open(OpenEntry),
    Locked(LockedEntry),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OpenEntry {
    id: DraftId,
    name: String,
    answered: usize,
    areas: usize,
    changed: DateTime<Utc>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockedEntry {
    id: DraftId,
    locked: bool,
    /// Always written (null when unknown), so the static page need not tell missing from null.
    changed: Option<DateTime<Utc>>,
}

impl From<IndexedWheel> for Entry {
    fn from(wheel: IndexedWheel) -> Self {
        match wheel {
            IndexedWheel::Open {
                id,
                name,
                answered,
                areas,
                changed,
            } => Self::Open(OpenEntry {
                id,
                name,
                answered,
                areas,
                changed,
            }),
            IndexedWheel::Locked { id, changed } => Self::Locked(LockedEntry {
                id,
                locked: true,
                changed,
            }),
        }
    }
}

impl TryFrom<Entry> for IndexedWheel {
    type Error = String;
    fn try_from(entry: Entry) -> Result<Self, Self::Error> {
        match entry {
            Entry::Open(OpenEntry {
                id,
                name,
                answered,
                areas,
                changed,
            }) => {
                if areas > MAX_AREAS || answered > areas {
                    return Err(format!("{answered} of {areas} areas"));
                }
                Ok(Self::Open {
                    id,
                    name,
                    answered,
                    areas,
                    changed,
                })
            }
            Entry::Locked(LockedEntry {
                id,
                locked: true,
                changed,
            }) => Ok(Self::Locked { id, changed }),
            Entry::Locked(_) => Err("\"locked\" is not true".into()),
        }
    }
}
