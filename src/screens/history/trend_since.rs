//! "Trend since [date]": the change of an exercise's e1RM from its first
//! estimate on or after the chosen date to its latest (8 weeks back unless
//! the lifter picks another date).

use crate::clock;
use liftsheet_domain::date::Date;
use liftsheet_domain::records::chart::{date_label, shown};
use liftsheet_domain::records::progress::trend;
use liftsheet_domain::records::E1rmPoint;
use liftsheet_domain::Unit;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendSinceProps {
    /// Best e1RM per date, oldest first, in `unit`.
    pub series: Vec<E1rmPoint>,
    pub unit: Unit,
}

/// What the trend says, or why there is none.
fn trend_text(series: &[E1rmPoint], since: Date) -> String {
    let label = date_label(since, 0);
    match trend(series, since) {
        Some(t) => format!(
            "{} since {label} ({} on {} to {} on {}).",
            t.text(),
            shown(t.from.e1rm),
            t.from.date,
            shown(t.to.e1rm),
            t.to.date
        ),
        None => match series.iter().rfind(|p| p.date >= since) {
            Some(p) => format!(
                "One estimate since {label}: {} on {}.",
                shown(p.e1rm),
                p.date
            ),
            None => format!("No estimates since {label}."),
        },
    }
}

#[function_component]
pub fn TrendSince(props: &TrendSinceProps) -> Html {
    let text = use_state(|| {
        let today = clock::today();
        today.add_days(-56).unwrap_or(today).to_string()
    });
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        })
    };
    let parsed = Date::parse(text.trim());
    let error = parsed
        .as_ref()
        .err()
        .map(|_| "Pick a date (year-month-day).".to_string());
    html! {
        <div class="trend">
            <div class="field">
                <label for="trend-since">{"Trend since"}</label>
                <input id="trend-since" type="date" value={(*text).clone()}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then_some("trend-since-error")}
                    {oninput} />
                if let Some(error) = &error {
                    <p class="field-error" id="trend-since-error">{ error.clone() }</p>
                }
            </div>
            if let Ok(since) = parsed {
                <p class="trend-text" aria-live="polite">{ trend_text(&props.series, since) }</p>
            }
        </div>
    }
}
