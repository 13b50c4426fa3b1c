//! Plain text, often pasted from a web page: blank lines separate paragraphs, short
//! unpunctuated lines are headings, and page chrome (timestamps, "Download", "Read more:",
//! share lines, a lone outlet name) is dropped.

use super::{BlockKind, Document};

pub(crate) fn read(body: &str, doc: &mut Document) {
    let mut paragraph = String::new();
    let mut skip_next_headline = false;
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    for (i, &line) in lines.iter().enumerate() {
        if line.is_empty() {
            flush(&mut paragraph, doc);
            continue;
        }
        if is_chrome(line) {
            flush(&mut paragraph, doc);
            // "Read more:" introduces a link to another article, on the next line.
            skip_next_headline = line.ends_with(':');
            continue;
        }
        let next = lines.get(i + 1).copied().unwrap_or("");
        if skip_next_headline && is_headline(line) {
            skip_next_headline = false;
            continue;
        }
        skip_next_headline = false;
        if let Some(item) = list_item(line) {
            flush(&mut paragraph, doc);
            doc.push(BlockKind::ListItem, item);
        } else if paragraph.is_empty()
            && is_headline(line)
            && (next.is_empty() || is_chrome(next) || next.len() > 100)
        {
            doc.push(BlockKind::Heading, line);
        } else {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(line);
            // A line that ends a sentence, or holds a whole paragraph, ends its paragraph;
            // shorter lines are hard-wrapped text and join the next.
            if ends_sentence(line) || line.len() > 100 {
                flush(&mut paragraph, doc);
            }
        }
    }
    flush(&mut paragraph, doc);
}

fn flush(paragraph: &mut String, doc: &mut Document) {
    if !paragraph.is_empty() {
        doc.push(BlockKind::Paragraph, paragraph);
        paragraph.clear();
    }
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// A short line that does not end like a sentence (or is a short question): a heading.
fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= 14
        && !line.ends_with(['.', ',', ';', ':'])
        && line.chars().next().is_some_and(|c| !c.is_lowercase())
}

fn list_item(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix(['•', '·', '▪', '●', '◦'])
        .or_else(|| line.strip_prefix("- "))
        .or_else(|| line.strip_prefix("* "))?;
    Some(rest.trim_start())
}

const CHROME_PHRASES: &[&str] = &[
    "download",
    "read more",
    "read more:",
    "see also",
    "see also:",
    "related",
    "related:",
    "related articles",
    "related stories",
    "search trends",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "subscribe",
    "subscribe now",
    "advertisement",
    "sponsored",
    "comments",
    "print",
    "email",
    "copy link",
    "watch",
    "listen",
    "play video",
    "back to top",
    "skip to content",
    "sign in",
    "log in",
    "follow us",
    "more",
    "top stories",
    "most read",
    "trending",
];

/// Lines that are page furniture rather than article text.
pub(crate) fn is_chrome(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let lower = lower.trim_end_matches(['.', '»', '›', '>', ' ']);
    if CHROME_PHRASES.contains(&lower) {
        return true;
    }
    if is_timestamp(lower) {
        return true;
    }
    // "Updated 21:47, 18-Mar-2021", "Published: 3 hours ago"
    for prefix in [
        "updated",
        "published",
        "posted",
        "last updated",
        "first published",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            if rest.chars().any(|c| c.is_ascii_digit()) && rest.split_whitespace().count() <= 6 {
                return true;
            }
        }
    }
    for prefix in [
        "share on ",
        "follow us on ",
        "subscribe to ",
        "sign up for ",
        "click here to ",
    ] {
        if lower.starts_with(prefix) && lower.split_whitespace().count() <= 10 {
            return true;
        }
    }
    // A lone outlet name or credit: one all-caps word ("CGTN", "AP") or "/Getty"-style.
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() == 1 {
        let w = words[0];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if w.starts_with('/')
            || ((2..=6).contains(&letters)
                && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                && !w.ends_with(['.', '?', '!']))
        {
            return true;
        }
    }
    false
}

/// "00:22", "03:57", "1:02:33", "21:47, 18-Mar-2021".
fn is_timestamp(s: &str) -> bool {
    !s.is_empty()
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | '-' | ' ' | '/'))
        && s.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines() {
        for (line, chrome) in [
            ("Download", true),
            ("00:22", true),
            ("1:02:33", true),
            ("Updated 21:47, 18-Mar-2021", true),
            ("Read more:", true),
            ("Search Trends", true),
            ("CGTN", true),
            ("/Getty", true),
            ("Share on Facebook", true),
            ("What's on the agenda?", false),
            ("NASA", true),
            ("The meeting was held at 10:30.", false),
            ("Why Anchorage?", false),
        ] {
            assert_eq!(is_chrome(line), chrome, "{line}");
        }
    }

    #[test]
    fn headings_and_paragraphs() {
        let mut doc = Document::default();
        read("Download\nTitle line here\n\nFirst para. Second.\n\nWhat's next?\n\nMore text here.\n\nRead more:\n\nA related headline\n\nEnd.", &mut doc);
        let kinds: Vec<(BlockKind, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b)))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "Title line here"),
                (BlockKind::Paragraph, "First para. Second."),
                (BlockKind::Heading, "What's next?"),
                (BlockKind::Paragraph, "More text here."),
                (BlockKind::Paragraph, "End."),
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let mut doc = Document::default();
        read("This is a long hard-wrapped paragraph that goes on\nand on across lines until it ends.\nNext line starts a new one.", &mut doc);
        assert_eq!(doc.blocks.len(), 2);
        assert!(doc.text.starts_with("This is a long hard-wrapped paragraph that goes on and on across lines until it ends.\n\nNext"));
    }
}
