//! A draft, a plan or a shared file locked with a passphrase: only ciphertext and what is needed
//! to open it with the right passphrase (salt, nonce, iteration count) are kept.
//!
//! ```json
//! { "format": "barnets-basta-hjulet.locked", "version": 2, "cipher": "AES-GCM-256",
//!   "kdf": "PBKDF2-SHA-256", "iterations": 600000, "salt": "…", "iv": "…", "ciphertext": "…" }
//! ```
//! The plaintext is another envelope of ours (a draft or a plan). The cryptography itself runs in
//! the browser (WebCrypto); this module describes and checks the envelope, and says what the
//! ciphertext is bound to.
//!
//! Version 2 binds the ciphertext to where it belongs ([`Binding`], AES-GCM's additional data):
//! a locked draft moved under another draft's key, or a locked draft passed off as a file, does
//! not open. Version 1 (no additional data) still opens; the next save writes version 2.

use crate::domain::draft::DraftId;
use crate::domain::format::envelope::{Kind, LoadError, Opened};
use crate::ids::{self, MessageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::OnceLock;

pub const LOCKED: Kind = Kind {
    format: "barnets-basta-hjulet.locked",
    version_field: "version",
    current: 2,
};
pub const CIPHER: &str = "AES-GCM-256";
pub const KEY_DERIVATION: &str = "PBKDF2-SHA-256";
/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// A file asking for more would keep the device busy for minutes: it is refused as damaged.
const MOST_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
/// AES-GCM's standard nonce length.
pub const IV_BYTES: usize = 12;
/// Shorter passphrases are refused when locking: a locked file can be tried offline, at leisure.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// What a locked envelope's ciphertext belongs to. It is not written in the envelope: whoever
/// opens it says where it was found, so an envelope moved elsewhere does not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Binding {
    /// The draft with this id, in this device's storage.
    StoredDraft(DraftId),
    /// A file that leaves the device (a shared wheel, a plan, a rescue copy).
    File,
}

impl Binding {
    /// AES-GCM's additional data for a new envelope with this binding.
    pub fn additional_data(&self) -> Vec<u8> {
        match self {
            Self::StoredDraft(id) => format!("{}/draft/{id}", LOCKED.format).into_bytes(),
            Self::File => format!("{}/file", LOCKED.format).into_bytes(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locked {
    format: String,
    version: u32,
    cipher: String,
    kdf: String,
    pub iterations: u32,
    salt: String,
    iv: String,
    ciphertext: String,
    /// When it was last saved, so a list of locked drafts can tell them apart; not in files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<DateTime<Utc>>,
}

impl Locked {
    /// A new envelope, always of the current version: its ciphertext was sealed with
    /// [`Locked::additional_data`] of the binding it is for.
    pub fn new(salt: &[u8], iv: &[u8], ciphertext: &[u8], saved_at: Option<DateTime<Utc>>) -> Self {
        Self {
            format: LOCKED.format.to_owned(),
            version: LOCKED.current,
            cipher: CIPHER.to_owned(),
            kdf: KEY_DERIVATION.to_owned(),
            iterations: PBKDF2_ITERATIONS,
            salt: base64::encode(salt),
            iv: base64::encode(iv),
            ciphertext: base64::encode(ciphertext),
            saved_at,
        }
    }

    /// The additional data this envelope was sealed with, if `binding` is where it belongs:
    /// none for version 1, which had none.
    pub fn additional_data(&self, binding: &Binding) -> Option<Vec<u8>> {
        (self.version >= 2).then(|| binding.additional_data())
    }

    pub fn salt(&self) -> Vec<u8> {
        base64::decode(&self.salt).unwrap_or_default()
    }

    pub fn iv(&self) -> Vec<u8> {
        base64::decode(&self.iv).unwrap_or_default()
    }

    pub fn ciphertext(&self) -> Vec<u8> {
        base64::decode(&self.ciphertext).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a locked envelope always serializes")
    }

    /// A locked envelope that passed the envelope check, checked for what this app can open.
    pub fn from_envelope(opened: Opened) -> Result<Self, LoadError> {
        let locked: Self =
            serde_json::from_value(Value::Object(opened.fields)).map_err(LoadError::damaged)?;
        locked.check()
    }

    fn check(self) -> Result<Self, LoadError> {
        let sound = self.cipher == CIPHER
            && self.kdf == KEY_DERIVATION
            && (PBKDF2_ITERATIONS..=MOST_ITERATIONS).contains(&self.iterations)
            && base64::decode(&self.salt).is_some_and(|s| s.len() == SALT_BYTES)
            && base64::decode(&self.iv).is_some_and(|iv| iv.len() == IV_BYTES)
            // AES-GCM's 16-byte tag is always there.
            && base64::decode(&self.ciphertext).is_some_and(|c| c.len() >= 16);
        if sound {
            Ok(self)
        } else {
            Err(LoadError::damaged("locked envelope out of bounds"))
        }
    }
}

/// Why a passphrase cannot be used to lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    /// One of the passwords people use most, which is tried first by anyone guessing.
    Common,
    RepeatDiffers,
}

impl PassphraseProblem {
    pub fn message_id(self) -> MessageId {
        match self {
            Self::TooShort => ids::LOCK_ERROR_TOO_SHORT,
            Self::Common => ids::LOCK_ERROR_COMMON,
            Self::RepeatDiffers => ids::LOCK_ERROR_REPEAT,
        }
    }
}

/// The list a county may extend: `content/common-passwords.txt`, one per line.
const COMMON_PASSWORDS: &str = include_str!("../../../content/common-passwords.txt");

fn common_passwords() -> &'static BTreeSet<String> {
    static LIST: OnceLock<BTreeSet<String>> = OnceLock::new();
    LIST.get_or_init(|| {
        COMMON_PASSWORDS
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(str::to_lowercase)
            .collect()
    })
}

/// Checks a new passphrase and its repetition before anything is locked with it.
pub fn check_new_passphrase(passphrase: &str, repeated: &str) -> Result<(), PassphraseProblem> {
    let trimmed = passphrase.trim();
    // "aaaaaaaa" is as weak as any word on the list.
    let one_character = trimmed.chars().collect::<BTreeSet<_>>().len() <= 1;
    if trimmed.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if one_character || common_passwords().contains(&trimmed.to_lowercase()) {
        Err(PassphraseProblem::Common)
    } else if passphrase != repeated {
        Err(PassphraseProblem::RepeatDiffers)
    } else {
        Ok(())
    }
}

/// Standard base64 with padding (RFC 4648), small enough to keep here rather than in a crate.
pub mod base64 {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(bytes: &[u8]) -> String {
        let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                *chunk.get(1).unwrap_or(&0),
                *chunk.get(2).unwrap_or(&0),
            ];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
                if i <= chunk.len() {
                    text.push(ALPHABET[(n >> shift & 63) as usize] as char);
                } else {
                    text.push('=');
                }
            }
        }
        text
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let text = text.as_bytes();
        if !text.len().is_multiple_of(4) {
            return None;
        }
        let mut bytes = Vec::with_capacity(text.len() / 4 * 3);
        for (index, chunk) in text.chunks(4).enumerate() {
            let last = index == text.len() / 4 - 1;
            let padding = chunk.iter().rev().take_while(|&&c| c == b'=').count();
            if padding > 2 || (padding > 0 && !last) {
                return None;
            }
            let mut n = 0u32;
            for &c in &chunk[..4 - padding] {
                let value = ALPHABET.iter().position(|&a| a == c)? as u32;
                n = (n << 6) | value;
            }
            n <<= 6 * padding as u32;
            let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            bytes.extend_from_slice(&decoded[..3 - padding]);
        }
        Some(bytes)
    }
}
