//! QR codes of share links: well-formed SVG, quiet zone, sizes.

use liftsheet_domain::share::{qr, ShareError};

/// The `viewBox` side of an SVG made by `qr::svg`.
fn view_side(svg: &str) -> i32 {
    let start = svg.find("viewBox=\"0 0 ").expect("viewBox") + "viewBox=\"0 0 ".len();
    let rest = &svg[start..];
    let w: i32 = rest[..rest.find(' ').unwrap()].parse().unwrap();
    let h: i32 = rest[rest.find(' ').unwrap() + 1..rest.find('"').unwrap()]
        .parse()
        .unwrap();
    assert_eq!(w, h, "square");
    w
}

/// The rectangles (x, y, width) of the path: one per run of dark modules.
fn runs(svg: &str) -> Vec<(i32, i32, i32)> {
    let start = svg.find(" d=\"").expect("path data") + 4;
    let d = &svg[start..start + svg[start..].find('"').unwrap()];
    d.split('z')
        .filter(|s| !s.is_empty())
        .map(|cmd| {
            // "M{x} {y}h{w}v1h-{w}"
            let cmd = cmd.strip_prefix('M').expect("move");
            let (x, rest) = cmd.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let (w, rest) = rest.split_once("v1h-").unwrap();
            assert_eq!(w, rest, "closed rectangle");
            (x.parse().unwrap(), y.parse().unwrap(), w.parse().unwrap())
        })
        .collect()
}

#[test]
fn svg_is_one_path_with_a_view_box() {
    let svg = qr::svg("https://example.org/#/share/1abc").unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches("<path").count(), 1);
    assert_eq!(svg.matches("<svg").count(), 1);
    // The text itself is not embedded (nothing to escape).
    assert!(!svg.contains("example.org/#"));
}

#[test]
fn modules_sit_inside_the_quiet_zone() {
    let text = "https://example.org/#/share/1abc";
    let svg = qr::svg(text).unwrap();
    let version = qr::version_for(text).unwrap() as i32;
    let size = 17 + 4 * version;
    assert_eq!(view_side(&svg), size + 2 * qr::QUIET_ZONE);
    let runs = runs(&svg);
    assert!(!runs.is_empty());
    for (x, y, w) in runs {
        assert!(x >= qr::QUIET_ZONE && y >= qr::QUIET_ZONE && w >= 1);
        assert!(x + w <= qr::QUIET_ZONE + size && y < qr::QUIET_ZONE + size);
    }
}

#[test]
fn finder_pattern_top_left() {
    // ISO/IEC 18004 §6.3.3: a 7x7 finder in each corner but bottom right;
    // its top row is seven dark modules in one run.
    let svg = qr::svg("LIFTSHEET").unwrap();
    let q = qr::QUIET_ZONE;
    assert!(runs(&svg).contains(&(q, q, 7)));
}

#[test]
fn versions_grow_with_the_text() {
    assert_eq!(qr::version_for("1"), Ok(1));
    let short = qr::version_for(&"a".repeat(100)).unwrap();
    let long = qr::version_for(&"a".repeat(1000)).unwrap();
    assert!(short < long && long <= 40);
}

#[test]
fn too_long_for_any_qr_code() {
    // Version 40 at level M holds 2331 bytes (ISO/IEC 18004 Table 7).
    assert_eq!(qr::version_for(&"a".repeat(2331)), Ok(40));
    let text = "a".repeat(2332);
    assert_eq!(qr::version_for(&text), Err(ShareError::TooLongForQr));
    assert_eq!(qr::svg(&text), Err(ShareError::TooLongForQr));
}
