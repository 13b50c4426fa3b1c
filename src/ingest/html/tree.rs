//! A light element tree built from the [`tokenize`] events; what each tag is comes from
//! the vocabulary tables in [`super::vocab`].
//!
//! Nodes sit in document order in one `Vec`, so an element's subtree is the index range
//! `i..node.end`: every later stage is a loop over a range, never a recursion that deep
//! nesting could overflow. The builder follows the WHATWG tree-construction rules that
//! matter for text (implied `</p>`, `</li>`, `</td>`, stray end tags ignored, `<head>`
//! closed by body content), scanning a bounded number of open elements so that no input
//! makes it quadratic.

use super::hints;
use super::tokenize::{self, Sink};
pub(super) use super::vocab::Tag;

/// Node flags: from the element's own tag and attributes, or inherited (`IN_*`).
pub(super) mod flag {
    /// Never article text (script, nav, `hidden`...); its text is not even kept.
    pub const DROP: u16 = 1;
    /// Furniture by its tag, class, id or role: left out unless nothing else is found.
    pub const UNLIKELY: u16 = 1 << 1;
    /// Kept while scoring but never output (a form may wrap a whole ASP.NET page).
    pub const FORM: u16 = 1 << 2;
    pub const CAPTION: u16 = 1 << 3;
    pub const BYLINE: u16 = 1 << 4;
    pub const SHARE: u16 = 1 << 5;
    /// `itemprop=articleBody`: the page says "the article body". (`<article>` and `<main>`
    /// say less: they also wrap teasers, headers and whole pages.)
    pub const ARTICLE: u16 = 1 << 6;
    /// A block element with a block descendant that is not inside another block.
    pub const HAS_BLOCK: u16 = 1 << 7;
    /// Inherited: inside a link (an `<a href>`).
    pub const IN_LINK: u16 = 1 << 8;
    /// Inherited: inside a [`DROP`] element.
    pub const IN_DROP: u16 = 1 << 9;
    /// Inherited: inside a `<figure>`.
    pub const IN_FIGURE: u16 = 1 << 10;
    /// An `<a>` with an `href`: a link. (`<a name=…>` is an anchor, its text no link.)
    pub const LINK: u16 = 1 << 11;
    /// A table that holds a table: page layout, each cell a block of its own.
    pub const LAYOUT: u16 = 1 << 12;
    /// Readers' comments, by class or id.
    pub const COMMENT: u16 = 1 << 13;
    /// Inherited: inside an [`ARTICLE`] element.
    pub const IN_ARTICLE: u16 = 1 << 14;
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Node {
    pub tag: Tag,
    pub flags: u16,
    /// Class and id weight (±25 each).
    pub weight: i16,
    pub parent: u32,
    /// One past the last node of the subtree.
    pub end: u32,
    /// Nearest block element, this one included.
    pub block: u32,
    /// Text nodes: the byte range of their text in [`Tree::text`].
    pub start: u32,
    pub len: u32,
    /// A hash of the `class` attribute, to find siblings styled like the article.
    pub class: u32,
}

#[derive(Debug, Default)]
pub(super) struct Tree {
    pub nodes: Vec<Node>,
    /// All kept text, concatenated.
    pub text: String,
    /// `<html>`, `<head>`, `<body>` or a doctype: a whole page rather than a fragment.
    pub whole_page: bool,
    pub head: Head,
}

/// What the page says about itself.
#[derive(Debug, Default)]
pub(super) struct Head {
    pub title: String,
    /// (name, property or itemprop; content), names lowercased.
    pub metas: Vec<(String, String)>,
    pub json_ld: Vec<String>,
    /// The markup inside `<noscript>` elements, joined: what a browser without scripts
    /// shows, sometimes the only copy of the article.
    pub noscript: String,
}

impl Tree {
    /// Node `i`. Reads index through here so that the wasm carries one panic location for
    /// them all rather than one per read site.
    pub fn node(&self, i: usize) -> &Node {
        &self.nodes[i]
    }

    pub fn parse(html: &str) -> Tree {
        let mut builder = Builder::new();
        tokenize::tokenize(html, &mut builder);
        builder.finish()
    }

    /// The text of a text node.
    pub fn text_of(&self, node: &Node) -> &str {
        &self.text[node.start as usize..(node.start + node.len) as usize]
    }

    /// The text of a short element such as a heading: the first few hundred nodes of its
    /// subtree, so that asking about every heading of a deeply nested page stays linear.
    pub fn inner_text(&self, i: usize) -> String {
        let end = (self.nodes[i].end as usize).min(i + 256);
        self.nodes[i..end]
            .iter()
            .filter(|n| n.tag == Tag::Text)
            .map(|n| self.text_of(n))
            .collect()
    }

    /// The child nodes of `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[i].end as usize;
        let mut next = i + 1;
        std::iter::from_fn(move || {
            if next >= end {
                return None;
            }
            let child = next;
            next = self.nodes[child].end as usize;
            Some(child)
        })
    }

    /// Takes `i` and its ancestors out of the furniture left out by class or id: what
    /// their class words said is outweighed by the prose they hold.
    pub fn rescue(&mut self, i: usize) {
        let mut a = i;
        while a != 0 {
            let node = &mut self.nodes[a];
            node.flags &= !flag::UNLIKELY;
            node.weight = node.weight.max(0);
            a = node.parent as usize;
        }
    }

    pub fn contains(&self, ancestor: usize, node: usize) -> bool {
        ancestor <= node && node < self.nodes[ancestor].end as usize
    }
}

/// How far back an end tag or an implied end looks for its element.
const SCAN_LIMIT: usize = 256;
const TAG_COUNT: usize = Tag::Other as usize + 1;
const HEADINGS: [Tag; 6] = [Tag::H1, Tag::H2, Tag::H3, Tag::H4, Tag::H5, Tag::H6];

#[derive(Clone, Copy)]
struct Open {
    node: u32,
    name: u32,
    tag: Tag,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Attr {
    Class,
    Id,
    Role,
    Itemprop,
    AriaHidden,
    Style,
    Type,
    Name,
    Property,
    Content,
    Rel,
    Hidden,
    Href,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    None,
    Title,
    JsonLd,
    Noscript,
}

/// The start tag being read.
struct Pending {
    tag: Tag,
    name: u32,
    /// The attributes read so far, a bit per [`Attr`].
    seen: u16,
    class_bits: u8,
    id_bits: u8,
    role_bits: u8,
    class: u32,
    hidden: bool,
    article: bool,
    byline: bool,
    json_ld: bool,
    link: bool,
    meta_name: String,
    meta_content: String,
}

struct Builder {
    tree: Tree,
    stack: Vec<Open>,
    /// How many elements of each tag are open.
    open: [u32; TAG_COUNT],
    tag: Pending,
    capture: Capture,
}

impl Builder {
    fn new() -> Builder {
        let mut tree = Tree::default();
        tree.nodes.push(Node {
            tag: Tag::Root,
            flags: 0,
            weight: 0,
            parent: 0,
            end: 0,
            block: 0,
            start: 0,
            len: 0,
            class: 0,
        });
        Builder {
            tree,
            stack: vec![Open {
                node: 0,
                name: 0,
                tag: Tag::Root,
            }],
            open: [0; TAG_COUNT],
            tag: Pending {
                tag: Tag::Other,
                name: 0,
                seen: 0,
                class_bits: 0,
                id_bits: 0,
                role_bits: 0,
                class: 0,
                hidden: false,
                article: false,
                byline: false,
                json_ld: false,
                link: false,
                meta_name: String::new(),
                meta_content: String::new(),
            },
            capture: Capture::None,
        }
    }

    fn finish(mut self) -> Tree {
        self.pop_to(1);
        let n = self.tree.nodes.len() as u32;
        self.tree.nodes[0].end = n;
        self.tree
    }

    fn element_flags(&self) -> u16 {
        let t = &self.tag;
        let bits = t.class_bits | t.id_bits | t.role_bits;
        let mut flags = 0;
        if t.tag.is_dropped() || t.hidden || t.role_bits & hints::UNLIKELY != 0 {
            flags |= flag::DROP;
        }
        // Readability never rules out the whole page: `<body class="has-sidebar">`.
        let page = matches!(t.tag, Tag::Html | Tag::Body);
        // A `<header>` inside the article body holds its standfirst, not the site's.
        let parent = self.tree.nodes[self.top().node as usize].flags;
        let in_article = parent & (flag::ARTICLE | flag::IN_ARTICLE) != 0;
        let furniture = t.tag == Tag::Footer || t.tag == Tag::Header && !in_article;
        if hints::is_unlikely(bits) && !page || furniture {
            flags |= flag::UNLIKELY;
        }
        if t.tag == Tag::Form {
            flags |= flag::FORM;
        }
        if bits & hints::CAPTION != 0 || t.tag == Tag::Figcaption {
            flags |= flag::CAPTION;
        }
        if bits & hints::BYLINE != 0 || t.byline {
            flags |= flag::BYLINE;
        }
        if bits & hints::SHARE != 0 {
            flags |= flag::SHARE;
        }
        if bits & hints::COMMENT != 0 {
            flags |= flag::COMMENT;
        }
        if t.article {
            flags |= flag::ARTICLE;
        }
        if t.tag == Tag::A && t.link {
            flags |= flag::LINK;
        }
        flags
    }

    /// Appends a node under the current element.
    fn add(&mut self, tag: Tag, own: u16, weight: i16, class: u32) -> usize {
        let parent = self.stack.last().map_or(0, |o| o.node) as usize;
        let p = self.tree.nodes[parent];
        let mut flags =
            own | p.flags & (flag::IN_LINK | flag::IN_DROP | flag::IN_FIGURE | flag::IN_ARTICLE);
        if p.flags & flag::ARTICLE != 0 {
            flags |= flag::IN_ARTICLE;
        }
        if p.flags & flag::DROP != 0 {
            flags |= flag::IN_DROP;
        }
        if p.flags & flag::LINK != 0 {
            flags |= flag::IN_LINK;
        }
        if p.tag == Tag::Figure {
            flags |= flag::IN_FIGURE;
        }
        let i = self.tree.nodes.len();
        let block = if tag.is_block() {
            self.tree.nodes[p.block as usize].flags |= flag::HAS_BLOCK;
            i as u32
        } else {
            p.block
        };
        self.tree.nodes.push(Node {
            tag,
            flags,
            weight,
            parent: parent as u32,
            end: i as u32 + 1,
            block,
            start: 0,
            len: 0,
            class,
        });
        i
    }

    fn imply_end_tags(&mut self, tag: Tag) {
        use Tag::*;
        if self.top().tag == Head && !tag.belongs_in_head() {
            self.pop_to(self.stack.len() - 1);
        }
        if tag.closes_p() {
            self.close(&[P], Tag::is_scope);
        }
        // What each start tag closes, and where the search for it stops.
        let (closes, stop): (&[Tag], fn(Tag) -> bool) = match tag {
            Body => (&[Head], |_| false),
            Li => (&[Li], |t| t.is_scope() || matches!(t, Ul | Ol)),
            Dt | Dd => (&[Dt, Dd], |t| t.is_scope() || t == Dl),
            Tr => (&[Tr], |t| matches!(t, Table | Tbody | Thead | Tfoot)),
            Td | Th => (&[Td, Th], |t| matches!(t, Table | Tr)),
            A => (&[A], Tag::is_scope),
            Option => (&[Option], |t| t != Option),
            _ if tag.is_heading() => (&HEADINGS, |t| !t.is_heading()),
            _ => return,
        };
        self.close(closes, stop);
    }

    fn top(&self) -> Open {
        self.stack[self.stack.len() - 1]
    }

    /// Closes the nearest open element of a `want`ed tag, unless a `stop` tag comes first.
    fn close(&mut self, want: &[Tag], stop: fn(Tag) -> bool) -> bool {
        // Most start tags imply no end: nothing to look for.
        if want.iter().all(|&t| self.open[t as usize] == 0) {
            return false;
        }
        match self.find(|o| want.contains(&o.tag), stop) {
            Some(at) => {
                self.pop_to(at);
                true
            }
            None => false,
        }
    }

    fn find(&self, want: impl Fn(&Open) -> bool, stop: fn(Tag) -> bool) -> Option<usize> {
        for (at, open) in self.stack.iter().enumerate().skip(1).rev().take(SCAN_LIMIT) {
            if want(open) {
                return Some(at);
            }
            if stop(open.tag) {
                return None;
            }
        }
        None
    }

    /// Closes the open elements from `at` up.
    fn pop_to(&mut self, at: usize) {
        let end = self.tree.nodes.len() as u32;
        for open in self.stack.drain(at.max(1)..) {
            self.tree.nodes[open.node as usize].end = end;
            self.open[open.tag as usize] -= 1;
        }
    }
}

impl Sink for Builder {
    fn start_tag(&mut self, name: &[u8]) {
        let t = &mut self.tag;
        t.tag = Tag::of(name);
        t.name = hash(name);
        t.seen = 0;
        t.class_bits = 0;
        t.id_bits = 0;
        t.role_bits = 0;
        t.class = 0;
        t.hidden = false;
        t.article = false;
        t.byline = false;
        t.json_ld = false;
        t.link = false;
        t.meta_name.clear();
        t.meta_content.clear();
    }

    /// WHATWG keeps the first of repeated attributes.
    fn attribute(&mut self, name: &[u8], value: &str) {
        let t = &mut self.tag;
        let attr = match name {
            b"class" => Attr::Class,
            b"id" => Attr::Id,
            b"role" => Attr::Role,
            b"itemprop" => Attr::Itemprop,
            b"aria-hidden" => Attr::AriaHidden,
            b"style" => Attr::Style,
            b"type" => Attr::Type,
            b"name" => Attr::Name,
            b"property" => Attr::Property,
            b"content" => Attr::Content,
            b"rel" => Attr::Rel,
            b"hidden" => Attr::Hidden,
            b"href" => Attr::Href,
            _ => return,
        };
        let bit = 1 << attr as u16;
        if t.seen & bit != 0 {
            return;
        }
        t.seen |= bit;
        // An empty value says nothing, but for `hidden`.
        let value = value.as_bytes();
        if value.is_empty() && attr != Attr::Hidden {
            return;
        }
        match attr {
            Attr::Class => {
                t.class_bits = hints::of_value(capped(value));
                t.class = hash(capped(value));
            }
            Attr::Id => t.id_bits = hints::of_value(capped(value)),
            Attr::Role => t.role_bits = hints::of_role(value),
            Attr::Itemprop => {
                t.article |= value.eq_ignore_ascii_case(b"articleBody");
                t.byline |= value.eq_ignore_ascii_case(b"author");
                if t.tag == Tag::Meta && t.meta_name.is_empty() {
                    t.meta_name = lower(value);
                }
            }
            Attr::AriaHidden => t.hidden |= value.eq_ignore_ascii_case(b"true"),
            Attr::Style => t.hidden |= hides(capped(value)),
            Attr::Type => {
                t.json_ld = value
                    .trim_ascii()
                    .eq_ignore_ascii_case(b"application/ld+json")
            }
            Attr::Name | Attr::Property if t.tag == Tag::Meta => t.meta_name = lower(value),
            Attr::Content if t.tag == Tag::Meta => {
                t.meta_content = String::from_utf8_lossy(value).trim().to_string()
            }
            Attr::Rel => t.byline |= value.eq_ignore_ascii_case(b"author"),
            Attr::Hidden => t.hidden = true,
            Attr::Href => t.link = true,
            Attr::Name | Attr::Property | Attr::Content => {}
        }
    }

    fn end_start_tag(&mut self, self_closing: bool) {
        let tag = self.tag.tag;
        self.capture = Capture::None;
        self.imply_end_tags(tag);
        match tag {
            Tag::Html | Tag::Head | Tag::Body => self.tree.whole_page = true,
            Tag::Meta if !self.tag.meta_name.is_empty() && !self.tag.meta_content.is_empty() => {
                let t = &mut self.tag;
                let pair = (
                    std::mem::take(&mut t.meta_name),
                    std::mem::take(&mut t.meta_content),
                );
                self.tree.head.metas.push(pair);
            }
            // The first HTML title; an SVG icon's `<title>` names the icon.
            Tag::Title
                if self.tree.head.title.trim().is_empty() && self.open[Tag::Svg as usize] == 0 =>
            {
                self.tree.head.title.clear();
                self.capture = Capture::Title;
            }
            Tag::Script if self.tag.json_ld => {
                self.tree.head.json_ld.push(String::new());
                self.capture = Capture::JsonLd;
            }
            Tag::Noscript if name_is(self.tag.name, b"noscript") => {
                self.tree.head.noscript.push('\n');
                self.capture = Capture::Noscript;
            }
            _ => {}
        }
        // A table that holds another table is layout. (A data table's cells may hold
        // paragraphs and lists: Wikipedia's do.)
        if tag == Tag::Table && self.open[Tag::Table as usize] > 0 {
            if let Some(at) = self.find(|o| o.tag == Tag::Table, |_| false) {
                let outer = self.stack[at].node as usize;
                self.tree.nodes[outer].flags |= flag::LAYOUT;
            }
        }
        let t = &self.tag;
        let weight = hints::weight(t.class_bits) + hints::weight(t.id_bits);
        let node = self.add(tag, self.element_flags(), weight, t.class);
        // Only foreign and unknown elements honour `/>`; `<div/>` opens a div in HTML.
        let closed =
            tag.is_void() || self_closing && matches!(tag, Tag::Other | Tag::Svg | Tag::Math);
        if closed {
            self.tree.nodes[node].end = node as u32 + 1;
        } else {
            self.stack.push(Open {
                node: node as u32,
                name: self.tag.name,
                tag,
            });
            self.open[tag as usize] += 1;
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        self.capture = Capture::None;
        let tag = Tag::of(name);
        match tag {
            // Browsers keep reading into the body after these.
            Tag::Html | Tag::Body => {}
            // `</br>` is a `<br>`, a lone `</p>` an empty paragraph.
            Tag::Br => {
                self.add(Tag::Br, 0, 0, 0);
            }
            Tag::P => {
                if !self.close(&[Tag::P], Tag::is_scope) {
                    self.add(Tag::P, 0, 0, 0);
                }
            }
            _ if tag.is_heading() => {
                self.close(&HEADINGS, Tag::is_scope);
            }
            _ if tag.is_table_part() => {
                self.close(&[tag], |t| {
                    t == Tag::Table || t.is_scope() && !t.is_table_part()
                });
            }
            _ => {
                let name = hash(name);
                if self.open[tag as usize] > 0 {
                    if let Some(at) = self.find(|o| o.name == name, Tag::is_scope) {
                        self.pop_to(at);
                    }
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        match self.capture {
            Capture::Title => return self.tree.head.title.push_str(text),
            Capture::JsonLd => {
                if let Some(last) = self.tree.head.json_ld.last_mut() {
                    last.push_str(text);
                }
                return;
            }
            Capture::Noscript => return self.tree.head.noscript.push_str(text),
            Capture::None => {}
        }
        let parent = &self.tree.nodes[self.top().node as usize];
        if parent.flags & (flag::DROP | flag::IN_DROP) != 0 {
            return;
        }
        let start = self.tree.text.len() as u32;
        self.tree.text.push_str(text);
        let i = self.add(Tag::Text, 0, 0, 0);
        let node = &mut self.tree.nodes[i];
        node.start = start;
        node.len = text.len() as u32;
    }

    fn doctype(&mut self) {
        self.tree.whole_page = true;
    }
}

fn name_is(name: u32, want: &[u8]) -> bool {
    name == hash(want)
}

/// Real class lists and styles are short; a huge attribute is read no further than this.
fn capped(value: &[u8]) -> &[u8] {
    &value[..value.len().min(512)]
}

/// FNV-1a: tells unknown tag names apart without keeping them.
fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn lower(value: &[u8]) -> String {
    String::from_utf8_lossy(value).trim().to_ascii_lowercase()
}

/// `style="display: none"` or `visibility:hidden`.
fn hides(style: &[u8]) -> bool {
    let squeezed: Vec<u8> = style
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    let has = |needle: &[u8]| squeezed.windows(needle.len()).any(|w| w == needle);
    has(b"display:none") || has(b"visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree in one line: `tag(children)`, text quoted.
    fn outline(html: &str) -> String {
        let tree = Tree::parse(html);
        let mut out: Vec<String> = Vec::new();
        let mut open: Vec<u32> = Vec::new();
        for (i, node) in tree.nodes.iter().enumerate().skip(1) {
            while open.last().is_some_and(|&end| end as usize <= i) {
                open.pop();
                out.push(")".into());
            }
            if node.tag == Tag::Text {
                out.push(format!("{:?}", tree.text_of(node)));
            } else {
                out.push(format!("{:?}", node.tag).to_lowercase());
                if node.end as usize > i + 1 {
                    out.push("(".into());
                    open.push(node.end);
                }
            }
        }
        out.extend(open.iter().map(|_| ")".to_string()));
        out.join(" ").replace(" ( ", "(").replace(" )", ")")
    }

    #[test]
    fn tree_shapes() {
        for (html, tree) in [
            ("<p>a<p>b", r#"p("a") p("b")"#),
            ("<p>a<div>b</div>c</p>", r#"p("a") div("b") "c" p"#),
            ("<ul><li>a<li>b</ul>c", r#"ul(li("a") li("b")) "c""#),
            ("<dl><dt>a<dd>b</dl>", r#"dl(dt("a") dd("b"))"#),
            (
                "<table><tr><td>a<td>b<tr><td>c</table>",
                r#"table(tr(td("a") td("b")) tr(td("c")))"#,
            ),
            ("<b>a</i>b</b>c", r#"other("a" "b") "c""#),
            ("<div>a</span></div>b", r#"div("a") "b""#),
            ("<a href=x>a<a href=y>b</a>", r#"a("a") a("b")"#),
            ("<h2>a<h3>b</h2>c", r#"h2("a") h3("b") "c""#),
            ("x<br>y</br>z", r#""x" br "y" br "z""#),
            ("<svg/><p>a", r#"svg p("a")"#),
            ("<div/>a</div>b", r#"div("a") "b""#),
            ("<img src=x>a<hr>b", r#"img "a" hr "b""#),
            ("<td>a</td></tr></table>b", r#"td("a") "b""#),
            ("<table><td><div>a</td>b", r#"table(td(div("a")) "b")"#),
        ] {
            assert_eq!(outline(html), tree, "{html}");
        }
    }

    #[test]
    fn head_and_body() {
        let tree = Tree::parse(
            "<!doctype html><html><head><title>A &amp; B</title><meta property=og:title content=' T '>\
             <script type=application/ld+json>{\"a\":1}</script><p>x</p></html>",
        );
        assert!(tree.whole_page);
        assert_eq!(tree.head.title, "A & B");
        assert_eq!(
            tree.head.metas,
            vec![("og:title".to_string(), "T".to_string())]
        );
        assert_eq!(tree.head.json_ld, vec!["{\"a\":1}".to_string()]);
        // An unclosed <head> ends where body content starts.
        assert_eq!(tree.text, "x");
        assert!(!Tree::parse("<p>x</p>").whole_page);
        let icon = Tree::parse("<body><svg><title>Share icon</title></svg><title>Real</title>");
        assert_eq!(icon.head.title, "Real");
    }

    #[test]
    fn flags_from_tags_and_attributes() {
        for (html, want) in [
            ("<nav>x</nav>", flag::DROP),
            ("<div hidden>x</div>", flag::DROP),
            ("<div aria-hidden=true>x</div>", flag::DROP),
            ("<div style='display: none'>x</div>", flag::DROP),
            ("<div role=navigation>x</div>", flag::DROP | flag::UNLIKELY),
            ("<div class=sidebar>x</div>", flag::UNLIKELY),
            // The first of repeated attributes counts.
            ("<div class=sidebar class=story>x</div>", flag::UNLIKELY),
            ("<div class=story class=sidebar>x</div>", 0),
            ("<noframes><p>x</p></noframes>", flag::DROP),
            ("<footer>x</footer>", flag::UNLIKELY),
            ("<form>x</form>", flag::FORM),
            ("<figcaption>x</figcaption>", flag::CAPTION),
            ("<span class=photo-credit>x</span>", flag::CAPTION),
            ("<a rel=author>x</a>", flag::BYLINE),
            ("<div itemprop=articleBody>x</div>", flag::ARTICLE),
            ("<article>x</article>", 0),
            ("<div class=story>x</div>", 0),
            ("<body class=has-sidebar>x</body>", 0),
        ] {
            let tree = Tree::parse(html);
            let own = tree.nodes[1].flags & !flag::HAS_BLOCK;
            assert_eq!(own, want, "{html}");
        }
        let tree =
            Tree::parse("<div class=article-body id=main>x</div><div class=comments>y</div>");
        assert_eq!((tree.nodes[1].weight, tree.nodes[3].weight), (50, -25));
    }

    #[test]
    fn dropped_text_is_not_kept() {
        let tree = Tree::parse("<p>a<script>var b = '<p>c</p>';</script><style>p{}</style>d</p>");
        assert_eq!(tree.text, "ad");
    }

    #[test]
    fn deep_nesting_and_stray_tags_stay_linear() {
        let deep = "<div>".repeat(100_000) + "x" + &"</span>".repeat(100_000);
        let tree = Tree::parse(&deep);
        assert_eq!(tree.text, "x");
        assert_eq!(tree.nodes[1].end as usize, tree.nodes.len());
        let spans = "<span>".repeat(50_000) + &"<div>".repeat(50_000) + "y";
        assert_eq!(Tree::parse(&spans).text, "y");
    }
}
