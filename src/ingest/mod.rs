//! Ingest: turn raw input (plain text, HTML, Markdown, with optional front matter) into a
//! [`Document`]: a title, metadata and clean body text cut into blocks.
//!
//! Everything after ingest sees only `Document::text`; page chrome, markup and captions
//! never reach it.

mod front_matter;
mod html;
mod markdown;
mod text;

use crate::analysis::Metadata;
use crate::Format;

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

/// Reads `input` as `format`, detecting it when `Format::Auto`.
///
/// ```
/// use abridge::{ingest::{ingest, BlockKind}, Format};
/// let doc = ingest("---\ntitle: Talks\n---\n# Agenda\n\nThe talks began. Read [more](x).", Format::Auto);
/// assert_eq!(doc.title.as_deref(), Some("Talks"));
/// assert_eq!(doc.text, "Agenda\n\nThe talks began. Read more.");
/// assert_eq!(doc.blocks[0].kind, BlockKind::Heading);
///
/// let doc = ingest("Download\nTalks open in Anchorage\n00:22\n\nThe talks began.", Format::Auto);
/// assert_eq!(doc.title.as_deref(), Some("Talks open in Anchorage"));
/// assert_eq!(doc.text, "The talks began.");
/// ```
pub fn ingest(input: &str, format: Format) -> Document {
    let (fields, body) = front_matter::split(input);
    let mut doc = Document::default();
    match resolve(format, body) {
        Format::Html => html::read(body, &mut doc),
        Format::Markdown => markdown::read(body, &mut doc),
        _ => text::read(body, &mut doc),
    }
    // Front matter is the author's own statement: it wins over what the page says.
    front_matter::apply(&fields, &mut doc);
    doc
}

/// Guesses the format from the first few KB. Text that starts with a tag and has markup
/// is HTML (a page or a fragment); Markdown syntax at line starts means Markdown (its HTML
/// blocks still go to the HTML reader); prose that merely mentions a tag or two is
/// HTML only when it also closes them; anything else is plain text.
pub(crate) fn resolve(format: Format, body: &str) -> Format {
    if format != Format::Auto {
        return format;
    }
    let head = &body[..floor_char_boundary(body, 8192)];
    let markup = html::looks_like_html(head);
    if markup && head.trim_start().starts_with('<') {
        Format::Html
    } else if markdown::looks_like_markdown(head) {
        Format::Markdown
    } else if markup && head.matches("</").count() >= 2 {
        Format::Html
    } else {
        Format::Text
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_detection() {
        for (input, expected) in [
            (
                "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hi</p></body></html>",
                Format::Html,
            ),
            (
                "  <html><body><p>One</p><p>Two</p></body></html>",
                Format::Html,
            ),
            ("<p>A fragment.</p>\n<p>Another.</p>", Format::Html),
            ("<div><span>x</span></div>", Format::Html),
            (
                "Text first, then <p>markup</p> and <div>more</div> of it.",
                Format::Html,
            ),
            (
                "# Title\n\nText with a [link](https://x.org).",
                Format::Markdown,
            ),
            (
                "# Title\n\n<div>\n<p>HTML block</p>\n</div>\n\nMore *text*.",
                Format::Markdown,
            ),
            ("Title\n=====\n\nBody.", Format::Markdown),
            (
                "Use the <div> and <p> tags to lay out a page.",
                Format::Text,
            ),
            (
                "Prices fell 5% (< 10%) and x > y.\n\nWe're #1 again.",
                Format::Text,
            ),
            ("# of votes counted was low", Format::Text),
            ("Download\nHeadline here\n00:22\n\nBody text.", Format::Text),
            ("", Format::Text),
        ] {
            assert_eq!(resolve(Format::Auto, input), expected, "{input}");
        }
        assert_eq!(resolve(Format::Text, "<p>x</p><p>y</p>"), Format::Text);
    }
}
