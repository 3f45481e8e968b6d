//! Reads the calculator's part of the stored document (settings and maxes)
//! with the browser's `JSON.parse`, for the first-load app.
//!
//! serde and serde_json are about 19 KB of gzipped wasm on their own: too much
//! for the first load, so the first-load app has no Rust JSON code at all. This
//! reader follows the serde shape of the schema number, the settings and the
//! maxes (`liftsheet_domain::store`) and answers `None` when any of them is not
//! as expected; `None` means the full app takes over and reads the text with
//! `store::decode`, which reports what is wrong.
//!
//! The rest of the document is only checked to be JSON, and `JSON.parse` can't
//! tell `1.0` from `1` or see repeated keys, so a damaged log or such a number
//! reads here and is refused by `store::decode`. Nothing is lost that way: this
//! app never writes, and the full app reports the damage when it starts (on
//! leaving the calculator or saving a max). A component test checks that both
//! readers agree on every shape of settings and maxes the app writes.

use liftsheet_domain::date::Date;
use liftsheet_domain::maxes::{MaxChange, MaxSource, MaxTable, OneRepMax};
use liftsheet_domain::plates::{BarSetup, PlateStock};
use liftsheet_domain::program::LiftKey;
use liftsheet_domain::store::{CalculatorView, Settings, SCHEMA_VERSION};
use liftsheet_domain::training_max::{RoundingRule, TmPercent};
use liftsheet_domain::{Rounding, Unit, Weight};
use wasm_bindgen::{JsCast, JsValue};

/// The settings and maxes of a stored text of the current schema, or `None`.
pub fn read(text: &str) -> Option<CalculatorView> {
    let doc = js_sys::JSON::parse(text).ok()?;
    object(&doc)?;
    if integer(&field(&doc, "schema"))? != i64::from(SCHEMA_VERSION) {
        return None;
    }
    let settings = match optional(field(&doc, "settings")) {
        None => Settings::default(),
        Some(value) => settings(&value)?,
    };
    let mut maxes = MaxTable::new();
    if let Some(value) = optional(field(&doc, "maxes")) {
        let entries = js_sys::Object::entries(&object(&value)?);
        for entry in entries.iter() {
            let entry: js_sys::Array = entry.dyn_into().ok()?;
            let lift = LiftKey::new(entry.get(0).as_string()?);
            for change in lift_maxes(lift, &entry.get(1))? {
                maxes.apply(change).ok()?;
            }
        }
    }
    Some(CalculatorView { settings, maxes })
}

/// `{"training_max": weight, "one_rep_max": {"weight", "date"?, "source"}}`,
/// as changes to apply; any other field is not this schema's.
fn lift_maxes(lift: LiftKey, value: &JsValue) -> Option<Vec<MaxChange>> {
    let tm = optional(field(value, "training_max"));
    let one = optional(field(value, "one_rep_max"));
    // Any other field is not this schema's (serde denies unknown fields).
    if !only_fields(
        value,
        usize::from(tm.is_some()) + usize::from(one.is_some()),
    )? {
        return None;
    }
    let mut changes = Vec::new();
    if let Some(tm) = tm {
        changes.push(MaxChange::TrainingMax {
            lift: lift.clone(),
            max: Some(weight(&tm)?),
        });
    }
    if let Some(one) = one {
        let date = optional(field(&one, "date"));
        // Weight and source are required; with the date nothing else may be.
        if !only_fields(&one, 2 + usize::from(date.is_some()))? {
            return None;
        }
        let date = match date {
            None => None,
            Some(d) => Some(Date::parse(&d.as_string()?).ok()?),
        };
        let source = match field(&one, "source").as_string()?.as_str() {
            "tested" => MaxSource::Tested,
            "estimated" => MaxSource::Estimated,
            _ => return None,
        };
        changes.push(MaxChange::OneRepMax {
            lift,
            max: Some(OneRepMax {
                weight: weight(&field(&one, "weight"))?,
                date,
                source,
            }),
        });
    }
    Some(changes)
}

/// Whether `value` is an object with exactly `known` own fields (the ones
/// just read): fewer bytes of first-load wasm than comparing every key.
fn only_fields(value: &JsValue, known: usize) -> Option<bool> {
    Some(js_sys::Object::keys(&object(value)?).length() as usize == known)
}

fn settings(value: &JsValue) -> Option<Settings> {
    object(value)?;
    let defaults = Settings::default();
    Some(Settings {
        unit: unit(&field(value, "unit"))?,
        bar: bar_setup(&field(value, "bar"))?,
        rounding: match optional(field(value, "rounding")) {
            None => defaults.rounding,
            Some(rounding) => increment(&rounding)?,
        },
        tm_percent: match optional(field(value, "tm_percent")) {
            None => defaults.tm_percent,
            Some(percent) => TmPercent::new(u8::try_from(integer(&percent)?).ok()?).ok()?,
        },
    })
}

fn bar_setup(value: &JsValue) -> Option<BarSetup> {
    object(value)?;
    let plates: js_sys::Array = field(value, "plates").dyn_into().ok()?;
    let mut stock = Vec::new();
    for plate in plates.iter() {
        object(&plate)?;
        let count = u32::try_from(integer(&field(&plate, "count"))?).ok()?;
        stock.push(PlateStock::new(weight(&field(&plate, "weight"))?, count));
    }
    Some(BarSetup {
        bar: weight(&field(value, "bar"))?,
        collar: weight(&field(value, "collar"))?,
        plates: stock,
    })
}

fn increment(value: &JsValue) -> Option<RoundingRule> {
    object(value)?;
    let rounding = match field(value, "rounding").as_string()?.as_str() {
        "nearest" => Rounding::Nearest,
        "up" => Rounding::Up,
        "down" => Rounding::Down,
        _ => return None,
    };
    Some(RoundingRule {
        step: weight(&field(value, "step"))?,
        rounding,
    })
}

/// `{"milli": 142500, "unit": "kg"}`.
fn weight(value: &JsValue) -> Option<Weight> {
    object(value)?;
    Some(Weight::from_milli(
        integer(&field(value, "milli"))?,
        unit(&field(value, "unit"))?,
    ))
}

fn unit(value: &JsValue) -> Option<Unit> {
    Unit::from_symbol(&value.as_string()?)
}

/// A whole number JavaScript holds exactly.
fn integer(value: &JsValue) -> Option<i64> {
    let number = value.as_f64()?;
    js_sys::Number::is_safe_integer(value).then_some(number as i64)
}

/// A plain object (not null, not an array).
fn object(value: &JsValue) -> Option<js_sys::Object> {
    (value.is_object() && !js_sys::Array::is_array(value)).then(|| value.clone().unchecked_into())
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A field serde fills with its default when absent (`null` is not absent).
fn optional(value: JsValue) -> Option<JsValue> {
    (!value.is_undefined()).then_some(value)
}
