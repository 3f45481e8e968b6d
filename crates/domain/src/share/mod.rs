//! Share codec: a program (and, if the lifter chooses, their maxes) as a short
//! text for the URL fragment `#/share/<payload>`, with no server involved.
//!
//! A payload is one format-version character followed by base64url (RFC 4648
//! §5, no padding) of the raw-deflated JSON and a CRC-32 of it; see
//! [`envelope`]. Opening a payload never panics: every bad link (cut, edited,
//! random, huge, from a newer format, carrying an unusable program) is a
//! [`ShareError`] whose Display is a sentence for the lifter.
//!
//! Names are kept as text: markup in a program name stays literal, because the
//! app's views escape text. [`validate`] refuses what no real program holds
//! (control characters, 80+ character names, absurd counts or percentages).

pub mod base64url;
pub mod envelope;
mod error;
pub mod qr;
pub mod validate;

pub use error::{Problem, ShareError};

use crate::program::{Maxes, Program};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What a share link carries: a program and, if the lifter chose to send
/// them, their maxes (lift key → training max, 1RM or working weight, as
/// each lift's [`crate::program::MaxKind`] says).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedProgram {
    pub program: Program,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maxes: Option<Maxes>,
}

/// A program (and maxes) as a payload for `#/share/<payload>`. Refuses what
/// [`decode`] would refuse, so a lifter never sends a link that can't open.
pub fn encode(shared: &SharedProgram) -> Result<String, ShareError> {
    validate(shared)?;
    encode_value(shared)
}

/// Opens a payload from `#/share/<payload>` into a checked program.
pub fn decode(payload: &str) -> Result<SharedProgram, ShareError> {
    let shared: SharedProgram = decode_value(payload)?;
    validate(&shared)?;
    Ok(shared)
}

/// The id a program adopted from this payload gets: `shared-` and the
/// payload's CRC-32 (the codec's own checksum, [`envelope::crc32`]), so
/// the same link always gives the same id and adopting it again finds the
/// copy already there.
pub fn adopted_id(payload: &str) -> String {
    format!("shared-{:08x}", envelope::crc32(payload.as_bytes()))
}

/// Checks that a shared program is usable: names short and free of control
/// characters, counts of cycles, weeks, days and sets within bounds,
/// percentages 0–200 %, reps 1–100, known lifts, positive maxes
/// (bounds in [`validate`](mod@validate)).
pub fn validate(shared: &SharedProgram) -> Result<(), ShareError> {
    validate::shared(shared).map_err(ShareError::Invalid)
}

/// Packs any serialisable value into a payload (JSON, deflate, checksum,
/// base64url). Checks nothing about the value: see [`encode`] for programs.
pub fn encode_value<T: Serialize>(value: &T) -> Result<String, ShareError> {
    // Serialising plain data to JSON fails only for non-string map keys; a
    // value that can't be written can't be shared either.
    let json = serde_json::to_vec(value).map_err(|_| ShareError::Damaged)?;
    envelope::seal(&json)
}

/// Unpacks a payload written by [`encode_value`] into a `T`. Data that opens
/// but isn't a `T` is [`ShareError::Damaged`]: a stable format only changes
/// shape with a new version character.
pub fn decode_value<T: DeserializeOwned>(payload: &str) -> Result<T, ShareError> {
    let json = envelope::open(payload)?;
    // From text, not bytes: the app already carries the string reader's
    // Deserialize code for these types (the store), so this adds none.
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::Damaged)?;
    serde_json::from_str(text).map_err(|_| ShareError::Damaged)
}
