//! HTML, a fragment or a whole page: tokenized by html5gum (WHATWG tokenizer, entities
//! decoded), non-content elements skipped, block elements turned into paragraph breaks,
//! `<title>` and `<meta>` read into metadata.

use super::{BlockKind, Document};
use html5gum::{DefaultEmitter, Token, Tokenizer};

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

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "form",
    "svg",
    "iframe",
    "button",
    "select",
    "textarea",
    "figcaption",
    "head",
    "object",
    "canvas",
    "video",
    "audio",
    "dialog",
    "menu",
];

/// Elements that end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dl",
    "dt",
    "dd",
    "figure",
    "body",
    "html",
];

pub(crate) fn read(html: &str, doc: &mut Document) {
    read_fragment(html, doc);
}

pub(crate) fn read_fragment(html: &str, doc: &mut Document) {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut skip_depth: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut title = String::new();
    let mut current = String::new();
    let mut kind = BlockKind::Paragraph;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = true;
                }
                if name == "meta" {
                    let attr = |k: &str| {
                        tag.attributes
                            .get(k.as_bytes())
                            .map(|v| String::from_utf8_lossy(v).trim().to_string())
                    };
                    let key = attr("property")
                        .or_else(|| attr("name"))
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if let Some(content) = attr("content").filter(|c| !c.is_empty()) {
                        meta(doc, &key, content);
                    }
                }
                if !skip_depth.is_empty()
                    || SKIP.contains(&name.as_str())
                    || is_hidden(&tag.attributes)
                {
                    if !tag.self_closing && !is_void(&name) {
                        skip_depth.push(name);
                    }
                    continue;
                }
                if BLOCK.contains(&name.as_str()) {
                    flush(&mut current, kind, doc);
                    kind = match name.as_str() {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                        "li" | "dt" | "dd" => BlockKind::ListItem,
                        "blockquote" => BlockKind::Quote,
                        _ => BlockKind::Paragraph,
                    };
                } else if name == "img" {
                    current.push(' ');
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                }
                if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                    skip_depth.truncate(pos);
                    continue;
                }
                if !skip_depth.is_empty() {
                    continue;
                }
                if BLOCK.contains(&name.as_str()) {
                    flush(&mut current, kind, doc);
                    kind = BlockKind::Paragraph;
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s);
                if in_title {
                    title.push_str(&s);
                } else if skip_depth.is_empty() {
                    current.push_str(&s);
                }
            }
            _ => {}
        }
    }
    flush(&mut current, kind, doc);
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if doc.title.is_none() && !title.is_empty() {
        doc.title = Some(title);
    }
}

fn flush(current: &mut String, kind: BlockKind, doc: &mut Document) {
    if current.trim().is_empty() || is_credit(current.trim()) {
        current.clear();
        return;
    }
    doc.push(kind, current);
    current.clear();
}

/// Image credits such as "/VCG" or "Photo: Getty Images" are not prose.
fn is_credit(text: &str) -> bool {
    text.starts_with('/') && text.split_whitespace().count() <= 4 || super::text::is_chrome(text)
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "br" | "hr"
            | "img"
            | "input"
            | "meta"
            | "link"
            | "source"
            | "area"
            | "base"
            | "col"
            | "embed"
            | "wbr"
            | "track"
            | "param"
    )
}

type Attributes =
    std::collections::BTreeMap<html5gum::HtmlString, html5gum::Spanned<html5gum::HtmlString, ()>>;

fn is_hidden(attributes: &Attributes) -> bool {
    attributes.contains_key(b"hidden".as_slice())
        || attributes
            .get(b"aria-hidden".as_slice())
            .is_some_and(|v| v.value.0 == b"true")
}

fn meta(doc: &mut Document, key: &str, content: String) {
    let m = &mut doc.metadata;
    match key {
        "og:title" | "twitter:title" if doc.title.is_none() => doc.title = Some(content),
        "author" | "article:author" | "byl" if m.author.is_none() => m.author = Some(content),
        "article:published_time" | "date" | "pubdate" | "dc.date" if m.date.is_none() => {
            m.date = Some(content)
        }
        "description" | "og:description" | "twitter:description" if m.description.is_none() => {
            m.description = Some(content)
        }
        "og:image" | "twitter:image" if m.image.is_none() => m.image = Some(content),
        "og:url" if m.url.is_none() => m.url = Some(content),
        "og:site_name" if m.site_name.is_none() => m.site_name = Some(content),
        "keywords" | "news_keywords" if m.keywords.is_empty() => {
            m.keywords = content
                .split(',')
                .map(|k| k.trim().to_string())
                .filter(|k| !k.is_empty())
                .collect()
        }
        "article:section" => m.categories.push(content),
        "article:tag" => m.keywords.push(content),
        _ => {}
    }
}

/// Decodes character references (`&amp;`, `&#39;`, `&eacute;`) in text that is otherwise
/// not HTML.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(false);
    let mut tokenizer = Tokenizer::new_with_emitter(s, emitter);
    tokenizer.set_state(html5gum::State::RcData);
    for token in tokenizer.flatten() {
        if let Token::String(t) = token {
            out.push_str(&String::from_utf8_lossy(&t));
        }
    }
    out
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
        assert_eq!(doc.text, "Open bold both\n\nNext\n\npara");
    }
}
