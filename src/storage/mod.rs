//! The only module that touches localStorage: one key holding the versioned
//! document (`liftsheet_domain::store`), read once at start, written after
//! every change, merged with what another tab wrote.
//!
//! Until the document's chunk is here, the app's first part only reads the
//! document ([`peek`]): a max saved on the calculator meanwhile goes to the
//! [`outbox`] (a second localStorage key), which the document takes in once
//! open. Per-tab scratch state (calculator drafts) lives in sessionStorage,
//! also here. Older builds also kept copies of the screens
//! ([`SNAPSHOT_KEY`]): removed when the document opens.
//!
//! Never loses data: a stored text that can't be read (corrupt, or from a newer
//! version) is left exactly as it is and the app goes read-only, offering it as a
//! download; a failed write (quota) leaves the previous text in place.

pub mod backup_file;
pub mod calculator_view;
pub mod erase;
pub mod outbox;

use liftsheet_domain::store::{self, CalculatorView, StoreError, StoredDocument};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The localStorage key of the document.
pub const KEY: &str = "liftsheet";

/// How persistence is going, as the lifter is told.
#[derive(Clone, Debug, PartialEq)]
pub enum Persistence {
    /// Everything is saved.
    Saved,
    /// The stored data can't be read; it is kept untouched and nothing is written.
    ReadOnly { reason: String },
    /// localStorage is missing or blocked (private mode, settings): nothing is saved.
    Unavailable { reason: String },
    /// The last write failed (usually: storage full); the previous save is intact.
    SaveFailed { reason: String },
}

/// Older builds' copies of the screens they last drew (their boot script's
/// screen cache): they held personal data (notes, bodyweights), so the
/// document removes them when it opens, and a save drops them if it needs the
/// room.
pub const SNAPSHOT_KEY: &str = "liftsheet.snapshot.v1";

/// Writes `text` under `key`; if the store refuses (full), drops the screen
/// copies and tries once more, so a cache never costs the lifter a save.
fn set_making_room(storage: &web_sys::Storage, key: &str, text: &str) -> Result<(), JsValue> {
    storage
        .set_item(key, text)
        .or_else(|first| match storage.get_item(SNAPSHOT_KEY) {
            Ok(Some(_)) if storage.remove_item(SNAPSHOT_KEY).is_ok() => storage.set_item(key, text),
            _ => Err(first),
        })
}

/// A random token rewritten with every save. A tab compares it (a few bytes)
/// with the one it last wrote or read to know whether another tab saved since,
/// instead of reading the whole document back before every write.
pub const TOKEN_KEY: &str = "liftsheet.token";

thread_local! {
    /// The token of the document this tab last wrote or read.
    static LAST_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The footprint of that document: the copy this tab and storage last
    /// agreed on, so a merge keeps what either side took away since
    /// (an undone deletion stays undone: `store::merge_since`).
    static LAST_SEEN: RefCell<store::Footprint> = RefCell::new(store::Footprint::default());
}

fn remember_seen(doc: &StoredDocument) {
    LAST_SEEN.with(|f| *f.borrow_mut() = store::Footprint::of(doc));
}

fn last_seen() -> store::Footprint {
    LAST_SEEN.with(|f| f.borrow().clone())
}

fn remember_token(storage: &web_sys::Storage) {
    let token = storage.get_item(TOKEN_KEY).ok().flatten();
    LAST_TOKEN.with(|t| *t.borrow_mut() = token);
}

fn new_token() -> String {
    format!(
        "{:x}-{:x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 4_294_967_296.0) as u64
    )
}

fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser has no local storage".into()),
        Err(e) => Err(describe(&e)),
    }
}

/// What the lifter reads when the browser keeps this site from storing
/// anything (private modes, site settings): blocked, not full.
fn blocked(detail: &str) -> String {
    format!(
        "Nothing can be saved on this device: this browser blocks storage for this site ({detail}). \
         Allow site data in its settings, or export a backup before closing the tab."
    )
}

/// Why a write the store refused failed, in the lifter's words: a full store
/// (the quota error, under its names across browsers) says full; any other
/// refusal (a blocked or broken store) says blocked.
fn refused(name: Option<&str>, detail: &str) -> String {
    match name {
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => format!(
            "Your last change could not be saved: this device's storage for Liftsheet is full ({detail}). \
             Your earlier data is intact; free some space or export a backup."
        ),
        _ => format!(
            "Your last change could not be saved: this browser blocked the write ({detail}). \
             Your earlier data is intact; allow site data in its settings, or export a backup."
        ),
    }
}

fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// The characters localStorage holds for this site in Chromium: 5,242,880
/// (10 MiB of UTF-16), keys and values together, found by filling it (the
/// other browsers keep about as much). There is no API that says it, and
/// probing by writing megabytes would cost the lifter a long pause.
const QUOTA_CHARS: usize = 5_242_880;

/// The characters the document can take: the quota less every other key
/// and value this site keeps (the outbox, drafts, another app's), but not
/// the screen copies, which give way to a save (`set_making_room`). `None`
/// when there is no storage (nothing can be saved anyway).
pub fn room() -> Option<usize> {
    let storage = local_storage().ok()?;
    let mut others = KEY.len();
    for i in 0..storage.length().unwrap_or(0) {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        if key == KEY || key == SNAPSHOT_KEY {
            continue;
        }
        let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
        others += key.len() + value.len();
    }
    Some(QUOTA_CHARS.saturating_sub(others))
}

/// Reads the stored document at start-up.
pub fn load() -> (StoredDocument, Persistence) {
    let storage = match local_storage() {
        Ok(storage) => {
            let _ = storage.remove_item(SNAPSHOT_KEY);
            storage
        }
        Err(reason) => {
            return (
                StoredDocument::default(),
                Persistence::Unavailable {
                    reason: blocked(&reason),
                },
            )
        }
    };
    match storage.get_item(KEY) {
        Ok(None) => (StoredDocument::default(), Persistence::Saved),
        Ok(Some(text)) => match store::decode(&text) {
            Ok(doc) => {
                remember_token(&storage);
                remember_seen(&doc);
                (doc, Persistence::Saved)
            }
            Err(error) => (
                StoredDocument::default(),
                Persistence::ReadOnly {
                    reason: error.to_string(),
                },
            ),
        },
        Err(e) => (
            StoredDocument::default(),
            Persistence::Unavailable {
                reason: blocked(&describe(&e)),
            },
        ),
    }
}

/// The raw stored text, exactly as it is (for export, also in read-only mode).
pub fn raw() -> Option<String> {
    local_storage().ok()?.get_item(KEY).ok().flatten()
}

/// What [`save`] did.
pub struct Saved {
    pub persistence: Persistence,
    /// Set when another tab had written in between: the merged document that
    /// was saved, for the app to show.
    pub merged: Option<StoredDocument>,
}

/// Writes `doc`, first merging whatever another tab stored since we last looked
/// (`store::merge`), so neither tab's sets are lost.
pub fn save(doc: &StoredDocument) -> Saved {
    if erase::erased() {
        // The lifter deleted his data: the page reloads, writing nothing.
        return Saved {
            persistence: Persistence::Unavailable {
                reason: "Your data was deleted from this device.".into(),
            },
            merged: None,
        };
    }
    let storage = match local_storage() {
        Ok(storage) => storage,
        Err(reason) => {
            return Saved {
                persistence: Persistence::Unavailable {
                    reason: blocked(&reason),
                },
                merged: None,
            }
        }
    };
    let token = storage.get_item(TOKEN_KEY).ok().flatten();
    let changed_elsewhere = LAST_TOKEN.with(|t| *t.borrow() != token);
    let stored = if changed_elsewhere {
        storage.get_item(KEY).ok().flatten()
    } else {
        None
    };
    let mut merged = None;
    if let Some(stored) = stored {
        match store::decode(&stored) {
            Ok(theirs) => {
                // Another tab's Replace is taken as it is (store::reconcile).
                let (combined, _) = store::reconcile(doc, &theirs, &last_seen());
                if combined != *doc {
                    merged = Some(combined);
                }
            }
            Err(error) => {
                // Another tab (a newer app version?) wrote something we can't
                // read: keep it, stop writing.
                return Saved {
                    persistence: Persistence::ReadOnly {
                        reason: error.to_string(),
                    },
                    merged: None,
                };
            }
        }
    }
    let text = store::encode(merged.as_ref().unwrap_or(doc));
    // The token first: a tab that reads it from now on merges before it writes.
    let token = new_token();
    let _ = set_making_room(&storage, TOKEN_KEY, &token);
    LAST_TOKEN.with(|t| *t.borrow_mut() = Some(token));
    match set_making_room(&storage, KEY, &text) {
        Ok(()) => {
            remember_seen(merged.as_ref().unwrap_or(doc));
            // What this tab took from the outbox is in the document now.
            outbox::settle();
            Saved {
                persistence: Persistence::Saved,
                merged,
            }
        }
        Err(e) => Saved {
            persistence: Persistence::SaveFailed {
                reason: refused(
                    js_sys::Reflect::get(&e, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .as_deref(),
                    &describe(&e),
                ),
            },
            merged: None,
        },
    }
}

/// A document another tab just wrote (from a `storage` event), merged with
/// ours, or taken as it is when it
/// is a newer generation (a Replace there). `Err` if it can't be read.
pub fn external(text: &str, ours: &StoredDocument) -> Result<StoredDocument, StoreError> {
    let theirs = store::decode(text)?;
    // The writer set its token before the document, so this is its token.
    if let Ok(storage) = local_storage() {
        remember_token(&storage);
    }
    let (doc, _) = store::reconcile(ours, &theirs, &last_seen());
    remember_seen(&theirs);
    Ok(doc)
}

/// Asks the browser not to evict our storage under pressure (best effort).
pub fn request_persistence() {
    if let Some(window) = web_sys::window() {
        if let Ok(storage) = window.navigator().storage().persist() {
            // The promise's outcome changes nothing we do; ignore it.
            drop(storage);
        }
    }
}

/// What the first-load app shows: the settings and maxes of the stored document,
/// with the maxes waiting in the [`outbox`] laid over them. `None` when the full app must take over because the store needs more than a
/// plain read (migrating, a newer or damaged document, storage blocked): it
/// reports what is wrong and never overwrites it.
pub fn peek() -> Option<CalculatorView> {
    let mut view = match local_storage().ok()?.get_item(KEY) {
        Ok(None) => CalculatorView::default(),
        Ok(Some(text)) => calculator_view::read(&text)?,
        Err(_) => return None,
    };
    for change in outbox::pending() {
        // A change the document would refuse is the full app's to report.
        let _ = view.maxes.apply(change);
    }
    Some(view)
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

const DRAFT_PREFIX: &str = "liftsheet.draft.";

/// A field's text as this tab last left it (sessionStorage: gone with the tab).
pub fn draft(key: &str) -> Option<String> {
    session_storage()?
        .get_item(&format!("{DRAFT_PREFIX}{key}"))
        .ok()
        .flatten()
}

/// Keeps a field's text for [`draft`]. Best effort: a draft is a convenience,
/// and a full or blocked sessionStorage only means it is not kept.
pub fn set_draft(key: &str, text: &str) {
    if let Some(storage) = session_storage() {
        let key = format!("{DRAFT_PREFIX}{key}");
        let _ = if text.is_empty() {
            storage.remove_item(&key)
        } else {
            storage.set_item(&key, text)
        };
    }
}

/// A change of a lift's training max or 1RM (what the first-load app posts
/// to the [`outbox`]).
pub use liftsheet_domain::maxes::MaxChange;

#[cfg(test)]
mod tests {
    use super::{blocked, refused};

    #[test]
    fn full_says_full_and_blocked_says_blocked() {
        let full = refused(Some("QuotaExceededError"), "quota exceeded");
        assert!(
            full.contains("is full") && full.contains("free some space"),
            "{full}"
        );
        let firefox = refused(Some("NS_ERROR_DOM_QUOTA_REACHED"), "");
        assert!(firefox.contains("is full"), "{firefox}");
        for name in [Some("SecurityError"), None] {
            let refusal = refused(name, "The operation is insecure.");
            assert!(refusal.contains("blocked"), "{refusal}");
            assert!(
                !refusal.contains("space") && !refusal.contains("full"),
                "{refusal}"
            );
        }
        let at_start = blocked("Access is denied for this document.");
        assert!(
            at_start.contains("blocks storage") && !at_start.contains("space"),
            "{at_start}"
        );
    }
}
