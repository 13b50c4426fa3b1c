//! Keyphrases: candidate phrases (runs of content words, see [`candidates`]), abbreviations
//! and short forms of names folded into their full form, scored from the position-weighted
//! counts of their words (see [`scoring`]), redundant parts dropped and each shown in its
//! most natural form (see [`merging`]), with what it names where the text tells ([`kinds`]).

mod candidates;
mod kinds;
mod merging;
mod scoring;

use crate::analysis::TagKind;
use crate::document::Document;
use crate::lang::{Language, Stems};
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
    /// Made of words so common in any text that they name nothing in particular
    /// ("president", "report", "officials").
    pub generic: bool,
    /// A known place or an acronym written mostly inside a longer phrase that is no name
    /// ("UK" of "UK meals"): no keyphrase, the longer phrase says it, but a candidate tag.
    /// Its score is relative to the best keyphrase and may exceed 1.
    pub tag_only: bool,
}

/// As many phrases as a caller may ask for (the `keyphrases` option's limit).
const MAX_PHRASES: usize = 1000;

pub fn extract(doc: &Document, seg: &Segments, lang: Language, stems: &mut Stems) -> Vec<Phrase> {
    let mut cands = candidates::collect(doc, seg, lang, stems);
    merging::merge_aliases(doc, seg, &mut cands, lang);
    merging::split_juxtaposed(&mut cands);
    merging::merge_names(&mut cands);
    let weights = scoring::word_weights(&cands);
    let scores = scoring::phrase_scores(&cands, &weights);
    merging::rank(doc, seg, &cands, &scores, lang, MAX_PHRASES)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{ingest, segment, Format};

    /// The phrases of a plain-text article, best first.
    pub(crate) fn phrases(text: &str) -> Vec<Phrase> {
        let doc = ingest::ingest(text, Format::Text);
        let en = Language::English;
        extract(&doc, &segment::segment(&doc, en), en, &mut Stems::new(en))
    }

    pub(crate) fn find<'a>(phrases: &'a [Phrase], text: &str) -> Option<&'a Phrase> {
        phrases.iter().find(|p| p.text == text)
    }

    #[test]
    fn scores_offsets_and_order() {
        let text = "The city council approved the new budget. The budget raises school funding. \
            Critics said the budget ignores public transit and the city council.";
        let phrases = phrases(text);
        assert_eq!(phrases[0].text, "budget");
        assert_eq!(phrases[0].score, 1.0);
        assert!(phrases.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(phrases.iter().all(|p| (0.0..=1.0).contains(&p.score)));
        let council = find(&phrases, "city council").expect("city council");
        assert_eq!(council.occurrences.len(), 2);
        for &(s, e) in &council.occurrences {
            assert_eq!(&text[s..e], "city council");
        }
    }

    #[test]
    fn nothing_from_nothing() {
        for text in [
            "",
            "   \n\n ",
            "the of and to",
            "1 2 3 4, 5.6",
            "\u{0}\u{1}\u{fffd}",
        ] {
            assert!(phrases(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn long_junk_stays_bounded() {
        // One run of 20,000 words with no break: candidates stay a bounded number per word.
        let text = "zork ".repeat(10_000) + &"blip flap ".repeat(5_000);
        let phrases = phrases(&text);
        assert!(phrases.len() <= MAX_PHRASES);
        assert!(phrases.iter().all(|p| p.key.split(' ').count() <= 6));
    }
}
