//! Orderings the stages share. Each distinct sort instantiation costs the wasm a few KB
//! (the standard sorts are generic), so every numeric sort of the engine goes through the
//! one sort of `(u64 key, usize index)` pairs here.

/// Sorts ascending by key, then index: the engine's one numeric sort.
fn sort(keys: &mut [(u64, usize)]) {
    keys.sort_unstable();
}

/// Indices of `scores` best first, equal scores in index order. Negative scores and NaN
/// count as 0.
pub(crate) fn order_desc(scores: &[f64]) -> Vec<usize> {
    // Non-negative floats order as their bits do.
    let mut keys: Vec<(u64, usize)> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| (u64::MAX - s.max(0.0).to_bits(), i))
        .collect();
    sort(&mut keys);
    keys.into_iter().map(|(_, i)| i).collect()
}

/// Sorts `(start, end)` pairs ascending, by start, then end.
pub(crate) fn sort_pairs(pairs: &mut [(u32, u32)]) {
    let mut keys: Vec<(u64, usize)> = pairs
        .iter()
        .map(|&(s, e)| (u64::from(s) << 32 | u64::from(e), 0))
        .collect();
    sort(&mut keys);
    for (p, (k, _)) in pairs.iter_mut().zip(keys) {
        *p = ((k >> 32) as u32, k as u32);
    }
}

/// Sorts indices ascending.
pub(crate) fn sort_indices(indices: &mut [usize]) {
    let mut keys: Vec<(u64, usize)> = indices.iter().map(|&i| (0, i)).collect();
    sort(&mut keys);
    for (i, (_, k)) in indices.iter_mut().zip(keys) {
        *i = k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_desc_is_best_first_then_index() {
        assert_eq!(order_desc(&[0.5, 1.0, 0.5, 0.0]), [1, 0, 2, 3]);
        assert!(order_desc(&[]).is_empty());
    }

    #[test]
    fn pairs_sort_by_start_then_end() {
        let mut pairs = [(7, 9), (2, u32::MAX), (2, 3), (u32::MAX, 0), (0, 1), (2, 3)];
        sort_pairs(&mut pairs);
        assert_eq!(
            pairs,
            [(0, 1), (2, 3), (2, 3), (2, u32::MAX), (7, 9), (u32::MAX, 0)]
        );
    }

    #[test]
    fn indices_sort_ascending() {
        let mut indices = [5, 0, usize::MAX, 3];
        sort_indices(&mut indices);
        assert_eq!(indices, [0, 3, 5, usize::MAX]);
    }
}
