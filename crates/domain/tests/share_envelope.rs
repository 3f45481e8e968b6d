//! The payload envelope with any serde value: round trips, and each kind of
//! bad link mapped to its error.

use liftsheet_domain::share::envelope::{self, MAX_INFLATED, MAX_PAYLOAD, VERSION};
use liftsheet_domain::share::{decode_value, encode_value, ShareError};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Sample {
    name: String,
    sets: Vec<(u32, u16)>,
    notes: BTreeMap<String, String>,
}

fn sample() -> Sample {
    Sample {
        name: "5/3/1 <b>BBB</b> & \"friends\"".to_string(),
        sets: vec![(65, 5), (75, 5), (85, 5), (50, 10)],
        notes: BTreeMap::from([("squat".into(), "<script>alert(1)</script>".into())]),
    }
}

fn sample_strategy() -> impl Strategy<Value = Sample> {
    (
        any::<String>(),
        proptest::collection::vec(any::<(u32, u16)>(), 0..40),
        proptest::collection::btree_map(any::<String>(), any::<String>(), 0..5),
    )
        .prop_map(|(name, sets, notes)| Sample { name, sets, notes })
}

#[test]
fn markup_stays_literal_text() {
    let payload = encode_value(&sample()).unwrap();
    assert_eq!(decode_value::<Sample>(&payload), Ok(sample()));
}

#[test]
fn payload_shape() {
    let payload = encode_value(&sample()).unwrap();
    assert!(payload.starts_with(VERSION));
    assert!(payload
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
}

#[test]
fn whitespace_from_copy_and_paste_is_ignored() {
    let payload = encode_value(&sample()).unwrap();
    assert_eq!(
        decode_value::<Sample>(&format!(" {payload}\n")),
        Ok(sample())
    );
}

#[test]
fn empty() {
    assert_eq!(decode_value::<Sample>(""), Err(ShareError::Empty));
    assert_eq!(decode_value::<Sample>("  "), Err(ShareError::Empty));
}

#[test]
fn version_character() {
    let payload = encode_value(&sample()).unwrap();
    let body = &payload[1..];
    for newer in '2'..='9' {
        assert_eq!(
            decode_value::<Sample>(&format!("{newer}{body}")),
            Err(ShareError::NewerVersion)
        );
    }
    for other in ['0', 'A', '-', '<', 'é'] {
        assert_eq!(
            decode_value::<Sample>(&format!("{other}{body}")),
            Err(ShareError::NotALink)
        );
    }
}

#[test]
fn every_truncation_is_an_error() {
    let payload = encode_value(&sample()).unwrap();
    for len in 1..payload.len() {
        let cut = &payload[..len];
        let err = decode_value::<Sample>(cut).unwrap_err();
        assert!(
            matches!(err, ShareError::Incomplete | ShareError::Damaged),
            "{len}: {err:?}"
        );
    }
    // Cuts that lose the checksum or the deflate end say "incomplete".
    let incomplete = (1..payload.len())
        .filter(|&len| decode_value::<Sample>(&payload[..len]) == Err(ShareError::Incomplete))
        .count();
    assert!(
        incomplete * 2 > payload.len(),
        "{incomplete} of {}",
        payload.len()
    );
}

#[test]
fn every_single_character_edit_is_caught() {
    let payload = encode_value(&sample()).unwrap();
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for at in 1..payload.len() {
        for c in alphabet.chars().step_by(7) {
            if payload[at..].starts_with(c) {
                continue;
            }
            let mut edited = payload.clone();
            edited.replace_range(at..at + 1, &c.to_string());
            let result = decode_value::<Sample>(&edited);
            assert!(result.is_err(), "edit {c} at {at} opened: {result:?}");
        }
    }
}

#[test]
fn wrong_shape_is_damaged() {
    let payload = encode_value(&serde_json::json!({"name": 5})).unwrap();
    assert_eq!(decode_value::<Sample>(&payload), Err(ShareError::Damaged));
}

#[test]
fn oversized_text_is_refused_before_decoding() {
    let huge = format!("{VERSION}{}", "A".repeat(MAX_PAYLOAD));
    assert_eq!(decode_value::<Sample>(&huge), Err(ShareError::TooLarge));
    // Even a too-long string that is not base64 at all.
    let junk = "<".repeat(MAX_PAYLOAD + 1);
    assert_eq!(decode_value::<Sample>(&junk), Err(ShareError::TooLarge));
}

#[test]
fn zip_bomb_is_refused() {
    // A link that inflates past the cap: 1 MiB of spaces around a value.
    let bomb = format!("{}1{}", " ".repeat(1 << 20), " ".repeat(1 << 20));
    assert_eq!(encode_value(&bomb), Err(ShareError::TooLarge));
    // Built by hand: what encode_value would write if it had no cap.
    let bytes = serde_json::to_vec(&bomb).unwrap();
    let mut body = envelope::deflate(&bytes).unwrap();
    body.extend_from_slice(&envelope::crc32(&body).to_be_bytes());
    let payload = format!(
        "{VERSION}{}",
        liftsheet_domain::share::base64url::encode(&body)
    );
    assert!(payload.len() < MAX_PAYLOAD, "{}", payload.len());
    assert!(bytes.len() > MAX_INFLATED);
    assert_eq!(decode_value::<String>(&payload), Err(ShareError::TooLarge));
}

#[test]
fn messages_are_sentences_for_a_lifter() {
    assert_eq!(
        ShareError::Incomplete.to_string(),
        "This link is incomplete — ask for it again."
    );
    assert!(ShareError::NewerVersion
        .to_string()
        .starts_with("This link was made by a newer version of Liftsheet"));
    for e in [
        ShareError::Empty,
        ShareError::Damaged,
        ShareError::NotALink,
        ShareError::TooLarge,
        ShareError::TooLongForQr,
    ] {
        let text = e.to_string();
        assert!(text.starts_with("This ") && text.ends_with('.'), "{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn round_trip(value in sample_strategy()) {
        let payload = encode_value(&value).unwrap();
        prop_assert_eq!(decode_value::<Sample>(&payload), Ok(value));
    }
}
