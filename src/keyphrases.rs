//! Keyphrases: candidate phrases (runs of content words that no punctuation or stopword
//! breaks), merged by stemmed form, scored by frequency, spread and position.

use crate::ingest::{BlockKind, Document};
use crate::lang::Language;
use crate::segment::{Segments, TokenKind};
use std::collections::HashMap;

/// A ranked phrase, offsets in bytes of the document text.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// The most frequent surface form.
    pub text: String,
    /// Lowercased, stemmed words joined by a space: what variants share.
    pub key: String,
    /// In [0, 1], the best phrase 1.
    pub score: f64,
    pub occurrences: Vec<(usize, usize)>,
    /// Capitalised where it is not the first word of a sentence: a name.
    pub proper: bool,
}

const MAX_WORDS: usize = 4;

pub fn extract(doc: &Document, seg: &Segments, lang: Language) -> Vec<Phrase> {
    let stemmer = lang.stemmer();
    struct Acc {
        forms: HashMap<String, usize>,
        occurrences: Vec<(usize, usize)>,
        first: usize,
        capitalised: usize,
        words: usize,
    }
    let mut acc: HashMap<String, Acc> = HashMap::new();
    let total = seg.sentences.len().max(1);
    for (si, sentence) in seg.sentences.iter().enumerate() {
        if doc.blocks[sentence.block].kind == BlockKind::Heading && si > 0 {
            // Headings repeat body words; counting them again skews frequency less than it helps.
        }
        let tokens = seg.sentence_tokens(sentence);
        let mut run_start = 0;
        for i in 0..=tokens.len() {
            let breaks = i == tokens.len() || {
                let t = &tokens[i];
                let word = &doc.text[t.start..t.end];
                t.kind == TokenKind::Number
                    || lang.is_stopword(&word.to_lowercase())
                    || word.chars().count() < 2
                    || (i > run_start && t.after_punct)
            };
            if !breaks {
                continue;
            }
            let run = &tokens[run_start..i];
            // Every sub-run up to MAX_WORDS long is a candidate, so long runs still yield phrases.
            for a in 0..run.len() {
                for b in a + 1..=(a + MAX_WORDS).min(run.len()) {
                    let (s, e) = (run[a].start, run[b - 1].end);
                    let key: Vec<String> = run[a..b]
                        .iter()
                        .map(|t| {
                            stemmer
                                .stem(&doc.text[t.start..t.end].to_lowercase())
                                .into_owned()
                        })
                        .collect();
                    let entry = acc.entry(key.join(" ")).or_insert_with(|| Acc {
                        forms: HashMap::new(),
                        occurrences: Vec::new(),
                        first: si,
                        capitalised: 0,
                        words: b - a,
                    });
                    *entry.forms.entry(doc.text[s..e].to_string()).or_default() += 1;
                    entry.occurrences.push((s, e));
                    let initial = run[a].start == tokens[0].start;
                    if !initial
                        && run[a..b]
                            .iter()
                            .all(|t| doc.text[t.start..].starts_with(char::is_uppercase))
                    {
                        entry.capitalised += 1;
                    }
                }
            }
            run_start = i + 1;
        }
    }
    let mut phrases: Vec<Phrase> = acc
        .into_iter()
        .filter(|(_, a)| a.occurrences.len() >= 2 || a.words > 1)
        .map(|(key, a)| {
            let count = a.occurrences.len() as f64;
            let position = 1.0 - a.first as f64 / total as f64;
            let score = count * (1.0 + 0.5 * (a.words as f64 - 1.0)) * (0.5 + position);
            let text = a
                .forms
                .iter()
                .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
                .map(|f| f.0.clone())
                .unwrap_or_default();
            Phrase {
                text,
                key,
                score,
                proper: a.capitalised * 2 >= a.occurrences.len() && a.capitalised > 0,
                occurrences: a.occurrences,
            }
        })
        .collect();
    phrases.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.key.cmp(&b.key)));
    // A phrase inside a better one with the same count adds nothing.
    let mut kept: Vec<Phrase> = Vec::new();
    for p in phrases {
        if kept
            .iter()
            .any(|k| contains_words(&k.key, &p.key) && k.occurrences.len() >= p.occurrences.len())
        {
            continue;
        }
        kept.push(p);
    }
    let top = kept.first().map(|p| p.score).unwrap_or(1.0);
    for p in &mut kept {
        p.score /= top;
        p.occurrences.sort_unstable();
        p.occurrences.dedup();
    }
    kept
}

fn contains_words(outer: &str, inner: &str) -> bool {
    outer != inner && format!(" {outer} ").contains(&format!(" {inner} "))
}
