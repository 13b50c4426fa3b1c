//! Which earlier sentence a sentence leans on, so that a summary never opens on "However,
//! …", a bare "He …" or "The report found …" without what it refers to. The cues are the
//! sentence's first word (centering-style local coherence; the cue words are English):
//!
//! - a discourse connective relates the sentence to the one just before: it needs that
//!   one ([`Lean::Previous`]);
//! - a personal or demonstrative pronoun refers to something introduced earlier, in news
//!   most often the lede's subject: it needs an earlier summary sentence, else the one
//!   before ([`Lean::Earlier`]);
//! - "the" before a word that an earlier sentence introduced ("The study found", after "a
//!   study of sleep") needs an earlier summary sentence, else that one.

use super::words::SentenceWords;
use crate::document::Document;
use crate::segment::Segments;

/// Discourse connectives that open a sentence continuing the one before.
const CONNECTIVES: &[&str] = &[
    "also",
    "and",
    "besides",
    "but",
    "consequently",
    "furthermore",
    "hence",
    "however",
    "instead",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "similarly",
    "still",
    "therefore",
    "thus",
    "yet",
];

/// Pronouns that open a sentence referring back.
const PRONOUNS: &[&str] = &[
    "he", "her", "hers", "him", "his", "it", "its", "she", "that", "their", "them", "these",
    "they", "this", "those",
];

/// What a sentence needs before it in a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    /// Nothing: it can open a summary.
    None,
    /// The sentence just before (this index).
    Previous(usize),
    /// Some earlier summary sentence; failing that, this one.
    Earlier(usize),
}

/// For each sentence, what it leans on.
pub(crate) fn antecedents(doc: &Document, seg: &Segments, words: &SentenceWords) -> Vec<Lean> {
    let mut first_use = vec![usize::MAX; words.vocabulary];
    let mut out = Vec::with_capacity(seg.sentences.len());
    for (i, sentence) in seg.sentences.iter().enumerate() {
        let opener = seg
            .sentence_tokens(sentence)
            .first()
            .map(|t| doc.text[t.start..t.end].to_lowercase());
        out.push(match opener.as_deref() {
            _ if i == 0 => Lean::None,
            Some(w) if CONNECTIVES.binary_search(&w).is_ok() => Lean::Previous(i - 1),
            Some(w) if PRONOUNS.binary_search(&w).is_ok() => Lean::Earlier(i - 1),
            // "The report found": the report an earlier sentence introduced.
            Some("the") => match words.of(i).first().map(|&w| first_use[w as usize]) {
                Some(j) if j < i => Lean::Earlier(j),
                _ => Lean::None,
            },
            _ => Lean::None,
        });
        for &w in words.of(i) {
            let first = &mut first_use[w as usize];
            *first = (*first).min(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;
    use crate::lang::{Language, Stems};
    use crate::segment::segment;

    #[test]
    fn word_lists_are_sorted() {
        assert!(CONNECTIVES.windows(2).all(|w| w[0] < w[1]));
        assert!(PRONOUNS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn openers_that_lean_on_an_earlier_sentence() {
        let mut doc = Document::default();
        doc.push(
            BlockKind::Paragraph,
            "A panel of doctors published a study of sleep on Monday. Teenagers sleep too \
             little, it says. However, parents disagree. They say phones are to blame. \
             The study asked 900 families. The weather was mild. Schools open at eight.",
        );
        let seg = segment(&doc, Language::English);
        let words = SentenceWords::new(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
        );
        use Lean::*;
        assert_eq!(
            antecedents(&doc, &seg, &words),
            [None, None, Previous(1), Earlier(2), Earlier(0), None, None]
        );
    }
}
