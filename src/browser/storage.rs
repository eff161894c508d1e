//! Drafts in localStorage: one key per draft, so two siblings' drafts never overwrite each other
//! and a damaged entry spoils only itself. Beside them, one key lists them all ([`INDEX_KEY`]) for
//! the static start page, which shows before any wasm loads; every save and deletion here keeps it
//! true, and the child's app repairs it when it starts ([`repair_index`]).

use crate::domain::format::draft_file::draft_to_json;
use crate::domain::format::plan_file::{meeting_from_json, meeting_to_json};
use crate::domain::format::stored::{check_overwrite, stored_from_json, Refusal, Stored, Writing};
use crate::domain::format::wheel_index::{
    wheel_index_from_json, wheel_index_to_json, IndexedWheel, WheelIndex,
};
use crate::domain::format::LoadError;
use crate::domain::plan::PlanInProgress;
use crate::domain::{Draft, DraftId, WheelDefinition};
use std::sync::OnceLock;

/// Every key the app writes starts with this, so "delete everything" can find them all.
pub const KEY_PREFIX: &str = "barnets-basta-hjulet/";
const DRAFT_KEY_PREFIX: &str = "barnets-basta-hjulet/draft/";

pub fn draft_key(id: &DraftId) -> String {
    format!("{DRAFT_KEY_PREFIX}{id}")
}

/// The list of saved wheels the static start page reads (see
/// [`crate::domain::format::wheel_index`]). A cache of the drafts' own keys: it is never read to
/// decide anything about a draft. Under [`KEY_PREFIX`], so "Radera allt" removes it with the rest.
pub const INDEX_KEY: &str = "barnets-basta-hjulet/index";

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

/// Every draft stored on this device, in the start page's order. It also sets the index right
/// (see [`repair_index`]): the start page reads this list whenever it shows it (first, back from
/// the back-forward cache, after a deletion), and that is when the static page's copy of the same
/// list must agree with it. Done here rather than by each caller, so that no caller can forget
/// it; it costs one comparison, and a write only when the index was wrong.
pub fn load_all() -> StoredDrafts {
    let Some(storage) = local_storage() else {
        return StoredDrafts::default();
    };
    let stored = read_all(&storage);
    set_index_right(&storage, &stored);
    stored
}

fn read_all(storage: &web_sys::Storage) -> StoredDrafts {
    let mut stored = StoredDrafts::default();
    for key in keys_starting_with(storage, DRAFT_KEY_PREFIX) {
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
    // Newest first, those that do not say when last; by id when two were saved at once, so the
    // order is the index's and never the order storage happens to list its keys in.
    stored
        .locked
        .sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
    stored
}

/// Makes the index agree with the drafts: a wheel an older version saved (it never wrote an
/// index), a wheel deleted while the index kept it, an index damaged by hand or written by a
/// newer version, and whatever two tabs' saves at the same moment left behind (see
/// [`index_changed`]). The child's app calls it when it starts.
pub fn repair_index() {
    let _ = load_all();
}

/// The wheel the index counts areas against. The app has one wheel, the shipped one (the shell
/// hands the pages the same definition), so it is taken here rather than passed in by every
/// caller of a save or a deletion; parsed once, as `save_over` runs on every keystroke.
fn wheel() -> &'static WheelDefinition {
    static SHIPPED: OnceLock<WheelDefinition> = OnceLock::new();
    SHIPPED.get_or_init(WheelDefinition::shipped)
}

fn index_of(stored: &StoredDrafts) -> WheelIndex {
    let locked = stored
        .locked
        .iter()
        .map(|locked| (locked.id.clone(), locked.saved_at));
    WheelIndex::of_stored(&stored.drafts, locked, wheel())
}

/// Writes the index, or removes its key when no wheel is saved: a device without wheels keeps no
/// list of them, and the start page's reload after "Radera allt" puts nothing back.
///
/// When the device refuses the write (full), the index is removed instead: it is a cache, a
/// draft's save never fails because of it, and no index is better than one that says something
/// false — above all the name of a wheel that was just locked. The next start writes it again.
fn write_index(storage: &web_sys::Storage, index: &WheelIndex) {
    let written = !index.is_empty()
        && storage
            .set_item(INDEX_KEY, &wheel_index_to_json(index))
            .is_ok();
    if !written {
        let _ = storage.remove_item(INDEX_KEY);
    }
}

/// Rewrites the index when it is not exactly what `stored` gives (the index is written the same
/// way each time, so comparing the text is enough).
fn set_index_right(storage: &web_sys::Storage, stored: &StoredDrafts) {
    let right = index_of(stored);
    let wanted = (!right.is_empty()).then(|| wheel_index_to_json(&right));
    if storage.get_item(INDEX_KEY).ok().flatten() != wanted {
        write_index(storage, &right);
    }
}

/// After the key of the draft `id` was written or removed: the index lists `now` (what that key
/// holds now; `None` for nothing readable) in place of what it listed for `id`, and nothing else
/// changes. A missing index (an older version saved the wheels) or one this version cannot read is
/// built again from every draft, this one's change included.
///
/// Two tabs saving different wheels at the same moment may each read the index before the other
/// writes it, and one wheel's entry then lags behind until that wheel's next save. That is
/// accepted: the index is a cache, and the child's app repairs it whenever it starts.
fn index_changed(storage: &web_sys::Storage, id: &DraftId, now: Option<IndexedWheel>) {
    let current = storage.get_item(INDEX_KEY).ok().flatten();
    let index = match current.as_deref().map(wheel_index_from_json) {
        Some(Ok(mut index)) => {
            match now {
                Some(wheel) => index.put(wheel),
                None => index.remove(id),
            }
            index
        }
        None | Some(Err(_)) => index_of(&read_all(storage)),
    };
    write_index(storage, &index);
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
        .map_err(|_| SaveFailed)?;
    index_changed(
        &storage,
        &draft.id,
        Some(IndexedWheel::open(draft, wheel())),
    );
    Ok(())
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
        .map_err(|_| SaveProblem::Failed)?;
    // A draft or, when the wheel is locked, a locked envelope: listed as the start page lists
    // what lies under the key, so a locked wheel's entry loses its name with this very save.
    let now = stored_from_json(text)
        .ok()
        .and_then(|stored| IndexedWheel::stored(id, &stored, wheel()));
    index_changed(&storage, id, now);
    Ok(())
}

/// What another tab did to the draft this tab has open.
#[derive(Debug, Clone, PartialEq)]
// One value per storage event, moved once: a Box in every match would cost more than its size.
#[allow(clippy::large_enum_variant)]
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

/// The id of every draft kept on this device, readable or not; `None` when storage cannot be
/// read (then nobody can tell which drafts are gone).
pub fn draft_ids_on_device() -> Option<Vec<DraftId>> {
    let storage = local_storage()?;
    let keys = keys_starting_with(&storage, DRAFT_KEY_PREFIX);
    Some(
        keys.iter()
            .filter_map(|key| key.strip_prefix(DRAFT_KEY_PREFIX).and_then(DraftId::parse))
            .collect(),
    )
}

pub fn delete(id: &DraftId) {
    if let Some(storage) = local_storage() {
        if storage.remove_item(&draft_key(id)).is_ok() {
            index_changed(&storage, id, None);
        }
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

/// A window another page of the app opened starts with a copy of that page's sessionStorage (the
/// browser copies it into a window a page opens): the whole meeting, with what is for the
/// professionals only, when the meeting opened it. A window that keeps nothing of its own (the
/// camera reader, which needs its opener; the projector has none) lets go of that copy as it
/// starts; the opener keeps its own.
pub fn let_go_of_openers_copy() {
    if crate::browser::window_message::opener().is_some() {
        remove_this_tabs_session();
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
