//! Hash routes (`#/plan`, `#/share/<payload>`): static hosting needs no rewrites.

use yew::prelude::*;

/// A screen of the app, as named in the URL fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Calculator,
    Plan,
    Log,
    History,
    Settings,
    /// Plates for a list of sets (from the calculator's Plates card).
    PlatePath,
    /// A shared program link; the payload is decoded by the share screen.
    Share(String),
    NotFound(String),
}

impl Route {
    /// Parses a `location.hash` value ("#/plan", "", "#/share/abc").
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (head, rest) = match path.split_once('/') {
            Some((head, rest)) => (head, rest),
            None => (path, ""),
        };
        match head {
            "" | "calc" => Route::Calculator,
            "plan" => Route::Plan,
            "log" => Route::Log,
            "history" => Route::History,
            "settings" => Route::Settings,
            "plates" => Route::PlatePath,
            "share" => Route::Share(rest.to_string()),
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The fragment that leads here, with its `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Calculator => "#/calc".into(),
            Route::Plan => "#/plan".into(),
            Route::Log => "#/log".into(),
            Route::History => "#/history".into(),
            Route::Settings => "#/settings".into(),
            Route::PlatePath => "#/plates".into(),
            Route::Share(payload) => format!("#/share/{payload}"),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }
}

impl Route {
    /// The screen title shown in the header.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Calculator => "Calculate",
            Route::Plan => "Program",
            Route::Log => "Log",
            Route::History => "History",
            Route::Settings => "Settings",
            Route::PlatePath => "Plates",
            Route::Share(_) => "Shared program",
            Route::NotFound(_) => "Not found",
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to `route` (adds a history entry, fires `hashchange`).
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}

/// The current route, re-rendering the caller whenever the hash changes.
#[hook]
pub fn use_route() -> Route {
    let route = use_state(|| Route::parse(&current_hash()));
    {
        let route = route.clone();
        crate::window_events::use_window_event(
            "hashchange",
            Callback::from(move |_| route.set(Route::parse(&current_hash()))),
        );
    }
    (*route).clone()
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn parses_every_route_and_round_trips() {
        for route in [
            Route::Calculator,
            Route::Plan,
            Route::Log,
            Route::History,
            Route::Settings,
            Route::PlatePath,
            Route::Share("abc-_".into()),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        assert_eq!(Route::parse(""), Route::Calculator);
        assert_eq!(Route::parse("#"), Route::Calculator);
        assert_eq!(Route::parse("#/nope"), Route::NotFound("nope".into()));
    }
}
