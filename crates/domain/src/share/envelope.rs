//! The envelope around a shared value's bytes: one version character, then
//! base64url of (raw deflate of the bytes ‖ CRC-32 of the bytes, big-endian).
//!
//! - The version comes first and outside the base64 so a newer format is
//!   recognised before anything is decoded.
//! - Raw deflate (RFC 1951) rather than zlib or gzip: our own version
//!   character and checksum make their headers redundant, saving 6–18 bytes.
//! - Deflate starts from a preset dictionary ([`DICTIONARY`], the idea of
//!   zlib's FDICT, RFC 1950 §2.2): text that looks like a program, so the
//!   first `"exercises":[{"lift":` costs a back-reference, not its letters.
//!   It cuts the 5/3/1 BBB link with four maxes from about 1,000 characters
//!   to under 200 (tests/share_program.rs), which is what fits a phone-readable
//!   QR code. Only compression ratio depends on its content, never correctness.
//! - The CRC-32 (IEEE 802.3, the one zlib's `crc32` computes) covers the
//!   deflate stream as sent, so any edit is caught, even one in the padding
//!   bits after the last block that inflate ignores, or one that turns the
//!   stream into another valid stream and so another program. It is checked
//!   after inflating so a cut link still reads as incomplete.
//! - Decompression writes into a fixed buffer of [`MAX_INFLATED`] bytes: a
//!   "zip bomb" link stops there instead of eating the phone's memory.

use super::{base64url, ShareError};
use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// The format version this build writes and reads, as its one character.
pub const VERSION: char = '1';

/// Longest payload accepted, in bytes of text. Checked before any decoding,
/// so a pasted novel costs nothing. A real program link is well under 1 KiB.
pub const MAX_PAYLOAD: usize = 16 * 1024;

/// Most bytes a payload may decompress to.
pub const MAX_INFLATED: usize = 64 * 1024;

/// The preset dictionary of format version 1: the JSON of the built-in GZCLP
/// and 5/3/1 Boring But Big programs (default options) as they serialized
/// when the format was made. It is part of the format: links made with it
/// open only with the same bytes, so it never changes under version `1`
/// (tests/share_program.rs pins its CRC-32). A new dictionary needs a new
/// [`VERSION`].
pub const DICTIONARY: &[u8] = include_bytes!("dictionary-v1.txt");

/// Deflate level: the strongest miniz offers; the input is a few KiB at most.
const LEVEL: u8 = 10;

/// Bytes of checksum after the deflate stream.
const CHECKSUM_LEN: usize = 4;

/// Wraps `bytes` into a payload string.
pub fn seal(bytes: &[u8]) -> Result<String, ShareError> {
    if bytes.len() > MAX_INFLATED {
        return Err(ShareError::TooLarge);
    }
    let mut body = deflate(bytes)?;
    let checksum = crc32(&body);
    body.extend_from_slice(&checksum.to_be_bytes());
    let mut payload = String::with_capacity(1 + body.len().div_ceil(3) * 4);
    payload.push(VERSION);
    payload.push_str(&base64url::encode(&body));
    if payload.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLarge);
    }
    Ok(payload)
}

/// Unwraps a payload string into the bytes that were sealed.
///
/// Leading and trailing whitespace is ignored (it comes with copy and paste);
/// anything else that is not exactly what [`seal`] wrote is an error.
pub fn open(payload: &str) -> Result<Vec<u8>, ShareError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLarge);
    }
    let payload = payload.trim();
    let mut chars = payload.chars();
    let version = chars.next().ok_or(ShareError::Empty)?;
    match version {
        VERSION => {}
        // Later formats take the next digits; anything else was never ours.
        '2'..='9' => return Err(ShareError::NewerVersion),
        _ => return Err(ShareError::NotALink),
    }
    let body = base64url::decode(chars.as_str()).map_err(|e| match e {
        base64url::Base64Error::Truncated => ShareError::Incomplete,
        _ => ShareError::Damaged,
    })?;
    let (bytes, used) = inflate(&body)?;
    let checksum: [u8; CHECKSUM_LEN] = match body.len() - used {
        CHECKSUM_LEN => body[used..].try_into().map_err(|_| ShareError::Damaged)?,
        n if n < CHECKSUM_LEN => return Err(ShareError::Incomplete),
        _ => return Err(ShareError::Damaged),
    };
    if u32::from_be_bytes(checksum) != crc32(&body[..used]) {
        return Err(ShareError::Damaged);
    }
    Ok(bytes)
}

/// Raw deflate of `bytes`, primed with [`DICTIONARY`].
pub fn deflate(bytes: &[u8]) -> Result<Vec<u8>, ShareError> {
    // Window bits 0: raw deflate, no zlib header.
    let mut compressor =
        CompressorOxide::new(create_comp_flags_from_zip_params(i32::from(LEVEL), 0, 0));
    // Feed the dictionary and throw its output away: a sync flush ends it on
    // a byte boundary, and the compressor keeps it as history to match against.
    let (status, _) = compress_to_output(&mut compressor, DICTIONARY, TDEFLFlush::Sync, |_| true);
    if status != TDEFLStatus::Okay {
        return Err(ShareError::TooLarge);
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 + 16);
    let (status, _) = compress_to_output(&mut compressor, bytes, TDEFLFlush::Finish, |chunk| {
        out.extend_from_slice(chunk);
        true
    });
    match status {
        TDEFLStatus::Done => Ok(out),
        // Not expected from an in-memory compressor; still no panic.
        _ => Err(ShareError::TooLarge),
    }
}

/// Inflates one raw deflate stream from the start of `input` into at most
/// [`MAX_INFLATED`] bytes, with [`DICTIONARY`] as history; returns them and
/// how many input bytes the stream used.
pub fn inflate(input: &[u8]) -> Result<(Vec<u8>, usize), ShareError> {
    // The dictionary sits in front of the output, so back-references into it
    // resolve like references to earlier output.
    let start = DICTIONARY.len();
    let mut out = vec![0u8; start + MAX_INFLATED];
    out[..start].copy_from_slice(DICTIONARY);
    let mut state = Box::<DecompressorOxide>::default();
    // The whole input is here and the output buffer is the whole output, so
    // one call either finishes or fails.
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, used, written) = decompress(&mut state, input, &mut out, start, flags);
    match status {
        TINFLStatus::Done if used <= input.len() && start + written <= out.len() => {
            out.truncate(start + written);
            out.drain(..start);
            Ok((out, used))
        }
        TINFLStatus::HasMoreOutput => Err(ShareError::TooLarge),
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
            Err(ShareError::Incomplete)
        }
        _ => Err(ShareError::Damaged),
    }
}

/// CRC-32 (reflected polynomial 0xEDB88320), bit by bit: payloads are small,
/// and skipping the 1 KiB table keeps the wasm smaller.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        // The standard check value of CRC-32/ISO-HDLC (zlib's crc32).
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn trailing_bytes_after_the_checksum_are_rejected() {
        let mut body = deflate(b"hello").unwrap();
        body.extend_from_slice(&crc32(&body).to_be_bytes());
        let good = format!("{VERSION}{}", base64url::encode(&body));
        assert_eq!(open(&good).as_deref(), Ok(&b"hello"[..]));
        body.extend_from_slice(&[0, 0, 0]);
        let long = format!("{VERSION}{}", base64url::encode(&body));
        assert_eq!(open(&long), Err(ShareError::Damaged));
    }

    #[test]
    fn the_dictionary_is_used_and_needed() {
        let bytes = &DICTIONARY[DICTIONARY.len() - 2000..];
        let primed = deflate(bytes).unwrap();
        let plain = miniz_oxide::deflate::compress_to_vec(bytes, LEVEL);
        // A handful of 258-byte matches into the dictionary (RFC 1951's
        // longest) instead of a whole stream.
        assert!(
            primed.len() < 40 && plain.len() > 200,
            "{} {}",
            primed.len(),
            plain.len()
        );
        assert_eq!(inflate(&primed).map(|(b, _)| b).as_deref(), Ok(bytes));
        // Without the dictionary as history the references point before the start.
        assert!(miniz_oxide::inflate::decompress_to_vec(&primed).is_err());
    }

    #[test]
    fn a_bomb_stops_at_the_cap() {
        let big = vec![b'a'; MAX_INFLATED + 1];
        let mut body = deflate(&big).unwrap();
        body.extend_from_slice(&crc32(&body).to_be_bytes());
        let bomb = format!("{VERSION}{}", base64url::encode(&body));
        // Deflate makes 64 KiB of one letter tiny, so the text limit can't catch it.
        assert!(bomb.len() < 1024, "{}", bomb.len());
        assert_eq!(open(&bomb), Err(ShareError::TooLarge));
    }
}
