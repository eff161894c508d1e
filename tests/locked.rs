//! The locked envelope: what it keeps, what it refuses, and that a locked file is told apart from
//! an open one, a foreign one and a damaged one. The encryption itself is tested in the browser.

use chrono::{TimeZone, Utc};
use hjulet::domain::locked::{
    base64, check_new_passphrase, Locked, PassphraseProblem, IV_BYTES, PBKDF2_ITERATIONS,
    SALT_BYTES,
};
use hjulet::domain::saved::{draft_to_json, stored_from_json, LoadError, Stored};
use hjulet::domain::share::{read_file, ImportError, SharedFile};
use hjulet::domain::{AgeBand, Draft, DraftId};

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
    assert_eq!(Locked::from_json(&text), Some(Ok(locked.clone())));
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
    assert_eq!(Locked::from_json(&text), None);
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
            matches!(Locked::from_json(&text), Some(Err(LoadError::Damaged(_)))),
            "{text}"
        );
    }
    assert_eq!(
        Locked::from_json(&with("version", 2.into())),
        Some(Err(LoadError::FutureSchema { found: 2 }))
    );
}

#[test]
fn a_locked_file_is_read_as_locked_and_size_is_checked_first() {
    let text = envelope().to_json();
    assert_eq!(read_file(&text), Ok(SharedFile::Locked(envelope())));
    let huge = format!("{}{}", text, " ".repeat(2 * 1024 * 1024));
    assert_eq!(read_file(&huge), Err(ImportError::TooLarge));
    assert!(matches!(
        read_file("{\"format\":\"other\"}"),
        Err(ImportError::Unreadable(LoadError::NotOurs))
    ));
}

#[test]
fn a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() {
    assert_eq!(
        check_new_passphrase("kort", "kort"),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        check_new_passphrase("hemlig katt", "hemlig kat"),
        Err(PassphraseProblem::RepeatDiffers)
    );
    assert_eq!(check_new_passphrase("hemlig katt", "hemlig katt"), Ok(()));
    // Characters, not bytes: six letters of any script are enough.
    assert_eq!(check_new_passphrase("ሰላምሰላም", "ሰላምሰላም"), Ok(()));
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

        #[test]
        fn any_text_read_as_a_file_gives_a_result_not_a_panic(text in ".{0,400}") {
            let _ = read_file(&text);
        }
    }
}
