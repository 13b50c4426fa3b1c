//! Segment: blocks → sentences → tokens, every piece carrying byte offsets into the
//! document text. Sentences never cross blocks.

mod cjk;
mod labels;
mod sentences;
mod tokens;

pub(crate) use labels::{line_label, next_label};
pub use sentences::{split_sentences, split_with, Evidence};
pub(crate) use tokens::is_cjk;
pub use tokens::{tokenize, Token, TokenKind};

use crate::document::Document;
use crate::lang::Language;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into `Document::blocks`.
    pub block: usize,
    /// Index range into `Segments::tokens`.
    pub tokens: Range<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct Segments {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Segments {
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }
}

/// The sentences and tokens of `doc`, read by the rules of `lang` (its abbreviations,
/// sentence openers and elisions).
pub fn segment(doc: &Document, lang: Language) -> Segments {
    let mut out = Segments::default();
    let evidence = Evidence::of(&doc.text);
    for (b, block) in doc.blocks.iter().enumerate() {
        let text = doc.block_text(block);
        for (s, e) in split_with(text, &evidence, lang) {
            let first = out.tokens.len();
            tokenize(&text[s..e], block.start + s, lang, &mut out.tokens);
            out.sentences.push(Sentence {
                start: block.start + s,
                end: block.start + e,
                block: b,
                tokens: first..out.tokens.len(),
            });
        }
    }
    out
}
