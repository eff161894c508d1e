//! Drawings and voice notes on this device, in IndexedDB: one record per draft, area and kind.
//! They are kept apart from the draft in localStorage, which is written on every keystroke and
//! is far too small for a minute of sound.
//!
//! When the wheel is locked, a record holds only ciphertext: AES-GCM under the draft's key
//! ([`crate::browser::crypto`]), bound to the draft, the area and the kind, so a record moved to
//! another place does not open. The key's salt is kept beside it, so a record sealed with another
//! passphrase is told apart ([`MediaError::WrongKey`]) without trying it.
//!
//! Every operation opens the database, does its one transaction and closes it again, so "Radera
//! allt" (which deletes the whole database) is never held up by a connection left open. Reading
//! or removing never creates the database: a device where nobody drew or spoke keeps none.

use crate::browser::crypto::{self, LockKey, OpenError};
use crate::domain::DraftId;
use crate::ids::{self, MessageId};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, Event, IdbDatabase, IdbFactory, IdbKeyRange, IdbObjectStore, IdbOpenDbRequest,
    IdbRequest, IdbTransaction, IdbTransactionMode, IdbVersionChangeEvent,
};

/// The app's one database; its name says whose it is, like the localStorage keys' prefix.
const DATABASE: &str = "barnets-basta-hjulet";
const STORE: &str = "media";
const VERSION: u32 = 1;
/// What sealed records' additional data starts with: only this app's media store opens them.
const BINDING_PREFIX: &str = "barnets-basta-hjulet.media";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Drawing,
    Voice,
}

impl MediaKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Drawing => "drawing",
            Self::Voice => "voice",
        }
    }
}

/// A drawing or a sound as stored: its type (`audio/webm;codecs=opus`, …) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    pub mime: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaError {
    /// No IndexedDB here (switched off, a private window of an older browser) or it failed.
    Unavailable,
    /// The device has no room for it; nothing that was kept before is lost.
    Full,
    /// Sealed with another key, or with a key while none is held: it stays as it is.
    WrongKey,
    /// What is stored is not a record this app wrote.
    Damaged,
}

impl MediaError {
    pub fn message_id(self) -> MessageId {
        match self {
            Self::Unavailable => ids::MEDIA_ERROR_UNAVAILABLE,
            Self::Full => ids::MEDIA_ERROR_FULL,
            Self::WrongKey => ids::MEDIA_ERROR_WRONG_KEY,
            Self::Damaged => ids::MEDIA_ERROR_DAMAGED,
        }
    }
}

impl From<OpenError> for MediaError {
    fn from(error: OpenError) -> Self {
        match error {
            OpenError::WrongPassphrase => Self::WrongKey,
            OpenError::Unavailable => Self::Unavailable,
        }
    }
}

fn record_key(draft: &DraftId, area: &str, kind: MediaKind) -> String {
    format!("{draft}/{area}/{}", kind.as_str())
}

fn additional_data(draft: &DraftId, area: &str, kind: MediaKind) -> Vec<u8> {
    format!("{BINDING_PREFIX}/{}", record_key(draft, area, kind)).into_bytes()
}

/// Every key of one draft: draft ids are hex, so `/` and the highest character bound them.
fn draft_range(draft: &DraftId) -> Result<IdbKeyRange, MediaError> {
    let lower = JsValue::from(format!("{draft}/"));
    let upper = JsValue::from(format!("{draft}/\u{ffff}"));
    IdbKeyRange::bound(&lower, &upper).map_err(|_| MediaError::Unavailable)
}

/// A quota error is [`MediaError::Full`]; anything else the database says is `Unavailable`.
fn failure(error: JsValue) -> MediaError {
    match error.dyn_ref::<DomException>() {
        Some(exception) if exception.name() == "QuotaExceededError" => MediaError::Full,
        _ => MediaError::Unavailable,
    }
}

/// Waits for an event target's success or failure, then takes its handlers off again, so no
/// closure outlives the wait.
async fn settle(
    set_handlers: impl Fn(Option<&Function>, Option<&Function>),
    success: impl FnOnce() -> JsValue + 'static,
    failure: impl FnOnce() -> JsValue + 'static,
) -> Result<JsValue, JsValue> {
    let mut handlers: Vec<Closure<dyn FnMut(Event)>> = Vec::new();
    let (mut success, mut failure) = (Some(success), Some(failure));
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let success = success.take();
        let on_success = Closure::once(move |_: Event| {
            let value = success.map(|success| success()).unwrap_or_default();
            let _ = resolve.call1(&JsValue::UNDEFINED, &value);
        });
        let failure = failure.take();
        let on_failure = Closure::once(move |event: Event| {
            // Handled here: the page's console need not report it as uncaught.
            event.prevent_default();
            let error = failure.map(|failure| failure()).unwrap_or_default();
            let _ = reject.call1(&JsValue::UNDEFINED, &error);
        });
        set_handlers(
            Some(on_success.as_ref().unchecked_ref()),
            Some(on_failure.as_ref().unchecked_ref()),
        );
        handlers.extend([on_success, on_failure]);
    });
    let result = JsFuture::from(promise).await;
    set_handlers(None, None);
    drop(handlers);
    result
}

async fn request_done(request: &IdbRequest) -> Result<JsValue, MediaError> {
    let (ok, failed) = (request.clone(), request.clone());
    settle(
        |success, failure| {
            request.set_onsuccess(success);
            request.set_onerror(failure);
        },
        move || ok.result().unwrap_or(JsValue::UNDEFINED),
        move || {
            failed
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_default()
        },
    )
    .await
    .map_err(failure)
}

/// Waits until a transaction is written (or refused: a full disk shows here, not on the request).
async fn committed(transaction: &IdbTransaction) -> Result<(), MediaError> {
    let failed = transaction.clone();
    settle(
        |complete, abort| {
            transaction.set_oncomplete(complete);
            transaction.set_onabort(abort);
        },
        || JsValue::UNDEFINED,
        move || failed.error().map(JsValue::from).unwrap_or_default(),
    )
    .await
    .map(|_| ())
    .map_err(failure)
}

fn factory() -> Result<IdbFactory, MediaError> {
    web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .ok_or(MediaError::Unavailable)
}

/// One open connection, closed when dropped (after its transaction is done).
struct Connection {
    database: IdbDatabase,
    /// Closes this connection when another tab deletes or upgrades the database.
    _on_version_change: Closure<dyn FnMut(Event)>,
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.database.set_onversionchange(None);
        self.database.close();
    }
}

/// Whether opening may create the database.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opening {
    CreateIfMissing,
    /// Reading and removing: where there is no database there is nothing to read or remove.
    ExistingOnly,
}

impl Connection {
    /// The database, or `None` when it does not exist and `opening` may not create it.
    async fn open(opening: Opening) -> Result<Option<Self>, MediaError> {
        let request: IdbOpenDbRequest = factory()?
            .open_with_u32(DATABASE, VERSION)
            .map_err(|_| MediaError::Unavailable)?;
        let missing = Rc::new(RefCell::new(false));
        let on_upgrade = {
            let (request, missing) = (request.clone(), missing.clone());
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                let new = event
                    .dyn_ref::<IdbVersionChangeEvent>()
                    .is_some_and(|change| change.old_version() == 0.0);
                if new && opening == Opening::ExistingOnly {
                    // Aborting the first upgrade leaves no database behind.
                    *missing.borrow_mut() = true;
                    if let Some(upgrade) = request.transaction() {
                        let _ = upgrade.abort();
                    }
                    return;
                }
                if let Ok(database) = request.result().map(JsCast::unchecked_into::<IdbDatabase>) {
                    if !database.object_store_names().contains(STORE) {
                        let _ = database.create_object_store(STORE);
                    }
                }
            })
        };
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let opened = request_done(&request).await;
        request.set_onupgradeneeded(None);
        drop(on_upgrade);
        if *missing.borrow() {
            return Ok(None);
        }
        let database: IdbDatabase = opened?.unchecked_into();
        let on_version_change = {
            let database = database.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| database.close())
        };
        database.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        Ok(Some(Self {
            database,
            _on_version_change: on_version_change,
        }))
    }

    fn store(
        &self,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, IdbObjectStore), MediaError> {
        let transaction = self
            .database
            .transaction_with_str_and_mode(STORE, mode)
            .map_err(|_| MediaError::Unavailable)?;
        let store = transaction
            .object_store(STORE)
            .map_err(|_| MediaError::Unavailable)?;
        Ok((transaction, store))
    }
}

// A record is a plain object, so the structured clone keeps it as it is:
// readable `{ mime, bytes }`, or sealed `{ salt, iv, sealed }` (mime and bytes both inside).
const MIME: &str = "mime";
const BYTES: &str = "bytes";
const SALT: &str = "salt";
const IV: &str = "iv";
const SEALED: &str = "sealed";

fn record(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

fn bytes_field(record: &JsValue, name: &str) -> Option<Vec<u8>> {
    let value = Reflect::get(record, &JsValue::from_str(name)).ok()?;
    value.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec)
}

/// The plaintext of a sealed record: the type's length (two bytes), the type, the bytes.
fn pack(media: &Media) -> Result<Vec<u8>, MediaError> {
    let length = u16::try_from(media.mime.len()).map_err(|_| MediaError::Damaged)?;
    let mut packed = Vec::with_capacity(2 + media.mime.len() + media.bytes.len());
    packed.extend_from_slice(&length.to_be_bytes());
    packed.extend_from_slice(media.mime.as_bytes());
    packed.extend_from_slice(&media.bytes);
    Ok(packed)
}

fn unpack(packed: &[u8]) -> Option<Media> {
    let (length, rest) = packed.split_first_chunk::<2>()?;
    let length = usize::from(u16::from_be_bytes(*length));
    let mime = std::str::from_utf8(rest.get(..length)?).ok()?.to_owned();
    Some(Media {
        mime,
        bytes: rest[length..].to_vec(),
    })
}

async fn seal_record(
    media: &Media,
    key: Option<&LockKey>,
    binding: &[u8],
) -> Result<JsValue, MediaError> {
    Ok(match key {
        None => record(&[
            (MIME, JsValue::from_str(&media.mime)),
            (BYTES, Uint8Array::from(&media.bytes[..]).into()),
        ]),
        Some(key) => {
            let (iv, sealed) = crypto::seal_bytes(key, &pack(media)?, binding).await?;
            record(&[
                (SALT, Uint8Array::from(key.salt()).into()),
                (IV, Uint8Array::from(&iv[..]).into()),
                (SEALED, Uint8Array::from(&sealed[..]).into()),
            ])
        }
    })
}

async fn open_record(
    stored: &JsValue,
    key: Option<&LockKey>,
    binding: &[u8],
) -> Result<Media, MediaError> {
    if let Some(sealed) = bytes_field(stored, SEALED) {
        let salt = bytes_field(stored, SALT).ok_or(MediaError::Damaged)?;
        let iv = bytes_field(stored, IV).ok_or(MediaError::Damaged)?;
        let key = key
            .filter(|key| key.salt() == salt)
            .ok_or(MediaError::WrongKey)?;
        let packed = crypto::open_bytes(key, &iv, &sealed, binding).await?;
        return unpack(&packed).ok_or(MediaError::Damaged);
    }
    let mime = Reflect::get(stored, &JsValue::from_str(MIME))
        .ok()
        .and_then(|mime| mime.as_string());
    match (mime, bytes_field(stored, BYTES)) {
        (Some(mime), Some(bytes)) => Ok(Media { mime, bytes }),
        _ => Err(MediaError::Damaged),
    }
}

/// Keeps `media` for this draft's area, in place of what was kept there; sealed with `key` when
/// the wheel is locked.
pub async fn put(
    draft: &DraftId,
    area: &str,
    kind: MediaKind,
    media: &Media,
    key: Option<&LockKey>,
) -> Result<(), MediaError> {
    // Sealed before the transaction starts: a transaction ends at the first await of anything
    // but itself.
    let stored = seal_record(media, key, &additional_data(draft, area, kind)).await?;
    let connection = Connection::open(Opening::CreateIfMissing)
        .await?
        .ok_or(MediaError::Unavailable)?;
    let (transaction, store) = connection.store(IdbTransactionMode::Readwrite)?;
    store
        .put_with_key(&stored, &record_key(draft, area, kind).into())
        .map_err(failure)?;
    committed(&transaction).await
}

/// What is kept for this draft's area, opened with `key` when it was sealed.
pub async fn get(
    draft: &DraftId,
    area: &str,
    kind: MediaKind,
    key: Option<&LockKey>,
) -> Result<Option<Media>, MediaError> {
    let Some(connection) = Connection::open(Opening::ExistingOnly).await? else {
        return Ok(None);
    };
    let (_, store) = connection.store(IdbTransactionMode::Readonly)?;
    let request = store
        .get(&record_key(draft, area, kind).into())
        .map_err(failure)?;
    let stored = request_done(&request).await?;
    drop(connection);
    if stored.is_undefined() {
        return Ok(None);
    }
    open_record(&stored, key, &additional_data(draft, area, kind))
        .await
        .map(Some)
}

pub async fn remove(draft: &DraftId, area: &str, kind: MediaKind) -> Result<(), MediaError> {
    let Some(connection) = Connection::open(Opening::ExistingOnly).await? else {
        return Ok(());
    };
    let (transaction, store) = connection.store(IdbTransactionMode::Readwrite)?;
    store
        .delete(&record_key(draft, area, kind).into())
        .map_err(failure)?;
    committed(&transaction).await
}

/// Every key stored for this draft, or for every draft with `None`.
async fn stored_keys(draft: Option<&DraftId>) -> Result<Vec<String>, MediaError> {
    let Some(connection) = Connection::open(Opening::ExistingOnly).await? else {
        return Ok(Vec::new());
    };
    let (_, store) = connection.store(IdbTransactionMode::Readonly)?;
    let request = match draft {
        Some(draft) => store.get_all_keys_with_key(&draft_range(draft)?.into()),
        None => store.get_all_keys(),
    }
    .map_err(failure)?;
    let keys = request_done(&request).await?;
    Ok(keys
        .dyn_into::<Array>()
        .map(|keys| keys.iter().filter_map(|key| key.as_string()).collect())
        .unwrap_or_default())
}

/// The areas of this draft that keep a `kind`.
pub async fn areas_with(draft: &DraftId, kind: MediaKind) -> Result<Vec<String>, MediaError> {
    let prefix = format!("{draft}/");
    Ok(stored_keys(Some(draft))
        .await?
        .iter()
        .filter_map(|key| key.strip_prefix(&prefix)?.rsplit_once('/'))
        .filter(|(_, stored_kind)| *stored_kind == kind.as_str())
        .map(|(area, _)| area.to_owned())
        .collect())
}

async fn delete_keys(keys: impl IntoIterator<Item = JsValue>) -> Result<(), MediaError> {
    let Some(connection) = Connection::open(Opening::ExistingOnly).await? else {
        return Ok(());
    };
    let (transaction, store) = connection.store(IdbTransactionMode::Readwrite)?;
    for key in keys {
        store.delete(&key).map_err(failure)?;
    }
    committed(&transaction).await
}

/// "Ta bort": every drawing and voice note of this draft.
pub async fn remove_draft(draft: &DraftId) {
    if let Ok(range) = draft_range(draft) {
        let _ = delete_keys([range.into()]).await;
    }
}

/// "Radera allt": the whole database. Other tabs' connections close when they hear of it (see
/// [`Connection`]), so the deletion is not held up.
pub async fn remove_all() {
    let Ok(request) = factory().and_then(|factory| {
        factory
            .delete_database(DATABASE)
            .map_err(|_| MediaError::Unavailable)
    }) else {
        return;
    };
    let _ = request_done(&request).await;
}

/// Removes what is kept for drafts no longer on this device: a draft deleted while its media's
/// removal did not finish (the tab was closed), or "Radera allt" in another tab. `on_device`
/// is asked after the keys were read, so media of a draft made meanwhile is never taken for an
/// orphan.
pub async fn remove_orphans(on_device: impl FnOnce() -> Option<Vec<DraftId>>) {
    let Ok(keys) = stored_keys(None).await else {
        return;
    };
    let Some(drafts) = on_device() else {
        return;
    };
    let orphans: Vec<JsValue> = keys
        .into_iter()
        .filter(|key| {
            let draft = key.split('/').next().unwrap_or_default();
            !drafts.iter().any(|id| id.to_string() == draft)
        })
        .map(JsValue::from)
        .collect();
    if !orphans.is_empty() {
        let _ = delete_keys(orphans).await;
    }
}

/// Why a draft's media were not all sealed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResealProblem {
    /// Nothing was written (the device is full, the database failed): every record is as it
    /// was.
    NothingWritten(MediaError),
    /// The rest were sealed again; records that did not open with the old key (sealed with
    /// another passphrase, damaged) were left as they are.
    SomeLeftAsTheyWere(MediaError),
}

/// What a record holds, sealed or not: two reads of the same record give the same bytes unless
/// something was kept over it in between.
fn contents(record: &JsValue) -> Option<Vec<u8>> {
    bytes_field(record, SEALED).or_else(|| bytes_field(record, BYTES))
}

/// Seals again everything of this draft: locked (`from` none, `to` the new key), unlocked (`from`
/// the key, `to` none), or a new passphrase. All records are written in one transaction, so a
/// device that refuses one (full) leaves every one as it was. A record kept anew while the others
/// were being sealed is not written over with its older copy.
pub async fn reseal_draft(
    draft: &DraftId,
    from: Option<&LockKey>,
    to: Option<&LockKey>,
) -> Result<(), ResealProblem> {
    if factory().is_err() {
        // No IndexedDB here: nothing was ever kept in it.
        return Ok(());
    }
    let read = read_draft(draft)
        .await
        .map_err(ResealProblem::NothingWritten)?;

    let mut first_problem = None;
    let mut resealed = Vec::new();
    for (key, stored) in read {
        let Some(binding) = key
            .as_string()
            .map(|key| format!("{BINDING_PREFIX}/{key}").into_bytes())
        else {
            continue;
        };
        let already_sealed_with_to =
            to.is_some_and(|to| bytes_field(&stored, SALT).is_some_and(|salt| salt == to.salt()));
        if already_sealed_with_to {
            // Kept after the key changed (a note recorded meanwhile): already as it should be.
            continue;
        }
        let media = match open_record(&stored, from, &binding).await {
            Ok(media) => media,
            Err(problem) => {
                first_problem.get_or_insert(problem);
                continue;
            }
        };
        match seal_record(&media, to, &binding).await {
            Ok(sealed) => resealed.push((key, contents(&stored), sealed)),
            Err(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }

    if !resealed.is_empty() {
        write_unless_changed(&resealed)
            .await
            .map_err(ResealProblem::NothingWritten)?;
    }
    first_problem.map_or(Ok(()), |problem| {
        Err(ResealProblem::SomeLeftAsTheyWere(problem))
    })
}

/// Every record of this draft, with its key.
async fn read_draft(draft: &DraftId) -> Result<Vec<(JsValue, JsValue)>, MediaError> {
    let Some(connection) = Connection::open(Opening::ExistingOnly).await? else {
        return Ok(Vec::new());
    };
    let (_, store) = connection.store(IdbTransactionMode::Readonly)?;
    let range = draft_range(draft)?;
    let keys_request = store.get_all_keys_with_key(&range).map_err(failure)?;
    let values_request = store.get_all_with_key(&range).map_err(failure)?;
    let keys = request_done(&keys_request).await?;
    let values = request_done(&values_request).await?;
    let (keys, values) = (
        keys.dyn_into::<Array>().map_err(|_| MediaError::Damaged)?,
        values
            .dyn_into::<Array>()
            .map_err(|_| MediaError::Damaged)?,
    );
    Ok(keys.iter().zip(values.iter()).collect())
}

/// Writes each `(key, contents when read, new record)` in one transaction, but only over a record
/// that still holds what was read: the transaction stays open while it awaits its own requests.
/// A database deleted meanwhile ("Radera allt") holds none of them, and is not made again.
async fn write_unless_changed(
    records: &[(JsValue, Option<Vec<u8>>, JsValue)],
) -> Result<(), MediaError> {
    let Some(connection) = Connection::open(Opening::ExistingOnly).await? else {
        return Ok(());
    };
    let (transaction, store) = connection.store(IdbTransactionMode::Readwrite)?;
    for (key, was, record) in records {
        let written = async {
            let now = request_done(&store.get(key).map_err(failure)?).await?;
            if !now.is_undefined() && contents(&now) == *was {
                store.put_with_key(record, key).map_err(failure)?;
            }
            Ok(())
        };
        if let Err(problem) = written.await {
            // All or nothing: the records written before this one are taken back too.
            let _ = transaction.abort();
            return Err(problem);
        }
    }
    committed(&transaction).await
}
