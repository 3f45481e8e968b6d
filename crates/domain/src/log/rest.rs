//! The rest timer between sets, as plain arithmetic on timestamps.
//!
//! The timer is computed from the moment it started, never by counting ticks:
//! a phone that puts the tab to sleep for two minutes still shows the right
//! time left when it wakes up.

use super::{Session, SetKind};

/// A rest running between sets, kept with the session in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rest {
    /// `Date.now()` (ms since the epoch) when the rest started.
    pub started_ms: f64,
    /// Its length.
    pub seconds: u32,
    /// The kind of set it follows.
    pub after: SetKind,
}

/// The shortest rest [`Session::adjust_rest`] leaves.
pub const MIN_REST_SECS: u32 = 15;

impl Session {
    /// The rest length after a set of `kind`: what the lifter set this
    /// session for that kind (main work covers work and AMRAP sets), else
    /// [`default_rest_secs`].
    pub fn rest_length(&self, kind: SetKind) -> u32 {
        self.rest_lengths
            .iter()
            .find(|(k, _)| rest_group(*k) == rest_group(kind))
            .map(|(_, s)| *s)
            .unwrap_or_else(|| default_rest_secs(kind))
    }

    /// Starts a rest after a set of `kind`, at `now_ms`, of the length
    /// [`Session::rest_length`] gives.
    pub fn start_rest(&mut self, now_ms: f64, kind: SetKind) {
        self.rest = Some(Rest {
            started_ms: now_ms,
            seconds: self.rest_length(kind),
            after: kind,
        });
        self.touch();
    }

    /// Lengthens (or, negative, shortens) the running rest by `by` seconds,
    /// kept between [`MIN_REST_SECS`] and [`MAX_REST_SECS`], and remembers the
    /// new length for the next rest after the same kind of set. No rest
    /// running: nothing happens.
    pub fn adjust_rest(&mut self, by: i32) {
        let Some(rest) = self.rest.as_mut() else {
            return;
        };
        let secs = (i64::from(rest.seconds) + i64::from(by))
            .clamp(i64::from(MIN_REST_SECS), i64::from(MAX_REST_SECS)) as u32;
        rest.seconds = secs;
        let kind = rest.after;
        self.rest_lengths
            .retain(|(k, _)| rest_group(*k) != rest_group(kind));
        self.rest_lengths.push((kind, secs));
        self.touch();
    }

    /// Stops the running rest.
    pub fn stop_rest(&mut self) {
        if self.rest.take().is_some() {
            self.touch();
        }
    }
}

/// Kinds that share a rest length: work and AMRAP sets are both main work.
fn rest_group(kind: SetKind) -> u8 {
    match kind {
        SetKind::Warmup => 0,
        SetKind::Work | SetKind::Amrap => 1,
        SetKind::Supplemental => 2,
        SetKind::Accessory | SetKind::Hold => 3,
    }
}

/// Default rest after a set of `kind`, in seconds: 3 min after main work
/// (work and AMRAP sets), 2 min after supplemental volume, 90 s after
/// accessories, 1 min after a warm-up set.
pub fn default_rest_secs(kind: SetKind) -> u32 {
    match kind {
        SetKind::Work | SetKind::Amrap => 180,
        SetKind::Supplemental => 120,
        SetKind::Accessory | SetKind::Hold => 90,
        SetKind::Warmup => 60,
    }
}

/// The longest rest the timer accepts (an hour).
pub const MAX_REST_SECS: u32 = 3600;

/// Whole seconds left of a `duration_secs` rest started at `started_ms`
/// (milliseconds on any clock), at `now_ms` on the same clock. Rounds up, so
/// the display shows 0:00 only once the time is really over; a clock that
/// went backwards shows the full duration.
pub fn remaining_secs(started_ms: f64, now_ms: f64, duration_secs: u32) -> u32 {
    let total_ms = f64::from(duration_secs) * 1000.0;
    let elapsed = if now_ms.is_finite() && started_ms.is_finite() {
        (now_ms - started_ms).max(0.0)
    } else {
        0.0
    };
    let left = (total_ms - elapsed).max(0.0);
    (left / 1000.0).ceil() as u32
}

/// `m:ss` ("3:00", "0:07", "61:40").
pub fn clock(secs: u32) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Reads a rest length typed as seconds ("90"), minutes and seconds ("1:30")
/// or minutes with an "m" ("3m", "2.5m"). `None` when it isn't one, is zero,
/// or is over [`MAX_REST_SECS`].
pub fn parse_rest(text: &str) -> Option<u32> {
    let text = text.trim().to_lowercase();
    let secs = if let Some((m, s)) = text.split_once(':') {
        let m: u32 = m.trim().parse().ok()?;
        let s: u32 = s.trim().parse().ok()?;
        if s >= 60 {
            return None;
        }
        m.checked_mul(60)?.checked_add(s)?
    } else if let Some(m) = text.strip_suffix('m').or_else(|| text.strip_suffix("min")) {
        // Thousandths of a minute, exactly (no float parser: small wasm).
        let milli = crate::decimal::parse_milli(m, i64::from(MAX_REST_SECS)).ok()?;
        if milli <= 0 {
            return None;
        }
        u32::try_from((milli * 60 + 500) / 1000).ok()?
    } else {
        text.parse().ok()?
    };
    (secs > 0 && secs <= MAX_REST_SECS).then_some(secs)
}

/// Whole seconds held of a hold started at `started_ms`, at `now_ms` (the same
/// clock as [`remaining_secs`]), never more than `target_secs`: the countdown
/// stops there and a lifter who drops early logs what he held. Rounds down, so
/// a hold is never credited with a second not yet held.
pub fn held_secs(started_ms: f64, now_ms: f64, target_secs: u32) -> u32 {
    let elapsed = if now_ms.is_finite() && started_ms.is_finite() {
        (now_ms - started_ms).max(0.0)
    } else {
        0.0
    };
    let whole = (elapsed / 1000.0).floor();
    if whole >= f64::from(target_secs) {
        target_secs
    } else {
        whole as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_by_kind() {
        assert_eq!(default_rest_secs(SetKind::Work), 180);
        assert_eq!(default_rest_secs(SetKind::Amrap), 180);
        assert_eq!(default_rest_secs(SetKind::Accessory), 90);
        assert!(default_rest_secs(SetKind::Warmup) < default_rest_secs(SetKind::Work));
    }

    #[test]
    fn remaining_comes_from_the_start_time_not_ticks() {
        let start = 1_000_000.0;
        assert_eq!(remaining_secs(start, start, 180), 180);
        assert_eq!(remaining_secs(start, start + 1.0, 180), 180);
        assert_eq!(remaining_secs(start, start + 1000.0, 180), 179);
        // The tab slept for two minutes: no ticks ran, the time is still right.
        assert_eq!(remaining_secs(start, start + 120_500.0, 180), 60);
        assert_eq!(remaining_secs(start, start + 180_000.0, 180), 0);
        assert_eq!(remaining_secs(start, start + 999_999.0, 180), 0);
        // A clock that went backwards, or garbage, doesn't go over the duration.
        assert_eq!(remaining_secs(start, start - 5000.0, 90), 90);
        assert_eq!(remaining_secs(f64::NAN, start, 90), 90);
    }

    #[test]
    fn a_rest_lives_on_the_session_and_remembers_adjusted_lengths() {
        use crate::date::Date;
        use crate::log::SessionId;
        let mut s = Session::new(SessionId::new("a"), Date::from_ymd(2024, 3, 5).unwrap());
        s.start_rest(1000.0, SetKind::Work);
        assert_eq!(
            s.rest,
            Some(Rest {
                started_ms: 1000.0,
                seconds: 180,
                after: SetKind::Work
            })
        );
        let rev = s.revision;
        s.adjust_rest(30);
        assert!(s.revision > rev);
        assert_eq!(s.rest.unwrap().seconds, 210);
        s.stop_rest();
        assert_eq!(s.rest, None);
        // Remembered for main work (AMRAP too), not for warm-ups.
        s.start_rest(5000.0, SetKind::Amrap);
        assert_eq!(s.rest.unwrap().seconds, 210);
        s.start_rest(6000.0, SetKind::Warmup);
        assert_eq!(s.rest.unwrap().seconds, 60);
        s.adjust_rest(-100);
        assert_eq!(s.rest.unwrap().seconds, MIN_REST_SECS);
        assert_eq!(s.rest_length(SetKind::Work), 210);
        // Survives the stored form; finishing clears it.
        let json = serde_json::to_string(&s).unwrap();
        let back: Session = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
        s.finish();
        assert_eq!((s.rest, s.rest_lengths.len()), (None, 0));
        assert!(!serde_json::to_string(&s).unwrap().contains("\"z\""));
    }

    #[test]
    fn clock_is_minutes_and_two_digit_seconds() {
        assert_eq!(clock(180), "3:00");
        assert_eq!(clock(7), "0:07");
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(3700), "61:40");
    }

    #[test]
    fn parses_rest_lengths() {
        assert_eq!(parse_rest("90"), Some(90));
        assert_eq!(parse_rest("1:30"), Some(90));
        assert_eq!(parse_rest(" 3m "), Some(180));
        assert_eq!(parse_rest("2.5m"), Some(150));
        assert_eq!(parse_rest("2,5 min"), Some(150));
        assert_eq!(parse_rest("0"), None);
        assert_eq!(parse_rest("1:75"), None);
        assert_eq!(parse_rest("abc"), None);
        assert_eq!(parse_rest("99999"), None);
        assert_eq!(parse_rest("-3m"), None);
    }

    #[test]
    fn a_hold_counts_whole_seconds_up_to_its_target() {
        assert_eq!(held_secs(1_000.0, 1_000.0, 45), 0);
        assert_eq!(held_secs(1_000.0, 38_999.0, 45), 37);
        assert_eq!(held_secs(1_000.0, 39_000.0, 45), 38);
        assert_eq!(held_secs(1_000.0, 500_000.0, 45), 45);
        // A clock that went backwards, or no clock at all: nothing held yet.
        assert_eq!(held_secs(9_000.0, 1_000.0, 45), 0);
        assert_eq!(held_secs(f64::NAN, 1_000.0, 45), 0);
        assert_eq!(held_secs(0.0, f64::INFINITY, 45), 0);
    }
}
