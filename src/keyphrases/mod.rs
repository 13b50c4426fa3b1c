//! Keyphrases: candidate phrases (runs of content words, see [`candidates`]), abbreviations
//! and short forms of names folded into their full form, scored from the position-weighted
//! counts of their words (see [`scoring`]), redundant parts dropped and each shown in its
//! most natural form (see [`merging`]), with what it names where the text tells ([`kinds`]).

mod candidates;
mod hash;
mod kinds;
mod merging;
mod scoring;

use crate::analysis::TagKind;
use crate::ingest::Document;
use crate::lang::Language;
use crate::segment::Segments;

/// A ranked phrase, offsets in bytes of the document text.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// The most natural surface form: as most often written mid-sentence.
    pub text: String,
    /// Lowercased, stemmed words joined by a space: what variants share.
    pub key: String,
    /// In [0, 1], the best phrase 1.
    pub score: f64,
    /// Sorted, every occurrence of every variant.
    pub occurrences: Vec<(usize, usize)>,
    /// Capitalised where it is not the first word of a sentence: a name.
    pub proper: bool,
    /// What it names, where the words around it tell (else a topic).
    pub kind: TagKind,
    /// Index of the sentence of its first occurrence.
    pub first_sentence: usize,
}

/// As many phrases as a caller may ask for (the `keyphrases` option's limit).
const MAX_PHRASES: usize = 1000;

pub fn extract(doc: &Document, seg: &Segments, lang: Language) -> Vec<Phrase> {
    let mut cands = candidates::collect(doc, seg, lang);
    merging::merge_aliases(doc, &mut cands, lang);
    merging::merge_names(&mut cands);
    let weights = scoring::word_weights(&cands);
    let scores = scoring::phrase_scores(&cands, &weights);
    merging::rank(doc, &cands, &scores, lang, MAX_PHRASES)
}

/// Indices of `scores` best first, equal scores in index order. One sort for every ranking
/// here: each distinct sort call costs the wasm a few KB.
pub(crate) fn order_desc(scores: &[f64]) -> Vec<usize> {
    // Non-negative floats order as their bits do.
    let mut keys: Vec<(u64, usize)> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| (u64::MAX - s.max(0.0).to_bits(), i))
        .collect();
    keys.sort_unstable();
    keys.into_iter().map(|(_, i)| i).collect()
}
