//! The split points: the document's code, every screen but the calculator,
//! and the calculator's sections after the first are drawn by one of these
//! functions. Built with the `split` feature (scripts/split-build.sh), each is
//! `#[wasm_split(.., fallible)]`: its code, and whatever only it uses, goes
//! into a chunk of its own that is fetched the first time the screen opens; a
//! chunk that can't be fetched comes back as [`NotLoaded`], never a panic.
//! Without the feature (component tests, the small apps) each is a plain call.
//! [`crate::components::lazy::Lazy`] shows the screen while it loads.

use crate::route::Route;
use crate::screens::{
    history::HistoryScreen, log::LogScreen, plan::PlanScreen, settings::settings_screen,
    share::ShareScreen,
};
use crate::state::{engine, Action, AppState};
use std::rc::Rc;
#[cfg(feature = "split")]
use wasm_split_helpers::wasm_split;
use yew::prelude::*;

/// A screen's chunk could not be fetched (offline, or the file is gone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

// A split function is `async` only in the split build.
#[cfg(feature = "split")]
macro_rules! call {
    ($f:expr) => {
        $f.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! call {
    ($f:expr) => {
        $f
    };
}

/// Opens the stored document once the document's code is here
/// ([`crate::state::engine`]): the state to start from and what the outbox
/// held, to apply to it.
pub async fn document() -> Result<(Rc<AppState>, Vec<Action>), NotLoaded> {
    call!(document_code())
}

/// What a [`crate::components::lazy::Lazy`] shows: a screen, or one of the
/// calculator's sections after the first, whose code is in a chunk.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Screen(Route),
    /// The calculator's plates for a bar.
    Plates,
    /// The calculator's warm-up ladder.
    Warmup,
}

impl Piece {
    /// What the lifter calls it, in a message that it couldn't load.
    pub fn title(&self) -> &'static str {
        match self {
            Piece::Screen(route) => route.title(),
            Piece::Plates => "Plates",
            Piece::Warmup => "Warm-up",
        }
    }
}

/// `piece`, once its chunk is here; `None` for a screen in the first part.
pub async fn load(piece: Piece) -> Option<Result<Html, NotLoaded>> {
    match piece {
        Piece::Screen(route) => screen(route).await,
        Piece::Plates => Some(call!(plates())),
        Piece::Warmup => Some(call!(warmup())),
    }
}

/// The screen for `route`, once its chunk is here; `None` for a screen in the
/// first part (the calculator, "not found"), which is never loaded.
pub async fn screen(route: Route) -> Option<Result<Html, NotLoaded>> {
    Some(match route {
        Route::Plan => call!(plan()),
        Route::Log => call!(log()),
        Route::History => call!(history()),
        Route::Settings => call!(settings()),
        Route::Share(payload) => call!(share(payload)),
        Route::PlatePath => call!(plate_path()),
        Route::Calculator | Route::NotFound(_) => return None,
    })
}

// A split function may not panic (it is called across an `extern "C"` edge).

/// The document's code ([`crate::state::engine`]): installs it, and opens
/// the stored document with what the outbox held.
#[cfg_attr(feature = "split", wasm_split(document, fallible))]
fn document_code() -> Result<(Rc<AppState>, Vec<Action>), NotLoaded> {
    engine::install(&engine::Document);
    Ok(engine::open_document())
}

#[cfg_attr(feature = "split", wasm_split(plan, fallible))]
fn plan() -> Result<Html, NotLoaded> {
    Ok(html! { <PlanScreen /> })
}

#[cfg_attr(feature = "split", wasm_split(log, fallible))]
fn log() -> Result<Html, NotLoaded> {
    Ok(html! { <LogScreen /> })
}

#[cfg_attr(feature = "split", wasm_split(history, fallible))]
fn history() -> Result<Html, NotLoaded> {
    Ok(html! { <HistoryScreen /> })
}

#[cfg_attr(feature = "split", wasm_split(settings, fallible))]
fn settings() -> Result<Html, NotLoaded> {
    Ok(settings_screen())
}

#[cfg_attr(feature = "split", wasm_split(share, fallible))]
fn share(payload: String) -> Result<Html, NotLoaded> {
    Ok(html! { <ShareScreen payload={payload} /> })
}

// The calculator's first section (1RM & TM) is in the first part: a first
// visit opens on it. The other two wait for their chip.

#[cfg_attr(feature = "split", wasm_split(plates, fallible))]
fn plates() -> Result<Html, NotLoaded> {
    Ok(html! { <crate::screens::calculator::PlatesSection /> })
}

#[cfg_attr(feature = "split", wasm_split(warmup, fallible))]
fn warmup() -> Result<Html, NotLoaded> {
    Ok(html! { <crate::screens::calculator::WarmupSection /> })
}

#[cfg_attr(feature = "split", wasm_split(plate_path, fallible))]
fn plate_path() -> Result<Html, NotLoaded> {
    Ok(html! { <crate::screens::plate_path::PlatePathScreen /> })
}
