//! Summary: score sentences, pick the best within the budget, return them in document order.

use crate::ingest::{BlockKind, Document};
use crate::keyphrases::Phrase;
use crate::segment::Segments;
use crate::Budget;

/// A chosen sentence: its index among all sentences and its score in [0, 1].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pick {
    pub index: usize,
    pub score: f64,
}

pub fn summarize(doc: &Document, seg: &Segments, phrases: &[Phrase], budget: Budget) -> Vec<Pick> {
    let n = seg.sentences.len();
    if n == 0 {
        return Vec::new();
    }
    // Sentence weight: keyphrase occurrences inside it, weighted by phrase score, plus a lead bonus.
    let mut weight = vec![0.0f64; n];
    let starts: Vec<usize> = seg.sentences.iter().map(|s| s.start).collect();
    for p in phrases.iter().take(20) {
        for &(s, _) in &p.occurrences {
            let i = starts.partition_point(|&x| x <= s).saturating_sub(1);
            weight[i] += p.score;
        }
    }
    let scores: Vec<f64> = seg
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words = s.tokens.len() as f64;
            if doc.blocks[s.block].kind == BlockKind::Heading || words < 5.0 {
                return 0.0;
            }
            weight[i] / words.sqrt() + 1.0 / (1.0 + i as f64)
        })
        .collect();
    let wanted = match budget {
        Budget::Sentences(k) => k,
        Budget::Ratio(r) => ((n as f64 * r).round() as usize).max(1),
        Budget::MaxWords(_) => n,
    };
    let mut order: Vec<usize> = (0..n).filter(|&i| scores[i] > 0.0).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut picked = Vec::new();
    let mut words = 0;
    for i in order {
        if picked.len() >= wanted {
            break;
        }
        let len = seg.sentences[i].tokens.len();
        if let Budget::MaxWords(max) = budget {
            if words + len > max && !picked.is_empty() {
                continue;
            }
        }
        words += len;
        picked.push(i);
    }
    picked.sort_unstable();
    let top = picked
        .iter()
        .map(|&i| scores[i])
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    picked
        .into_iter()
        .map(|i| Pick {
            index: i,
            score: scores[i] / top,
        })
        .collect()
}
