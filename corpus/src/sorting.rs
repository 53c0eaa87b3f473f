//! One stable sort for the engine and the app.
//!
//! `slice::sort_by` is compiled anew for every element type and comparator: in the wasm build
//! ~17 of them made ~60 KB of code, a quarter of the app's logic. [`sort_by`] sorts positions
//! with a single non-generic merge sort (the comparator behind `dyn`), so each call site costs
//! only its comparator and a permutation. Stable, O(n log n), and never panics whatever the
//! comparator returns.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by a key, keeping equal elements in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The distinct items, in order. (A `BTreeSet` or `BTreeMap` is ~1–2 KB of wasm for each
/// element type; a sorted vector through [`sort_by`] is a few hundred bytes.)
pub fn distinct<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.into_iter().collect();
    sort_by(&mut v, Ord::cmp);
    v.dedup();
    v
}

/// The values grouped by key, keys in order, each group's values in their original order.
pub fn group_by<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Vec<(K, Vec<V>)> {
    let mut v: Vec<(K, V)> = pairs.into_iter().collect();
    sort_by(&mut v, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(K, Vec<V>)> = Vec::new();
    for (k, x) in v {
        match out.last_mut() {
            Some((last, xs)) if *last == k => xs.push(x),
            _ => out.push((k, vec![x])),
        }
    }
    out
}

/// How often each key occurs, keys in order.
pub fn count_by<K: Ord>(keys: impl IntoIterator<Item = K>) -> Vec<(K, usize)> {
    group_by(keys.into_iter().map(|k| (k, ())))
        .into_iter()
        .map(|(k, v)| (k, v.len()))
        .collect()
}

/// The positions `0..n` in the order `cmp` (over positions) puts them: a bottom-up merge sort.
fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in b.iter_mut().take(end).skip(start) {
                // Take from the right run only when strictly smaller: stability.
                let right = j < end && (i >= mid || cmp(a[j], a[i]) == Ordering::Less);
                if right {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut seed = 7u64;
        for n in [0usize, 1, 2, 3, 5, 8, 13, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "n = {n}");
            let mut keyed = v;
            sort_by_key(&mut keyed, |x| std::cmp::Reverse(x.0));
            assert!(keyed
                .windows(2)
                .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
        }
    }

    #[test]
    fn groups_and_counts_keep_order() {
        let pairs = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)];
        assert_eq!(
            group_by(pairs),
            vec![("a", vec![2, 5]), ("b", vec![1, 3]), ("c", vec![4])]
        );
        assert_eq!(count_by(["x", "y", "x"]), vec![("x", 2), ("y", 1)]);
        assert_eq!(distinct([3, 1, 3, 2, 1]), vec![1, 2, 3]);
        assert!(group_by(Vec::<(u8, u8)>::new()).is_empty());
    }

    #[test]
    fn an_inconsistent_comparator_does_not_panic_or_lose_elements() {
        let mut v: Vec<u32> = (0..50).collect();
        let mut flip = false;
        sort_by(&mut v, |_, _| {
            flip = !flip;
            if flip {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        });
        let mut back = v.clone();
        back.sort();
        assert_eq!(back, (0..50).collect::<Vec<_>>());
    }
}
