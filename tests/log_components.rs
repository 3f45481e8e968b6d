//! Log and History components in headless Chromium, and a measurement of how
//! long loading a 10-year store takes in the browser (printed, not asserted).
#![cfg(target_arch = "wasm32")]

use liftsheet::components::e1rm_chart::{E1rmChart, E1rmChartProps};
use liftsheet::components::hold_timer::{HoldTimer, HoldTimerProps};
use liftsheet::components::rest_timer::{now_ms, Rest, RestTimer, RestTimerProps};
use liftsheet::components::time_chart::{ChartKind, TimeChart, TimeChartProps};
use liftsheet_domain::date::Date;
use liftsheet_domain::log::{LoggedExercise, LoggedSet, Session, SessionId, SetKind};
use liftsheet_domain::records::E1rmPoint;
use liftsheet_domain::store::{self, StoredDocument};
use liftsheet_domain::{Unit, Weight};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::Callback;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A rest timer for `rest`, mounted and rendered, with callbacks that do nothing.
///
/// No time passes in these tests beyond what the start time says: the clock
/// is read from `started_ms` when the timer renders, so the wait is for that
/// render, not for a tick.
async fn mount_rest_timer(rest: Rest) -> Element {
    let root = mount::<RestTimer>(RestTimerProps {
        rest,
        on_adjust: Callback::noop(),
        on_stop: Callback::noop(),
    });
    wait_for_selector(&root, "[role=timer]").await;
    root
}

#[wasm_bindgen_test]
async fn rest_timer_counts_down_from_its_start_time() {
    let _page = fresh_page();
    // Started 65.5 s ago: a sleeping tab wakes to the right time.
    let rest = Rest {
        started_ms: now_ms() - 65_500.0,
        duration_secs: 180,
        after: "a work set",
    };
    let root = mount_rest_timer(rest).await;
    let clock = text(&root, "[role=timer]");
    assert!(clock == "1:55" || clock == "1:54", "{clock}");
    assert!(text(&root, ".rest-after").contains("work set"));
    assert!(root.query_selector(".rest-go").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn rest_timer_says_when_rest_is_over() {
    let _page = fresh_page();
    let rest = Rest {
        started_ms: now_ms() - 200_000.0,
        duration_secs: 90,
        after: "an accessory set",
    };
    let root = mount_rest_timer(rest).await;
    assert_eq!(text(&root, "[role=timer]"), "0:00");
    assert!(text(&root, ".rest-go").contains("Rest over"));
}

/// A hold timer of `secs`, mounted, and what its `on_held` was given.
fn mount_hold_timer(secs: u32) -> (Element, Rc<RefCell<Vec<u32>>>) {
    let held = Rc::new(RefCell::new(Vec::new()));
    let root = mount::<HoldTimer>(HoldTimerProps {
        target_secs: secs,
        name: "Plank set 1".into(),
        on_held: {
            let held = held.clone();
            Callback::from(move |s| held.borrow_mut().push(s))
        },
    });
    (root, held)
}

/// Counts `navigator.vibrate` calls: the buzz at the end of a hold.
fn count_vibrations() -> Rc<RefCell<u32>> {
    let count = Rc::new(RefCell::new(0));
    let counter = {
        let count = count.clone();
        wasm_bindgen::closure::Closure::<dyn Fn() -> bool>::new(move || {
            *count.borrow_mut() += 1;
            true
        })
    };
    let navigator = web_sys::window().unwrap().navigator();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), counter.as_ref()).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"vibrate".into(), &descriptor);
    counter.forget();
    count
}

#[wasm_bindgen_test]
async fn a_hold_runs_out_buzzes_and_is_logged_at_its_full_time() {
    let _page = fresh_page();
    let buzzes = count_vibrations();
    let (root, held) = mount_hold_timer(1);
    wait_for_text(&root, "Start hold · 0:01").await;
    click(&button(&root, "button")).await;
    assert_eq!(text(&root, "[role=timer]"), "0:01");
    wait_for("the hold to run out", || !held.borrow().is_empty()).await;
    assert_eq!(*held.borrow(), [1]);
    assert_eq!(*buzzes.borrow(), 1);
    // Back to its start button, ready for the next hold.
    wait_for_text(&root, "Start hold").await;
}

#[wasm_bindgen_test]
async fn stopping_a_hold_early_logs_the_seconds_held() {
    let _page = fresh_page();
    let (root, held) = mount_hold_timer(60);
    wait_for_text(&root, "Start hold · 1:00").await;
    click(&button(&root, "button")).await;
    wait_for_text(&root, "Stop: held 0:00").await;
    click(&button(&root, "button")).await;
    assert_eq!(*held.borrow(), [0]);
    assert!(root.query_selector("[role=timer]").unwrap().is_none());
}

fn point(days: i64, kg: f64) -> E1rmPoint {
    E1rmPoint {
        date: Date::from_ymd(2024, 1, 1).unwrap().add_days(days).unwrap(),
        e1rm: Weight::kg(kg),
    }
}

#[wasm_bindgen_test]
async fn e1rm_chart_has_ticks_a_best_point_and_a_table() {
    let _page = fresh_page();
    let series = vec![point(0, 120.0), point(14, 131.25), point(40, 128.0)];
    let root = mount::<E1rmChart>(E1rmChartProps {
        name: "Squat".into(),
        series,
        unit: Unit::Kg,
    });
    let svg = wait_for_selector(&root, "svg[role=img]").await;
    let title = text(&svg, "title");
    assert!(title.contains("best 131.3 kg on 2024-01-15"), "{title}");
    assert_eq!(svg.query_selector_all(".best").unwrap().length(), 1);
    assert!(text(&svg, ".best-label").contains("131.3"));
    let labels: Vec<String> = (0..svg.query_selector_all("text").unwrap().length())
        .filter_map(|i| svg.query_selector_all("text").unwrap().get(i))
        .filter_map(|n| n.text_content())
        .collect();
    assert!(labels.iter().any(|l| l == "Jan 1"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "Feb 10"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "kg"), "{labels:?}");
    // The table is drawn once opened.
    assert!(root.query_selector("table").unwrap().is_none());
    click(&button(&root, "summary")).await;
    wait_for_selector(&root, "tbody tr").await;
    let rows = root.query_selector_all("tbody tr").unwrap().length();
    assert_eq!(rows, 3);
}

#[wasm_bindgen_test]
async fn e1rm_chart_without_points_says_so() {
    let _page = fresh_page();
    let root = mount::<E1rmChart>(E1rmChartProps {
        name: "Bench".into(),
        series: vec![],
        unit: Unit::Kg,
    });
    wait_for_text(&root, "No Bench sets to chart yet.").await;
    assert!(root.query_selector("svg").unwrap().is_none());
}

fn chart_props(kind: ChartKind, points: Vec<(Date, Weight)>) -> TimeChartProps {
    TimeChartProps {
        subject: "Squat weekly volume".into(),
        id: "volume-squat".into(),
        points: std::rc::Rc::new(points),
        unit: Unit::Kg,
        kind,
        value_heading: "Volume".into(),
        empty: "Nothing yet.".into(),
        table: None,
    }
}

#[wasm_bindgen_test]
async fn weekly_bars_are_drawn_from_zero_with_labels_and_a_table() {
    let _page = fresh_page();
    let monday = |d| Date::from_ymd(2024, 3, d).unwrap();
    let root = mount::<TimeChart>(chart_props(
        ChartKind::WeeklyBars,
        vec![
            (monday(4), Weight::kg(1200.0)),
            (monday(18), Weight::kg(390.0)),
        ],
    ));
    let svg = wait_for_selector(&root, "svg[role=img]").await;
    assert_eq!(svg.query_selector_all("rect.bar").unwrap().length(), 2);
    assert!(
        svg.query_selector(".best").unwrap().is_none(),
        "bars mark no best"
    );
    assert_eq!(text(&svg, ".latest-label"), "390");
    let title = text(&svg, "title");
    assert_eq!(
        title,
        "Squat weekly volume over time: 1200 kg on 2024-03-04, 390 kg on 2024-03-18."
    );
    click(&button(&root, "summary")).await;
    wait_for_selector(&root, "tbody tr").await;
    assert_eq!(root.query_selector_all("tbody tr").unwrap().length(), 2);
}

#[wasm_bindgen_test]
async fn a_single_value_is_shown_as_a_value_not_a_chart() {
    let _page = fresh_page();
    let root = mount::<TimeChart>(chart_props(
        ChartKind::PlainLine,
        vec![(Date::from_ymd(2024, 3, 4).unwrap(), Weight::kg(80.5))],
    ));
    let value = wait_for_selector(&root, ".single-value").await;
    assert!(value.text_content().unwrap().contains("80.5 kg"));
    assert!(value.text_content().unwrap().contains("on 2024-03-04"));
    assert!(root.query_selector("svg").unwrap().is_none());
}

/// Ten years at four sessions a week: 2,080 sessions of 19 sets.
fn ten_years() -> StoredDocument {
    let mut doc = StoredDocument::default();
    let start = Date::from_ymd(2015, 1, 5).unwrap();
    let lifts = [
        ("squat", "Squat"),
        ("bench", "Bench press"),
        ("deadlift", "Deadlift"),
        ("press", "Press"),
    ];
    for n in 0..2080i64 {
        let date = start
            .add_days(n / 4 * 7 + [0, 1, 3, 4][(n % 4) as usize])
            .unwrap();
        let mut s = Session::new(SessionId::new(format!("{date}-{n:06}")), date);
        s.day_label = format!("Week {} Day {}", n / 4 % 3 + 1, n % 4 + 1);
        let (key, name) = lifts[(n % 4) as usize];
        let tm = 100.0 + (n / 16) as f64 * 2.5;
        let mut main = LoggedExercise::new(key, name);
        for (i, pct) in [0.4, 0.5, 0.6, 0.65, 0.75, 0.85].iter().enumerate() {
            let kind = if i < 3 {
                SetKind::Warmup
            } else if i == 5 {
                SetKind::Amrap
            } else {
                SetKind::Work
            };
            let mut set = LoggedSet::planned(kind, Weight::kg((tm * pct / 2.5).round() * 2.5), 5);
            set.done = true;
            main.sets.push(set);
        }
        for _ in 0..5 {
            let mut set = LoggedSet::planned(
                SetKind::Supplemental,
                Weight::kg((tm * 0.5 / 2.5).round() * 2.5),
                10,
            );
            set.done = true;
            main.sets.push(set);
        }
        s.add_exercise(main);
        for acc in ["Dumbbell row", "Chin-up"] {
            let mut ex = LoggedExercise::new(liftsheet_domain::import::lift_key(acc), acc);
            ex.sets = vec![LoggedSet::done(SetKind::Accessory, Weight::kg(30.0), 10); 4];
            s.add_exercise(ex);
        }
        s.finish();
        doc.log.push(s);
    }
    doc
}

/// A report, not a benchmark gate: prints how long `storage::load` takes for
/// a 10-year store in this browser, and the store's size.
#[wasm_bindgen_test]
async fn measures_loading_a_ten_year_store() {
    let doc = ten_years();
    let sets: usize = doc.log.iter().map(Session::set_count).sum();
    let text = store::encode(&doc);
    let _page = fresh_page();
    store(Some(&text));
    let mut times = Vec::new();
    for _ in 0..5 {
        let t0 = performance_now();
        let (loaded, persistence) = liftsheet::storage::load();
        times.push(performance_now() - t0);
        assert_eq!(persistence, liftsheet::storage::Persistence::Saved);
        assert_eq!(loaded.log.len(), doc.log.len());
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let report = format!(
        "10-year store: {} sessions, {sets} sets, {} bytes ({:.2} MB) of JSON; storage::load median {:.1} ms (min {:.1}, max {:.1}) over 5 runs",
        doc.log.len(),
        text.len(),
        text.len() as f64 / 1_048_576.0,
        times[2],
        times[0],
        times[4]
    );
    console_log!("{report}");
}

/// A report, not a gate: what one save costs with a 10-year log in this
/// browser (the app saves after every change, e.g. a checked set).
#[wasm_bindgen_test]
async fn measures_saving_with_a_ten_year_log() {
    let mut doc = ten_years();
    let _page = fresh_page();
    let first = liftsheet::storage::save(&doc);
    assert_eq!(first.persistence, liftsheet::storage::Persistence::Saved);
    let mut times = Vec::new();
    for i in 0..5 {
        // A small edit, as checking off a set would make.
        doc.log[0].notes = format!("edit {i}");
        let t0 = performance_now();
        let saved = liftsheet::storage::save(&doc);
        times.push(performance_now() - t0);
        assert_eq!(saved.persistence, liftsheet::storage::Persistence::Saved);
        assert!(saved.merged.is_none(), "no other tab wrote in between");
    }
    let stored = stored().unwrap();
    assert_eq!(store::decode(&stored).unwrap().log[0].notes, "edit 4");
    times.sort_by(|a, b| a.total_cmp(b));
    console_log!(
        "save with a 10-year log: median {:.1} ms (min {:.1}, max {:.1}) over 5 edits",
        times[2],
        times[0],
        times[4]
    );
}

/// A report, not a gate: a change that offers undo (a session deleted from a
/// 10-year log) and its undo, each through the app's reducer and saved, as
/// the app does after every change. The undo must give back the document
/// and survive its save.
#[wasm_bindgen_test]
async fn measures_a_change_and_its_undo_with_a_ten_year_log() {
    use liftsheet::state::{session, Action, AppState};
    use liftsheet::storage::{self, Persistence};
    use yew::functional::Reducible;
    let doc = ten_years();
    let _page = fresh_page();
    assert_eq!(storage::save(&doc).persistence, Persistence::Saved);
    let mut state = Rc::new(AppState::new(doc.clone(), Persistence::Saved));
    let mut times = Vec::new();
    for i in 0..5 {
        let id = doc.log[i * 400].id.clone();
        let t0 = performance_now();
        state = state.reduce(Action::Session(session::Change::DeleteLogged(id.clone())));
        assert!(state.undo.is_some(), "a deletion offers undo");
        storage::save(&state.doc);
        state = state.reduce(Action::Undo);
        let saved = storage::save(&state.doc);
        times.push(performance_now() - t0);
        assert_eq!(saved.persistence, Persistence::Saved);
        assert!(
            state.doc.log.iter().any(|s| s.id == id),
            "the session is back"
        );
    }
    let stored = store::decode(&stored().unwrap()).unwrap();
    assert_eq!(stored.log.len(), doc.log.len(), "and stays in storage");
    assert!(stored.deleted.is_empty());
    times.sort_by(|a, b| a.total_cmp(b));
    console_log!(
        "delete a session + undo, each saved, with a 10-year log: median {:.1} ms (min {:.1}, max {:.1}) over 5",
        times[2],
        times[0],
        times[4]
    );
}

/// A save after another tab wrote (its token differs from ours) merges what is
/// stored instead of overwriting it; a save with no write in between doesn't.
#[wasm_bindgen_test]
async fn save_merges_what_another_tab_stored() {
    use liftsheet::storage::{self, KEY, TOKEN_KEY};
    let _page = fresh_page();
    let ls = local();
    let session = |id: &str| {
        let mut s = Session::new(SessionId::new(id), Date::from_ymd(2026, 11, 2).unwrap());
        let ex = s.add_exercise(LoggedExercise::new("squat", "Squat"));
        s.add_set(ex, LoggedSet::done(SetKind::Work, Weight::kg(100.0), 5))
            .unwrap();
        s
    };
    let mut ours = StoredDocument::default();
    ours.log.push(session("ours"));
    assert!(storage::save(&ours).merged.is_none());
    // Another tab writes (and sets its token) before we hear of it: what it
    // read from storage, our session, and one of its own. (A tab always
    // merges what is stored before it writes; what it leaves out, it took
    // back: `store::merge_since`.)
    let mut theirs = ours.clone();
    theirs.log.push(session("theirs"));
    ls.set_item(TOKEN_KEY, "another-tab").unwrap();
    ls.set_item(KEY, &store::encode(&theirs)).unwrap();
    ours.log[0].notes = "edited".into();
    let saved = storage::save(&ours);
    let merged = saved.merged.expect("merged with the other tab's write");
    assert_eq!(merged.log.len(), 2);
    let stored = store::decode(&ls.get_item(KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored.log.len(), 2, "neither tab's session is lost");
    // Our own write since: nothing to merge.
    assert!(storage::save(&merged).merged.is_none());
}

/// The full app at History over `doc`.
async fn history_of(doc: &StoredDocument) -> Element {
    store(Some(&store::encode(doc)));
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/history")
        .unwrap();
    let root = mount::<liftsheet::app::App>(());
    wait_for_selector(&root, ".records").await;
    root
}

/// A finished session of one exercise, its sets done as given.
fn logged(id: &str, day: u32, lift: (&str, &str), sets: &[(Weight, u32)]) -> Session {
    let mut s = Session::new(SessionId::new(id), Date::from_ymd(2024, 3, day).unwrap());
    let ex = s.add_exercise(LoggedExercise::new(lift.0, lift.1));
    for &(w, reps) in sets {
        s.add_set(ex, LoggedSet::done(SetKind::Work, w, reps))
            .unwrap();
    }
    s.finish();
    s
}

/// Back extensions without a bodyweight logged: their volume is asked for,
/// not shown as 0 lb.
#[wasm_bindgen_test]
async fn history_asks_for_a_bodyweight_to_count_bodyweight_volume() {
    let _page = fresh_page();
    let bx = ("back-extension", "Back extension");
    let doc = StoredDocument {
        log: vec![
            logged("a", 4, bx, &[(Weight::lb(0.0), 12), (Weight::lb(25.0), 10)]),
            logged("b", 11, bx, &[(Weight::lb(0.0), 15)]),
        ],
        ..StoredDocument::default()
    };
    let root = history_of(&doc).await;
    let volume = find(&root, ".volume");
    let text = text_of(&volume);
    assert!(
        text.contains("Week of Mar 11: 1 set, 1 hard; volume: log your bodyweight to count these."),
        "{text}"
    );
    assert!(
        !text.contains("volume 0") && !text.contains("0 lb"),
        "{text}"
    );
    // No bars of nothing.
    assert!(volume.query_selector("svg").unwrap().is_none());
}

/// The History list flags only the sets the PR rule says: none in the
/// first session, none at fewer reps under an earlier heavier set.
#[wasm_bindgen_test]
async fn history_flags_only_sets_that_beat_every_earlier_one() {
    let _page = fresh_page();
    let squat = ("squat", "Squat");
    let kg = Weight::kg;
    let doc = StoredDocument {
        log: vec![
            logged(
                "a",
                4,
                squat,
                &[(kg(100.0), 5), (kg(110.0), 3), (kg(120.0), 1)],
            ),
            logged("b", 11, squat, &[(kg(105.0), 5), (kg(90.0), 4)]),
        ],
        ..StoredDocument::default()
    };
    let root = history_of(&doc).await;
    let flags = root.query_selector_all(".session-card .pr").unwrap();
    assert_eq!(flags.length(), 1);
    let set = flags.get(0).unwrap().parent_node().unwrap();
    assert!(set.text_content().unwrap().starts_with("105 kg × 5"));
}
