//! Drafts in localStorage: one key per draft, so two siblings' drafts never overwrite each other
//! and a damaged entry spoils only itself.

use crate::domain::format::draft_file::draft_to_json;
use crate::domain::format::plan_file::{meeting_from_json, meeting_to_json};
use crate::domain::format::stored::{check_overwrite, stored_from_json, Refusal, Stored, Writing};
use crate::domain::format::LoadError;
use crate::domain::plan::PlanInProgress;
use crate::domain::{Draft, DraftId};

/// Every key the app writes starts with this, so "delete everything" can find them all.
pub const KEY_PREFIX: &str = "barnets-basta-hjulet/";
const DRAFT_KEY_PREFIX: &str = "barnets-basta-hjulet/draft/";

pub fn draft_key(id: &DraftId) -> String {
    format!("{DRAFT_KEY_PREFIX}{id}")
}

/// The save did not happen: storage is full, switched off, or refused (private mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFailed;

/// Why a draft's save did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveProblem {
    /// The device refused it.
    Failed,
    /// What storage holds now must not be written over (see [`check_overwrite`]).
    Refused(Refusal),
}

#[derive(Debug, Clone, PartialEq)]
pub struct LockedDraft {
    pub id: DraftId,
    pub saved_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// What is stored on this device.
#[derive(Debug, Clone, Default)]
pub struct StoredDrafts {
    pub drafts: Vec<Draft>,
    /// Drafts locked with a passphrase: only their id and when they were saved can be read.
    pub locked: Vec<LockedDraft>,
    /// Keys under which something unreadable lies; left untouched.
    pub damaged_keys: Vec<String>,
}

fn local_storage() -> Option<web_sys::Storage> {
    // Where storage is switched off, asking for it throws: that is "no storage", not a crash.
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// The keys in `storage` that start with `prefix`, collected before anyone removes one.
fn keys_starting_with(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

pub fn load_all() -> StoredDrafts {
    let mut stored = StoredDrafts::default();
    let Some(storage) = local_storage() else {
        return stored;
    };
    for key in keys_starting_with(&storage, DRAFT_KEY_PREFIX) {
        let text = storage.get_item(&key).ok().flatten().unwrap_or_default();
        let id = key.strip_prefix(DRAFT_KEY_PREFIX).and_then(DraftId::parse);
        match (stored_from_json(&text), id) {
            (Ok(Stored::Open(draft)), Some(id)) if draft.id == id => stored.drafts.push(draft),
            (Ok(Stored::Locked(locked)), Some(id)) => stored.locked.push(LockedDraft {
                id,
                saved_at: locked.saved_at,
            }),
            _ => stored.damaged_keys.push(key),
        }
    }
    crate::domain::draft::newest_first(&mut stored.drafts);
    stored
        .locked
        .sort_by_key(|locked| std::cmp::Reverse(locked.saved_at));
    stored
}

/// The draft with this id, open or locked; `Ok(None)` when there is none.
pub fn load(id: &DraftId) -> Result<Option<Stored>, LoadError> {
    let Some(text) = local_storage().and_then(|s| s.get_item(&draft_key(id)).ok().flatten()) else {
        return Ok(None);
    };
    stored_from_json(&text).map(Some)
}

/// Saves a draft that is new on this device (the start page's "start").
pub fn save_new(draft: &Draft) -> Result<(), SaveFailed> {
    let storage = local_storage().ok_or(SaveFailed)?;
    storage
        .set_item(&draft_key(&draft.id), &draft_to_json(draft))
        .map_err(|_| SaveFailed)
}

/// Saves `text` (a draft or a locked envelope) over the draft with this id, unless what is there
/// now must not be written over: a lock another tab put on, a deletion, a newer version's save.
pub fn save_over(id: &DraftId, text: &str, writing: Writing) -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Failed)?;
    let key = draft_key(id);
    let current = storage.get_item(&key).map_err(|_| SaveProblem::Failed)?;
    check_overwrite(current.as_deref(), writing).map_err(SaveProblem::Refused)?;
    storage
        .set_item(&key, text)
        .map_err(|_| SaveProblem::Failed)
}

/// What another tab did to the draft this tab has open.
#[derive(Debug, Clone, PartialEq)]
pub enum OtherTab {
    Saved(Stored),
    /// Deleted it ("Ta bort" or "Radera allt").
    Deleted,
}

/// What storage holds now for the draft with this id, as another tab would have left it.
pub fn now_in_storage(id: &DraftId) -> Option<OtherTab> {
    match load(id) {
        Ok(None) => Some(OtherTab::Deleted),
        Ok(Some(stored)) => Some(OtherTab::Saved(stored)),
        // Unreadable: nothing to take in; this tab's own words are the better copy.
        Err(_) => None,
    }
}

/// Calls `changed` whenever another tab saves or deletes the draft with this id, with what
/// storage holds at that moment (an event can be older than that). Stops when the calling
/// component is cleaned up.
pub fn watch_other_tabs(id: &DraftId, changed: impl Fn(OtherTab) + 'static) {
    let (id, key) = (id.clone(), draft_key(id));
    let listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        // No key: `localStorage.clear()` somewhere.
        let ours = event.key().is_none_or(|changed_key| changed_key == key);
        if let Some(now) = ours.then(|| now_in_storage(&id)).flatten() {
            changed(now);
        }
    });
    leptos::prelude::on_cleanup(move || listener.remove());
}

pub fn delete(id: &DraftId) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&draft_key(id));
    }
}

/// The meeting on this device. The meeting-room computer is shared, so it lives in this tab's
/// sessionStorage only: ending the meeting leaves nothing behind.
const MEETING_KEY: &str = "barnets-basta-hjulet/meeting";

/// This tab's sessionStorage, where the browser allows it.
pub(crate) fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.session_storage().ok().flatten())
}

/// The meeting in this tab: none when there is none, an error when what is there cannot be read.
pub fn load_meeting() -> Result<Option<PlanInProgress>, LoadError> {
    let Some(text) = session_storage().and_then(|s| s.get_item(MEETING_KEY).ok().flatten()) else {
        return Ok(None);
    };
    meeting_from_json(&text).map(Some)
}

/// Moves a meeting this version cannot read out of the way, untouched, so that the next change
/// does not write over it; "Avsluta mötet" removes it with the rest.
pub fn set_aside_unreadable_meeting() {
    if let Some(session) = session_storage() {
        if let Ok(Some(text)) = session.get_item(MEETING_KEY) {
            let aside = format!("{MEETING_KEY}-unreadable");
            if session.set_item(&aside, &text).is_ok() {
                let _ = session.remove_item(MEETING_KEY);
            }
        }
    }
}

/// Whether this tab keeps a meeting (readable or not), without reading it.
pub fn has_meeting() -> bool {
    session_storage().is_some_and(|s| s.get_item(MEETING_KEY).ok().flatten().is_some())
}

pub fn save_meeting(meeting: &PlanInProgress) -> Result<(), SaveFailed> {
    session_storage()
        .ok_or(SaveFailed)?
        .set_item(MEETING_KEY, &meeting_to_json(meeting))
        .map_err(|_| SaveFailed)
}

/// Ends the meeting on this device: nothing it brought in or typed stays in the tab's storage.
pub fn remove_meeting() {
    if let Some(session) = session_storage() {
        for key in keys_starting_with(&session, MEETING_KEY) {
            let _ = session.remove_item(&key);
        }
    }
}

/// Set for a moment by "delete everything", so that every other open tab of the app hears it
/// (a `storage` event) and lets go of what it holds: its words, its meeting, its session.
const ERASED_KEY: &str = "barnets-basta-hjulet/erased";

/// Removes every key the app keeps in localStorage and in this tab's sessionStorage, and nothing
/// else, and tells the other open tabs to empty their sessionStorage too.
pub fn remove_all() {
    if let Some(local) = local_storage() {
        for key in keys_starting_with(&local, KEY_PREFIX) {
            let _ = local.remove_item(&key);
        }
    }
    remove_this_tabs_session();
    if let Some(local) = local_storage() {
        let now = js_sys::Date::now().to_string();
        let _ = local.set_item(ERASED_KEY, &now);
        let _ = local.remove_item(ERASED_KEY);
    }
}

/// Removes the app's keys from this tab's sessionStorage (the meeting, the "left" mark). Only
/// this tab's: a tab that hears of "Radera allt" late (it was frozen) must not delete wheels
/// made since, so localStorage is left to the tab that erased it.
pub fn remove_this_tabs_session() {
    if let Some(session) = session_storage() {
        for key in keys_starting_with(&session, KEY_PREFIX) {
            let _ = session.remove_item(&key);
        }
    }
}

/// Calls `erased` when another tab deleted everything. Stops when the calling component is
/// cleaned up.
pub fn when_erased_elsewhere(erased: impl Fn() + 'static) {
    let listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        let erase_signal =
            event.key().as_deref() == Some(ERASED_KEY) && event.new_value().is_some();
        let cleared = event.key().is_none();
        if erase_signal || cleared {
            erased();
        }
    });
    leptos::prelude::on_cleanup(move || listener.remove());
}
