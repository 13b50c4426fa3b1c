//! From the chosen elements to paragraphs: one walk in document order that skips
//! furniture subtrees whole, turns block boundaries into paragraph breaks and drops the
//! lines that are page chrome ([`chrome`]: credits, "Read more", bios; and link-only
//! lines) rather than prose. Bylines and datelines found on the way are kept as metadata.

use super::score::{measure, Stats};
use super::tree::{flag, Tag, Tree};
use crate::document::{BlockKind, Metadata};
use crate::ingest::chrome::{self, Chrome};
use std::cell::RefCell;

/// How hard to clean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// A fragment: every paragraph is prose the author wrote; only what is never text
    /// (scripts, navigation, forms, captions, footers) goes.
    Fragment,
    /// A whole page whose article could not be told apart: furniture by class goes too.
    Light,
    /// The article of a whole page: link-heavy and image-heavy blocks go too (Readability's
    /// conditional cleaning).
    Article,
}

pub(super) struct Emitter<'a> {
    pub tree: &'a Tree,
    pub stats: &'a [Stats],
    /// Flags whose elements are left out.
    pub skip: u16,
    pub mode: Mode,
    /// The title, normalized: a heading that repeats it is not body text.
    pub title: &'a str,
    /// The author and date of the bylines dropped on the way.
    pub found: RefCell<Metadata>,
}

impl Emitter<'_> {
    /// The paragraphs of `roots` (each with its whole subtree); `keep` is never cleaned away.
    pub fn emit(&self, roots: &[usize], keep: usize) -> Vec<(BlockKind, String)> {
        let mut out = Vec::new();
        let mut line = Line::default();
        for &root in roots {
            // Open blocks, innermost last: (end, kind, a blockquote).
            let mut open: Vec<(u32, BlockKind, bool)> = Vec::new();
            let mut quotes = 0;
            let end = self.tree.node(root).end as usize;
            let mut i = root;
            while i < end {
                while let Some(&(e, kind, quote)) = open.last() {
                    if e as usize > i {
                        break;
                    }
                    self.flush(&mut line, kind, &mut out);
                    open.pop();
                    quotes -= usize::from(quote);
                }
                let node = self.tree.node(i);
                if i != keep && self.removed(i) {
                    i = node.end as usize;
                    continue;
                }
                let kind = open.last().map_or(BlockKind::Paragraph, |o| o.1);
                match node.tag {
                    Tag::Text => {
                        let text = self.tree.text_of(node);
                        line.text.push_str(text);
                        if node.flags & flag::IN_LINK != 0 {
                            line.link += measure(text).0;
                        }
                    }
                    Tag::Br => self.flush(&mut line, kind, &mut out),
                    // A data table's cells are the columns of one row; a layout table's
                    // are blocks of their own (a menu beside the headline).
                    Tag::Td | Tag::Th if !self.in_layout(i) => line.text.push(' '),
                    Tag::Img => line.text.push(' '),
                    tag if tag.is_block() => {
                        self.flush(&mut line, kind, &mut out);
                        let kind = match tag {
                            Tag::Blockquote => {
                                quotes += 1;
                                BlockKind::Quote
                            }
                            _ if tag.is_heading() => BlockKind::Heading,
                            // A data table's row is a record, like a list's item.
                            Tag::Li | Tag::Dt | Tag::Dd => BlockKind::ListItem,
                            Tag::Tr if !self.in_layout(i) => BlockKind::ListItem,
                            _ if quotes > 0 => BlockKind::Quote,
                            _ => BlockKind::Paragraph,
                        };
                        if node.end as usize > i + 1 {
                            open.push((node.end, kind, tag == Tag::Blockquote));
                        } else {
                            quotes -= usize::from(tag == Tag::Blockquote);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            while let Some((_, kind, _)) = open.pop() {
                self.flush(&mut line, kind, &mut out);
            }
            self.flush(&mut line, BlockKind::Paragraph, &mut out);
        }
        out
    }

    fn flush(&self, line: &mut Line, kind: BlockKind, out: &mut Vec<(BlockKind, String)>) {
        let text = line.text.trim();
        if !text.is_empty() && !self.is_furniture_line(text, line.link, kind) {
            out.push((kind, text.to_string()));
        }
        line.text.clear();
        line.link = 0;
    }

    fn is_furniture_line(&self, text: &str, link: u32, kind: BlockKind) -> bool {
        if let Some(c) = chrome::judge(text, self.mode != Mode::Fragment) {
            let mut meta = self.found.borrow_mut();
            match c {
                Chrome::Byline { author, date } => chrome::fill(&mut meta, Some(author), date),
                Chrome::Date => chrome::fill(&mut meta, None, Some(text)),
                Chrome::Line | Chrome::Intro => {}
            }
            return true;
        }
        if self.mode != Mode::Article {
            return false;
        }
        // "Read more: <a>Another story</a>", a lone link to elsewhere; an address written
        // out ("https://...", "name@example.com") is the author's reference, not furniture.
        let (len, _) = measure(text);
        kind != BlockKind::Heading
            && link * 2 > len
            && text.split_whitespace().count() <= 12
            && !text.contains("://")
            && !text.contains("www.")
            && !text.contains('@')
    }

    /// Is row or cell `i` part of a layout table (one that holds another table)?
    fn in_layout(&self, i: usize) -> bool {
        let mut a = i;
        for _ in 0..4 {
            if self.tree.node(a).tag == Tag::Table {
                return self.tree.node(a).flags & flag::LAYOUT != 0;
            }
            a = self.tree.node(a).parent as usize;
        }
        false
    }

    /// Is element `i` furniture, to be left out with all it holds?
    fn removed(&self, i: usize) -> bool {
        let node = self.tree.node(i);
        if node.tag == Tag::Text {
            return false;
        }
        let s = &self.stats[i];
        if node.flags & (self.skip | flag::DROP | flag::FORM | flag::CAPTION) != 0
            || node.tag == Tag::Footer
        {
            return true;
        }
        if self.mode == Mode::Fragment {
            return false;
        }
        if node.flags & flag::BYLINE != 0 && s.text < 100
            || node.flags & flag::SHARE != 0 && s.text < 500
        {
            return true;
        }
        if node.tag.is_heading() && (node.weight < 0 || self.repeats_title(i)) {
            return true;
        }
        // A figure holds media and what is said about it; prose only rarely.
        if node.tag == Tag::Figure && s.prose * 2 < s.text {
            return true;
        }
        self.mode == Mode::Article && self.is_clutter(i)
    }

    /// Does heading `i` repeat the title? An `<h1>` inside the title is the headline; an
    /// `<h2>` must also be about as long ("Budget" under "Budget talks stall" stays).
    fn repeats_title(&self, i: usize) -> bool {
        let h1 = match self.tree.node(i).tag {
            Tag::H1 => true,
            Tag::H2 => false,
            _ => return false,
        };
        let heading = normalize(&self.tree.inner_text(i));
        let (short, long) = if heading.len() < self.title.len() {
            (heading.as_str(), self.title)
        } else {
            (self.title, heading.as_str())
        };
        let alike = short.len() * 4 >= long.len() * 3 || h1 && short == heading;
        !short.is_empty() && alike && long.contains(short)
    }

    /// Readability's conditional cleaning: a list, table or division that is mostly links,
    /// images, form fields or embeds, with little prose, is not part of the article.
    fn is_clutter(&self, i: usize) -> bool {
        let node = self.tree.node(i);
        if !matches!(
            node.tag,
            Tag::Div | Tag::Section | Tag::Ul | Tag::Ol | Tag::Dl | Tag::Table | Tag::Fieldset
        ) {
            return false;
        }
        let s = &self.stats[i];
        let weight = node.weight;
        // Prose inside is kept: what clutters it is judged block by block further down. A
        // class word of furniture ("media", "tools") weighs against a block but does not
        // veto its prose; a block left out by class ([`flag::UNLIKELY`]) stays out.
        let prose = s.commas >= 10 || s.prose * 2 >= s.text;
        if weight < 0 {
            return !prose || node.flags & flag::UNLIKELY != 0;
        }
        if prose {
            return false;
        }
        let is_list = matches!(node.tag, Tag::Ul | Tag::Ol | Tag::Dl);
        let in_figure = node.flags & flag::IN_FIGURE != 0;
        let density = s.link_density();
        let headings = if s.text == 0 {
            0.0
        } else {
            s.heading as f32 / s.text as f32
        };
        (s.img > 1 && (s.p as f32 / s.img as f32) < 0.5 && !in_figure)
            || (!is_list && s.li > s.p + 100)
            || s.input > s.p / 3
            || (!is_list
                && headings < 0.9
                && s.text < 25
                && (s.img == 0 || s.img > 2)
                && !in_figure)
            || (!is_list && weight < 25 && density > 0.2)
            || (is_list && density > 0.7)
            || (weight >= 25 && density > 0.5)
            || (s.embed == 1 && s.text < 75 || s.embed > 1)
    }
}

#[derive(Default)]
struct Line {
    text: String,
    /// Characters inside links.
    link: u32,
}

/// Lowercase words joined by single spaces, punctuation dropped: for comparing titles.
pub(super) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::html::score::Analysis;

    /// Is the first element of `html` clutter inside an article?
    fn clutter(html: &str) -> bool {
        let tree = Tree::parse(html);
        let analysis = Analysis::new(&tree, flag::DROP);
        let emitter = Emitter {
            tree: &tree,
            stats: &analysis.stats,
            skip: 0,
            mode: Mode::Article,
            title: "",
            found: Default::default(),
        };
        emitter.is_clutter(1)
    }

    #[test]
    fn conditional_cleaning() {
        let sentence = "A sentence of plain prose that runs on for a while, as prose does, and then some more.";
        let line = "A short line, not quite prose";
        for (html, want) in [
            (format!("<div><p>{sentence}</p><p>{sentence} <a href=x>A link</a>.</p></div>"), false),
            ("<div><a href=a>One</a> <a href=b>Two</a> <a href=c>Three</a> and</div>".to_string(), true),
            ("<ul><li><a href=a>Related one</a><li><a href=b>Related two</a></ul>".to_string(), true),
            ("<ul><li>First point made here<li>Second point made here</ul>".to_string(), false),
            (format!("<div><img src=a><img src=b><img src=c><p>{line}</p></div>"), true),
            (format!("<div><input><input><p>{line}</p></div>"), true),
            (format!("<div class=comments><p>{sentence}</p></div>"), true),
            ("<div>Tiny</div>".to_string(), true),
            (format!("<div><iframe src=x></iframe><iframe src=y></iframe><p>{line}</p></div>"), true),
            // Prose outweighs what else is there.
            (format!("<div><img src=a><img src=b><img src=c><p>{sentence}</p></div>"), false),
            // Prose with a link list inside: kept, the list is judged on its own.
            (
                format!("<div><p>{sentence}</p><p>{sentence}</p><ul><li><a href=a>{sentence}</a></ul></div>"),
                false,
            ),
            // Not a container Readability cleans.
            ("<p><a href=a>All link</a></p>".to_string(), false),
        ] {
            assert_eq!(clutter(&html), want, "{html}");
        }
    }

    #[test]
    fn normalizes() {
        assert_eq!(
            normalize("  NASA’s moon-shot: Musk & Bezos! "),
            "nasa s moon shot musk bezos"
        );
    }
}
