//! Scoring: each word stem weighs its occurrences, early ones more (PositionRank's bias
//! without its graph: on the dev sets the co-occurrence graph scored no better than the
//! positions alone, at the cost of a sort and fifty passes); a phrase weighs its words, its
//! own count and its first position, with common words, lone words and names set apart.

use super::candidates::{Candidates, NO_WORD};
use super::merging::is_name;
use crate::lang::Role;

/// A generic word ("year", "new") inside a phrase, and alone: its weight is cut to this.
const GENERIC_INSIDE: f64 = 0.2;
const GENERIC_ALONE: f64 = 0.35;
/// A place or nationality inside a phrase: "U.S. sanctions" is about sanctions.
const PLACE_INSIDE: f64 = 0.5;
/// Bonus of a phrase first seen in the first sentence; 1 / (1 + sentence) of it later.
const FIRST_SENTENCE: f64 = 0.5;
/// Lone words; names alone and names of several words.
const ALONE: f64 = 1.1;
const NAME_ALONE: f64 = 1.4;
const NAME: f64 = 1.2;

/// A weight per stem id: its occurrences in phrase words, each counting 1 / (1 + sentence).
pub(super) fn word_weights(c: &Candidates) -> Vec<f64> {
    let mut weight = vec![0.0f64; c.vocab.stems.len()];
    for t in &c.toks {
        if t.word == NO_WORD {
            continue;
        }
        let word = &c.vocab.words[t.word as usize];
        // A name that ends as a verb form does ("Саакашвили") weighs as any name.
        let weighs =
            matches!(word.role, Role::Content | Role::Modifier) || t.name_word && word.verb_form;
        if !weighs {
            continue;
        }
        let w = 1.0 / (1.0 + t.sentence as f64);
        for &s in c.vocab.word_stems(t.word) {
            weight[s as usize] += w;
        }
    }
    weight
}

/// A score per candidate, from the weights of its words.
pub(super) fn phrase_scores(c: &Candidates, weights: &[f64]) -> Vec<f64> {
    let mut generic = vec![false; c.vocab.stems.len()];
    let mut describes = vec![false; c.vocab.stems.len()];
    for w in c.vocab.words.iter().filter(|w| w.place || w.demonym) {
        for &s in &c.vocab.stem_pool[w.stems.clone()] {
            describes[s as usize] = true;
        }
    }
    for w in c.vocab.words.iter().filter(|w| w.generic) {
        for &s in &c.vocab.stem_pool[w.stems.clone()] {
            generic[s as usize] = true;
        }
    }
    c.list
        .iter()
        .map(|cand| {
            let stems = c.stems(cand);
            let alone = stems.len() == 1;
            let cut = if alone { GENERIC_ALONE } else { GENERIC_INSIDE };
            let words: f64 = stems
                .iter()
                .map(|&s| {
                    let s = s as usize;
                    let factor = match (generic[s], describes[s]) {
                        (true, _) => cut,
                        (false, true) if !alone => PLACE_INSIDE,
                        _ => 1.0,
                    };
                    weights[s] * factor
                })
                .sum();
            // A phrase counting twice as often is worth a little more than twice: n^1.25.
            let n = cand.occurrences.len() as f64;
            let count = n * n.sqrt().sqrt();
            let first = c.toks[cand.first].sentence as f64;
            let mut score = count * words * (1.0 + FIRST_SENTENCE / (1.0 + first));
            if alone {
                score *= ALONE;
            }
            if is_name(c, cand) {
                score *= if alone { NAME_ALONE } else { NAME };
            }
            score
        })
        .collect()
}
