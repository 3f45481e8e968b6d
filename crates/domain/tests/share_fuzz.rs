//! A million hostile payloads through the decoder: random text, and cuts,
//! bit flips, insertions and deletions of a real link. None may panic; each
//! must come back as a value or a typed error.
//!
//! A plain test with a seeded PRNG instead of proptest: proptest's shrinking
//! machinery is far too slow for a million cases in the debug profile.

use liftsheet_domain::program::{builtin, Maxes};
use liftsheet_domain::share::{self, ShareError, SharedProgram};
use liftsheet_domain::Weight;
use std::time::Instant;

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, seeded, good enough to fuzz.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const CASES: usize = 1_000_000;
const BASE64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The 5/3/1 BBB link with four maxes: the link most lifters will send.
fn original() -> SharedProgram {
    SharedProgram {
        program: builtin::build("531-bbb", &Default::default()).unwrap(),
        maxes: Some(
            Maxes::new()
                .with("squat", Weight::kg(140.0))
                .with("bench", Weight::kg(100.0))
                .with("deadlift", Weight::kg(180.0))
                .with("press", Weight::kg(60.0)),
        ),
    }
}

/// One hostile variant of `valid`, or random text.
fn variant(rng: &mut SplitMix, valid: &[u8]) -> Vec<u8> {
    let mut bytes = valid.to_vec();
    match rng.below(8) {
        // Random base64url text, sometimes behind our version character.
        0 => {
            let len = rng.below(700);
            bytes = (0..len).map(|_| BASE64URL[rng.below(64)]).collect();
            if rng.below(2) == 0 {
                bytes.insert(0, b'1');
            }
        }
        // Random bytes (the decoder takes &str, so made valid UTF-8 below).
        1 => {
            let len = rng.below(200);
            bytes = (0..len).map(|_| rng.next() as u8).collect();
        }
        // Truncation.
        2 => bytes.truncate(rng.below(bytes.len() + 1)),
        // Bit flips.
        3 => {
            for _ in 0..=rng.below(3) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
        }
        // Replace a character by another base64url character (stays decodable).
        4 => {
            for _ in 0..=rng.below(3) {
                let at = 1 + rng.below(bytes.len() - 1);
                bytes[at] = BASE64URL[rng.below(64)];
            }
        }
        // Insert characters.
        5 => {
            for _ in 0..=rng.below(4) {
                let at = rng.below(bytes.len() + 1);
                bytes.insert(at, BASE64URL[rng.below(64)]);
            }
        }
        // Delete a span.
        6 => {
            let at = rng.below(bytes.len());
            let len = 1 + rng.below(8);
            bytes.drain(at..(at + len).min(bytes.len()));
        }
        // Splice two cuts of the payload together.
        _ => {
            let a = rng.below(bytes.len());
            let b = rng.below(bytes.len());
            let tail = valid[b..].to_vec();
            bytes.truncate(a);
            bytes.extend_from_slice(&tail);
        }
    }
    bytes
}

#[test]
fn a_million_hostile_payloads_never_panic() {
    let original = original();
    let valid = share::encode(&original).unwrap();
    let mut rng = SplitMix(0x05EE_D1F7_2026);
    let started = Instant::now();
    let (mut ok, mut errors) = (0usize, [0usize; 8]);
    for _ in 0..CASES {
        let bytes = variant(&mut rng, valid.as_bytes());
        let text = String::from_utf8_lossy(&bytes);
        match share::decode(&text) {
            Ok(value) => {
                // Only an unchanged link (a cut at the very end, a splice of a
                // cut with itself) may open, and then to the same value: the
                // checksum catches every edit.
                assert_eq!(value, original, "{text}");
                ok += 1;
            }
            Err(e) => {
                let slot = match e {
                    ShareError::Empty => 0,
                    ShareError::Incomplete => 1,
                    ShareError::Damaged => 2,
                    ShareError::NewerVersion => 3,
                    ShareError::NotALink => 4,
                    ShareError::TooLarge => 5,
                    _ => 6,
                };
                errors[slot] += 1;
                // Every error has a message for the lifter.
                assert!(!e.to_string().is_empty());
            }
        }
    }
    let elapsed = started.elapsed();
    eprintln!("{CASES} payloads in {elapsed:?}: {ok} opened, errors [empty, incomplete, damaged, newer, not-a-link, too-large, other] = {errors:?}");
    // The mutations must reach every layer, not stop at the first check.
    assert!(errors[1] > 0 && errors[2] > 0 && errors[3] > 0 && errors[4] > 0);
    // Some variants are the untouched link: they must open.
    assert!(ok > 0);
}
