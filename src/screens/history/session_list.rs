//! Every logged session, newest first, a page at a time: on opening, the
//! newest sessions up to [`FIRST_SETS`] sets, then 20 more per "Show more".

use super::session_editor::SessionEditor;
use super::view::HistoryView;
use crate::screens::log::set_row::kind_label;
use liftsheet_domain::log::{logged_hold_text, logged_set_text, SessionId, SetKind};
use liftsheet_domain::records::{library_bodyweight_plus, load_text, PrKind};
use std::rc::Rc;
use yew::prelude::*;

/// Sessions shown per "Show more".
const PAGE: usize = 20;

/// Sets drawn on opening: the newest sessions up to this many (at least
/// one). The first 20 of a 10-year log (19 sets each) were 1,400 elements,
/// most of what opening History then cost, for sessions below the screen.
const FIRST_SETS: usize = 60;

/// What a PR flag's set beat ([`liftsheet_domain::records::pr`]).
fn pr_title(kind: PrKind) -> &'static str {
    match kind {
        PrKind::Rep => "Rep record",
        PrKind::E1rm => "e1RM record",
        PrKind::RepAndE1rm => "Rep and e1RM record",
    }
}

/// Every session, newest first, a page at a time. Each page is its own
/// component: "Show more" draws the new page alone, and a page is drawn
/// again only when what it shows changed (a 10-year log drew every shown
/// session again on each tap: 3.4 s at 2,000 deep).
#[derive(Properties)]
pub struct SessionListProps {
    pub view: Rc<HistoryView>,
}

impl PartialEq for SessionListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
    }
}

#[function_component]
pub fn SessionList(props: &SessionListProps) -> Html {
    let pages = use_state(|| 1usize);
    // The session being corrected, if any.
    let editing = use_state(|| None::<SessionId>);
    // Made once, so a page's props stay equal from one render to the next.
    let on_edit = {
        let editing = editing.clone();
        use_callback((), move |id: Option<SessionId>, _| editing.set(id))
    };
    let total = props.view.len();
    // The first page: as many of the newest sessions as fit in FIRST_SETS.
    let mut sets = 0;
    let first = props
        .view
        .newest(0, total)
        .take_while(|s| {
            sets += s.set_count();
            sets <= FIRST_SETS
        })
        .count()
        .clamp(total.min(1), total);
    // Page `n`'s first session and size.
    let page_at = |n: usize| match n {
        0 => (0, first),
        n => (first + (n - 1) * PAGE, PAGE),
    };
    let shown = (first + (*pages - 1) * PAGE).min(total);
    let more = {
        let pages = pages.clone();
        Callback::from(move |_| pages.set(*pages + 1))
    };
    html! {
        <section class="sessions" aria-labelledby="sessions-title">
            <h2 id="sessions-title" class="section-title">{ format!("Sessions ({total})") }</h2>
            // A place for every page, shown or not, and not keyed: the list
            // never changes length, so each page is compared with itself.
            // (Yew pairs an unkeyed list's items from the end, and moved
            // every keyed page's nodes, when a page was added at the end:
            // every session shown was drawn again on each tap.)
            <div class="session-pages">
                { for (0..1 + (total - first).div_ceil(PAGE)).map(|page| {
                    let (start, count) = page_at(page);
                    let editing = (*editing)
                        .clone()
                        .filter(|id| props.view.newest(start, count).any(|s| s.id == *id));
                    html! {
                        <SessionPage view={props.view.clone()} {start} {count} shown={page < *pages}
                            {editing} on_edit={on_edit.clone()} />
                    }
                }) }
            </div>
            if shown < total {
                <button class="button" onclick={more}>{ format!("Show more ({} left)", total - shown) }</button>
            }
        </section>
    }
}

#[derive(Properties)]
struct SessionPageProps {
    view: Rc<HistoryView>,
    /// The page's first session, counted from the newest.
    start: usize,
    /// How many sessions it has (the last may have fewer).
    count: usize,
    /// Whether the lifter has asked for it yet.
    shown: bool,
    /// The session of this page being corrected.
    editing: Option<SessionId>,
    /// Opens the editor on a session, or closes it (`None`).
    on_edit: Callback<Option<SessionId>>,
}

impl PartialEq for SessionPageProps {
    /// Equal when the page would show the same: the same sessions with the
    /// same PR flags in the same unit (another document's view can, when the
    /// change was elsewhere).
    fn eq(&self, other: &Self) -> bool {
        let same_page = |a: &HistoryView, b: &HistoryView| {
            a.doc.settings.unit == b.doc.settings.unit
                && a.newest(self.start, self.count).count()
                    == b.newest(self.start, self.count).count()
                && a.newest(self.start, self.count)
                    .zip(b.newest(self.start, self.count))
                    .all(|(x, y)| x == y && a.prs.session(&x.id) == b.prs.session(&y.id))
        };
        self.start == other.start
            && self.count == other.count
            && self.shown == other.shown
            && self.editing == other.editing
            && self.on_edit == other.on_edit
            && (!self.shown
                || Rc::ptr_eq(&self.view, &other.view)
                || same_page(&self.view, &other.view))
    }
}

#[function_component]
fn SessionPage(props: &SessionPageProps) -> Html {
    let view = &props.view;
    let unit = view.doc.settings.unit;
    if !props.shown {
        return html! {};
    }
    html! {
        <>
            { for view.newest(props.start, props.count).map(|s| {
                let title = if s.day_label.is_empty() { "Session".to_string() } else { s.day_label.clone() };
                if props.editing.as_ref() == Some(&s.id) {
                    let close = props.on_edit.reform(|_| None);
                    return html! {
                        <SessionEditor key={s.id.0.clone()} session={s.clone()} title={title} on_close={close} />
                    };
                }
                let edit = {
                    let id = s.id.clone();
                    props.on_edit.reform(move |_| Some(id.clone()))
                };
                html! {
                    <article class="card session-card" key={s.id.0.clone()} aria-label={format!("{} {}", s.date, title)}>
                        <header class="session-card-head">
                            <h3>{ title.clone() }</h3>
                            <time datetime={s.date.to_string()} class="muted">{ format!("{} {}", s.date.weekday().short(), s.date) }</time>
                            <button class="button small-button" onclick={edit}
                                aria-label={format!("Edit {} {}", s.date, title)}>{"Edit"}</button>
                        </header>
                        { for s.lifts.iter().map(|ex| html! {
                            <div class="history-exercise">
                                <h4>{ ex.name.clone() }</h4>
                                <ul class="history-sets">
                                    { for ex.sets.iter().map(|set| {
                                        let pr = view.prs.of(&s.id, set.id);
                                        let mut text = if set.kind.is_hold() {
                                            logged_hold_text(set.weight, set.reps, unit)
                                        } else if library_bodyweight_plus(&ex.lift) {
                                            // "BW + 10 kg × 5": the added weight as logged.
                                            let bw = Some(liftsheet_domain::Weight::zero(unit));
                                            format!("{} × {}", load_text(set.weight, bw, unit), set.reps)
                                        } else {
                                            logged_set_text(set.weight, set.reps, unit)
                                        };
                                        if let Some(rpe) = set.rpe { text.push_str(&format!(" @{rpe}")); }
                                        html! {
                                            <li class={classes!((!set.done).then_some("skipped"), (set.kind == SetKind::Warmup).then_some("warmup"))}>
                                                <span class="num">{ text }</span>
                                                if set.kind != SetKind::Work {
                                                    <span class="muted small">{ kind_label(set.kind) }</span>
                                                }
                                                if !set.done { <span class="muted small">{"not done"}</span> }
                                                if set.done && set.missed() {
                                                    <span class="muted small">{ format!("missed: {} planned", set.target_reps.unwrap_or_default()) }</span>
                                                }
                                                if let Some(pr) = pr {
                                                    <span class="pr" title={pr_title(pr)}>
                                                        {"PR"}
                                                    </span>
                                                }
                                                if !set.note.is_empty() { <span class="muted small">{ set.note.clone() }</span> }
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </div>
                        }) }
                        if !s.notes.is_empty() { <p class="muted small">{ s.notes.clone() }</p> }
                    </article>
                }
            }) }
        </>
    }
}
