//! A share link as a QR code, drawn as a small SVG, so a lifter can hand a
//! program to the phone next to them.
//!
//! Error correction is level M (about 15 % of the code can be damaged and still
//! read, ISO/IEC 18004 §4.15): a code shown on a screen is clean, but glare and
//! a shaky hand are real. The encoder raises the level for free when the text
//! still fits the same version.

use super::ShareError;
use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// Error-correction level used for every code.
pub const ECC: QrCodeEcc = QrCodeEcc::Medium;

/// Light modules around the code, in modules: the minimum the standard asks
/// for (ISO/IEC 18004 §6.3.8).
pub const QUIET_ZONE: i32 = 4;

/// Encodes `text`, choosing the smallest version that holds it.
fn code(text: &str) -> Result<QrCode, ShareError> {
    QrCode::encode_text(text, ECC).map_err(|_| ShareError::TooLongForQr)
}

/// The QR version (1–40; version `v` is `17 + 4v` modules a side) that `text`
/// needs at level M.
pub fn version_for(text: &str) -> Result<u8, ShareError> {
    Ok(code(text)?.version().value())
}

/// `text` as a QR code in SVG: a white square and one black `<path>` of module
/// runs, a [`QUIET_ZONE`] border, and a `viewBox` in modules so it scales to any
/// size without blur (`shape-rendering="crispEdges"`).
pub fn svg(text: &str) -> Result<String, ShareError> {
    let qr = code(text)?;
    let size = qr.size();
    let side = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            // One rectangle per run of dark modules in a row.
            let run = x - start;
            let _ = write!(
                path,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    Ok(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" "#,
            r#"shape-rendering="crispEdges">"#,
            r##"<rect width="{side}" height="{side}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/></svg>"##
        ),
        side = side,
        path = path
    ))
}
