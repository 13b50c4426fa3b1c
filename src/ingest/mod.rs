//! Ingest: turn raw input (plain text, HTML, Markdown, with optional front matter) into a
//! [`Document`]: a title, metadata and clean body text cut into blocks.
//!
//! Everything after ingest sees only `Document::text`; page chrome, markup and captions
//! never reach it.

mod chrome;
mod front_matter;
mod html;
mod list;
mod markdown;
mod text;

use crate::document::{floor_char_boundary, Document, Format};
use crate::lang::Language;

/// Reads `input` as `format`, detecting it when `Format::Auto`. `language` is the article's
/// language when the caller names it; `None`: plain text is read by the rules of the
/// language its first 4 KB are in (ingest runs before the whole text's language is known),
/// which decide whether a line ending in a full stop ends its paragraph ("Mr.⏎Jane Roe",
/// "z.⏎B.").
///
/// ```
/// use abridge::{document::BlockKind, ingest::ingest, Format};
/// let doc = ingest("---\ntitle: Talks\n---\n# Agenda\n\nThe talks began. Read [more](x).", Format::Auto, None);
/// assert_eq!(doc.title.as_deref(), Some("Talks"));
/// assert_eq!(doc.text, "Agenda\n\nThe talks began. Read more.");
/// assert_eq!(doc.blocks[0].kind, BlockKind::Heading);
///
/// let doc = ingest("Download\nTalks open in Anchorage\n00:22\n\nThe talks began.", Format::Auto, None);
/// assert_eq!(doc.title.as_deref(), Some("Talks open in Anchorage"));
/// assert_eq!(doc.text, "The talks began.");
/// ```
pub fn ingest(input: &str, format: Format, language: Option<Language>) -> Document {
    let (fields, body) = front_matter::split(input);
    let mut doc = Document::default();
    match resolve(format, body) {
        Format::Html => html::read(body, &mut doc),
        Format::Markdown => {
            // Front matter's title makes an opening heading a section's.
            if markdown::read(body, &mut doc) && !fields.iter().any(|(k, _)| k == "title") {
                markdown::take_title(&mut doc);
            }
        }
        _ => {
            let lang = language
                .unwrap_or_else(|| Language::detect(&body[..floor_char_boundary(body, 4096)]).0);
            text::read(body, lang, &mut doc)
        }
    }
    // Front matter is the author's own statement: it wins over what the page says.
    front_matter::apply(&fields, &mut doc);
    doc.metadata.keep_web_urls();
    doc
}

/// Guesses the format from the first few KB. A whole page is HTML whatever its prolog (a
/// byte-order mark, comments, an XML declaration); text that starts with a tag and has
/// markup is HTML; Markdown syntax at line starts means Markdown (its HTML blocks still go
/// to the HTML reader); a fragment that opens with an HTML element is HTML; prose that
/// merely mentions a tag or two is HTML only when it also closes them; anything else is
/// plain text.
pub(crate) fn resolve(format: Format, body: &str) -> Format {
    if format != Format::Auto {
        return format;
    }
    let head = &body[..crate::document::floor_char_boundary(body, 8192)];
    let markup = html::looks_like_html(head);
    let starts_with_tag = head
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
        .starts_with('<');
    if html::starts_a_page(head) || markup && starts_with_tag {
        Format::Html
    } else if markdown::looks_like_markdown(head) {
        Format::Markdown
    } else if html::starts_with_element(head) || markup && head.matches("</").count() >= 2 {
        Format::Html
    } else {
        Format::Text
    }
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
            // Whatever comes before the page: a comment, an XML declaration, a BOM.
            (
                "<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><html><head><title>T</title>",
                Format::Html,
            ),
            (
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">",
                Format::Html,
            ),
            ("\u{FEFF}<html lang=en><head><meta charset=utf-8>", Format::Html),
            ("<!-- one --> <!-- two --><head><script>var a = 1 < 2;</script>", Format::Html),
            // One element is a fragment too.
            ("<p>The council met on Monday.</p>", Format::Html),
            ("<P CLASS=x>The council met on Monday.", Format::Html),
            ("<blink>not an element HTML knows", Format::Text),
            ("<3 you all", Format::Text),
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

    #[test]
    fn fragments_in_auto_keep_all_their_text() {
        for (input, want) in [
            (
                "<p>The council met on Monday.</p>",
                "The council met on Monday.",
            ),
            (
                "<p>The council met on Monday.</p><script>var budget = '<p>x</p>';</script>",
                "The council met on Monday.",
            ),
            (
                "<div>The council met on Monday.<div>The budget passed.</div></div>",
                "The council met on Monday.\n\nThe budget passed.",
            ),
            (
                "<!-- a note --><!DOCTYPE html><html><head><title>Budget</title></head>\
                 <body><p>The council met on Monday.</p></body></html>",
                "The council met on Monday.",
            ),
        ] {
            let doc = ingest(input, Format::Auto, None);
            assert_eq!(doc.text, want, "{input}");
            assert!(!doc.title.unwrap_or_default().contains('<'), "{input}");
        }
    }
}
