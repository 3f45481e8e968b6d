//! The calculator tab: a row of section chips over one section at a time
//! (one file each): estimated max and training max, plates, warm-up.
//!
//! The screen reads a [`CalculatorContext`] rather than the whole app state:
//! [`crate::app::App`] fills it from what the first part read from storage
//! until the document is open, then from the document. The Plates and
//! Warm-up sections come in chunks of their own ([`crate::chunks::Piece`]).

mod bar_choice;
mod one_rep_max;
pub(crate) mod plates;
mod warmup;

pub use one_rep_max::{saved_max_words, OneRepMaxSection, BIG_LIFTS};
pub use plates::PlatesSection;
pub use warmup::WarmupSection;

use crate::chunks::Piece;
use crate::components::lazy::Lazy;
use liftsheet_domain::maxes::{MaxChange, MaxTable};
use liftsheet_domain::store::Settings;
use liftsheet_domain::weight::WeightError;
use liftsheet_domain::{Unit, Weight};
use std::rc::Rc;
use yew::prelude::*;

/// What the calculator screens read and may change, provided by the app that
/// hosts them.
#[derive(Clone, Debug, PartialEq)]
pub struct CalculatorContext {
    /// Unit, bar, plates, rounding and training-max percent.
    pub settings: Rc<Settings>,
    /// The lifter's saved training max and 1RM of each lift.
    pub maxes: Rc<MaxTable>,
    /// Saves or removes a lift's training max or 1RM.
    pub set_max: Callback<MaxChange>,
    /// Whether `maxes` are what is stored: false while the host can't save
    /// (read-only store, failed write), so "Saved" isn't claimed.
    pub stored: bool,
}

/// The calculator context; the screens render under a provider of it.
#[hook]
pub fn use_calculator() -> CalculatorContext {
    use_context::<CalculatorContext>().expect("calculator screens render under a CalculatorContext")
}

/// A `use_state` string that is also kept in this tab's session
/// ([`crate::storage::draft`]) once the lifter changes it: what was typed
/// survives a switch to another tab of the app, a reload, and the move from
/// the first-load app to the full one. Untouched, it follows `initial` (which
/// may come from settings; only the first render's is used). Weights are typed
/// in the lifter's unit, so their keys name it (see [`weight_key`]).
///
/// Not generic (no `impl Into<String>`, no init closure): Yew builds a hook's
/// whole body once per argument type, about 1.4 KB of wasm for each of the
/// calculator's 18 fields.
#[hook]
pub fn use_draft(key: String, initial: String) -> UseStateHandle<String> {
    let state = {
        let key = key.clone();
        use_state(move || crate::storage::draft(&key).unwrap_or(initial))
    };
    let first = use_mut_ref(|| true);
    use_effect_with((*state).clone(), move |text| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            crate::storage::set_draft(&key, text);
        }
    });
    state
}

const SECTION_DRAFT: &str = "calc.section";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Max,
    Plates,
    Warmup,
}

impl Section {
    const ALL: [Section; 3] = [Section::Max, Section::Plates, Section::Warmup];

    /// The fragment that opens this section (`#/calc/plates`).
    fn slug(self) -> &'static str {
        match self {
            Section::Max => "max",
            Section::Plates => "plates",
            Section::Warmup => "warmup",
        }
    }

    /// The section named in the current URL (`#/calc/<slug>`); else the one
    /// this tab last showed (a draft: the bottom tab bar links to plain
    /// `#/calc`); else 1RM & TM.
    fn current() -> Section {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let slug = hash.trim_start_matches("#/calc").trim_start_matches('/');
        let slug = if slug.is_empty() {
            crate::storage::draft(SECTION_DRAFT).unwrap_or_default()
        } else {
            slug.to_string()
        };
        Section::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or(Section::Max)
    }

    /// Puts the section in the URL without a new history entry, so a reload
    /// (or a shared link) opens the same section.
    fn remember(self) {
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let url = format!("#/calc/{}", self.slug());
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    }

    fn name(self) -> &'static str {
        match self {
            Section::Max => "1RM & TM",
            Section::Plates => "Plates",
            Section::Warmup => "Warm-up",
        }
    }
}

#[function_component]
pub fn CalculatorScreen() -> Html {
    let section = use_state(Section::current);
    use_effect_with(*section, |s| {
        crate::storage::set_draft(SECTION_DRAFT, s.slug())
    });
    let chips = Section::ALL.iter().map(|&s| {
        let onclick = {
            let section = section.clone();
            Callback::from(move |_| {
                s.remember();
                section.set(s);
            })
        };
        html! {
            <button type="button" class="chip" aria-pressed={(*section == s).to_string()} {onclick}>
                { s.name() }
            </button>
        }
    });
    html! {
        <section class="screen calculator">
            <div class="subnav" role="group" aria-label="Calculator sections">
                { for chips }
            </div>
            { match *section {
                Section::Max => html! { <OneRepMaxSection /> },
                // In chunks of their own: a first visit opens on 1RM & TM.
                Section::Plates => html! { <Lazy piece={Piece::Plates} /> },
                Section::Warmup => html! { <Lazy piece={Piece::Warmup} /> },
            } }
        </section>
    }
}

/// The draft key of a weight field: "calc.plates.target.kg". A number typed
/// in kg is not offered again after the lifter switches to lb.
pub(crate) fn weight_key(field: &str, unit: Unit) -> String {
    format!("{field}.{unit}")
}

/// A typed weight that must be above zero; `None` while the field is empty
/// (no message until the lifter types something).
pub(crate) fn positive_weight(text: &str, unit: Unit) -> Option<Result<Weight, String>> {
    if text.trim().is_empty() {
        return None;
    }
    Some(match Weight::parse_number(text, unit) {
        Ok(w) if w.is_positive() => Ok(w),
        Ok(_) => Err("Enter a weight above zero.".into()),
        Err(WeightError::Empty) => return None,
        Err(e) => Err(e.to_string()),
    })
}

/// The message of a parsed field, for `Field`'s `error`.
pub(crate) fn error_of<T>(parsed: &Option<Result<T, String>>) -> Option<AttrValue> {
    match parsed {
        Some(Err(e)) => Some(AttrValue::from(e.clone())),
        _ => None,
    }
}

/// A text-updating callback for a `use_state` string.
pub(crate) fn setter(state: &UseStateHandle<String>) -> Callback<String> {
    let state = state.clone();
    Callback::from(move |text: String| state.set(text))
}

/// "squat training max 140 kg", "bench press 1RM removed".
pub fn change_words(change: &MaxChange) -> String {
    let lift = change.lift().as_str();
    let name = BIG_LIFTS
        .iter()
        .find(|(key, _)| *key == lift)
        .map_or_else(|| lift.to_string(), |(_, name)| name.to_ascii_lowercase());
    let kind = saved_max_words(change.kind());
    match change.weight() {
        Some(max) => format!("{name} {kind} {max}"),
        None => format!("{name} {kind} removed"),
    }
}
