//! Decimal numbers as people type them and as SVG wants them, without the
//! float parser and formatter of `core` (their tables alone are tens of KB of
//! wasm in the first-load app; a weight is whole thousandths anyway).

/// Why a text is not a decimal number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalError {
    /// Not digits with at most one `.` or `,` (and an optional sign).
    NotANumber,
    /// More than `limit` in magnitude (see [`parse_milli`]).
    TooLarge,
}

/// Parses "142.5", "142,5", "+5", "-2.5", ".5" or "5." into whole thousandths,
/// exactly: digits past the third decimal round half away from zero. The
/// magnitude must not exceed `limit` whole units. No exponents, `inf` or `NaN`.
pub fn parse_milli(text: &str, limit: i64) -> Result<i64, DecimalError> {
    let text = text.trim();
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, frac) = match digits.find(['.', ',']) {
        Some(at) => (&digits[..at], &digits[at + 1..]),
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && frac.is_empty() || !all_digits(whole) || !all_digits(frac) {
        return Err(DecimalError::NotANumber);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 18 {
        return Err(DecimalError::TooLarge);
    }
    let mut value: i64 = whole.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0'));
    if value > limit {
        return Err(DecimalError::TooLarge);
    }
    let mut places = frac.bytes().map(|b| i64::from(b - b'0'));
    for _ in 0..3 {
        value = value * 10 + places.next().unwrap_or(0);
    }
    if places.next().is_some_and(|d| d >= 5) {
        value += 1;
    }
    if value > limit * 1000 {
        return Err(DecimalError::TooLarge);
    }
    Ok(if negative { -value } else { value })
}

/// `v` with one decimal ("12.5", "-0.3", "7.0"), rounded half away from zero;
/// what SVG coordinates need. Non-finite values print as "0.0".
pub fn tenths_text(v: f64) -> String {
    let tenths = if v.is_finite() {
        (v * 10.0).round() as i64
    } else {
        0
    };
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_lifters_type() {
        assert_eq!(parse_milli("142.5", 2000), Ok(142_500));
        assert_eq!(parse_milli(" 142,5 ", 2000), Ok(142_500));
        assert_eq!(parse_milli("+5", 2000), Ok(5_000));
        assert_eq!(parse_milli("-2.5", 2000), Ok(-2_500));
        assert_eq!(parse_milli(".5", 2000), Ok(500));
        assert_eq!(parse_milli("5.", 2000), Ok(5_000));
        assert_eq!(parse_milli("007", 2000), Ok(7_000));
        assert_eq!(parse_milli("1.2345", 2000), Ok(1_235));
        assert_eq!(parse_milli("1.2344", 2000), Ok(1_234));
        assert_eq!(parse_milli("-1.2345", 2000), Ok(-1_235));
        assert_eq!(parse_milli("2000", 2000), Ok(2_000_000));
        assert_eq!(parse_milli("2000.001", 2000), Err(DecimalError::TooLarge));
        assert_eq!(
            parse_milli("99999999999999999999999", 2000),
            Err(DecimalError::TooLarge)
        );
        for bad in [
            "", ".", "-", "+", "1.2.3", "1,2.3", "1e3", "inf", "NaN", "12 kg", "--1", "0x10", "١٢",
        ] {
            assert_eq!(
                parse_milli(bad, 2000),
                Err(DecimalError::NotANumber),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn agrees_with_the_float_parser_on_plain_decimals() {
        // Every 0.001 step up to 60, and a spread of larger ones.
        for milli in (0..60_000).chain((60_000..2_000_000).step_by(997)) {
            let text = format!("{}.{:03}", milli / 1000, milli % 1000);
            let float: f64 = text.parse().unwrap();
            assert_eq!(
                parse_milli(&text, 2000),
                Ok((float * 1000.0).round() as i64),
                "{text}"
            );
        }
    }

    #[test]
    fn tenths_match_the_float_formatter_away_from_ties() {
        for i in -2000..2000 {
            let v = f64::from(i) * 0.37 + 0.01;
            // core rounds exact ties to even; coordinates don't care.
            if ((v * 10.0).abs().fract() - 0.5).abs() < 1e-9 {
                continue;
            }
            assert_eq!(tenths_text(v), format!("{v:.1}"), "{v}");
        }
        assert_eq!(tenths_text(-0.04), "0.0");
        assert_eq!(tenths_text(f64::NAN), "0.0");
    }
}
