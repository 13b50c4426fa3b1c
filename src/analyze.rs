//! The pipeline: ingest → segment → keyphrases → summary → tags, and the conversion of
//! byte offsets to the UTF-16 offsets of the result.

use crate::analysis::{Analysis, Keyphrase, Span, Stats, SummarySentence};
use crate::document::BlockKind;
use crate::ingest::ingest;
use crate::lang::{Language, Stems};
use crate::{keyphrases, segment, summary, tags, Error, Options};

/// Analyses one article with the given options.
///
/// ```
/// let article = "Download\n00:22\n\nThe city council approved the new budget on Monday. \
///     The budget raises school funding by 5 percent. Critics said the budget ignores transit.";
/// let analysis = abridge::analyze(article, &abridge::Options::default().sentences(1)).unwrap();
/// assert_eq!(analysis.summary.len(), 1);
/// assert!(!analysis.text.contains("Download"));
/// assert_eq!(analysis.keyphrases[0].text, "budget");
/// ```
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    options.validate()?;
    if input.len() > options.input_limit() {
        return Err(Error::input_too_large(
            Some(input.len()),
            options.input_limit(),
        ));
    }
    let named = options
        .get_language()
        .map(|code| Language::from_code(code).expect("validated"));
    let doc = ingest(input, options.get_format(), named);
    // Under "auto" the detected language; text in a language without rules, or too short or
    // mixed to tell, is read by statistics alone.
    let (language, code) = match named {
        Some(language) => (language, language.code()),
        None => Language::detect(&doc.text),
    };
    let seg = segment::segment(&doc, language);
    let mut stems = Stems::new(language);
    let phrases = keyphrases::extract(&doc, &seg, language, &mut stems);
    let picks = summary::summarize(&doc, &seg, language, &mut stems, options.budget());
    let tags = tags::tags(&phrases, &doc.metadata, options.tag_count());

    let utf16 = Utf16::new(&doc.text);
    let summary = picks
        .iter()
        .map(|p| {
            let s = &seg.sentences[p.index];
            SummarySentence {
                text: doc.text[s.start..s.end].to_string(),
                start: utf16.at(s.start),
                end: utf16.at(s.end),
                index: p.index,
                score: p.score,
            }
        })
        .collect();
    let sentences = seg
        .sentences
        .iter()
        .map(|s| Span {
            start: utf16.at(s.start),
            end: utf16.at(s.end),
        })
        .collect();
    let keyphrases = phrases
        .iter()
        .filter(|p| !p.tag_only)
        .take(options.keyphrase_count())
        .map(|p| Keyphrase {
            text: p.text.clone(),
            score: p.score,
            count: p.occurrences.len(),
            occurrences: p
                .occurrences
                .iter()
                .map(|&(s, e)| Span {
                    start: utf16.at(s),
                    end: utf16.at(e),
                })
                .collect(),
        })
        .collect();
    let words = seg.tokens.len();
    let stats = Stats {
        words,
        sentences: seg.sentences.len(),
        paragraphs: doc
            .blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Heading)
            .count(),
        reading_minutes: words.div_ceil(230),
    };
    Ok(Analysis {
        title: doc.title,
        metadata: doc.metadata,
        language: code.to_string(),
        text: doc.text,
        stats,
        sentences,
        summary,
        keyphrases,
        tags,
    })
}

/// Byte offset → UTF-16 offset. Identity for ASCII text; otherwise a sorted table of the
/// non-ASCII characters, searched per offset (no per-byte table for long articles).
struct Utf16 {
    /// (byte offset of a non-ASCII char, extra UTF-16 units minus extra bytes before it).
    marks: Vec<(usize, isize)>,
}

impl Utf16 {
    fn new(text: &str) -> Utf16 {
        let mut marks = Vec::new();
        let mut shift = 0isize;
        for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
            marks.push((i, shift));
            shift += c.len_utf16() as isize - c.len_utf8() as isize;
        }
        marks.push((usize::MAX, shift));
        Utf16 { marks }
    }

    fn at(&self, byte: usize) -> usize {
        let k = self.marks.partition_point(|&(b, _)| b < byte);
        // Marks before `byte` are fully counted: the shift recorded at the next mark.
        let shift = self.marks[k].1;
        (byte as isize + shift) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(a: &Analysis) -> Vec<String> {
        a.sentences
            .iter()
            .map(|s| a.slice(s.start, s.end))
            .collect()
    }

    #[test]
    fn a_lone_sentence_is_the_text_and_the_summary() {
        let question = "Will the old harbour bridge reopen before the winter storms arrive?";
        let a = analyze(question, &Options::default()).unwrap();
        assert_eq!(a.title, None);
        assert_eq!(a.text, question);
        assert_eq!(sentences(&a), [question]);
        assert_eq!(a.summary.len(), 1);
        assert_eq!(a.summary[0].text, question);
        assert!(!a.keyphrases.is_empty());
    }

    #[test]
    fn a_wrapped_line_ending_in_an_abbreviation_is_one_paragraph_and_sentence() {
        let input = "The firm has a new head, the chief executive, Mr.\nDaniel Okafor, who joined \
                     from a rival bank.\nShares rose.";
        let a = analyze(input, &Options::default()).unwrap();
        assert_eq!(
            sentences(&a),
            [
                "The firm has a new head, the chief executive, Mr. Daniel Okafor, who joined from a rival bank.",
                "Shares rose."
            ]
        );
    }

    #[test]
    fn sentence_offsets_are_utf16_and_summary_indexes_them() {
        let a = analyze(
            "Émile 😀 opened a café in Lyon on Monday. The café serves crêpes 🥞 all day. \
             Émile said the café was his dream.",
            &Options::default().sentences(2),
        )
        .unwrap();
        assert_eq!(a.sentences.len(), a.stats.sentences);
        assert_eq!(a.sentences.len(), 3);
        for s in &a.summary {
            assert_eq!(
                a.slice(a.sentences[s.index].start, a.sentences[s.index].end),
                s.text
            );
        }
    }

    #[test]
    fn utf16_offsets() {
        let text = "a😀é中b";
        let u = Utf16::new(text);
        let expected: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| text[..i].encode_utf16().count())
            .collect();
        let got: Vec<usize> = text.char_indices().map(|(i, _)| u.at(i)).collect();
        assert_eq!(got, expected);
        assert_eq!(u.at(text.len()), text.encode_utf16().count());
    }
}
