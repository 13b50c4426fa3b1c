//! HTML, a fragment or a whole page.
//!
//! html5gum tokenizes (WHATWG rules, entities decoded) into a light element [`tree`]. A
//! fragment keeps all its prose; a whole page is reduced to its article the way
//! Readability does it ([`score`]): paragraphs score their ancestors, the best one and its
//! kin are the article, and its furniture (link lists, share bars, captions, bylines) is
//! cleaned away while its blocks become paragraphs ([`emit`]). `<title>`, `<meta>` and
//! JSON-LD fill the title and metadata ([`meta`]).

mod emit;
mod hints;
mod lines;
mod meta;
mod score;
mod tree;

use super::{BlockKind, Document};
use emit::{Emitter, Mode};
use tree::{flag, Tag, Tree};

pub(crate) fn looks_like_html(head: &str) -> bool {
    let lower = head
        .trim_start()
        .get(..head.trim_start().len().min(512))
        .unwrap_or("")
        .to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return true;
    }
    let tags = [
        "<p>", "<p ", "<div", "<br", "<article", "<section", "<h1", "<h2", "<span", "<a href",
        "<li>", "<img ",
    ];
    let lower = head.to_ascii_lowercase();
    tags.iter().map(|t| lower.matches(t).count()).sum::<usize>() >= 2
}

/// Reads a fragment or, when it has `<html>`, `<head>`, `<body>` or a doctype, a page.
pub(crate) fn read(html: &str, doc: &mut Document) {
    let tree = Tree::parse(html);
    read_tree(&tree, tree.whole_page, doc);
}

/// Reads HTML that is part of a larger document (a Markdown HTML block): all its prose.
pub(crate) fn read_fragment(html: &str, doc: &mut Document) {
    read_tree(&Tree::parse(html), false, doc);
}

fn read_tree(tree: &Tree, page: bool, doc: &mut Document) {
    meta::apply(&tree.head, &h1s(tree), doc);
    let title = doc
        .title
        .as_deref()
        .map(emit::normalize)
        .unwrap_or_default();
    let blocks = if page {
        article(tree, &title)
    } else {
        let analysis = score::Analysis::new(tree, flag::DROP);
        let emitter = Emitter {
            tree,
            stats: &analysis.stats,
            skip: 0,
            mode: Mode::Fragment,
            title: &title,
        };
        emitter.emit(&[0], 0)
    };
    for (kind, text) in blocks {
        doc.push(kind, &text);
    }
}

/// An article this short is more likely a wrong guess than the article.
const MIN_ARTICLE: usize = 500;

/// The article of a whole page. Furniture by class is left out first; if too little
/// remains, the page is read again with it (Readability's retry).
fn article(tree: &Tree, title: &str) -> Vec<(BlockKind, String)> {
    let emit = |stats: &[score::Stats], skip, mode, roots: &[usize], keep| {
        let emitter = Emitter {
            tree,
            stats,
            skip,
            mode,
            title,
        };
        emitter.emit(roots, keep)
    };
    let mut best: Vec<(BlockKind, String)> = Vec::new();
    let mut best_len = 0;
    for skip in [flag::UNLIKELY, 0] {
        let analysis = score::Analysis::new(tree, skip | flag::DROP);
        let Some(selection) = score::select(tree, &analysis, skip | flag::DROP) else {
            continue;
        };
        let blocks = emit(
            &analysis.stats,
            skip,
            Mode::Article,
            &selection.roots,
            selection.top,
        );
        let len = blocks.iter().map(|(_, t)| t.chars().count()).sum();
        if len > best_len {
            best = blocks;
            best_len = len;
        }
        if best_len >= MIN_ARTICLE {
            return best;
        }
    }
    if best.is_empty() {
        // No paragraph long enough to score: a short page, kept whole but for its
        // furniture.
        let body = tree
            .nodes
            .iter()
            .position(|n| n.tag == Tag::Body)
            .unwrap_or(0);
        for skip in [flag::UNLIKELY, 0] {
            let analysis = score::Analysis::new(tree, skip | flag::DROP);
            best = emit(&analysis.stats, skip, Mode::Light, &[body], body);
            if !best.is_empty() {
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
        let end = nodes[i].end as usize;
        let text: String = nodes[i..end]
            .iter()
            .filter(|n| n.tag == Tag::Text)
            .map(|n| tree.text_of(n))
            .collect();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
        i = end;
    }
    out
}

/// Decodes character references (`&amp;`, `&#39;`, `&eacute;`) in text that is otherwise
/// not HTML.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    tree::decode_text(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_to_blocks() {
        let mut doc = Document::default();
        read(
            "<html><head><title>T</title><meta name=author content='A B'><script>var x='<p>no</p>';</script></head>\
             <body><nav>Home</nav><h1>Head</h1><p>One &amp; <b>two</b>.</p><figure><img src=x><figcaption>Cap</figcaption></figure>\
             <div class=caption>/VCG</div><ul><li>Item</li></ul><footer>foot</footer></body></html>",
            &mut doc,
        );
        let got: Vec<(BlockKind, &str)> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b)))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading, "Head"),
                (BlockKind::Paragraph, "One & two."),
                (BlockKind::ListItem, "Item")
            ]
        );
        assert_eq!(doc.title.as_deref(), Some("T"));
        assert_eq!(doc.metadata.author.as_deref(), Some("A B"));
    }

    #[test]
    fn entities_outside_html() {
        assert_eq!(
            decode_entities("a &amp; b &#39;c&#39; &eacute; < 3"),
            "a & b 'c' é < 3"
        );
    }

    #[test]
    fn malformed_html_does_not_lose_text() {
        let mut doc = Document::default();
        read(
            "<p>Open <b>bold <i>both</p><p>Next</div></span> para",
            &mut doc,
        );
        // As in a browser: the stray `</div>` and `</span>` are ignored.
        assert_eq!(doc.text, "Open bold both\n\nNext para");
    }
}
