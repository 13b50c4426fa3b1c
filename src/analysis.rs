//! The result of [`analyze`](crate::analyze), serialized for JS and JSON with camelCase fields.
//!
//! Every offset (`start`, `end`) is a UTF-16 code-unit offset into [`Analysis::text`], so
//! `text.slice(start, end)` is exact in JavaScript. In Rust, use [`Analysis::slice`].

use crate::document::Metadata;
use serde::Serialize;

/// Everything abridge found in one article.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Analysis {
    pub title: Option<String>,
    pub metadata: Metadata,
    /// ISO 639-1 code of the article's language: the one named in the options, or under
    /// `"auto"` the one detected ([`crate::lang::detect`]); `"en"` when the text is too short
    /// to tell (it is read as English); `"und"` when it is in a language or script abridge
    /// does not list, which is read by statistics alone, as is every language but English in
    /// a build without the `languages` feature.
    pub language: String,
    /// The clean body text, paragraphs separated by a blank line; every offset indexes it.
    pub text: String,
    pub stats: Stats,
    /// Every sentence of `text` in document order, as offsets only (headings count as
    /// sentences); `summary[i].index` indexes this list.
    pub sentences: Vec<Span>,
    /// The summary sentences, in document order.
    pub summary: Vec<SummarySentence>,
    /// Best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Best first.
    pub tags: Vec<Tag>,
}

impl Analysis {
    /// The text between two UTF-16 offsets of this analysis (lossy if they split a pair).
    pub fn slice(&self, start: usize, end: usize) -> String {
        let units: Vec<u16> = self
            .text
            .encode_utf16()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        String::from_utf16_lossy(&units)
    }
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// At 230 words a minute, rounded up; 0 for an empty article.
    pub reading_minutes: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SummarySentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The sentence's position among all sentences of `text`, from 0.
    pub index: usize,
    /// In [0, 1]; 1 for the best sentence.
    pub score: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Keyphrase {
    /// The most natural surface form seen in the text.
    pub text: String,
    /// In [0, 1]; 1 for the best keyphrase.
    pub score: f64,
    /// How many occurrences, variants included.
    pub count: usize,
    pub occurrences: Vec<Span>,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Tag {
    pub label: String,
    /// Lowercase ASCII letters, digits and hyphens (non-Latin letters are kept as they are).
    pub slug: String,
    pub kind: TagKind,
    /// In [0, 1].
    pub score: f64,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum TagKind {
    Person,
    Place,
    Organization,
    Topic,
}
