//! The locked envelope: what it keeps, what it refuses, and that a locked file is told apart from
//! an open one, a foreign one and a damaged one. The encryption itself is tested in the browser.

use chrono::{TimeZone, Utc};
use hjulet::domain::format::draft_file::draft_to_json;
use hjulet::domain::format::import::{read_file, ImportError, SharedFile, MAX_FILE_BYTES};
use hjulet::domain::format::locked::{
    base64, check_new_passphrase, Binding, Locked, PassphraseProblem, IV_BYTES, PBKDF2_ITERATIONS,
    SALT_BYTES,
};
use hjulet::domain::format::stored::{stored_from_json, Stored};
use hjulet::domain::format::LoadError;
use hjulet::domain::{AgeBand, Draft, DraftId};

/// A locked envelope as the app reads one (from a file), or why not.
fn locked_from(text: &str) -> Result<Locked, LoadError> {
    match read_file(text) {
        Ok(SharedFile::Locked(locked)) => Ok(locked),
        Ok(_) => Err(LoadError::NotOurs),
        Err(ImportError::Unreadable(error)) => Err(error),
        Err(other) => panic!("{other:?}"),
    }
}

fn envelope() -> Locked {
    Locked::new(
        &[7; SALT_BYTES],
        &[9; IV_BYTES],
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
        None,
    )
}

#[test]
fn base64_matches_the_rfc_examples_both_ways() {
    let examples = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, encoded) in examples {
        assert_eq!(base64::encode(plain.as_bytes()), encoded);
        assert_eq!(base64::decode(encoded).unwrap(), plain.as_bytes());
    }
}

#[test]
fn base64_refuses_what_is_not_base64() {
    for bad in ["Zg=", "Z===", "Zg==Zm8=", "Z!==", "A=B=", "åäöå"] {
        assert_eq!(base64::decode(bad), None, "{bad}");
    }
}

#[test]
fn a_locked_envelope_keeps_no_words_and_reads_back_equal() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let locked = Locked::new(&[7; SALT_BYTES], &[9; IV_BYTES], &[42; 40], Some(now));
    let text = locked.to_json();
    assert!(text.contains("\"iterations\":600000"), "{text}");
    assert_eq!(locked.iterations, PBKDF2_ITERATIONS);
    assert_eq!(locked_from(&text), Ok(locked.clone()));
    assert_eq!(locked.salt(), vec![7; SALT_BYTES]);
    assert_eq!(locked.iv(), vec![9; IV_BYTES]);
    assert_eq!(locked.ciphertext(), vec![42; 40]);
    assert_eq!(stored_from_json(&text), Ok(Stored::Locked(locked)));
}

#[test]
fn an_open_draft_is_not_taken_for_a_locked_one() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let draft = Draft::new_child(
        DraftId::parse("0123456789abcdef").unwrap(),
        "Sara",
        AgeBand::Teen,
        now,
    );
    let text = draft_to_json(&draft);
    assert!(matches!(read_file(&text), Ok(SharedFile::Draft(..))));
    assert_eq!(stored_from_json(&text), Ok(Stored::Open(draft)));
}

#[test]
fn envelopes_this_app_cannot_open_safely_are_refused_with_a_reason() {
    let good: serde_json::Value = serde_json::from_str(&envelope().to_json()).unwrap();
    let with = |field: &str, value: serde_json::Value| {
        let mut v = good.clone();
        v[field] = value;
        v.to_string()
    };
    let damaged = [
        with("iterations", 1000.into()),
        with("iterations", 4_000_000_000u64.into()),
        with("cipher", "AES-CBC".into()),
        with("kdf", "scrypt".into()),
        with("salt", base64::encode(&[1; 4]).into()),
        with("iv", "not base64!".into()),
        with("ciphertext", base64::encode(&[1; 8]).into()),
        with("salt", serde_json::Value::Null),
    ];
    for text in damaged {
        assert!(
            matches!(locked_from(&text), Err(LoadError::Damaged(_))),
            "{text}"
        );
    }
    assert_eq!(
        locked_from(&with("version", 3.into())),
        Err(LoadError::FutureVersion { found: 3 })
    );
    // Without a version it is not "from a newer app": it does not say, and is told so.
    let mut no_version = good.clone();
    no_version.as_object_mut().unwrap().remove("version");
    assert_eq!(
        locked_from(&no_version.to_string()),
        Err(LoadError::NoVersion)
    );
    assert_eq!(
        LoadError::NoVersion.message_id().as_str(),
        "load-error-no-version"
    );
    assert!(matches!(
        locked_from(&with("version", 0.into())),
        Err(LoadError::Damaged(_))
    ));
}

#[test]
fn a_new_envelope_is_version_2_and_bound_to_where_it_belongs() {
    let id = DraftId::parse("0123456789abcdef").unwrap();
    let other = DraftId::parse("fedcba9876543210").unwrap();
    let locked = envelope();
    let here = locked.additional_data(&Binding::StoredDraft(id.clone()));
    assert_eq!(
        here,
        Some(Binding::StoredDraft(id.clone()).additional_data())
    );
    // Moved under another draft's key, or passed off as a file, it asks for other data, which
    // AES-GCM then refuses.
    assert_ne!(here, locked.additional_data(&Binding::StoredDraft(other)));
    assert_ne!(here, locked.additional_data(&Binding::File));
    // A version 1 envelope (no additional data) still opens.
    let mut v1: serde_json::Value = serde_json::from_str(&locked.to_json()).unwrap();
    v1["version"] = 1.into();
    let v1 = locked_from(&v1.to_string()).unwrap();
    assert_eq!(v1.additional_data(&Binding::StoredDraft(id)), None);
}

#[test]
fn a_locked_file_is_read_as_locked_and_size_is_checked_first() {
    let text = envelope().to_json();
    assert_eq!(read_file(&text), Ok(SharedFile::Locked(envelope())));
    let huge = format!("{}{}", text, " ".repeat(MAX_FILE_BYTES as usize));
    assert_eq!(read_file(&huge), Err(ImportError::TooLarge));
    assert!(matches!(
        read_file("{\"format\":\"other\"}"),
        Err(ImportError::Unreadable(LoadError::NotOurs))
    ));
}

#[test]
fn a_new_passphrase_must_be_long_uncommon_and_typed_the_same_twice() {
    for short in ["kort", "sjutton", "1234567"] {
        assert_eq!(
            check_new_passphrase(short, short),
            Err(PassphraseProblem::TooShort),
            "{short}"
        );
    }
    for common in [
        "password",
        "12345678",
        "Qwertyuiop",
        "iloveyou",
        "lösenord",
        "aaaaaaaaaa",
    ] {
        assert_eq!(
            check_new_passphrase(common, common),
            Err(PassphraseProblem::Common),
            "{common}"
        );
    }
    assert_eq!(
        check_new_passphrase("hemlig katt", "hemlig kat"),
        Err(PassphraseProblem::RepeatDiffers)
    );
    assert_eq!(check_new_passphrase("hemlig katt", "hemlig katt"), Ok(()));
    // Characters, not bytes: eight letters of any script are enough.
    assert_eq!(check_new_passphrase("ሰላምሰላምሰላ", "ሰላምሰላምሰላ"), Ok(()));
    assert_eq!(
        check_new_passphrase("ሰላምሰላም", "ሰላምሰላም"),
        Err(PassphraseProblem::TooShort)
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64::decode(&base64::encode(&bytes)), Some(bytes));
        }
    }
}
