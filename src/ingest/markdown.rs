//! Markdown (CommonMark and the GitHub table extension, as articles use them): block
//! structure from line starts, inline markup stripped to its text. Headings, list items,
//! quotes and table rows become blocks; links keep their text; images, code blocks,
//! reference definitions and footnotes are not article prose; HTML blocks go to the HTML
//! reader. A level-1 heading that opens a body is the title.
//!
//! Hand-written rather than pulldown-cmark: that crate adds ~170 KB to the wasm (68 KB
//! gzipped), more than the whole Markdown need justifies.

use super::{chrome, html};
use crate::document::{BlockKind, Document};
use crate::hash::WordMap;
use crate::ingest::list::{list, List};
use crate::segment::line_label;

/// Counts Markdown signals in the first lines: one strong signal (a heading, a fence, a
/// table, a reference definition) or a few weaker ones (links, lists, emphasis, quotes)
/// make Markdown; plain text has few of them.
pub(crate) fn looks_like_markdown(head: &str) -> bool {
    let mut signals = 0;
    let mut prev_text = false;
    for line in head.lines().take(200) {
        let t = line.trim();
        // "# of votes" is prose; a heading starts like a title.
        let heading = atx_heading(t).is_some_and(|h| !h.starts_with(char::is_lowercase));
        signals += if heading
            || fence_open(t).is_some()
            || reference_definition(t)
            || is_table_delimiter(t)
            || prev_text && setext_level(t) == Some(1)
        {
            3
        } else if t.starts_with("> ") || prev_text && setext_level(t).is_some() {
            2
        } else if list_marker(t).is_some() {
            1
        } else {
            0
        };
        if t.contains("](") || t.contains("![") {
            signals += 2;
        }
        if t.contains("**") || t.contains("__") || t.matches('`').count() >= 2 {
            signals += 1;
        }
        if signals >= 3 {
            return true;
        }
        prev_text = !t.is_empty();
    }
    false
}

/// Reads `body` into `doc`: whether it opens with a level-1 heading (see [`take_title`]).
pub(crate) fn read(body: &str, doc: &mut Document) -> bool {
    let lines: Vec<&str> = body.lines().collect();
    let mut r = Reader {
        refs: Labels::new(&lines),
        doc,
        paragraph: String::new(),
        kind: BlockKind::Paragraph,
    };
    let mut fence: Option<(char, usize)> = None;
    let mut html_block: Option<HtmlEnd> = None;
    let mut html_text = String::new();
    // Where the text of the current list item starts (its continuation lines' indent).
    let mut list_indent: Option<usize> = None;
    let mut in_table = false;
    let mut prev_blank = true;
    let mut opens_with_h1 = false;
    for (i, &raw) in lines.iter().enumerate() {
        if let Some(end) = html_block {
            html_text.push_str(raw);
            html_text.push('\n');
            if end.reached(raw) {
                html::read_fragment(&html_text, r.doc);
                (html_block, prev_blank) = (None, true);
                html_text.clear();
            }
            continue;
        }
        let (depth, content) = strip_quote(raw);
        let indent = indentation(content);
        let t = content.trim();
        if let Some((c, n)) = fence {
            if t.len() >= n && t.chars().all(|x| x == c) {
                fence = None;
            }
            continue;
        }
        if t.is_empty() {
            r.flush();
            in_table = false;
            prev_blank = true;
            continue;
        }
        // HTML pasted into Markdown is often indented; it is still HTML, not code.
        if r.paragraph.is_empty() {
            if let Some(end) = html_block_start(t) {
                html_text.push_str(content);
                html_text.push('\n');
                if end.reached(t) {
                    html::read_fragment(&html_text, r.doc);
                    html_text.clear();
                } else {
                    html_block = Some(end);
                }
                continue;
            }
        }
        // Indentation inside a list item counts from the item's text.
        let in_item = list_indent.is_some_and(|li| indent >= li);
        let code_indent = if in_item {
            list_indent.unwrap_or(0) + 4
        } else {
            4
        };
        if indent >= code_indent && r.paragraph.is_empty() && prev_blank {
            continue; // indented code block
        }
        if let Some(f) = fence_open(t) {
            r.flush();
            fence = Some(f);
            continue;
        }
        let prev_was_blank = std::mem::replace(&mut prev_blank, false);
        if let Some(heading) = atx_heading(t) {
            r.flush();
            opens_with_h1 |= r.doc.blocks.is_empty() && t.starts_with("# ");
            r.push(BlockKind::Heading, heading);
            continue;
        }
        if !r.paragraph.is_empty() && r.kind == BlockKind::Paragraph && setext_level(t).is_some() {
            opens_with_h1 |= r.doc.blocks.is_empty() && setext_level(t) == Some(1);
            r.kind = BlockKind::Heading;
            r.flush();
            continue;
        }
        if is_thematic_break(t) {
            r.flush();
            continue;
        }
        if in_table || (r.paragraph.is_empty() && is_table_start(t, lines.get(i + 1))) {
            if is_table_delimiter(t) {
                continue;
            }
            if t.contains('|') {
                r.flush();
                let kind = if in_table {
                    BlockKind::ListItem
                } else {
                    BlockKind::Heading
                };
                r.push(kind, &table_row(t));
                in_table = true;
                continue;
            }
            in_table = false;
        }
        if r.paragraph.is_empty() && reference_definition(t) {
            continue;
        }
        if let Some((marker, offset, rest)) = list_marker(t) {
            // An ordered list interrupts a paragraph only when it starts at 1 ("2021. That
            // year..." is prose).
            let interrupts = r.paragraph.is_empty()
                || r.kind == BlockKind::ListItem
                || !marker.starts_with(|c: char| c.is_ascii_digit())
                || marker.len() == 2 && marker.starts_with('1');
            if interrupts {
                r.flush();
                list_indent = Some(indent + offset);
                r.kind = BlockKind::ListItem;
                r.paragraph.push_str(rest);
                continue;
            }
        }
        // A line of a chat export or a transcript ("[10:02] alice: ok", "Q: Why?") is a
        // paragraph of its own.
        if r.kind == BlockKind::Paragraph && line_label(t) > 0 {
            r.flush();
        }
        if r.paragraph.is_empty() {
            r.kind = if depth > 0 {
                BlockKind::Quote
            } else if in_item {
                BlockKind::ListItem
            } else {
                list_indent = None;
                BlockKind::Paragraph
            };
        } else if depth > 0 && r.kind != BlockKind::Quote && prev_was_blank {
            r.flush();
            r.kind = BlockKind::Quote;
        } else {
            r.paragraph.push(' ');
        }
        r.paragraph.push_str(t.trim_end_matches('\\'));
    }
    if !html_text.is_empty() {
        html::read_fragment(&html_text, r.doc);
    }
    r.flush();
    opens_with_h1
}

/// Makes the level-1 heading that opens `doc` its title, as a page's `<h1>` is, when it
/// heads a body; a heading alone stays the text.
pub(crate) fn take_title(doc: &mut Document) {
    let [first, second, ..] = doc.blocks[..] else {
        return;
    };
    if doc.title.is_some() || first.kind != BlockKind::Heading {
        return;
    }
    doc.title = Some(doc.block_text(&first).to_string());
    let cut = second.start;
    doc.text.drain(..cut);
    doc.blocks.remove(0);
    for b in &mut doc.blocks {
        b.start -= cut;
        b.end -= cut;
    }
}

struct Reader<'a> {
    doc: &'a mut Document,
    refs: Labels,
    paragraph: String,
    kind: BlockKind,
}

impl Reader<'_> {
    fn flush(&mut self) {
        if !self.paragraph.is_empty() {
            let text = inline(&self.paragraph, &self.refs);
            // Short lines of page chrome ("Share this article", "00:22") also turn up in
            // Markdown clipped from web pages.
            let chrome = self.kind != BlockKind::Heading && chrome::is_chrome(&text);
            if !chrome {
                self.doc.push(self.kind, &text);
            }
            self.paragraph.clear();
        }
        self.kind = BlockKind::Paragraph;
    }

    fn push(&mut self, kind: BlockKind, raw: &str) {
        self.doc.push(kind, &inline(raw, &self.refs));
    }
}

/// Strips the `>` markers of a block quote: the nesting depth and the rest of the line.
fn strip_quote(line: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    loop {
        let t = rest.trim_start_matches(' ');
        if rest.len() - t.len() > 3 {
            break;
        }
        match t.strip_prefix('>') {
            Some(r) => {
                depth += 1;
                rest = r.strip_prefix(' ').unwrap_or(r);
            }
            None => break,
        }
    }
    (depth, rest)
}

/// Leading whitespace in columns, a tab counting as four.
fn indentation(line: &str) -> usize {
    line.chars()
        .take_while(|c| matches!(c, ' ' | '\t'))
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// "``` rust" or "~~~": the fence character and length.
fn fence_open(t: &str) -> Option<(char, usize)> {
    let c = t.chars().next().filter(|&c| c == '`' || c == '~')?;
    let n = t.chars().take_while(|&x| x == c).count();
    // A backtick fence's info string has no backticks (else it is inline code).
    (n >= 3 && !(c == '`' && t[n..].contains('`'))).then_some((c, n))
}

/// "## Heading ##": the heading text.
pub(super) fn atx_heading(t: &str) -> Option<&str> {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &t[hashes..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None; // "#hashtag"
    }
    let rest = rest.trim();
    let closed = rest.trim_end_matches('#');
    Some(if closed.is_empty() || closed.ends_with([' ', '\t']) {
        closed.trim_end()
    } else {
        rest
    })
}

/// A setext underline: "===" (level 1) or "---" (level 2).
fn setext_level(t: &str) -> Option<u8> {
    if t.is_empty() {
        None
    } else if t.chars().all(|c| c == '=') {
        Some(1)
    } else if t.len() >= 2 && t.chars().all(|c| c == '-') {
        Some(2)
    } else {
        None
    }
}

/// "***", "- - -", "___".
fn is_thematic_break(t: &str) -> bool {
    let Some(c) = t.chars().next().filter(|c| matches!(c, '-' | '*' | '_')) else {
        return false;
    };
    t.chars().filter(|&x| x == c).count() >= 3 && t.chars().all(|x| x == c || x == ' ' || x == '\t')
}

/// "- item", "* item", "+ item", "1. item", "2) item": the marker, where the item text
/// starts (its continuation lines' indent) and the item text.
fn list_marker(t: &str) -> Option<(&str, usize, &str)> {
    let marker_len = if t.starts_with(['-', '*', '+']) {
        1
    } else {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=9).contains(&digits) || !t[digits..].starts_with(['.', ')']) {
            return None;
        }
        digits + 1
    };
    let rest = &t[marker_len..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim_start();
    let offset = t.len() - rest.len();
    // "- [ ] task" and "- [x] done": the checkbox is not text.
    let rest = ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|b| rest.strip_prefix(b))
        .unwrap_or(rest);
    (!rest.is_empty()).then_some((&t[..marker_len], offset, rest))
}

/// "[label]: https://..." or a footnote "[^1]: ...".
fn reference_definition(t: &str) -> bool {
    definition_label(t).is_some()
}

fn definition_label(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('[')?;
    let close = rest.find(']')?;
    let after = rest[close + 1..].strip_prefix(':')?;
    (close > 0 && (after.is_empty() || after.starts_with([' ', '\t']))).then(|| &rest[..close])
}

/// The labels of the reference definitions, lowercased: what `[text][label]` and
/// `[label]` links may point to. In the engine's word-map type (the value unused), whose
/// code the wasm has anyway, rather than a sorted list with a string sort of its own.
struct Labels(WordMap<Box<str>, u32>);

impl Labels {
    fn new(lines: &[&str]) -> Labels {
        let labels = lines
            .iter()
            .filter_map(|l| definition_label(l.trim()))
            .filter(|label| !label.starts_with('^'))
            .map(|label| (label.to_lowercase().into_boxed_str(), 0))
            .collect();
        Labels(labels)
    }

    fn contains(&self, label: &str) -> bool {
        self.0.contains_key(label.to_lowercase().as_str())
    }
}

/// "|---|:---:|" or "--- | ---".
fn is_table_delimiter(t: &str) -> bool {
    t.contains('-')
        && t.contains(['|', ':'])
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
        && t.split('|')
            .filter(|c| !c.trim().is_empty())
            .all(|c| c.contains('-'))
}

fn is_table_start(t: &str, next: Option<&&str>) -> bool {
    t.contains('|') && next.is_some_and(|n| is_table_delimiter(strip_quote(n).1.trim()))
}

/// The cells of a table row, separated by "; ".
fn table_row(t: &str) -> String {
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// How an HTML block ends (CommonMark): at a blank line, or at a closing marker.
#[derive(Clone, Copy)]
enum HtmlEnd {
    BlankLine,
    Marker(&'static str),
}

impl HtmlEnd {
    fn reached(self, line: &str) -> bool {
        match self {
            HtmlEnd::BlankLine => line.trim().is_empty(),
            HtmlEnd::Marker(m) => line.to_ascii_lowercase().contains(m),
        }
    }
}

/// Tags that start an HTML block even with text after them on the line.
const BLOCK_TAGS: List = list![
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "iframe",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

fn html_block_start(t: &str) -> Option<HtmlEnd> {
    let rest = t.strip_prefix('<')?;
    if rest.starts_with("!--") {
        return Some(HtmlEnd::Marker("-->"));
    }
    if rest.starts_with(['!', '?']) {
        return Some(HtmlEnd::Marker(">"));
    }
    let closing = rest.starts_with('/');
    let name_part = rest.trim_start_matches('/');
    let name_len = name_part
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    if name_len == 0 {
        return None;
    }
    let name = name_part[..name_len].to_ascii_lowercase();
    let after = &name_part[name_len..];
    if !(after.is_empty() || after.starts_with([' ', '\t', '>', '/'])) {
        return None;
    }
    if !closing {
        for (tag, end) in [
            ("script", "</script>"),
            ("pre", "</pre>"),
            ("style", "</style>"),
            ("textarea", "</textarea>"),
        ] {
            if name == tag {
                return Some(HtmlEnd::Marker(end));
            }
        }
    }
    // Any other tag only when it stands alone on its line: "<img src=...>".
    let alone = t.ends_with('>') && t.matches('<').count() == 1;
    (BLOCK_TAGS.contains(&name) || alone).then_some(HtmlEnd::BlankLine)
}

/// How far a link or tag may reach: bounds the work on unclosed brackets to linear.
const REACH: usize = 2048;

/// Strips inline markup: emphasis, code spans, links (text kept), images, footnote
/// references and HTML tags (dropped), backslash escapes and `<autolinks>`; decodes
/// character references.
fn inline(s: &str, refs: &Labels) -> String {
    let mut out = String::with_capacity(s.len());
    strip_inline(s, refs, 0, &mut out);
    html::decode_entities(&out)
}

fn strip_inline(s: &str, refs: &Labels, depth: usize, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        match b[i] {
            b'\\' if i + 1 < s.len() && b[i + 1].is_ascii_punctuation() => {
                out.push(b[i + 1] as char);
                i += 2;
            }
            b'!' if s[i + 1..].starts_with('[') => match link(s, i + 1, refs) {
                Some((_, end)) => i = end,
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            b'[' if s[i + 1..].starts_with('^') => match near(s, i).find(']') {
                Some(k) => i += k + 1, // a footnote reference
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            // Links nest only a few deep in real text; deeper, the text stays as it is.
            b'[' if depth < 4 => match link(s, i, refs) {
                Some((text, end)) => {
                    strip_inline(text, refs, depth + 1, out);
                    i = end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            b'<' if s[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') => {
                // A tag ends at the next '>', and before any other '<'.
                let end = near(s, i + 1).find(['>', '<']).map(|k| k + 1);
                match end.filter(|&k| s.as_bytes()[i + k] == b'>') {
                    Some(k) => {
                        let inner = &s[i + 1..i + k];
                        if inner.contains("://") || inner.contains('@') && !inner.contains(' ') {
                            out.push_str(inner); // an autolink shows its address
                        } else if inner.eq_ignore_ascii_case("br") || inner.starts_with("br ") {
                            out.push(' ');
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
            b'~' if s[i + 1..].starts_with('~') => i += 2,
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
}

/// `s` from `i`, at most [`REACH`] bytes of it.
fn near(s: &str, i: usize) -> &str {
    &s[i..crate::document::floor_char_boundary(s, i + REACH)]
}

/// A link or image starting at the `[` at `open`: its text and the index after it.
/// Inline `[text](url "title")`, full `[text][label]`, collapsed `[text][]` and shortcut
/// `[label]` references (when the label is defined).
fn link<'a>(s: &'a str, open: usize, refs: &Labels) -> Option<(&'a str, usize)> {
    let close = matching(s, open, b'[', b']')?;
    let text = &s[open + 1..close];
    let after = close + 1;
    match s.as_bytes().get(after) {
        Some(b'(') => Some((text, matching(s, after, b'(', b')')? + 1)),
        Some(b'[') => {
            let end = matching(s, after, b'[', b']')?;
            let label = &s[after + 1..end];
            let label = if label.is_empty() { text } else { label };
            refs.contains(label).then_some((text, end + 1))
        }
        _ => refs.contains(text).then_some((text, after)),
    }
}

/// The index of the bracket that closes the one at `open`, skipping nested pairs and
/// escapes.
fn matching(s: &str, open: usize, left: u8, right: u8) -> Option<usize> {
    let b = &s.as_bytes()[..(open + REACH).min(s.len())];
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            // Real links nest a few deep; deeper is junk, not worth scanning on.
            c if c == left && depth == 32 => return None,
            c if c == left => depth += 1,
            c if c == right => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(input: &str) -> Vec<(BlockKind, String)> {
        let mut doc = Document::default();
        read(input, &mut doc);
        doc.blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b).to_string()))
            .collect()
    }

    #[test]
    fn inline_markup() {
        let refs = Labels::new(&["[ref]: /a", "[Collapsed]: /b", "[shortcut]: /c"]);
        for (input, expected) in [
            ("**bold** and _em_ and `code`", "bold and em and code"),
            ("a [link](http://x.y) here", "a link here"),
            ("a [link](http://x.y \"Title\") here", "a link here"),
            (
                "the [page](https://en.wikipedia.org/wiki/Foo_(bar)) says",
                "the page says",
            ),
            ("an ![image](i.png) gone", "an  gone"),
            ("[![badge](b.svg)](http://ci) ok", " ok"),
            (
                "a [full][ref], [collapsed][] and [shortcut]",
                "a full, collapsed and shortcut",
            ),
            (
                "see [Ref] and [undefined] [x][nope]",
                "see Ref and [undefined] [x][nope]",
            ),
            ("a claim[^1] here", "a claim here"),
            ("snake_case_name stays", "snake_case_name stays"),
            ("~~old~~ new", "old new"),
            ("x &amp; y &copy;", "x & y ©"),
            ("<b>tag</b> text<br>next", "tag text next"),
            (
                "mail <me@x.org> or <https://x.org>",
                "mail me@x.org or https://x.org",
            ),
            ("5 < 6 and 7 > 3", "5 < 6 and 7 > 3"),
            (
                "\\*not emphasis\\* and \\[no link\\]",
                "*not emphasis* and [no link]",
            ),
            ("[unclosed link", "[unclosed link"),
        ] {
            assert_eq!(inline(input, &refs), expected, "{input}");
        }
    }

    #[test]
    fn blocks_of_an_article() {
        let input = "## Section ##\n\nPara one\ncontinues  \nwith a *hard* break.\n\n\
            - item one\n  continued\n- item two\n  - nested item\n1. first\n2) second\n\n\
            ```rust\nlet code = 1;\n```\n\n~~~~\n```\nstill code\n~~~~\n\n\
            > quoted line\nlazy continuation\n>\n> > nested quote\n\n\
            Setext\n======\n\nSub\n---\n\n***\n\n    indented code\n\n\
            [ref]: http://example.com \"Title\"\n[^1]: A footnote.\n\n\
            | Country | Capital |\n|:--------|--------:|\n| France | Paris |\n| Peru | Lima |\n\n\
            After the table.\n";
        let got = blocks(input);
        let expected: Vec<(BlockKind, String)> = [
            (BlockKind::Heading, "Section"),
            (
                BlockKind::Paragraph,
                "Para one continues with a hard break.",
            ),
            (BlockKind::ListItem, "item one continued"),
            (BlockKind::ListItem, "item two"),
            (BlockKind::ListItem, "nested item"),
            (BlockKind::ListItem, "first"),
            (BlockKind::ListItem, "second"),
            (BlockKind::Quote, "quoted line lazy continuation"),
            (BlockKind::Quote, "nested quote"),
            (BlockKind::Heading, "Setext"),
            (BlockKind::Heading, "Sub"),
            (BlockKind::Heading, "Country; Capital"),
            (BlockKind::ListItem, "France; Paris"),
            (BlockKind::ListItem, "Peru; Lima"),
            (BlockKind::Paragraph, "After the table."),
        ]
        .into_iter()
        .map(|(k, t)| (k, t.to_string()))
        .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn an_opening_level_one_heading_is_the_title() {
        for (input, title, first) in [
            (
                "# Bridge to reopen\n\nThe bridge reopens in March.",
                Some("Bridge to reopen"),
                "The bridge reopens in March.",
            ),
            (
                "Bridge to reopen\n===\n\nIt reopens.\n\n## Costs\n\nHigh.",
                Some("Bridge to reopen"),
                "It reopens.",
            ),
            // A heading alone is the text; a second-level one or a later one is a heading.
            ("# Bridge to reopen\n", None, "Bridge to reopen"),
            ("## Costs\n\nHigh.", None, "Costs"),
            ("Intro text.\n\n# Part one\n\nBody.", None, "Intro text."),
        ] {
            let mut doc = Document::default();
            if read(input, &mut doc) {
                take_title(&mut doc);
            }
            assert_eq!(doc.title.as_deref(), title, "{input}");
            let b = doc.blocks[0];
            assert_eq!(doc.block_text(&b), first, "{input}");
            assert_eq!(b.start, 0, "{input}");
            assert!(doc.blocks.iter().all(|b| b.end <= doc.text.len()));
        }
    }

    #[test]
    fn chat_and_transcript_lines_are_paragraphs() {
        let got = blocks("[09:14] nina: are we still on\n[09:15] omar: yes, see you at the dock\n\nKIM: It was late.\nLEE: Not that late.");
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "[09:14] nina: are we still on",
                "[09:15] omar: yes, see you at the dock",
                "KIM: It was late.",
                "LEE: Not that late."
            ]
        );
    }

    #[test]
    fn html_blocks_go_to_the_html_reader() {
        let got = blocks(
            "Intro text.\n\n<div class=\"box\">\n<p>Inside <b>HTML</b> &amp; more.</p>\n</div>\n\n\
             <!-- a comment\nover lines -->\n\n<script>\nvar x = 1;\n</script>\n\n\
             <img src=\"x.png\">\n\nA <span>span</span> inline.\n\n\
             <div>\n  <p>Split</p>\n\n        <div class=\"text\"><p>Indented HTML.</p></div>\n</div>\n",
        );
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro text.",
                "Inside HTML & more.",
                "A span inline.",
                "Split",
                "Indented HTML."
            ]
        );
    }

    #[test]
    fn prose_is_not_cut_into_lists_or_headings() {
        let got = blocks("It was a long year. In\n2021. That year ended.\n\n#hashtag is not a heading\n\n-not a list either");
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "It was a long year. In 2021. That year ended.",
                "#hashtag is not a heading",
                "-not a list either"
            ]
        );
        assert!(got.iter().all(|(k, _)| *k == BlockKind::Paragraph));
    }

    #[test]
    fn chrome_and_tasks() {
        let got = blocks(
            "Share this article\n\n- [x] done task\n- [ ] open task\n\n00:22\n\nBody text here.",
        );
        let texts: Vec<&str> = got.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["done task", "open task", "Body text here."]);
    }

    #[test]
    fn unclosed_markup_stays_linear() {
        let refs = Labels::new(&[]);
        for junk in [
            "[".repeat(100_000),
            "<a".repeat(50_000),
            "[^".repeat(50_000),
        ] {
            let start = std::time::Instant::now();
            assert_eq!(inline(&junk, &refs).len(), junk.len());
            assert!(start.elapsed().as_secs() < 2, "too slow");
        }
        let nested = "[".repeat(10_000) + &"]".repeat(10_000) + "(x)";
        inline(&nested, &refs);
    }

    #[test]
    fn detection() {
        for (input, md) in [
            ("# Title\n\nSome text with a [link](http://x).", true),
            ("Title\n=====\n\nText.", true),
            ("Intro\n\n```\ncode\n```\n", true),
            ("Some **bold** claim and a [link](u).", true),
            ("| a | b |\n|---|---|\n| 1 | 2 |", true),
            (
                "Plain text. We're #1 in sales, up 5% (< 10%).\n\nAnother paragraph.",
                false,
            ),
            ("A list:\n- one\n", false),
            ("Download\n00:22\nHeadline here\n\nBody text.", false),
        ] {
            assert_eq!(looks_like_markdown(input), md, "{input}");
        }
    }
}
