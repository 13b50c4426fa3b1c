//! Markdown: block structure from line starts (headings, lists, quotes, fences, HTML
//! blocks), inline markup stripped to its text. Links keep their text; images, code
//! blocks and raw HTML blocks are not article prose (HTML blocks go to the HTML reader).

use super::{html, BlockKind, Document};

pub(crate) fn looks_like_markdown(head: &str) -> bool {
    let mut signals = 0;
    for line in head.lines().take(200) {
        let t = line.trim_start();
        if t.starts_with("# ")
            || t.starts_with("## ")
            || t.starts_with("### ")
            || t.starts_with("```")
            || t.starts_with("> ")
        {
            signals += 2;
        } else if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ") {
            signals += 1;
        }
        if t.contains("](")
            || t.contains("**")
            || t.starts_with("===")
            || t.starts_with("---") && t.trim_end().chars().all(|c| c == '-')
        {
            signals += 1;
        }
    }
    signals >= 2
}

pub(crate) fn read(body: &str, doc: &mut Document) {
    let mut paragraph = String::new();
    let mut fence: Option<&str> = None;
    let mut html_block = String::new();
    let lines: Vec<&str> = body.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if !html_block.is_empty() {
            html_block.push_str(line);
            html_block.push('\n');
            if t.is_empty() {
                html::read_fragment(&html_block, doc);
                html_block.clear();
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            flush(&mut paragraph, doc);
            fence = Some(&t[..3]);
            continue;
        }
        if t.is_empty() {
            flush(&mut paragraph, doc);
            continue;
        }
        if paragraph.is_empty()
            && t.starts_with('<')
            && t[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '!' || c == '/')
        {
            html_block.push_str(line);
            html_block.push('\n');
            continue;
        }
        // Setext heading: the underline turns the paragraph so far into a heading.
        if !paragraph.is_empty()
            && (t.chars().all(|c| c == '=') || (t.len() >= 2 && t.chars().all(|c| c == '-')))
        {
            doc.push(BlockKind::Heading, &inline(&paragraph));
            paragraph.clear();
            continue;
        }
        if t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')) {
            flush(&mut paragraph, doc); // thematic break
            continue;
        }
        let hashes = t.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
            flush(&mut paragraph, doc);
            doc.push(
                BlockKind::Heading,
                &inline(t[hashes..].trim_end_matches('#')),
            );
            continue;
        }
        if let Some(item) = list_item(t) {
            flush(&mut paragraph, doc);
            // Continuation lines of the item are indented; gather them.
            let mut text = item.to_string();
            for next in &lines[i + 1..] {
                if next.starts_with([' ', '\t'])
                    && !next.trim().is_empty()
                    && list_item(next.trim()).is_none()
                {
                    text.push(' ');
                    text.push_str(next.trim());
                } else {
                    break;
                }
            }
            doc.push(BlockKind::ListItem, &inline(&text));
            continue;
        }
        if line.starts_with([' ', '\t'])
            && paragraph.is_empty()
            && i > 0
            && lines[i - 1].trim().is_empty()
            && line.starts_with("    ")
        {
            continue; // indented code block
        }
        if let Some(quoted) = t.strip_prefix('>') {
            flush(&mut paragraph, doc);
            doc.push(BlockKind::Quote, &inline(quoted));
            continue;
        }
        if i > 0
            && lines[i - 1]
                .trim_start()
                .starts_with(|c: char| "-*+".contains(c))
            && line.starts_with([' ', '\t'])
        {
            continue; // already gathered into its list item
        }
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(t);
    }
    if !html_block.is_empty() {
        html::read_fragment(&html_block, doc);
    }
    flush(&mut paragraph, doc);
}

fn flush(paragraph: &mut String, doc: &mut Document) {
    if !paragraph.is_empty() {
        doc.push(BlockKind::Paragraph, &inline(paragraph));
        paragraph.clear();
    }
}

fn list_item(t: &str) -> Option<&str> {
    if let Some(rest) = t.strip_prefix(['-', '*', '+']) {
        return rest.strip_prefix(' ').map(str::trim_start);
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        return t[digits..]
            .strip_prefix(['.', ')'])
            .and_then(|r| r.strip_prefix(' '));
    }
    None
}

/// Strips inline markup: emphasis, code spans, links (text kept), images and HTML tags
/// (dropped), backslash escapes and `<autolinks>`.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = b[i];
        match c {
            b'\\' if i + 1 < s.len() && b[i + 1].is_ascii_punctuation() => {
                out.push(b[i + 1] as char);
                i += 2;
            }
            b'!' if s[i + 1..].starts_with('[') => match link_end(s, i + 1) {
                Some(end) => i = end,
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            b'[' => match link_end(s, i) {
                Some(end) => {
                    let close = s[i..].find(']').map(|k| i + k).unwrap_or(i);
                    out.push_str(&inline(&s[i + 1..close]));
                    i = end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            b'<' if s[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') => {
                match s[i..].find('>') {
                    Some(k) => {
                        let inner = &s[i + 1..i + k];
                        if inner.contains("://") || inner.contains('@') && !inner.contains(' ') {
                            out.push_str(inner); // an autolink shows its address
                        }
                        i += k + 1;
                    }
                    None => {
                        out.push('<');
                        i += 1;
                    }
                }
            }
            b'*' | b'`' => i += 1,
            // `_` is emphasis only at a word edge; snake_case stays.
            b'_' if i == 0
                || !b[i - 1].is_ascii_alphanumeric()
                || i + 1 >= b.len()
                || !b[i + 1].is_ascii_alphanumeric() =>
            {
                i += 1
            }
            _ => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    html::decode_entities(&out)
}

/// `[text](url)` or `[text][ref]` starting at `open`: the index after it.
fn link_end(s: &str, open: usize) -> Option<usize> {
    let close = open + s[open..].find(']')?;
    let rest = &s[close + 1..];
    let closer = match rest.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    Some(close + 1 + rest.find(closer)? + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markup() {
        for (input, expected) in [
            ("**bold** and _em_ and `code`", "bold and em and code"),
            ("a [link](http://x.y) here", "a link here"),
            ("an ![image](i.png) gone", "an  gone"),
            ("snake_case_name stays", "snake_case_name stays"),
            ("x &amp; y", "x & y"),
            ("<b>tag</b> text", "tag text"),
            ("5 < 6 and 7 > 3", "5 < 6 and 7 > 3"),
        ] {
            assert_eq!(inline(input), expected, "{input}");
        }
    }

    #[test]
    fn blocks() {
        let mut doc = Document::default();
        read("# Title\n\nPara one\ncontinues.\n\n- item one\n- item two\n\n```\ncode\n```\n\n> quoted\n\nSetext\n======\n", &mut doc);
        let got: Vec<(BlockKind, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b)))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading, "Title"),
                (BlockKind::Paragraph, "Para one continues."),
                (BlockKind::ListItem, "item one"),
                (BlockKind::ListItem, "item two"),
                (BlockKind::Quote, "quoted"),
                (BlockKind::Heading, "Setext"),
            ]
        );
    }
}
