//! Base64url against RFC 4648 (§5 alphabet, §10 test vectors, padding dropped
//! as §3.2 allows for URLs), plus round-trip and strictness properties.

use liftsheet_domain::share::base64url::{decode, encode, Base64Error};
use proptest::prelude::*;

/// RFC 4648 §10 vectors, with their `=` padding removed.
const RFC4648: [(&str, &str); 7] = [
    ("", ""),
    ("f", "Zg"),
    ("fo", "Zm8"),
    ("foo", "Zm9v"),
    ("foob", "Zm9vYg"),
    ("fooba", "Zm9vYmE"),
    ("foobar", "Zm9vYmFy"),
];

#[test]
fn rfc4648_vectors_encode() {
    for (plain, encoded) in RFC4648 {
        assert_eq!(encode(plain.as_bytes()), encoded, "{plain:?}");
    }
}

#[test]
fn rfc4648_vectors_decode() {
    for (plain, encoded) in RFC4648 {
        assert_eq!(
            decode(encoded).as_deref(),
            Ok(plain.as_bytes()),
            "{encoded:?}"
        );
    }
}

#[test]
fn url_safe_characters_replace_plus_and_slash() {
    // Standard base64 of these bytes is "+/8" and "+/+/": §5 uses '-' and '_'.
    assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "-_-_");
    assert_eq!(decode("-_-_"), Ok(vec![0xfb, 0xff, 0xbf]));
    assert!(matches!(decode("+/+/"), Err(Base64Error::InvalidChar(0))));
}

#[test]
fn strict_decoding() {
    assert_eq!(decode("Zm9vYg=="), Err(Base64Error::InvalidChar(6)));
    assert_eq!(decode("Zm9 vg"), Err(Base64Error::InvalidChar(3)));
    assert_eq!(decode("Zm9vY"), Err(Base64Error::Truncated));
    // "Zh" has low bits set that "Zg" ("f") leaves zero.
    assert_eq!(decode("Zh"), Err(Base64Error::NonCanonical));
    assert_eq!(decode("Zm9"), Err(Base64Error::NonCanonical));
    assert!(matches!(decode("Zm9vé"), Err(Base64Error::InvalidChar(4))));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = encode(&bytes);
        prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
        prop_assert!(text.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        prop_assert_eq!(decode(&text), Ok(bytes));
    }

    /// Each byte string has exactly one accepted encoding.
    #[test]
    fn decoding_is_canonical(text in "[A-Za-z0-9_-]{0,40}") {
        if let Ok(bytes) = decode(&text) {
            prop_assert_eq!(encode(&bytes), text);
        }
    }
}
