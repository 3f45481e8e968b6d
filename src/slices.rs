//! Long work in slices that let the page breathe: between slices the browser
//! draws, and answers taps. A slice is a number of units of work (rows, sets,
//! sessions), learnt as it goes to take about [`SLICE_MS`] on this device.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

/// What a slice aims to take: well under the 200 ms a page may hold the
/// main thread, and under the 50 ms at which a tap feels slow.
const SLICE_MS: f64 = 40.0;

/// How much work the next slice does.
pub struct Pace {
    work: usize,
    started: f64,
}

impl Pace {
    /// A first slice of `work` units; later ones are sized by how long the
    /// slices before them took.
    pub fn new(work: usize) -> Pace {
        Pace {
            work: work.max(1),
            started: js_sys::Date::now(),
        }
    }

    /// Units of work for this slice.
    pub fn work(&self) -> usize {
        self.work
    }

    /// Ends a slice (of [`Pace::work`] units): sizes the next by how long
    /// this one took (at most four times more or less), then yields to the
    /// browser until it has had its turn.
    pub async fn breathe(&mut self) {
        let took = js_sys::Date::now() - self.started;
        let scale = if took < 1.0 {
            4.0
        } else {
            (SLICE_MS / took).clamp(0.25, 4.0)
        };
        self.work = ((self.work as f64 * scale) as usize).max(1);
        breathe().await;
        self.started = js_sys::Date::now();
    }
}

/// Yields to the browser: resolves in a task of its own, after what is
/// waiting (drawing, input).
pub async fn breathe() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let timer = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
        if !matches!(timer, Some(Ok(_))) {
            // No timers (no window): go on at once rather than never.
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Bytes of a file read at a time: a few ms to copy.
const FILE_PART: f64 = 4_194_304.0;

/// A file's text (UTF-8; a leading byte-order mark dropped, bytes that are
/// no UTF-8 read as U+FFFD, as `Blob.text()` reads it), a part at a time: a
/// 25 MB text taken in one piece held the page for over 400 ms. `None` if
/// the browser can't read it.
pub async fn file_text(file: &Blob) -> Option<String> {
    let size = file.size();
    let mut bytes = Vec::with_capacity(size as usize);
    let mut at = 0.0;
    while at < size {
        let end = (at + FILE_PART).min(size);
        let part = file.slice_with_f64_and_f64(at, end).ok()?;
        let buffer = JsFuture::from(part.array_buffer()).await.ok()?;
        let part = js_sys::Uint8Array::new(&buffer);
        let start = bytes.len();
        bytes.resize(start + part.length() as usize, 0);
        part.copy_to(&mut bytes[start..]);
        at = end;
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    Some(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}
