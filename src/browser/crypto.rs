//! Passphrase locks through WebCrypto: a key from PBKDF2-SHA-256 (600 000 iterations, random salt)
//! and AES-GCM-256 with a fresh nonce for every save, bound to where the envelope belongs (its
//! [`Binding`], as AES-GCM's additional data). The key cannot be exported; it lives only in this
//! tab's memory while a draft is open.

use crate::domain::format::locked::{Binding, Locked, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES};
use crate::ids::{self, MessageId};
use chrono::{DateTime, Utc};
use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// The key a draft is locked with, and the salt it came from (kept with every save so the same
/// passphrase opens it again).
#[derive(Clone)]
pub struct LockKey {
    key: CryptoKey,
    salt: Vec<u8>,
}

impl LockKey {
    /// Whether an envelope was sealed with this key's salt, i.e. whether this key can open it.
    pub fn fits(&self, locked: &Locked) -> bool {
        locked.salt() == self.salt
    }

    /// The salt the key was derived with: it tells this key apart from another passphrase's.
    pub fn salt(&self) -> &[u8] {
        &self.salt
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Wrong passphrase, or the ciphertext was changed or moved from where it belongs: AES-GCM
    /// cannot tell these apart.
    WrongPassphrase,
    /// No WebCrypto here (an insecure origin or a very old browser).
    Unavailable,
}

impl OpenError {
    pub fn message_id(self) -> MessageId {
        match self {
            Self::WrongPassphrase => ids::UNLOCK_ERROR_WRONG,
            Self::Unavailable => ids::LOCK_ERROR_UNAVAILABLE,
        }
    }
}

fn subtle() -> Result<SubtleCrypto, OpenError> {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.subtle())
        .ok_or(OpenError::Unavailable)
}

fn random_bytes<const N: usize>() -> Result<[u8; N], OpenError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).ok())
        .ok_or(OpenError::Unavailable)?;
    Ok(bytes)
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, OpenError> {
    let subtle = subtle()?;
    let unavailable = |_| OpenError::Unavailable;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = resolve(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await
    .map_err(unavailable)?;
    let params =
        Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = resolve(subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &usages,
    ))
    .await
    .map_err(unavailable)?;
    Ok(key.unchecked_into())
}

/// A new key from a new passphrase, with a fresh random salt.
pub async fn new_key(passphrase: &str) -> Result<LockKey, OpenError> {
    let salt = random_bytes::<SALT_BYTES>()?.to_vec();
    let key = derive_key(passphrase, &salt, PBKDF2_ITERATIONS).await?;
    Ok(LockKey { key, salt })
}

fn aes_gcm(iv: &[u8], additional_data: Option<Vec<u8>>) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    if let Some(data) = additional_data {
        params.set_additional_data_u8_array(&Uint8Array::from(&data[..]));
    }
    params
}

/// Encrypts `plaintext` under `key` with a fresh nonce, for the place `binding` names.
pub async fn seal(
    key: &LockKey,
    plaintext: &str,
    saved_at: Option<DateTime<Utc>>,
    binding: &Binding,
) -> Result<Locked, OpenError> {
    let iv = random_bytes::<IV_BYTES>()?;
    let params = aes_gcm(&iv, Some(binding.additional_data()));
    let sealed = resolve(subtle()?.encrypt_with_object_and_u8_array(
        &params,
        &key.key,
        plaintext.as_bytes(),
    ))
    .await
    .map_err(|_| OpenError::Unavailable)?;
    let ciphertext = Uint8Array::new(&sealed.unchecked_into::<ArrayBuffer>()).to_vec();
    Ok(Locked::new(&key.salt, &iv, &ciphertext, saved_at))
}

/// Decrypts with a key already held (another tab's save of the same draft), if the envelope was
/// found where it belongs.
pub async fn open_with_key(
    key: &LockKey,
    locked: &Locked,
    binding: &Binding,
) -> Result<String, OpenError> {
    let params = aes_gcm(&locked.iv(), locked.additional_data(binding));
    let opened = resolve(subtle()?.decrypt_with_object_and_u8_array(
        &params,
        &key.key,
        &locked.ciphertext(),
    ))
    .await
    .map_err(|_| OpenError::WrongPassphrase)?;
    let bytes = Uint8Array::new(&opened.unchecked_into::<ArrayBuffer>()).to_vec();
    String::from_utf8(bytes).map_err(|_| OpenError::WrongPassphrase)
}

/// Opens an envelope found at `binding` with a passphrase; gives the plaintext and the key to
/// save with from now on.
pub async fn open(
    passphrase: &str,
    locked: &Locked,
    binding: &Binding,
) -> Result<(String, LockKey), OpenError> {
    let salt = locked.salt();
    let key = LockKey {
        key: derive_key(passphrase, &salt, locked.iterations).await?,
        salt,
    };
    let plaintext = open_with_key(&key, locked, binding).await?;
    Ok((plaintext, key))
}

/// Encrypts bytes that are not a locked envelope (a voice note, a drawing in IndexedDB) under
/// `key` with a fresh nonce, bound to `additional_data` (where they belong). Gives the nonce and
/// the ciphertext; the key's salt tells which key sealed them.
pub async fn seal_bytes(
    key: &LockKey,
    plaintext: &[u8],
    additional_data: &[u8],
) -> Result<(Vec<u8>, Vec<u8>), OpenError> {
    let iv = random_bytes::<IV_BYTES>()?;
    let params = aes_gcm(&iv, Some(additional_data.to_vec()));
    let sealed = resolve(subtle()?.encrypt_with_object_and_u8_array(&params, &key.key, plaintext))
        .await
        .map_err(|_| OpenError::Unavailable)?;
    let ciphertext = Uint8Array::new(&sealed.unchecked_into::<ArrayBuffer>()).to_vec();
    Ok((iv.to_vec(), ciphertext))
}

/// Decrypts what [`seal_bytes`] sealed, if `key` is the one and `additional_data` says the same
/// place.
pub async fn open_bytes(
    key: &LockKey,
    iv: &[u8],
    ciphertext: &[u8],
    additional_data: &[u8],
) -> Result<Vec<u8>, OpenError> {
    let params = aes_gcm(iv, Some(additional_data.to_vec()));
    let opened = resolve(subtle()?.decrypt_with_object_and_u8_array(&params, &key.key, ciphertext))
        .await
        .map_err(|_| OpenError::WrongPassphrase)?;
    Ok(Uint8Array::new(&opened.unchecked_into::<ArrayBuffer>()).to_vec())
}
