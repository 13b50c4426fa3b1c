//! Summary: rank sentences by lead-weighted centrality ([`centrality`]) times how much they
//! read like a summary sentence ([`form`]), pick the best within the budget without
//! repeating one and never without the earlier sentence one leans on ([`antecedent`],
//! [`select`]), and return them in document order.
//!
//! Each step is a pass over the sentences' word ids (and one sort of the sentences), so the
//! cost grows with the article's length; there is no sentence-by-sentence similarity graph.

mod antecedent;
mod centrality;
mod form;
mod select;
mod words;

use crate::document::Document;
use crate::lang::{Language, Stems};
use crate::options::Budget;
use crate::segment::Segments;

/// A chosen sentence: its index among all sentences and its score in [0, 1].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pick {
    pub index: usize,
    pub score: f64,
}

/// The summary sentences of `doc` within `budget`, in document order, the best scoring 1.
///
/// Keyphrases are not an input: weighting sentences by them was measured and did not help
/// (the words they are made of already carry the centrality).
pub fn summarize(
    doc: &Document,
    seg: &Segments,
    language: Language,
    stems: &mut Stems,
    budget: Budget,
) -> Vec<Pick> {
    let sentences = &seg.sentences;
    let words = words::SentenceWords::new(doc, seg, language, stems);
    let central = centrality::centrality(&words, sentences.len());
    let ranks: Vec<Option<f64>> = sentences
        .iter()
        .zip(&central)
        .map(|(s, c)| form::form(doc, seg, s, language).map(|f| f * c))
        .collect();
    let lengths: Vec<usize> = sentences.iter().map(|s| s.tokens.len()).collect();
    let leans = antecedent::antecedents(doc, seg, &words, language);
    select::select(&ranks, &lengths, &leans, &words, budget)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;
    use crate::segment::segment;

    /// A short made-up news story: the lead introduces the subjects the rest repeats.
    const STORY: &[(BlockKind, &str)] = &[
        (BlockKind::Heading, "River city floods after record rain"),
        (
            BlockKind::Paragraph,
            "Record rain flooded the river city of Marlow on Monday, forcing hundreds of \
             families from their homes. Emergency crews rescued families trapped by the \
             flood water near the old bridge.",
        ),
        (
            BlockKind::Paragraph,
            "The river rose two metres overnight after the heaviest rain in a century. \
             Officials said the flood water would take days to recede from the city.",
        ),
        (BlockKind::Heading, "What happens next?"),
        (
            BlockKind::Paragraph,
            "Schools in Marlow stay closed until the river falls. A local baker handed out \
             free bread to volunteers.",
        ),
    ];

    fn story(extra: &[(BlockKind, &str)]) -> (Document, Segments) {
        let mut doc = Document::default();
        for (kind, text) in STORY.iter().chain(extra) {
            doc.push(*kind, text);
        }
        let seg = segment(&doc, Language::English);
        (doc, seg)
    }

    fn words(seg: &Segments, picks: &[Pick]) -> usize {
        picks
            .iter()
            .map(|p| seg.sentences[p.index].tokens.len())
            .sum()
    }

    #[test]
    fn budgets() {
        let (doc, seg) = story(&[]);
        let n = seg.sentences.len();
        assert_eq!(n, 8, "the story's sentences, headings included");
        for (budget, count) in [
            (Budget::Sentences(3), 3),
            (Budget::Sentences(1), 1),
            (Budget::Sentences(0), 0),
            // More than there are: every sentence but the two headings.
            (Budget::Sentences(50), 6),
            (Budget::Ratio(0.25), 2),
            (Budget::Ratio(0.01), 1),
            (Budget::Ratio(1.0), 6),
            // Smaller than any sentence: still one.
            (Budget::MaxWords(3), 1),
        ] {
            assert_eq!(
                summarize(
                    &doc,
                    &seg,
                    Language::English,
                    &mut Stems::new(Language::English),
                    budget
                )
                .len(),
                count,
                "{budget:?}"
            );
        }
        // A word budget is filled with whole sentences: none left out would still fit.
        for max in [10, 20, 40, 70] {
            let picks = summarize(
                &doc,
                &seg,
                Language::English,
                &mut Stems::new(Language::English),
                Budget::MaxWords(max),
            );
            let used = words(&seg, &picks);
            assert!(!picks.is_empty() && used <= max, "{max}: {used}");
            let left_out = (0..n).filter(|&i| {
                doc.blocks[seg.sentences[i].block].kind != BlockKind::Heading
                    && picks.iter().all(|p| p.index != i)
            });
            for i in left_out {
                assert!(
                    used + seg.sentences[i].tokens.len() > max,
                    "{max}: {i} fits"
                );
            }
        }
    }

    #[test]
    fn document_order_scores_in_unit_range_best_is_one() {
        let (doc, seg) = story(&[]);
        for k in 1..=6 {
            let picks = summarize(
                &doc,
                &seg,
                Language::English,
                &mut Stems::new(Language::English),
                Budget::Sentences(k),
            );
            assert!(picks.windows(2).all(|w| w[0].index < w[1].index), "{k}");
            assert!(picks.iter().all(|p| (0.0..=1.0).contains(&p.score)), "{k}");
            assert!(picks.iter().any(|p| p.score == 1.0), "{k}");
        }
    }

    #[test]
    fn the_lead_and_its_topic_win_headings_never_picked() {
        let (doc, seg) = story(&[]);
        let picks = summarize(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
            Budget::Sentences(50),
        );
        let picked: Vec<usize> = picks.iter().map(|p| p.index).collect();
        for heading in [0, 5] {
            assert_eq!(
                doc.blocks[seg.sentences[heading].block].kind,
                BlockKind::Heading
            );
            assert!(!picked.contains(&heading));
        }
        let best = picks.iter().find(|p| p.score == 1.0).unwrap().index;
        assert_eq!(
            best, 1,
            "the lead introduces rain, flood, river, city, families"
        );
        let one = summarize(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
            Budget::Sentences(2),
        );
        let baker = 7;
        assert!(
            one.iter().all(|p| p.index != baker),
            "the aside is not in a short summary"
        );
    }

    #[test]
    fn a_repeated_sentence_is_picked_once() {
        let lead = STORY[1].1;
        let (doc, seg) = story(&[(BlockKind::Paragraph, lead)]);
        let text = |p: &Pick| {
            let s = &seg.sentences[p.index];
            &doc.text[s.start..s.end]
        };
        for k in [2, 3, 10] {
            let picks = summarize(
                &doc,
                &seg,
                Language::English,
                &mut Stems::new(Language::English),
                Budget::Sentences(k),
            );
            let mut texts: Vec<&str> = picks.iter().map(text).collect();
            let all = texts.len();
            texts.sort_unstable();
            texts.dedup();
            assert_eq!(texts.len(), all, "{k}: {texts:?}");
        }
    }

    #[test]
    fn empty_and_content_free_input() {
        for blocks in [
            vec![],
            vec![(BlockKind::Heading, "Only a heading")],
            vec![(BlockKind::Paragraph, "... !!! ???")],
        ] {
            let mut doc = Document::default();
            for (kind, text) in &blocks {
                doc.push(*kind, text);
            }
            let seg = segment(&doc, Language::English);
            for budget in [
                Budget::Sentences(3),
                Budget::Ratio(0.5),
                Budget::MaxWords(10),
            ] {
                assert!(
                    summarize(
                        &doc,
                        &seg,
                        Language::English,
                        &mut Stems::new(Language::English),
                        budget
                    )
                    .is_empty(),
                    "{blocks:?}"
                );
            }
        }
    }

    #[test]
    fn unrelated_sentences_still_give_a_summary() {
        let mut doc = Document::default();
        doc.push(
            BlockKind::Paragraph,
            "Apples grow in orchards. Trains leave from platforms. Whales sing underwater.",
        );
        let seg = segment(&doc, Language::English);
        let picks = summarize(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
            Budget::Sentences(2),
        );
        let picked: Vec<(usize, f64)> = picks.iter().map(|p| (p.index, p.score)).collect();
        assert_eq!(
            picked,
            [(0, 1.0), (1, 1.0)],
            "ties go to the earlier sentence"
        );
    }
}
