//! The calculator tab: a row of section chips over one section at a time
//! (one file each): estimated max and training max, plates, warm-up.

mod one_rep_max;
mod plates;
mod warmup;

pub use one_rep_max::OneRepMaxSection;
pub use plates::PlatesSection;
pub use warmup::WarmupSection;

use liftsheet_domain::weight::WeightError;
use liftsheet_domain::{Unit, Weight};
use yew::prelude::*;

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

    /// The section named in the current URL (`#/calc/<slug>`), 1RM & TM if none.
    fn from_location() -> Section {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let slug = hash.trim_start_matches("#/calc").trim_start_matches('/');
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
    let section = use_state(Section::from_location);
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
                Section::Plates => html! { <PlatesSection /> },
                Section::Warmup => html! { <WarmupSection /> },
            } }
        </section>
    }
}

/// A typed weight that must be above zero; `None` while the field is empty
/// (no message until the lifter types something).
pub(crate) fn positive_weight(text: &str, unit: Unit) -> Option<Result<Weight, String>> {
    if text.trim().is_empty() {
        return None;
    }
    Some(match Weight::parse(text, unit) {
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
