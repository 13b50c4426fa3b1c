//! The types every stage shares, below all of them: the clean [`Document`] that ingest
//! produces and segment, keyphrases and summary read, its [`Metadata`], and the input
//! [`Format`].

use serde::Serialize;

/// How to read the input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Detect HTML, Markdown or plain text from the content.
    #[default]
    Auto,
    Text,
    Html,
    Markdown,
}

impl Format {
    /// The names the `format` option accepts, in the order messages list them.
    pub const NAMES: &'static [&'static str] = &["auto", "text", "html", "markdown"];
    /// `NAMES[i]` names `ALL[i]`.
    const ALL: [Format; 4] = [Format::Auto, Format::Text, Format::Html, Format::Markdown];

    pub(crate) fn parse(s: &str) -> Option<Format> {
        Format::NAMES
            .iter()
            .position(|n| *n == s)
            .map(|i| Format::ALL[i])
    }
}

/// The clean article: blocks of text separated by a blank line in `text`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub title: Option<String>,
    pub metadata: Metadata,
    pub text: String,
    pub blocks: Vec<Block>,
}

/// A paragraph-level unit: a byte range of `Document::text`. Sentences never cross blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A heading: its own unit, never glued to the next sentence, never summarised.
    Heading,
    ListItem,
    Quote,
}

impl Document {
    /// Appends a block, collapsing whitespace and dropping control characters; empty
    /// blocks are skipped.
    pub(crate) fn push(&mut self, kind: BlockKind, raw: &str) {
        let before = self.text.len();
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        let mut pending_space = false;
        for c in raw.chars() {
            if c.is_whitespace() || c == '\u{FEFF}' {
                pending_space = true;
            } else if c.is_control() || c == '\u{FFFD}' {
                // Binary junk and NULs say nothing; U+FFFD is what lone surrogates became.
                pending_space = true;
            } else {
                if pending_space && self.text.len() > start {
                    self.text.push(' ');
                }
                pending_space = false;
                self.text.push(c);
            }
        }
        if self.text.len() == start {
            self.text.truncate(before);
            return;
        }
        self.blocks.push(Block {
            start,
            end: self.text.len(),
            kind,
        });
    }

    pub fn block_text(&self, block: &Block) -> &str {
        &self.text[block.start..block.end]
    }
}

/// What front matter or HTML `<meta>` tags said about the article.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// As written by the source (not reformatted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
