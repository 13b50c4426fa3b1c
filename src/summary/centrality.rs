//! Lead-weighted centrality, in one pass over the sentences' word ids.
//!
//! A sentence earns, for each of its distinct content words, credit for every *other*
//! sentence that shares the word: the word-overlap centrality that TextRank approximates
//! with a graph, but linear in the article's length. News is written as an inverted
//! pyramid: the sentence that first introduces what the rest of the article repeats is the
//! summary, and a later sentence that merely gathers words said before is a detail. So a
//! sentence that is repeated *later* earns more than one that repeats *earlier* ones:
//! position falls out of the content itself, and a lead that introduces nothing (an
//! anecdote, a caption) is not favoured just for being first.

use super::words::SentenceWords;

/// Credit per later sentence sharing a word, and per earlier one. Pure centrality (equal
/// weights) suits long extractive references; Lead-3 suits short abstractive highlights;
/// this balance is good on both kinds of news.
const LATER: f64 = 0.6;
const EARLIER: f64 = 0.4;

/// One centrality per sentence, ≥ 0; a sentence sharing no word with any other gets 0.
pub(crate) fn centrality(words: &SentenceWords, sentences: usize) -> Vec<f64> {
    // In how many sentences each word occurs, then, walking forward, in how many so far.
    let mut total = vec![0u32; words.vocabulary];
    for i in 0..sentences {
        for &w in words.of(i) {
            total[w as usize] += 1;
        }
    }
    let mut seen = vec![0u32; words.vocabulary];
    (0..sentences)
        .map(|i| {
            let mut score = 0.0;
            for &w in words.of(i) {
                let w = w as usize;
                let earlier = seen[w];
                let later = total[w] - earlier - 1;
                score += LATER * f64::from(later) + EARLIER * f64::from(earlier);
                seen[w] += 1;
            }
            score
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{BlockKind, Document};
    use crate::lang::Language;
    use crate::segment::segment;

    fn scores(text: &str) -> Vec<f64> {
        let mut doc = Document::default();
        doc.push(BlockKind::Paragraph, text);
        let seg = segment(&doc);
        let words = SentenceWords::new(&doc, &seg, Language::English);
        centrality(&words, seg.sentences.len())
    }

    #[test]
    fn shared_words_earn_credit_introducing_them_earns_more() {
        for (text, expected) in [
            // Each of the two words is repeated once, later: 2 × 0.6; then 2 × 0.4.
            ("Storms hit Texas. Texas storms eased.", vec![1.2, 0.8]),
            // A sentence sharing nothing gets nothing.
            (
                "Storms hit Texas. Bakers love bread. Texas storms eased.",
                vec![1.2, 0.0, 0.8],
            ),
            ("Nothing repeats here.", vec![0.0]),
            ("", vec![]),
        ] {
            let got = scores(text);
            assert_eq!(got.len(), expected.len(), "{text}");
            for (g, e) in got.iter().zip(&expected) {
                assert!((g - e).abs() < 1e-9, "{text}: {got:?}");
            }
        }
    }
}
