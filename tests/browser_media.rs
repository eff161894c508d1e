#![cfg(target_arch = "wasm32")]
//! Drawings and voice notes in IndexedDB: what is kept comes back as it was; a locked wheel's
//! media is stored as ciphertext that opens only with its key and only where it belongs; "Ta
//! bort" and "Radera allt" remove it; locking, unlocking and a new passphrase seal it again.

use hjulet::browser::crypto;
use hjulet::browser::media_store::{self, Media, MediaError, MediaKind, ResealProblem};
use hjulet::browser::random::new_draft_id;
use hjulet::domain::DraftId;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Reads IndexedDB the way anyone with the device could: every byte array in a record, joined.
#[wasm_bindgen(inline_js = r#"
export function stored_bytes(key) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('barnets-basta-hjulet');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('media')) { db.close(); resolve(null); return; }
      const get = db.transaction('media').objectStore('media').get(key);
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        db.close();
        const record = get.result;
        if (record === undefined) { resolve(null); return; }
        const parts = Object.values(record).filter((v) => v instanceof Uint8Array);
        const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const p of parts) { all.set(p, at); at += p.length; }
        resolve(all);
      };
    };
  });
}
export function move_record(from, to) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('barnets-basta-hjulet');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('media', 'readwrite');
      const store = tx.objectStore('media');
      const get = store.get(from);
      get.onsuccess = () => store.put(get.result, to);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
  });
}
// The device fills up after the first record: the second write is refused as Chromium refuses a
// write over the quota. Gives back the function that makes room again.
export function refuse_second_write() {
  const real = IDBObjectStore.prototype.put;
  let writes = 0;
  IDBObjectStore.prototype.put = function (...args) {
    writes += 1;
    if (writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.apply(this, args);
  };
  return () => { IDBObjectStore.prototype.put = real; };
}
// The first encryption after this waits until `text` has been kept at `key` the way the app
// keeps a new recording (readable): a note kept while a reseal is sealing the others.
export function keep_during_next_encryption(key, text) {
  const real = SubtleCrypto.prototype.encrypt;
  SubtleCrypto.prototype.encrypt = function (...args) {
    SubtleCrypto.prototype.encrypt = real;
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('barnets-basta-hjulet');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('media', 'readwrite');
        tx.objectStore('media').put({ mime: 'audio/webm', bytes: new TextEncoder().encode(text) }, key);
        tx.oncomplete = () => { db.close(); resolve(real.apply(this, args)); };
        tx.onabort = () => reject(tx.error);
      };
    });
  };
}
// The first encryption after this waits until the app's database is deleted ("Radera allt" in
// another tab while a lock is under way).
export function delete_all_during_next_encryption() {
  const real = SubtleCrypto.prototype.encrypt;
  SubtleCrypto.prototype.encrypt = function (...args) {
    SubtleCrypto.prototype.encrypt = real;
    return new Promise((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase('barnets-basta-hjulet');
      deleting.onsuccess = () => resolve(real.apply(this, args));
      deleting.onerror = () => reject(deleting.error);
    });
  };
}
export function database_exists() {
  return indexedDB.databases().then((all) => all.some((d) => d.name === 'barnets-basta-hjulet'));
}
"#)]
extern "C" {
    fn stored_bytes(key: &str) -> Promise;
    fn move_record(from: &str, to: &str) -> Promise;
    fn database_exists() -> Promise;
    fn refuse_second_write() -> js_sys::Function;
    fn keep_during_next_encryption(key: &str, text: &str);
    fn delete_all_during_next_encryption();
}

async fn raw(draft: &DraftId, area: &str, kind: &str) -> Option<Vec<u8>> {
    let value = JsFuture::from(stored_bytes(&format!("{draft}/{area}/{kind}")))
        .await
        .unwrap();
    (!value.is_null()).then(|| value.unchecked_into::<Uint8Array>().to_vec())
}

async fn exists() -> bool {
    JsFuture::from(database_exists())
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

/// A recognisable "recording": the WebM magic and a sentence a child might say.
fn voice() -> Media {
    let mut bytes = vec![0x1a, 0x45, 0xdf, 0xa3];
    bytes.extend_from_slice(b"Jag vill bo hos mamma");
    Media {
        mime: "audio/webm;codecs=opus".into(),
        bytes,
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[wasm_bindgen_test]
async fn kept_media_comes_back_as_it_was_and_only_for_its_area_and_kind() {
    let draft = new_draft_id();
    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), None)
        .await
        .unwrap();
    let back = media_store::get(&draft, "safe", MediaKind::Voice, None).await;
    assert_eq!(back, Ok(Some(voice())));
    let other_kind = media_store::get(&draft, "safe", MediaKind::Drawing, None).await;
    assert_eq!(other_kind, Ok(None));
    let other_area = media_store::get(&draft, "play", MediaKind::Voice, None).await;
    assert_eq!(other_area, Ok(None));
    assert_eq!(
        media_store::areas_with(&draft, MediaKind::Voice).await,
        Ok(vec!["safe".to_owned()])
    );

    media_store::remove(&draft, "safe", MediaKind::Voice)
        .await
        .unwrap();
    let gone = media_store::get(&draft, "safe", MediaKind::Voice, None).await;
    assert_eq!(gone, Ok(None));
}

#[wasm_bindgen_test]
async fn a_locked_wheels_media_is_stored_as_ciphertext_and_opens_only_with_its_key() {
    let draft = new_draft_id();
    let key = crypto::new_key("min hemliga katt").await.unwrap();
    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), Some(&key))
        .await
        .unwrap();

    let stored = raw(&draft, "safe", "voice")
        .await
        .expect("a record is stored");
    assert!(
        !contains(&stored, &voice().bytes[..4]),
        "the WebM magic is readable"
    );
    assert!(!contains(&stored, b"mamma"), "the words are readable");
    assert!(!contains(&stored, b"audio/webm"), "the type is readable");

    let opened = media_store::get(&draft, "safe", MediaKind::Voice, Some(&key)).await;
    assert_eq!(opened, Ok(Some(voice())));

    let other = crypto::new_key("min hemliga katt").await.unwrap();
    let wrong = media_store::get(&draft, "safe", MediaKind::Voice, Some(&other)).await;
    assert_eq!(wrong, Err(MediaError::WrongKey));
    let without = media_store::get(&draft, "safe", MediaKind::Voice, None).await;
    assert_eq!(without, Err(MediaError::WrongKey));
}

#[wasm_bindgen_test]
async fn sealed_media_moved_to_another_area_does_not_open() {
    let draft = new_draft_id();
    let key = crypto::new_key("min hemliga katt").await.unwrap();
    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), Some(&key))
        .await
        .unwrap();
    JsFuture::from(move_record(
        &format!("{draft}/safe/voice"),
        &format!("{draft}/play/voice"),
    ))
    .await
    .unwrap();
    let moved = media_store::get(&draft, "play", MediaKind::Voice, Some(&key)).await;
    assert_eq!(moved, Err(MediaError::WrongKey));
}

#[wasm_bindgen_test]
async fn removing_a_draft_removes_its_media_and_no_other_drafts() {
    let (gone, kept) = (new_draft_id(), new_draft_id());
    for draft in [&gone, &kept] {
        for (area, kind) in [("safe", MediaKind::Voice), ("play", MediaKind::Drawing)] {
            media_store::put(draft, area, kind, &voice(), None)
                .await
                .unwrap();
        }
    }
    media_store::remove_draft(&gone).await;
    assert_eq!(
        media_store::areas_with(&gone, MediaKind::Voice).await,
        Ok(vec![])
    );
    assert_eq!(
        media_store::areas_with(&gone, MediaKind::Drawing).await,
        Ok(vec![])
    );
    assert_eq!(
        media_store::areas_with(&kept, MediaKind::Drawing).await,
        Ok(vec!["play".to_owned()])
    );
    assert!(raw(&kept, "safe", "voice").await.is_some());
}

#[wasm_bindgen_test]
async fn orphans_of_drafts_no_longer_on_the_device_are_removed() {
    let (gone, kept) = (new_draft_id(), new_draft_id());
    for draft in [&gone, &kept] {
        media_store::put(draft, "safe", MediaKind::Voice, &voice(), None)
            .await
            .unwrap();
    }
    let on_device = kept.clone();
    media_store::remove_orphans(move || Some(vec![on_device])).await;
    assert!(raw(&gone, "safe", "voice").await.is_none());
    assert!(raw(&kept, "safe", "voice").await.is_some());
}

#[wasm_bindgen_test]
async fn reading_creates_no_database_and_remove_all_leaves_none() {
    media_store::remove_all().await;
    assert!(!exists().await);
    let draft = new_draft_id();
    assert_eq!(
        media_store::get(&draft, "safe", MediaKind::Voice, None).await,
        Ok(None)
    );
    assert_eq!(
        media_store::areas_with(&draft, MediaKind::Voice).await,
        Ok(vec![])
    );
    assert!(!exists().await, "reading created the database");

    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), None)
        .await
        .unwrap();
    assert!(exists().await);
    media_store::remove_all().await;
    assert!(!exists().await, "the database is still there");
    assert_eq!(
        media_store::get(&draft, "safe", MediaKind::Voice, None).await,
        Ok(None)
    );
}

/// A new draft with a voice note on "safe" and a drawing on "play", kept readable.
async fn two_readable_records() -> DraftId {
    let draft = new_draft_id();
    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), None)
        .await
        .unwrap();
    media_store::put(&draft, "play", MediaKind::Drawing, &voice(), None)
        .await
        .unwrap();
    draft
}

#[wasm_bindgen_test]
async fn locking_unlocking_and_a_new_passphrase_seal_everything_again() {
    let draft = two_readable_records().await;
    let first = crypto::new_key("min hemliga katt").await.unwrap();

    // Locked: nothing readable is left, and the key opens both.
    media_store::reseal_draft(&draft, None, Some(&first))
        .await
        .unwrap();
    for (area, kind) in [("safe", "voice"), ("play", "drawing")] {
        let stored = raw(&draft, area, kind).await.unwrap();
        assert!(
            !contains(&stored, b"mamma"),
            "{area} is readable after locking"
        );
    }
    assert_eq!(
        media_store::get(&draft, "play", MediaKind::Drawing, Some(&first)).await,
        Ok(Some(voice()))
    );

    // A new passphrase: the old key no longer opens it, the new one does.
    let second = crypto::new_key("en annan hemlighet").await.unwrap();
    media_store::reseal_draft(&draft, Some(&first), Some(&second))
        .await
        .unwrap();
    assert_eq!(
        media_store::get(&draft, "safe", MediaKind::Voice, Some(&first)).await,
        Err(MediaError::WrongKey)
    );
    assert_eq!(
        media_store::get(&draft, "safe", MediaKind::Voice, Some(&second)).await,
        Ok(Some(voice()))
    );

    // Unlocked: readable without a key again.
    media_store::reseal_draft(&draft, Some(&second), None)
        .await
        .unwrap();
    assert_eq!(
        media_store::get(&draft, "safe", MediaKind::Voice, None).await,
        Ok(Some(voice()))
    );
    assert!(contains(
        &raw(&draft, "safe", "voice").await.unwrap(),
        b"mamma"
    ));
}

#[wasm_bindgen_test]
async fn resealing_with_the_wrong_key_changes_nothing_and_says_so() {
    let draft = new_draft_id();
    let key = crypto::new_key("min hemliga katt").await.unwrap();
    let stranger = crypto::new_key("inte den").await.unwrap();
    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), Some(&key))
        .await
        .unwrap();
    let before = raw(&draft, "safe", "voice").await;
    assert_eq!(
        media_store::reseal_draft(&draft, Some(&stranger), None).await,
        Err(ResealProblem::SomeLeftAsTheyWere(MediaError::WrongKey))
    );
    assert_eq!(raw(&draft, "safe", "voice").await, before);
}

#[wasm_bindgen_test]
async fn a_device_that_refuses_one_record_while_locking_leaves_every_record_as_it_was() {
    let draft = two_readable_records().await;
    let key = crypto::new_key("min hemliga katt").await.unwrap();

    let make_room = refuse_second_write();
    let locked = media_store::reseal_draft(&draft, None, Some(&key)).await;
    make_room.call0(&JsValue::NULL).unwrap();

    // Said, so the wheel is not locked either; and not half done: both are readable as before,
    // nothing sealed with a key the wheel does not hold.
    assert_eq!(locked, Err(ResealProblem::NothingWritten(MediaError::Full)));
    for (area, kind) in [("safe", MediaKind::Voice), ("play", MediaKind::Drawing)] {
        assert_eq!(
            media_store::get(&draft, area, kind, None).await,
            Ok(Some(voice())),
            "{area}"
        );
    }
    media_store::reseal_draft(&draft, None, Some(&key))
        .await
        .unwrap();
    assert!(!contains(
        &raw(&draft, "safe", "voice").await.unwrap(),
        b"mamma"
    ));
}

#[wasm_bindgen_test]
async fn a_note_kept_while_the_others_are_sealed_is_not_written_over_by_its_older_copy() {
    let draft = new_draft_id();
    media_store::put(&draft, "safe", MediaKind::Voice, &voice(), None)
        .await
        .unwrap();
    let key = crypto::new_key("min hemliga katt").await.unwrap();

    keep_during_next_encryption(&format!("{draft}/safe/voice"), "pappa kom hem");
    media_store::reseal_draft(&draft, None, Some(&key))
        .await
        .unwrap();

    // The newer note is there (the next pass seals it); the older one did not come back.
    let kept = raw(&draft, "safe", "voice").await.unwrap();
    assert!(contains(&kept, b"pappa kom hem"), "the newer note was lost");
    assert!(!contains(&kept, b"mamma"));
    media_store::reseal_draft(&draft, None, Some(&key))
        .await
        .unwrap();
    assert_eq!(
        media_store::get(&draft, "safe", MediaKind::Voice, Some(&key))
            .await
            .map(|media| media.map(|m| m.bytes)),
        Ok(Some(b"pappa kom hem".to_vec()))
    );
}

#[wasm_bindgen_test]
async fn a_lock_under_way_when_everything_is_deleted_brings_nothing_back() {
    let draft = two_readable_records().await;
    let key = crypto::new_key("min hemliga katt").await.unwrap();

    delete_all_during_next_encryption();
    media_store::reseal_draft(&draft, None, Some(&key))
        .await
        .unwrap();

    // "Radera allt" leaves no database behind, and a lock that was sealing makes none again.
    assert!(!exists().await, "the database is back");
}
