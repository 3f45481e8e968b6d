//! One stable sort for every list the app orders.
//!
//! `slice::sort_by` is generic over the element and the comparator, so each
//! call site carries its own copy of the standard library's driftsort (about
//! 4 KB of wasm each). [`sort_by`] orders a list of indices once, with the
//! comparator behind `dyn`, and then moves the elements into place: one copy
//! of the sort for the whole app and the same stable order `sort_by` gives.

use core::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `v` stably by `cmp`, exactly as `v.sort_by(cmp)` would.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        stable_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]))
    };
    permute(v, &order);
}

/// Sorts `v` stably by the key `key` gives, as `v.sort_by_key(key)` would.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the stable order `cmp` (on indices) gives.
fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` so that position `i` holds what was at `order[i]`.
fn permute<T>(v: &mut [T], order: &[usize]) {
    for i in 0..v.len() {
        // Elements before `i` are final; follow the moves to where the one
        // wanted here now lives.
        let mut j = order[i];
        while j < i {
            j = order[j];
        }
        v.swap(i, j);
    }
}

/// Collects pairs into a map, as `collect()` would (a repeated key keeps its
/// last value), by inserting: `BTreeMap::from_iter` sorts the pairs first,
/// with its own copy of the sort for every key and value type.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// Collects items into a set, as `collect()` would, by inserting.
pub fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for len in 0..60 {
            for _ in 0..20 {
                let v: Vec<(u8, usize)> = (0..len)
                    .map(|i| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        ((seed % 7) as u8, i)
                    })
                    .collect();
                let mut ours = v.clone();
                let mut std = v.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std);
                let mut ours = v.clone();
                let mut std = v;
                sort_by_key(&mut ours, |a| core::cmp::Reverse(a.0));
                std.sort_by_key(|a| core::cmp::Reverse(a.0));
                assert_eq!(ours, std);
            }
        }
    }

    #[test]
    fn maps_and_sets_match_collect() {
        let pairs = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e")];
        let collected: BTreeMap<_, _> = pairs.iter().copied().collect();
        assert_eq!(map_from(pairs.iter().copied()), collected);
        let collected: BTreeSet<_> = pairs.iter().map(|p| p.0).collect();
        assert_eq!(set_from(pairs.iter().map(|p| p.0)), collected);
    }
}
