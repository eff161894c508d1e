//! Drafts in localStorage: one key per draft, so two siblings' drafts never overwrite each other
//! and a damaged entry spoils only itself.

use crate::domain::locked::Locked;
use crate::domain::saved::{draft_to_json, stored_from_json, LoadError, Stored};
use crate::domain::{Draft, DraftId};
use gloo_storage::{LocalStorage, Storage};

/// Every key the app writes starts with this, so "delete everything" can find them all.
pub const KEY_PREFIX: &str = "barnets-basta-hjulet/";
const DRAFT_KEY_PREFIX: &str = "barnets-basta-hjulet/draft/";

pub fn draft_key(id: &DraftId) -> String {
    format!("{DRAFT_KEY_PREFIX}{id}")
}

/// The save did not happen: storage is full, switched off, or refused (private mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFailed;

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
    // `LocalStorage::raw` panics where storage is switched off; ask the window first.
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .map(|_| LocalStorage::raw())
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

pub fn save(draft: &Draft) -> Result<(), SaveFailed> {
    save_text(&draft.id, &draft_to_json(draft))
}

/// Saves a locked draft: storage then holds only its ciphertext.
pub fn save_locked(id: &DraftId, locked: &Locked) -> Result<(), SaveFailed> {
    save_text(id, &locked.to_json())
}

fn save_text(id: &DraftId, text: &str) -> Result<(), SaveFailed> {
    let storage = local_storage().ok_or(SaveFailed)?;
    storage
        .set_item(&draft_key(id), text)
        .map_err(|_| SaveFailed)
}

/// Calls `changed` whenever another tab saves the draft with this id, open or locked. Ends with
/// the returned handle.
pub fn watch_other_tabs(
    id: &DraftId,
    changed: impl Fn(Stored) + 'static,
) -> leptos::prelude::WindowListenerHandle {
    let key = draft_key(id);
    leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(key.as_str()) {
            if let Some(Ok(stored)) = event.new_value().map(|text| stored_from_json(&text)) {
                changed(stored);
            }
        }
    })
}

pub fn delete(id: &DraftId) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&draft_key(id));
    }
}

/// The meeting on this device. The meeting-room computer is shared, so it lives in this tab's
/// sessionStorage only: closing the tab or ending the meeting leaves nothing behind.
const MEETING_KEY: &str = "barnets-basta-hjulet/meeting";
/// Where an earlier version kept the plan, in localStorage; moved into the tab on first load.
const OLD_PLAN_KEY: &str = "barnets-basta-hjulet/plan";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.session_storage().ok().flatten())
}

/// The meeting in this tab; empty when there is none or it cannot be read.
pub fn load_meeting() -> crate::domain::plan::PlanInProgress {
    let session = session_storage();
    let text = session
        .as_ref()
        .and_then(|s| s.get_item(MEETING_KEY).ok().flatten())
        .or_else(|| {
            let local = local_storage()?;
            let old = local.get_item(OLD_PLAN_KEY).ok().flatten()?;
            let moved = session.as_ref()?.set_item(MEETING_KEY, &old).is_ok();
            if moved {
                let _ = local.remove_item(OLD_PLAN_KEY);
            }
            Some(old)
        });
    text.and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn save_meeting(meeting: &crate::domain::plan::PlanInProgress) -> Result<(), SaveFailed> {
    let text = serde_json::to_string(meeting).map_err(|_| SaveFailed)?;
    session_storage()
        .ok_or(SaveFailed)?
        .set_item(MEETING_KEY, &text)
        .map_err(|_| SaveFailed)
}

/// Ends the meeting on this device: nothing it brought in or typed stays.
pub fn remove_meeting() {
    if let Some(session) = session_storage() {
        let _ = session.remove_item(MEETING_KEY);
    }
    if let Some(local) = local_storage() {
        let _ = local.remove_item(OLD_PLAN_KEY);
    }
}

/// Removes every key the app keeps in localStorage and sessionStorage, and nothing else.
pub fn remove_all() {
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
