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

/// Calls `changed` whenever another tab saves or deletes the draft with this id. Stops when the
/// calling component is cleaned up.
pub fn watch_other_tabs(id: &DraftId, changed: impl Fn(OtherTab) + 'static) {
    let key = draft_key(id);
    let listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        match event.key() {
            // `localStorage.clear()` anywhere: everything is gone.
            None => changed(OtherTab::Deleted),
            Some(changed_key) if changed_key == key => match event.new_value() {
                None => changed(OtherTab::Deleted),
                Some(text) => {
                    if let Ok(stored) = stored_from_json(&text) {
                        changed(OtherTab::Saved(stored));
                    }
                }
            },
            Some(_) => {}
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

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.session_storage().ok().flatten())
}

/// The meeting in this tab: none when there is none, an error when what is there cannot be read.
pub fn load_meeting() -> Result<Option<PlanInProgress>, LoadError> {
    let Some(text) = session_storage().and_then(|s| s.get_item(MEETING_KEY).ok().flatten()) else {
        return Ok(None);
    };
    meeting_from_json(&text).map(Some)
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

/// Removes every key the app keeps in this tab's localStorage and sessionStorage, and nothing
/// else, and tells the other open tabs to do the same with theirs.
pub fn remove_all() {
    remove_all_in_this_tab();
    if let Some(local) = local_storage() {
        let now = js_sys::Date::now().to_string();
        let _ = local.set_item(ERASED_KEY, &now);
        let _ = local.remove_item(ERASED_KEY);
    }
}

/// Removes the app's keys from this tab's storage.
pub fn remove_all_in_this_tab() {
    let window = web_sys::window();
    let areas = [
        window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten()),
        window
            .as_ref()
            .and_then(|w| w.session_storage().ok().flatten()),
    ];
    for storage in areas.into_iter().flatten() {
        for key in keys_starting_with(&storage, KEY_PREFIX) {
            let _ = storage.remove_item(&key);
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
