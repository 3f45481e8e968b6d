//! Base64url without padding (RFC 4648 §5), so a payload is safe in a URL
//! fragment as it is: only `A–Z a–z 0–9 - _`.
//!
//! Written here rather than pulled in as a crate: it is forty lines, and every
//! byte of wasm is fetched over gym Wi-Fi.

use std::fmt;

/// The 64 characters of RFC 4648 §5, in value order.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a string is not base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet (padding `=` included) at this byte offset.
    InvalidChar(usize),
    /// A length that no byte string encodes to (4n + 1): the text was cut.
    Truncated,
    /// The unused low bits of the last character are not zero: the text was edited.
    NonCanonical,
}

impl fmt::Display for Base64Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Base64Error::InvalidChar(at) => write!(f, "unexpected character at {at}"),
            Base64Error::Truncated => f.write_str("cut short"),
            Base64Error::NonCanonical => f.write_str("edited last character"),
        }
    }
}

impl std::error::Error for Base64Error {}

/// The value of one alphabet character, or `None`.
fn value(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Whether `c` is one of the 64 base64url characters.
pub fn is_alphabet(c: u8) -> bool {
    value(c).is_some()
}

/// Encodes `bytes` as base64url with no padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // 1 byte -> 2 chars, 2 -> 3, 3 -> 4.
        for i in 0..=chunk.len() {
            let index = (n >> (18 - 6 * i)) & 0x3f;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

/// Decodes unpadded base64url, strictly: padding, whitespace, a cut length or
/// stray low bits are errors, so each byte string has exactly one encoding.
pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let text = text.as_bytes();
    if text.len() % 4 == 1 {
        return Err(Base64Error::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for (chunk_index, chunk) in text.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = value(c).ok_or(Base64Error::InvalidChar(chunk_index * 4 + i))?;
            n |= v << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // 2 chars -> 1 byte, 3 -> 2, 4 -> 3.
        let kept = chunk.len() - 1;
        if bytes[kept..].iter().any(|&b| b != 0) {
            return Err(Base64Error::NonCanonical);
        }
        out.extend_from_slice(&bytes[..kept]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_matches_value_table() {
        for (i, &c) in ALPHABET.iter().enumerate() {
            assert_eq!(value(c), Some(i as u32));
        }
        assert_eq!((0u8..=255).filter(|&c| is_alphabet(c)).count(), 64);
    }
}
