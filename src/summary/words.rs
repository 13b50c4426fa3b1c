//! The content words of each sentence as small integer ids: lowercased, stemmed, stopwords
//! and numbers left out, each id once per sentence. Every distinct surface form is stemmed
//! once; after that a token costs one lowercase copy into a reused buffer and one lookup.

use crate::document::Document;
use crate::hash::WordMap;
use crate::lang::{Language, Stems};
use crate::segment::{Segments, TokenKind};
use std::ops::Range;

/// Sentence `i`'s distinct word ids are `ids[ranges[i]]`, in order of appearance.
pub(crate) struct SentenceWords {
    ids: Vec<u32>,
    ranges: Vec<Range<usize>>,
    /// How many distinct words there are: every id is below this.
    pub vocabulary: usize,
}

/// Marks a lowercase form that is a stopword in the form cache.
const STOPWORD: u32 = u32::MAX;

/// `Box<str>` keys, as the keyphrase vocabulary's: one map type for the wasm to carry.
type Words = WordMap<Box<str>, u32>;

impl SentenceWords {
    pub fn new(
        doc: &Document,
        seg: &Segments,
        lang: Language,
        stemmer: &mut Stems,
    ) -> SentenceWords {
        let mut forms: Words = Words::default();
        let mut stems: Words = Words::default();
        let mut buffer = String::new();
        let mut ids = Vec::with_capacity(seg.tokens.len());
        let mut ranges = Vec::with_capacity(seg.sentences.len());
        // The last sentence (plus one) each id was taken in, to take it once per sentence.
        let mut last: Vec<usize> = Vec::new();
        for (s, sentence) in seg.sentences.iter().enumerate() {
            let first = ids.len();
            for token in seg.sentence_tokens(sentence) {
                let word = &doc.text[token.start..token.end];
                // One-letter words are initials and stray letters, not topics.
                if token.kind == TokenKind::Number || word.chars().nth(1).is_none() {
                    continue;
                }
                // Most words are lowercase already: look them up without a copy.
                let lower = if word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
                    buffer.clear();
                    buffer.extend(word.chars().flat_map(char::to_lowercase));
                    buffer.as_str()
                } else {
                    word
                };
                let id = match forms.get(lower) {
                    Some(&id) => id,
                    None => {
                        let id = if lang.is_stopword(lower) {
                            STOPWORD
                        } else {
                            let next = stems.len() as u32;
                            let id = *stems.entry(stemmer.get(lower).into()).or_insert(next);
                            if id == next {
                                last.push(0);
                            }
                            id
                        };
                        forms.insert(lower.into(), id);
                        id
                    }
                };
                if id != STOPWORD && last[id as usize] != s + 1 {
                    last[id as usize] = s + 1;
                    ids.push(id);
                }
            }
            ranges.push(first..ids.len());
        }
        SentenceWords {
            ids,
            ranges,
            vocabulary: stems.len(),
        }
    }

    pub fn of(&self, sentence: usize) -> &[u32] {
        &self.ids[self.ranges[sentence].clone()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;
    use crate::segment::segment;

    fn words_of(text: &str) -> (SentenceWords, usize) {
        let mut doc = Document::default();
        doc.push(BlockKind::Paragraph, text);
        let seg = segment(&doc, Language::English);
        let n = seg.sentences.len();
        (
            SentenceWords::new(
                &doc,
                &seg,
                Language::English,
                &mut Stems::new(Language::English),
            ),
            n,
        )
    }

    #[test]
    fn ids_are_stemmed_content_words_once_per_sentence() {
        for (text, distinct_per_sentence, vocabulary) in [
            // "Markets" and "market" share a stem; "the" and "in" are stopwords.
            (
                "The markets fell. The market in Asia fell too.",
                vec![2, 3],
                3,
            ),
            // Repeats count once; numbers and one-letter words are left out.
            ("Talks, talks and talks in 2021 with a J Smith.", vec![2], 2),
            ("Of the and to.", vec![0], 0),
        ] {
            let (w, n) = words_of(text);
            let got: Vec<usize> = (0..n).map(|i| w.of(i).len()).collect();
            assert_eq!(got, distinct_per_sentence, "{text}");
            assert_eq!(w.vocabulary, vocabulary, "{text}");
        }
        let (w, _) = words_of("The markets fell. The market in Asia fell too.");
        assert_eq!(w.of(1), [w.of(0)[0], 2, w.of(0)[1]], "market, asia, fell");
    }
}
