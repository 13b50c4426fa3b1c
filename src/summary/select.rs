//! Picking: the best sentences first, within the budget, skipping near-duplicates of a
//! sentence already picked; returned in document order with scores in [0, 1].

use super::words::SentenceWords;
use super::Pick;
use crate::Budget;

/// A candidate sharing this share of its content words (or the other's, if fewer) with a
/// picked sentence says the same thing again.
const DUPLICATE: f64 = 0.7;
/// Near-duplicates score alike, so they sit close in the ranking: comparing with the most
/// recent picks finds them while long summaries stay linear.
const COMPARED: usize = 16;

/// `ranks[i]` is `None` for a sentence never to pick; `lengths[i]` its words.
pub(crate) fn select(
    ranks: &[Option<f64>],
    lengths: &[usize],
    words: &SentenceWords,
    budget: Budget,
) -> Vec<Pick> {
    let mut order: Vec<usize> = (0..ranks.len()).filter(|&i| ranks[i].is_some()).collect();
    let rank = |i: usize| ranks[i].unwrap_or(0.0);
    order.sort_by(|&a, &b| rank(b).total_cmp(&rank(a)).then(a.cmp(&b)));
    let (wanted, max_words) = match budget {
        Budget::Sentences(k) => (k, usize::MAX),
        Budget::Ratio(r) => (
            ((ranks.len() as f64 * r).round() as usize).max(1),
            usize::MAX,
        ),
        Budget::MaxWords(n) => (usize::MAX, n),
    };
    let mut picked: Vec<usize> = Vec::new();
    let mut total_words = 0;
    // Which sentence last marked each word: the candidate's words, to count shared ones.
    let mut marked = vec![usize::MAX; words.vocabulary];
    for &i in &order {
        if picked.len() >= wanted {
            break;
        }
        if total_words + lengths[i] > max_words {
            continue;
        }
        let own = words.of(i);
        for &w in own {
            marked[w as usize] = i;
        }
        let repeats = picked.iter().rev().take(COMPARED).any(|&j| {
            let other = words.of(j);
            let shared = other.iter().filter(|&&w| marked[w as usize] == i).count();
            let fewer = own.len().min(other.len());
            fewer > 0 && shared as f64 >= DUPLICATE * fewer as f64
        });
        if repeats {
            continue;
        }
        total_words += lengths[i];
        picked.push(i);
    }
    // A word budget smaller than every sentence still gets one: the best.
    if picked.is_empty() && wanted > 0 {
        picked.extend(order.first());
    }
    let top = picked.iter().map(|&i| rank(i)).fold(0.0, f64::max);
    picked.sort_unstable();
    picked
        .into_iter()
        .map(|i| Pick {
            index: i,
            score: if top > 0.0 { rank(i) / top } else { 1.0 },
        })
        .collect()
}
