//! HTML, a fragment or a whole page.
//!
//! [`tokenize`] reads the markup (WHATWG rules where they matter for text, character
//! references decoded) into a light element [`tree`]. A whole page is reduced to its
//! article the way Readability does it ([`score`]): paragraphs score their ancestors, the
//! best one and its kin are the article, and its furniture (link lists, share bars,
//! captions, bylines; [`hints`] by class and id, the shared page-[`chrome`] rules by
//! wording) is cleaned away while its blocks become paragraphs ([`emit`]). A fragment
//! keeps all its prose. `<title>`, `<meta>` and JSON-LD fill the title and metadata
//! ([`meta`]); a byline in the body fills what they left empty.
//!
//! [`chrome`]: crate::ingest::chrome

mod emit;
mod hints;
mod meta;
mod score;
mod tokenize;
mod tree;
mod vocab;

use crate::document::{BlockKind, Document, Metadata};
use crate::ingest::chrome;
use emit::{Emitter, Mode};
use tree::{flag, Tag, Tree};

/// Does `head` hold markup: two or more common tags anywhere, or a whole page's opening?
pub(crate) fn looks_like_html(head: &str) -> bool {
    if starts_a_page(head) {
        return true;
    }
    let tags = [
        "<p>", "<p ", "<div", "<br", "<article", "<section", "<h1", "<h2", "<span", "<a href",
        "<li>", "<img ",
    ];
    let lower = head.to_ascii_lowercase();
    tags.iter().map(|t| lower.matches(t).count()).sum::<usize>() >= 2
}

/// Does `head` open a whole page (a doctype, `<html>`, `<head>` or `<body>`) once its
/// prolog is skipped: a byte-order mark, whitespace, comments, an XML declaration?
pub(crate) fn starts_a_page(head: &str) -> bool {
    let rest = prolog_skipped(head);
    let lower = rest.get(..14).unwrap_or(rest).to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || ["<html", "<head", "<body"].iter().any(|t| {
            lower
                .strip_prefix(t)
                .is_some_and(|r| r.is_empty() || r.starts_with(['>', ' ', '\t', '\n', '\r', '/']))
        })
}

/// Does `head` start with the start tag of an element HTML knows (`<p>`, `<div class=x>`),
/// past its prolog? A fragment of one element is HTML too.
pub(crate) fn starts_with_element(head: &str) -> bool {
    let rest = prolog_skipped(head);
    let Some(rest) = rest.strip_prefix('<') else {
        return false;
    };
    let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let after = rest.as_bytes().get(name_len).copied();
    name_len > 0
        && matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/'))
        && vocab::Tag::of(rest[..name_len].to_ascii_lowercase().as_bytes()) != Tag::Other
}

/// `head` past a byte-order mark, whitespace, comments and `<?…?>` declarations.
fn prolog_skipped(head: &str) -> &str {
    let mut rest = head;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map(|at| at + 3)
        } else if rest.starts_with("<?") {
            rest.find('>').map(|at| at + 1)
        } else {
            return rest;
        };
        match end {
            Some(end) => rest = &rest[end..],
            None => return "",
        }
    }
}

/// Reads a whole page (it has `<html>`, `<head>`, `<body>` or a doctype) as its article; a
/// fragment too, unless that would lose any of its prose.
pub(crate) fn read(html: &str, doc: &mut Document) {
    let mut tree = Tree::parse(html);
    let title = head(&tree, doc);
    let (mut blocks, found) = body(&mut tree, &title);
    let mut len = length(&blocks);
    if len < MIN_ARTICLE && tree.head.noscript.contains('<') {
        // A page whose visible body is (nearly) empty: what it shows without scripts.
        let (shown, _) = body(&mut Tree::parse(&tree.head.noscript), &title);
        if length(&shown) > len + len / 4 {
            blocks = shown;
            len = length(&blocks);
        }
    }
    if let Some(copy) = meta::article_body(&tree.head) {
        // The publisher's own copy of the text, when the page shows far less of it (a
        // body rendered by scripts).
        if copy.len() >= MIN_ARTICLE && len * 2 < copy.chars().count() {
            blocks = copy
                .lines()
                .map(|line| (BlockKind::Paragraph, line.to_string()))
                .collect();
        }
    }
    let author = found.author.as_deref();
    chrome::fill(&mut doc.metadata, author, found.date.as_deref());
    // The author's name on a line of its own is a byline without its "By".
    if let Some(author) = doc.metadata.author.as_deref().map(emit::normalize) {
        blocks.retain(|(_, text)| text.len() > 2 * author.len() || emit::normalize(text) != author);
    }
    push(blocks, doc);
}

/// The article of a page; of a fragment, all its prose unless the article holds it.
fn body(tree: &mut Tree, title: &str) -> Emitted {
    if tree.whole_page {
        return article(tree, title);
    }
    let all = fragment(tree);
    let article = article(tree, title);
    if keeps_the_prose(&article.0, &all.0) {
        article
    } else {
        all
    }
}

/// Characters of text in `blocks`.
fn length(blocks: &[(BlockKind, String)]) -> usize {
    blocks.iter().map(|(_, t)| t.chars().count()).sum()
}

/// Paragraphs, and the author and date their bylines gave.
type Emitted = (Vec<(BlockKind, String)>, Metadata);

/// Reads HTML that is part of a larger document (a Markdown HTML block): all its prose.
pub(crate) fn read_fragment(html: &str, doc: &mut Document) {
    let tree = Tree::parse(html);
    head(&tree, doc);
    push(fragment(&tree).0, doc);
}

/// Fills title and metadata; returns the title normalized.
fn head(tree: &Tree, doc: &mut Document) -> String {
    meta::apply(&tree.head, &h1s(tree), doc);
    doc.title
        .as_deref()
        .map(emit::normalize)
        .unwrap_or_default()
}

fn push(blocks: Vec<(BlockKind, String)>, doc: &mut Document) {
    for (kind, text) in blocks {
        doc.push(kind, &text);
    }
}

/// All the text of a fragment but what is never prose.
fn fragment(tree: &Tree) -> Emitted {
    let analysis = score::Analysis::new(tree, flag::DROP);
    let emitter = Emitter {
        tree,
        stats: &analysis.stats,
        skip: 0,
        mode: Mode::Fragment,
        title: "",
        found: Default::default(),
    };
    let blocks = emitter.emit(&[0], 0);
    (blocks, emitter.found.into_inner())
}

/// Does `article` hold every heading, every paragraph of eight words or more and every
/// sentence of `all`? Then what it left out was furniture (link lists, share bars,
/// bylines), not prose. Both are in document order, so one walk through `article` answers.
fn keeps_the_prose(article: &[(BlockKind, String)], all: &[(BlockKind, String)]) -> bool {
    let mut kept = article.iter().map(|(_, t)| t);
    all.iter()
        .filter(|(kind, text)| {
            *kind == BlockKind::Heading
                || text.split_whitespace().nth(7).is_some()
                || text.ends_with(['.', '!', '?', '…', '。', '！', '？'])
        })
        .all(|(_, text)| kept.any(|k| k == text))
}

/// An article this short is more likely a wrong guess than the article.
const MIN_ARTICLE: usize = 500;

/// The article of a whole page. Furniture by class is left out first; if too little
/// remains, the page is read again with it (Readability's retry).
fn article(tree: &mut Tree, title: &str) -> Emitted {
    let emit = |tree: &Tree, stats: &[score::Stats], skip, mode, roots: &[usize], keep| {
        let emitter = Emitter {
            tree,
            stats,
            skip,
            mode,
            title,
            found: Default::default(),
        };
        let blocks = emitter.emit(roots, keep);
        (blocks, emitter.found.into_inner())
    };
    let mut best: Emitted = Default::default();
    let mut best_len = 0;
    let mut skip = flag::UNLIKELY;
    let mut rescued = false;
    loop {
        let analysis = score::Analysis::new(tree, skip | flag::DROP);
        let (mut len, mut at) = (0, 0);
        if let Some(selection) = score::select(tree, &analysis, skip | flag::DROP) {
            let blocks = emit(
                tree,
                &analysis.stats,
                skip,
                Mode::Article,
                &selection.roots,
                selection.top,
            );
            // The retry must find clearly more: a short article is no reason to take in
            // the furniture around it. A rescued article need only be longer.
            len = length(&blocks.0);
            at = selection.top;
            if len > best_len + if rescued { 0 } else { best_len / 4 } {
                best = blocks;
                best_len = len;
            }
        }
        // A class name is evidence, not a veto: an element it left out that holds more
        // text than the article found without it is read after all.
        if skip != 0 && !rescued {
            if let Some(hidden) = analysis.hidden_article(tree, len as u32, at) {
                tree.rescue(hidden);
                rescued = true;
                continue;
            }
        }
        if best_len >= MIN_ARTICLE {
            return best;
        }
        if skip == 0 {
            break;
        }
        skip = 0;
        rescued = false;
    }
    if best.0.is_empty() {
        // No paragraph long enough to score: a short page, kept whole but for its
        // furniture.
        let body = tree
            .nodes
            .iter()
            .position(|n| n.tag == Tag::Body)
            .unwrap_or(0);
        for skip in [flag::UNLIKELY, 0] {
            let analysis = score::Analysis::new(tree, skip | flag::DROP);
            best = emit(tree, &analysis.stats, skip, Mode::Light, &[body], body);
            if !best.0.is_empty() {
                break;
            }
        }
    }
    best
}

/// The texts of the page's `<h1>`s (a few).
fn h1s(tree: &Tree) -> Vec<String> {
    let nodes = &tree.nodes;
    let mut out = Vec::new();
    let mut i = 0;
    while i < nodes.len() && out.len() < 4 {
        if nodes[i].tag != Tag::H1 {
            i += 1;
            continue;
        }
        let text = tree.inner_text(i);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
        i = nodes[i].end as usize;
    }
    out
}

/// Decodes character references (`&amp;`, `&#39;`, `&eacute;`) in text that is otherwise
/// not HTML.
pub(crate) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    tokenize::decode(s, false, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let mut doc = Document::default();
        read(html, &mut doc);
        doc.blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b).to_string()))
            .collect()
    }

    fn text(html: &str) -> String {
        let mut doc = Document::default();
        read(html, &mut doc);
        doc.text
    }

    /// A paragraph of prose that scores like an article's: long, with commas.
    fn prose(topic: &str) -> String {
        format!(
            "<p>The council met on Tuesday to discuss {topic}, and members agreed, after a long \
             debate, that the plan needed more work before the vote, which is now set for May.</p>"
        )
    }

    #[test]
    fn page_to_blocks() {
        let got = blocks(
            "<html><head><title>T</title><meta name=author content='A B'><script>var x='<p>no</p>';</script></head>\
             <body><nav>Home</nav><h1>Head</h1><p>One &amp; <b>two</b>.</p><figure><img src=x><figcaption>Cap</figcaption></figure>\
             <div class=caption>/VCG</div><ul><li>Item</li></ul><footer>foot</footer></body></html>",
        );
        let want = [
            (BlockKind::Heading, "Head"),
            (BlockKind::Paragraph, "One & two."),
            (BlockKind::ListItem, "Item"),
        ];
        assert_eq!(got, want.map(|(k, t)| (k, t.to_string())));
        let mut doc = Document::default();
        read(
            "<html><head><title>T</title><meta name=author content='A B'>",
            &mut doc,
        );
        assert_eq!(doc.title.as_deref(), Some("T"));
        assert_eq!(doc.metadata.author.as_deref(), Some("A B"));
    }

    #[test]
    fn fragments_keep_all_prose() {
        for (html, want) in [
            ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
            ("<div><p>Short.</p></div><div>Another short one.</div>", "Short.\n\nAnother short one."),
            (
                "<h2>Heading</h2><p>Text <a href=x>with a link</a>.</p><ul><li><a href=a>Link one</a></li><li>Item two</li></ul>",
                "Heading\n\nText with a link.\n\nLink one\n\nItem two",
            ),
            ("<div class=sidebar><p>Prose in an oddly named div.</p></div>", "Prose in an oddly named div."),
            ("<h1>A title</h1><p>Body.</p>", "A title\n\nBody."),
            (
                "<p>Para.</p><nav>Menu</nav><aside>Aside</aside><footer>Foot</footer><form>Field</form>\
                 <script>x()</script><style>p{}</style><template>t</template><div hidden>h</div>",
                "Para.",
            ),
            (
                "<figure><img src=x><figcaption>A caption</figcaption></figure><p>/VCG</p><p>Photo: Reuters</p><p>Body.</p>",
                "Body.",
            ),
            // Markdown's HTML body: an image with its credit, then the article.
            (
                "<div><div class=cmsImage><img src=x><div class=imageCaption><p class=title>/VCG</p></div></div>\
                 <div class=\"text en\"><p><i><strong>Editor's note: </strong>An opinion.</i></p><p>First.</p><p>Last.</p></div></div>",
                "Editor's note: An opinion.\n\nFirst.\n\nLast.",
            ),
        ] {
            assert_eq!(text(html), want, "{html}");
            let mut doc = Document::default();
            read_fragment(html, &mut doc);
            assert_eq!(doc.text, want, "{html}");
        }
    }

    #[test]
    fn fragments_lose_furniture_only() {
        let article = format!(
            "<div class=post>{}{}<div class=share><a href=/s>Share</a> <a href=/t>Tweet</a></div>\
             <ul class=related><li><a href=/a>An older story about the budget</a></li>\
             <li><a href=/b>And one about the roads</a></li></ul></div>",
            prose("the budget"),
            prose("the roads"),
        );
        let got = text(&article);
        assert_eq!(got.matches("The council met").count(), 2, "{got}");
        assert!(
            !got.contains("older story") && !got.contains("Tweet"),
            "{got}"
        );
        // A comment section is prose too: left out by the article, so the fragment is kept
        // whole.
        let with_comments = format!("{article}<div class=comments>{}</div>", prose("comments"));
        assert!(text(&with_comments).contains("discuss comments"));
    }

    #[test]
    fn pages_keep_the_article_only() {
        let page = format!(
            "<!doctype html><html><head><title>Budget talks stall | The Courier</title>\
             <meta property=og:site_name content='The Courier'></head><body>\
             <header><a href=/>The Courier</a><ul class=menu><li><a href=/a>World</a><li><a href=/b>Sport</a></ul></header>\
             <nav><a href=/c>Home</a></nav>\
             <main><article><h1>Budget talks stall</h1><div class=byline>By Ann Lee</div>\
             <div class=article-body>{}{}<h2>What comes next</h2>{}<blockquote><p>We will be back.</p></blockquote>\
             <figure><img src=x><figcaption>The council chamber. Photo: Jo Doe</figcaption></figure>\
             <p>Read more: <a href=/d>Council budget explained</a></p>\
             <div class=share-tools><a href=/e>Share on Facebook</a> <a href=/f>Tweet</a></div>{}</div>\
             </article></main>\
             <aside><h3>Most read</h3><ul><li><a href=/g>Another story</a></li></ul></aside>\
             <div class=related-stories><h3>Related</h3><ul><li><a href=/h>A related story with a long headline</a></li>\
             <li><a href=/i>And another related story here</a></li></ul></div>\
             <section id=comments>{}</section>\
             <footer><p>Copyright 2024 The Courier. All rights reserved.</p></footer></body></html>",
            prose("the budget"),
            prose("the roads"),
            prose("the schools"),
            prose("the parks"),
            prose("what a commenter thinks"),
        );
        let got = blocks(&page);
        let kinds: Vec<BlockKind> = got.iter().map(|b| b.0).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [Paragraph, Paragraph, Heading, Paragraph, Quote, Paragraph],
            "{got:?}"
        );
        assert!(got[0].1.contains("the budget"));
        assert!(got[5].1.contains("the parks"));
        let mut doc = Document::default();
        read(&page, &mut doc);
        assert_eq!(doc.title.as_deref(), Some("Budget talks stall"));
    }

    #[test]
    fn only_a_heading_that_repeats_the_title_goes() {
        let page = |h: &str| {
            format!(
                "<html><head><title>Budget talks stall in the city</title></head><body><div>{h}{}{}</div></body></html>",
                prose("one"),
                prose("two")
            )
        };
        for (heading, kept) in [
            ("<h1>Budget talks stall in the city</h1>", false),
            ("<h1>Budget talks stall</h1>", false),
            ("<h2>Budget talks stall in the city, again</h2>", false),
            ("<h2>Budget</h2>", true),
            ("<h3>Budget talks stall in the city</h3>", true),
        ] {
            let got = text(&page(heading));
            assert_eq!(got.starts_with("Budget"), kept, "{heading}: {got}");
        }
    }

    #[test]
    fn article_siblings_join_and_link_lists_go() {
        // Paragraphs split over sibling containers, with a link list between them.
        let page = format!(
            "<html><body><div id=wrap><div class=part>{}{}</div>\
             <ul><li><a href=/a>One link to elsewhere</a></li><li><a href=/b>Two links to elsewhere</a></li></ul>\
             <div class=part>{}{}</div></div></body></html>",
            prose("one"),
            prose("two"),
            prose("three"),
            prose("four"),
        );
        let got = text(&page);
        for topic in ["one", "two", "three", "four"] {
            assert!(got.contains(&format!("discuss {topic},")), "{topic}: {got}");
        }
        assert!(!got.contains("elsewhere"), "{got}");
    }

    #[test]
    fn layouts_of_old_pages() {
        // ASP.NET wraps the whole page in a form; old sites lay it out in a table.
        let form = format!(
            "<html><body><form id=aspnetForm><div id=nav><a href=/>Home</a></div><div class=content>{}{}</div>\
             <input type=submit value=Go></form></body></html>",
            prose("forms"),
            prose("more forms"),
        );
        let table = format!(
            "<html><body><table><tr><td><a href=/a>Home</a><br><a href=/b>News</a><br><a href=/c>Contact</a></td>\
             <td>{}{}</td></tr></table></body></html>",
            prose("tables"),
            prose("more tables"),
        );
        for (page, topics) in [
            (form, ["forms", "more forms"]),
            (table, ["tables", "more tables"]),
        ] {
            let got = text(&page);
            for topic in topics {
                assert!(got.contains(&format!("discuss {topic},")), "{topic}: {got}");
            }
            assert!(!got.contains("Home"), "{got}");
        }
    }

    #[test]
    fn captions_and_credits_never_become_text() {
        let page = format!(
            "<html><body><div class=story>{}\
             <figure><img src=a><figcaption>Crowds gather in the square.</figcaption></figure>\
             <div class=wp-caption><img src=b><p class=wp-caption-text>Officials at the meeting</p></div>\
             <p><span class=photo-credit>Jane Roe</span></p><p>/Getty</p><p>(AP Photo/Evan Vucci)</p>\
             <p>Mike Smith/Getty Images</p><figure><img src=c><div>Fans in the stands.</div></figure>{}</div></body></html>",
            prose("captions"),
            prose("credits"),
        );
        let got = text(&page);
        for caption in ["Crowds", "Officials", "Jane Roe", "Getty", "Vucci", "Fans"] {
            assert!(!got.contains(caption), "{caption}: {got}");
        }
        assert_eq!(got.matches("The council met").count(), 2, "{got}");
    }

    #[test]
    fn titles_lose_their_site_suffix() {
        for (head, want) in [
            (
                "<title>Headline | Site</title><meta property=og:site_name content=Site>",
                Some("Headline"),
            ),
            (
                "<title>Headline - Section - Site</title><body><h1>Headline</h1>",
                Some("Headline"),
            ),
            ("<title>Just a title</title>", Some("Just a title")),
            (
                "<meta property=og:title content='From OG'>",
                Some("From OG"),
            ),
            (
                "<body><h1>From the h1</h1><p>Text.</p>",
                Some("From the h1"),
            ),
            ("<p>No title here.</p>", None),
        ] {
            let mut doc = Document::default();
            read(&format!("<html><head>{head}"), &mut doc);
            assert_eq!(doc.title.as_deref(), want, "{head}");
        }
    }

    #[test]
    fn malformed_html_never_panics_nor_loses_text() {
        let huge = format!(
            "<p class=\"{}\" style=\"{}\">kept</p>",
            "x".repeat(1 << 20),
            "y ".repeat(1 << 16)
        );
        for (html, want) in [
            // As in a browser: the stray `</div>` and `</span>` are ignored.
            (
                "<p>Open <b>bold <i>both</p><p>Next</div></span> para",
                "Open bold both\n\nNext para",
            ),
            ("<div><p>a<div><span>b", "a\n\nb"),
            ("\0\u{1}<p>\u{FFFD}text\0 more</p>\u{7}", "text more"),
            (huge.as_str(), "kept"),
            (
                "<html><body><p>a</p></body></html><p>after</p>",
                "a\n\nafter",
            ),
            ("<div><svg><path d=x></div><p>b", "b"),
            // A line of bare symbols is no prose (the shared chrome filter drops it).
            ("<<<>>> <p>x &amp &lt;3 &#0; &#xD800;</p>", "x & <3"),
            ("<table><tr><td>a<td>b</table>c", "a b\n\nc"),
            ("</p>a</li>b</td>", "ab"),
            ("", ""),
        ] {
            assert_eq!(text(html), want, "{:.80}", html);
        }
    }

    #[test]
    fn tag_soup_never_panics_nor_leaks_markup() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<div class=sidebar>",
            "<div class=article-body>",
            "</div>",
            "<span>",
            "<a href=x>",
            "</a>",
            "<ul><li>",
            "<li>",
            "</ul>",
            "<table><tr><td>",
            "<td>",
            "</table>",
            "<h2>",
            "</h3>",
            "<blockquote>",
            "<figure>",
            "<figcaption>",
            "<nav>",
            "</nav>",
            "<script>",
            "</script>",
            "<svg/>",
            "<title>",
            "</title>",
            "<html>",
            "<body>",
            "</body>",
            "<br>",
            "<img>",
            "<form>",
            "<select><option>",
            "<!--",
            "-->",
            "&amp;",
            "&#0;",
            "&#xD800;",
            "<",
            ">",
            "\"",
            "\0",
            "😀",
            ",",
            ".",
            "<![CDATA[",
            "<div hidden>",
            "<p style='display:none'>",
        ];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..300 {
            let mut html = String::new();
            for _ in 0..next(120) {
                if next(3) == 0 {
                    html.push_str(&format!(" w{} w{} ", next(100), next(100)));
                } else {
                    html.push_str(PIECES[next(PIECES.len())]);
                }
            }
            let got = text(&html);
            for word in got
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                assert!(word.starts_with('w'), "{word:?} from {html:?}");
            }
        }
    }

    #[test]
    fn deep_nesting_stays_linear() {
        for (n, open, close) in [
            (100_000, "<div>", "</div>"),
            (20_000, "<blockquote>", ""),
            (20_000, "<li><ul>", ""),
            (20_000, "<h1><div>", ""),
            (20_000, "<span>", "</b>"),
        ] {
            let html = format!(
                "<html><body>{}{}{}",
                open.repeat(n),
                prose("depth"),
                close.repeat(n)
            );
            let got = text(&html);
            assert!(got.contains("discuss depth,"), "{open}");
        }
    }

    #[test]
    fn entities_outside_html() {
        assert_eq!(
            decode_entities("a &amp; b &#39;c&#39; &eacute; < 3"),
            "a & b 'c' é < 3"
        );
    }

    /// A block of site information long enough to pass for an article on its own.
    fn about() -> String {
        let line = "<p>This site is run by volunteers, who write, edit and publish every story, \
                    with help from readers, in their spare time, for free.</p>";
        format!("<div class=site-info>{}</div>", line.repeat(4))
    }

    #[test]
    fn a_class_name_never_vetoes_the_article() {
        for wrapper in [
            "<div class='post category-social-media'>",
            "<div class='entry category-no-newsletter-rss'>",
            "<section class='o-section o-section--has-ads'>",
            "<div class='ForumPostComment'>",
        ] {
            let close = if wrapper.starts_with("<section") {
                "</section>"
            } else {
                "</div>"
            };
            let topics = [
                "the harbour",
                "the ferries",
                "the tides",
                "the piers",
                "the fares",
            ];
            let article: String = topics.iter().map(|t| prose(t)).collect();
            // Site information before the article, or after a forum's opening post and
            // its replies.
            let page = if wrapper.contains("Comment") {
                let reply = "<div class=ForumReplyComment><p>Thanks, that helps.</p></div>";
                format!(
                    "<html><body>{wrapper}{article}{close}{reply}{}</body></html>",
                    about()
                )
            } else {
                format!(
                    "<html><body>{}{wrapper}{article}{close}</body></html>",
                    about()
                )
            };
            let got = text(&page);
            for topic in topics {
                assert!(
                    got.contains(&format!("discuss {topic},")),
                    "{wrapper}: {got}"
                );
            }
        }
    }

    #[test]
    fn readers_comments_stay_out_however_long() {
        let comment = format!(
            "<li class=comment><div class=comment-body>{}</div></li>",
            prose("a reply")
        );
        let page = format!(
            "<html><body><div class=entry-content>{}{}</div><ol class=commentlist>{}</ol></body></html>",
            prose("the harbour"),
            prose("the ferries"),
            comment.repeat(8)
        );
        let got = text(&page);
        assert!(
            got.contains("discuss the ferries,") && !got.contains("a reply"),
            "{got}"
        );
    }

    #[test]
    fn strong_evidence_of_the_article() {
        // A body of lists marked as the article body beats a two-line footer paragraph.
        let items =
            "<li>Two cups of flour, sifted</li><li>One egg, beaten</li><li>A pinch of salt</li>\
                     <li>Half a cup of warm milk</li><li>A spoon of melted butter</li>";
        let page = format!(
            "<html><body><div itemprop=articleBody><h2>Ingredients</h2><ul>{items}{items}</ul>\
             <h2>Method</h2><ol><li>Mix the flour and salt.</li><li>Beat in the egg and milk.</li></ol></div>\
             <div class=site-info><p>This site is run by volunteers, who write, edit and publish every recipe, \
             with help from readers, in their spare time.</p></div></body></html>"
        );
        let got = text(&page);
        assert!(got.contains("Two cups of flour, sifted"), "{got}");
        assert!(got.contains("Beat in the egg and milk."), "{got}");
        // The article only in `<noscript>`; the visible body is empty.
        let page = format!(
            "<html><body><div id=app></div><noscript><article>{}{}</article></noscript></body></html>",
            prose("the harbour"),
            prose("the ferries")
        );
        assert!(
            text(&page).contains("discuss the ferries,"),
            "{}",
            text(&page)
        );
        // The publisher's copy in JSON-LD, when scripts render the visible body.
        let body =
            "The council met on Tuesday to discuss the budget, and agreed to more work. ".repeat(5);
        let page = format!(
            "<html><head><script type=application/ld+json>{{\"@type\":\"NewsArticle\",\
             \"articleBody\":\"{body}\\n{body}\"}}</script></head><body><div id=root>Loading</div></body></html>"
        );
        let got = blocks(&page);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].1.starts_with("The council met"), "{got:?}");
    }

    #[test]
    fn anchors_without_href_are_not_links() {
        let page = format!(
            "<html><body><div class=story>{}<p><a name=part2>The second part of the story, with its \
             own long paragraph of prose, and commas, and more words here.</a></p>{}</div></body></html>",
            prose("one"),
            prose("two")
        );
        assert!(text(&page).contains("The second part"), "{}", text(&page));
    }

    #[test]
    fn layout_tables_read_as_layout() {
        let page = format!(
            "<html><head><title>Floods close the river road</title></head><body><table><tr>\
             <td><a href=/>Home</a> | <a href=/n>News</a></td><td><font size=5>Floods close the river road</font></td></tr>\
             <tr><td><table><tr><td><a href=/a>Archive</a></td></tr></table></td><td>{}{}</td></tr></table></body></html>",
            prose("floods"),
            prose("roads")
        );
        let got = blocks(&page);
        assert!(
            got.iter().all(|(_, t)| !t.contains("News Floods")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(_, t)| t.contains("discuss roads,")),
            "{got:?}"
        );
        // A data table's rows are records, never paragraphs of prose.
        let page = format!(
            "<html><body><div class=story>{}{}<table><tr><td>Jane Roe</td><td>Professor of Law</td></tr>\
             <tr><td>John Doe</td><td>Professor of History</td></tr></table></div></body></html>",
            prose("the letter"),
            prose("its signatories")
        );
        let got = blocks(&page);
        assert!(
            got.contains(&(BlockKind::ListItem, "Jane Roe Professor of Law".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn chrome_inside_the_article_goes_and_bylines_fill_metadata() {
        let page = format!(
            "<html><body><article><h1>Budget talks stall</h1><p>By Tom Reid | July 10, 2024</p>{}\
             <p>Download this article as a PDF</p><p>Read also: Why the council budget matters to the city</p>{}\
             <figure><img src=x></figure><p>Smoke rises above the hills near the city on Sunday. Photo: Fire Service</p>\
             <p>Tom Reid is the paper's political editor. Follow him on Twitter.</p>\
             <p>© 2024 The Courier. All rights reserved.</p><p>Topics: Budget, Council</p></article></body></html>",
            prose("the budget"),
            prose("the roads")
        );
        let mut doc = Document::default();
        read(&page, &mut doc);
        assert_eq!(doc.metadata.author.as_deref(), Some("Tom Reid"));
        assert_eq!(doc.metadata.date.as_deref(), Some("July 10, 2024"));
        // The author's name alone on a line is a byline too.
        let page = format!(
            "<html><head><meta name=author content='Ann Lee'></head><body><article><p>Ann Lee</p>{}{}</article></body></html>",
            prose("the budget"),
            prose("the roads")
        );
        assert!(
            text(&page).starts_with("The council met"),
            "{}",
            text(&page)
        );
        for chrome in [
            "PDF",
            "Read also",
            "Smoke",
            "Follow him",
            "©",
            "Topics",
            "By Tom",
        ] {
            assert!(!doc.text.contains(chrome), "{chrome}: {}", doc.text);
        }
        assert_eq!(
            doc.text.matches("The council met").count(),
            2,
            "{}",
            doc.text
        );
    }
}
