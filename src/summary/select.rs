//! Picking: the best sentences first, within the budget, skipping near-duplicates of a
//! sentence already picked and taking a sentence that leans on an earlier one only with
//! it; returned in document order with scores in [0, 1].

use super::antecedent::Lean;
use super::words::SentenceWords;
use super::Pick;
use crate::options::Budget;
use crate::order::{order_desc, sort_indices};

/// A candidate sharing this share of its content words (or the other's, if fewer) with a
/// picked sentence says the same thing again.
const DUPLICATE: f64 = 0.7;
/// Near-duplicates score alike, so they sit close in the ranking: comparing with the most
/// recent picks finds them while long summaries stay linear.
const COMPARED: usize = 16;

/// `ranks[i]` is `None` for a sentence never to pick; `lengths[i]` its words; `leans[i]`
/// what it needs before it (see [`super::antecedent`]).
pub(crate) fn select(
    ranks: &[Option<f64>],
    lengths: &[usize],
    leans: &[Lean],
    words: &SentenceWords,
    budget: Budget,
) -> Vec<Pick> {
    let rank = |i: usize| ranks[i].unwrap_or(0.0);
    // Ranks are ≥ 0 (see `centrality`, `form`): best first, equal ranks in document order.
    let scores: Vec<f64> = (0..ranks.len()).map(rank).collect();
    let order: Vec<usize> = order_desc(&scores)
        .into_iter()
        .filter(|&i| ranks[i].is_some())
        .collect();
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
    let mut is_picked = vec![false; ranks.len()];
    let mut earliest = usize::MAX; // the first picked sentence
    for &i in &order {
        if picked.len() >= wanted {
            break;
        }
        if is_picked[i] {
            continue; // taken earlier as the antecedent of another
        }
        // The sentences to take together: `i` and, if it leans on one not yet picked, that
        // one (a pickable sentence that needs nothing unpicked itself).
        let mut group = vec![i];
        let wants = |i: usize, earliest: usize, is_picked: &[bool]| {
            match leans[i] {
                Lean::Previous(a) => Some(a),
                Lean::Earlier(_) if earliest < i => None,
                Lean::Earlier(a) => Some(a),
                Lean::None => None,
            }
            .filter(|&a| !is_picked[a] && ranks[a].is_some())
        };
        if let Some(a) = wants(i, earliest, &is_picked) {
            if wants(a, earliest, &is_picked).is_some() {
                continue;
            }
            group.push(a);
        }
        let group_words: usize = group.iter().map(|&g| lengths[g]).sum();
        if picked.len() + group.len() > wanted || total_words + group_words > max_words {
            continue;
        }
        if group
            .iter()
            .any(|&g| repeats(g, &picked, words, &mut marked))
        {
            continue;
        }
        total_words += group_words;
        for g in group {
            is_picked[g] = true;
            earliest = earliest.min(g);
            picked.push(g);
        }
    }
    // A word budget smaller than every sentence still gets one: the best.
    if picked.is_empty() && wanted > 0 {
        picked.extend(order.first());
    }
    let top = picked.iter().map(|&i| rank(i)).fold(0.0, f64::max);
    sort_indices(&mut picked);
    picked
        .into_iter()
        .map(|i| Pick {
            index: i,
            score: if top > 0.0 { rank(i) / top } else { 1.0 },
        })
        .collect()
}

/// Whether sentence `i` says again what one of the most recently picked sentences said.
fn repeats(i: usize, picked: &[usize], words: &SentenceWords, marked: &mut [usize]) -> bool {
    let own = words.of(i);
    for &w in own {
        marked[w as usize] = i;
    }
    picked.iter().rev().take(COMPARED).any(|&j| {
        let other = words.of(j);
        let shared = other.iter().filter(|&&w| marked[w as usize] == i).count();
        let fewer = own.len().min(other.len());
        fewer > 0 && shared as f64 >= DUPLICATE * fewer as f64
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{BlockKind, Document};
    use crate::lang::{Language, Stems};
    use crate::segment::segment;

    #[test]
    fn a_leaning_sentence_comes_with_what_it_leans_on_or_not_at_all() {
        let mut doc = Document::default();
        doc.push(
            BlockKind::Paragraph,
            "Apples grow in orchards. Trains leave from platforms. Whales sing underwater. \
             Glaciers carve valleys.",
        );
        let seg = segment(&doc, Language::English);
        let words = SentenceWords::new(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
        );
        let lengths = [4; 4];
        let pick = |ranks: [f64; 4], leans: [Lean; 4], k: usize| -> Vec<usize> {
            let ranks = ranks.map(Some);
            select(&ranks, &lengths, &leans, &words, Budget::Sentences(k))
                .iter()
                .map(|p| p.index)
                .collect()
        };
        use Lean::*;
        let connective = [None, None, Previous(1), None];
        // The best sentence needs the one before: both, or (no room) neither.
        assert_eq!(pick([0.1, 0.2, 1.0, 0.9], connective, 2), [1, 2]);
        assert_eq!(pick([0.1, 0.2, 1.0, 0.9], connective, 1), [3]);
        // A pronoun needs any earlier summary sentence, else the one it names.
        let pronoun = [None, None, None, Earlier(2)];
        assert_eq!(pick([1.0, 0.1, 0.2, 0.9], pronoun, 2), [0, 3]);
        assert_eq!(pick([0.9, 0.1, 0.2, 1.0], pronoun, 2), [2, 3]);
        assert_eq!(pick([0.1, 0.2, 0.9, 1.0], pronoun, 3), [1, 2, 3]);
        assert_eq!(pick([0.1, 0.2, 0.3, 1.0], pronoun, 1), [2]);
    }
}
