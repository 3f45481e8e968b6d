//! The built-in exercise library, as data.
//!
//! One compact static table: each entry is four words of `&'static str` and
//! two one-byte enums, and names and aliases are string literals, so the
//! whole library costs the wasm a few kilobytes of read-only data and no
//! allocation. Ids are stable kebab-case: once released they never change
//! (stored logs and programs use them). The built-in programs' lift keys
//! (`row`, `front-squat`, `sumo-deadlift`, `incline-bench`, `close-grip-bench`,
//! `back-extension`, `lat-pulldown`, `dumbbell-row`) are library ids, so
//! programs, the log and the library meet on them.

use super::{Entry, Implement, LoadKind};

type Aliases = &'static [&'static str];

const fn entry(
    id: &'static str,
    name: &'static str,
    load: LoadKind,
    implement: Implement,
    aliases: Aliases,
) -> Entry {
    Entry {
        id,
        name,
        load,
        implement,
        aliases,
    }
}

/// Plates on the lifter's barbell.
const fn bb(id: &'static str, name: &'static str, aliases: Aliases) -> Entry {
    entry(id, name, LoadKind::Barbell, Implement::Barbell, aliases)
}

/// Plates on another bar (trap bar, safety squat bar, EZ bar).
const fn bar(
    id: &'static str,
    name: &'static str,
    implement: Implement,
    aliases: Aliases,
) -> Entry {
    entry(id, name, LoadKind::Barbell, implement, aliases)
}

const fn db(id: &'static str, name: &'static str, aliases: Aliases) -> Entry {
    entry(id, name, LoadKind::Fixed, Implement::Dumbbell, aliases)
}

const fn kb(id: &'static str, name: &'static str, aliases: Aliases) -> Entry {
    entry(id, name, LoadKind::Fixed, Implement::Kettlebell, aliases)
}

/// A machine or a cable stack.
const fn machine(id: &'static str, name: &'static str, aliases: Aliases) -> Entry {
    entry(id, name, LoadKind::Fixed, Implement::Machine, aliases)
}

/// Bodyweight plus any added weight.
const fn bw(id: &'static str, name: &'static str, aliases: Aliases) -> Entry {
    entry(
        id,
        name,
        LoadKind::BodyweightPlus,
        Implement::Bodyweight,
        aliases,
    )
}

/// Held for time.
const fn hold(id: &'static str, name: &'static str, aliases: Aliases) -> Entry {
    entry(id, name, LoadKind::Timed, Implement::Bodyweight, aliases)
}

/// Every built-in entry. The first four are the lifts the built-in programs
/// use; their ids predate the library and stay as they are.
pub const ENTRIES: &[Entry] = &[
    // The competition lifts (and overhead press).
    bb(
        "squat",
        "Squat",
        &["Back squat", "High bar squat", "Low bar squat"],
    ),
    bb("bench", "Bench press", &["Flat bench press", "Bench"]),
    bb("deadlift", "Deadlift", &["Conventional deadlift"]),
    bb(
        "press",
        "Overhead press",
        &[
            "Standing overhead press",
            "Strict press",
            "Military press",
            "Press",
            "OHP",
        ],
    ),
    // Squat variations.
    bb("front-squat", "Front squat", &[]),
    bb("pause-squat", "Pause squat", &["Paused squat"]),
    bb("box-squat", "Box squat", &[]),
    bb("pin-squat", "Pin squat", &[]),
    bb("tempo-squat", "Tempo squat", &[]),
    bb("zercher-squat", "Zercher squat", &[]),
    bb("overhead-squat", "Overhead squat", &[]),
    bar(
        "ssb-squat",
        "Safety squat bar squat",
        Implement::SafetySquatBar,
        &["SSB squat", "Safety bar squat"],
    ),
    bb("hack-squat-barbell", "Barbell hack squat", &[]),
    bb("split-squat", "Split squat", &[]),
    bb(
        "bulgarian-split-squat",
        "Bulgarian split squat",
        &["Rear foot elevated split squat", "RFESS"],
    ),
    bb("lunge", "Lunge", &["Walking lunge"]),
    bb("step-up", "Step-up", &[]),
    // Deadlift variations.
    bb("sumo-deadlift", "Sumo deadlift", &[]),
    bb("pause-deadlift", "Paused deadlift", &["Pause deadlift"]),
    bb("deficit-deadlift", "Deficit deadlift", &[]),
    bb(
        "block-pull",
        "Block pull",
        &["Block deadlift", "Rack pull", "Pull from blocks"],
    ),
    bb("snatch-grip-deadlift", "Snatch-grip deadlift", &[]),
    bb("rdl", "Romanian deadlift", &["RDL"]),
    bb(
        "stiff-leg-deadlift",
        "Stiff-leg deadlift",
        &["Stiff legged deadlift", "SLDL"],
    ),
    bar(
        "trap-bar-deadlift",
        "Trap bar deadlift",
        Implement::TrapBar,
        &["Hex bar deadlift"],
    ),
    bb("good-morning", "Good morning", &[]),
    bb("hip-thrust", "Hip thrust", &["Barbell glute bridge"]),
    // Bench and press variations.
    bb(
        "close-grip-bench",
        "Close-grip bench press",
        &["Close grip bench", "CGBP"],
    ),
    bb(
        "pause-bench",
        "Paused bench press",
        &["Pause bench", "Paused bench"],
    ),
    bb("incline-bench", "Incline bench press", &["Incline bench"]),
    bb("decline-bench", "Decline bench press", &[]),
    bb("spoto-press", "Spoto press", &[]),
    bb("pin-press", "Pin press", &[]),
    bb("board-press", "Board press", &[]),
    bb("floor-press", "Floor press", &[]),
    bb("larsen-press", "Larsen press", &[]),
    bb("push-press", "Push press", &[]),
    bb(
        "behind-the-neck-press",
        "Behind-the-neck press",
        &["BTN press"],
    ),
    bb(
        "seated-press",
        "Seated overhead press",
        &["Seated barbell press"],
    ),
    bb("z-press", "Z press", &[]),
    // Rows, pulls and arms on a bar.
    bb("row", "Barbell row", &["Bent over row", "BB row"]),
    bb("pendlay-row", "Pendlay row", &[]),
    bb("seal-row", "Seal row", &[]),
    bb("t-bar-row", "T-bar row", &["Landmine row"]),
    bb("upright-row", "Upright row", &[]),
    bb("shrug", "Barbell shrug", &["Shrug"]),
    bb("barbell-curl", "Barbell curl", &["Curl"]),
    bar("ez-bar-curl", "EZ bar curl", Implement::EzBar, &[]),
    bar(
        "skull-crusher",
        "Skull crusher",
        Implement::EzBar,
        &["Lying triceps extension"],
    ),
    // Olympic lifts.
    bb("power-clean", "Power clean", &["Clean"]),
    bb("hang-clean", "Hang clean", &[]),
    bb("power-snatch", "Power snatch", &["Snatch"]),
    bb("clean-and-jerk", "Clean and jerk", &[]),
    // Dumbbells.
    db(
        "dumbbell-bench",
        "Dumbbell bench press",
        &["DB bench", "Flat dumbbell bench press"],
    ),
    db(
        "incline-dumbbell-bench",
        "Incline dumbbell press",
        &["Incline DB press", "Incline dumbbell bench press"],
    ),
    db(
        "dumbbell-press",
        "Dumbbell shoulder press",
        &[
            "DB press",
            "Seated dumbbell press",
            "Dumbbell overhead press",
        ],
    ),
    db(
        "dumbbell-row",
        "Dumbbell row",
        &["DB row", "One-arm dumbbell row", "Single arm dumbbell row"],
    ),
    db(
        "dumbbell-curl",
        "Dumbbell curl",
        &["DB curl", "Biceps curl", "Bicep curl"],
    ),
    db("hammer-curl", "Hammer curl", &[]),
    db(
        "dumbbell-fly",
        "Dumbbell fly",
        &["Chest fly", "Dumbbell flye"],
    ),
    db(
        "lateral-raise",
        "Lateral raise",
        &["Side raise", "Dumbbell lateral raise"],
    ),
    db("rear-delt-raise", "Rear delt raise", &["Reverse fly"]),
    db("dumbbell-rdl", "Dumbbell Romanian deadlift", &["DB RDL"]),
    db("goblet-squat-dumbbell", "Dumbbell goblet squat", &[]),
    db("dumbbell-lunge", "Dumbbell lunge", &[]),
    db(
        "dumbbell-triceps-extension",
        "Overhead triceps extension",
        &["Dumbbell triceps extension"],
    ),
    db(
        "farmers-walk",
        "Farmer's walk",
        &["Farmers carry", "Farmer carry"],
    ),
    // Kettlebells.
    kb(
        "kb-swing",
        "Kettlebell swing",
        &["KB swing", "Russian swing"],
    ),
    kb("goblet-squat", "Goblet squat", &["Kettlebell goblet squat"]),
    kb("turkish-get-up", "Turkish get-up", &["TGU", "Get-up"]),
    kb("kb-clean", "Kettlebell clean", &[]),
    kb("kb-snatch", "Kettlebell snatch", &[]),
    kb("kb-press", "Kettlebell press", &[]),
    kb("kb-row", "Kettlebell row", &[]),
    // Machines and cables.
    machine("leg-press", "Leg press", &[]),
    machine("hack-squat", "Hack squat", &["Machine hack squat"]),
    machine(
        "leg-curl",
        "Leg curl",
        &["Hamstring curl", "Lying leg curl", "Seated leg curl"],
    ),
    machine("leg-extension", "Leg extension", &["Quad extension"]),
    machine(
        "calf-raise",
        "Calf raise",
        &["Standing calf raise", "Seated calf raise"],
    ),
    machine(
        "lat-pulldown",
        "Lat pulldown",
        &["Pulldown", "Lat pull-down"],
    ),
    machine(
        "cable-row",
        "Seated cable row",
        &["Cable row", "Seated row"],
    ),
    machine("face-pull", "Face pull", &[]),
    machine(
        "triceps-pushdown",
        "Triceps pushdown",
        &["Tricep pushdown", "Pushdown", "Triceps pressdown"],
    ),
    machine("cable-curl", "Cable curl", &[]),
    machine("cable-fly", "Cable fly", &["Cable crossover"]),
    machine("chest-press", "Machine chest press", &["Chest press"]),
    machine("shoulder-press-machine", "Machine shoulder press", &[]),
    machine("pec-deck", "Pec deck", &["Machine fly"]),
    machine(
        "reverse-hyper",
        "Reverse hyper",
        &["Reverse hyperextension"],
    ),
    machine("glute-ham-raise", "Glute-ham raise", &["GHR"]),
    machine("hip-abduction", "Hip abduction", &[]),
    machine("hip-adduction", "Hip adduction", &[]),
    machine("cable-crunch", "Cable crunch", &[]),
    machine("belt-squat", "Belt squat", &[]),
    // Bodyweight, plus any added weight.
    bw(
        "chin-up",
        "Chin-up",
        &["Chins", "Chinup", "Weighted chin-up"],
    ),
    bw("pull-up", "Pull-up", &["Pullup", "Weighted pull-up"]),
    bw("dip", "Dip", &["Dips", "Parallel bar dip", "Weighted dip"]),
    bw("push-up", "Push-up", &["Pushup", "Press-up"]),
    bw(
        "inverted-row",
        "Inverted row",
        &["Body row", "Australian pull-up"],
    ),
    bw(
        "back-extension",
        "Back extension",
        &[
            "Hyperextension",
            "Weighted hyperextension",
            "45 degree back extension",
        ],
    ),
    bw("nordic-curl", "Nordic curl", &["Nordic hamstring curl"]),
    bw("hanging-leg-raise", "Hanging leg raise", &["Leg raise"]),
    bw("ab-wheel", "Ab wheel rollout", &["Ab wheel", "Rollout"]),
    bw("sit-up", "Sit-up", &["Weighted sit-up"]),
    bw("pistol-squat", "Pistol squat", &[]),
    // Timed holds.
    hold("plank", "Plank", &["Front plank"]),
    hold("side-plank", "Side plank", &[]),
    hold(
        "back-extension-hold",
        "Back-extension hold",
        &["Isometric back extension", "Hyperextension hold"],
    ),
    hold("dead-hang", "Dead hang", &["Bar hang", "Hang"]),
    hold("wall-sit", "Wall sit", &[]),
    hold("hollow-hold", "Hollow body hold", &["Hollow hold"]),
    hold("l-sit", "L-sit", &[]),
    hold("glute-bridge-hold", "Glute bridge hold", &[]),
];

/// The built-in entry with this id.
pub fn find(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| entry.id == id)
}
