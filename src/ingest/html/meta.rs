//! What a page says about itself: `<title>` (without its " | Site" suffix), `<meta>` tags
//! (Open Graph, Dublin Core, itemprop) and the few JSON-LD fields worth having, read by a
//! small scanner rather than a JSON crate.

use super::emit::normalize;
use super::tree::Head;
use crate::document::Document;
use crate::ingest::list::{list, List};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Author,
    Date,
    Description,
    Image,
    Url,
    Site,
    Keywords,
    Section,
    Tag,
}

/// `<meta>` names and properties (Open Graph, Dublin Core, Parse.ly, Sailthru, itemprop),
/// lowercased, by the field they give.
const KEYS: &[(Field, List)] = &[
    (Field::Title, list!["og:title", "twitter:title", "headline"]),
    (
        Field::Author,
        list![
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
        ],
    ),
    (
        Field::Date,
        list![
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "parsely-pub-date",
            "sailthru.date",
        ],
    ),
    (
        Field::Description,
        list!["description", "og:description", "twitter:description"],
    ),
    (
        Field::Image,
        list!["og:image", "twitter:image", "twitter:image:src"],
    ),
    (Field::Url, list!["og:url"]),
    (Field::Site, list!["og:site_name"]),
    (Field::Keywords, list!["keywords", "news_keywords"]),
    (Field::Section, list!["article:section"]),
    (Field::Tag, list!["article:tag"]),
];

/// Fills title and metadata from the page head; `h1s` are the page's top headings. The
/// first value of each field wins.
pub(super) fn apply(head: &Head, h1s: &[String], doc: &mut Document) {
    let mut og_title = None;
    let m = &mut doc.metadata;
    for (key, content) in &head.metas {
        let Some(&(field, _)) = KEYS.iter().find(|(_, keys)| keys.contains(key)) else {
            continue;
        };
        let slot = match field {
            Field::Title => &mut og_title,
            // article:author is often a profile URL, not a name.
            Field::Author if content.starts_with("http") => continue,
            Field::Author => &mut m.author,
            Field::Date => &mut m.date,
            Field::Description => &mut m.description,
            Field::Image => &mut m.image,
            Field::Url => &mut m.url,
            Field::Site => &mut m.site_name,
            Field::Keywords => {
                if m.keywords.is_empty() {
                    let words = content.split(',').map(str::trim).filter(|k| !k.is_empty());
                    m.keywords = words.map(String::from).collect();
                }
                continue;
            }
            Field::Section => {
                push_new(&mut m.categories, content);
                continue;
            }
            Field::Tag => {
                push_new(&mut m.keywords, content);
                continue;
            }
        };
        if slot.is_none() {
            *slot = Some(content.clone());
        }
    }
    for json in head
        .json_ld
        .iter()
        .filter(|j| j.contains("\"headline\"") || j.contains("\"datePublished\""))
    {
        if og_title.is_none() {
            og_title = string_at(json, "headline");
        }
        if m.date.is_none() {
            m.date = string_at(json, "datePublished");
        }
        if m.author.is_none() {
            m.author = named(json, "author", "name");
        }
        if m.image.is_none() {
            m.image = named(json, "image", "url");
        }
    }
    if doc.title.is_none() {
        let site = doc.metadata.site_name.as_deref();
        doc.title = title(&head.title, site, og_title.as_deref(), h1s);
    }
}

fn push_new(list: &mut Vec<String>, value: &str) {
    if !list.iter().any(|v| v == value) {
        list.push(value.to_string());
    }
}

/// The separators of "Headline | Section | Site" and "Site: Headline".
const SEPARATORS: List = list![" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", ": "];

/// Words separated by single spaces; control characters (a NUL in junk) and U+FFFD are
/// spaces too, as in `Document::push`.
fn squeeze(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control() || c == '\u{fffd}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The page title: `<title>` without the site name it carries, else og:title, else the h1.
/// A part is dropped only on evidence: the headline (og:title or an h1) is the rest, or the
/// dropped part is the site name.
fn title(raw: &str, site: Option<&str>, og: Option<&str>, h1s: &[String]) -> Option<String> {
    let raw = squeeze(raw);
    let og = og.map(squeeze);
    if raw.is_empty() {
        return og
            .or_else(|| h1s.first().cloned())
            .filter(|t| !t.is_empty());
    }
    if raw.len() > 500 {
        // No real title is this long; cutting it at every separator would be quadratic.
        return Some(raw);
    }
    let site = site.map(normalize).unwrap_or_default();
    let known: Vec<String> = og.iter().chain(h1s).map(|k| normalize(k)).collect();
    let is_headline = |part: &str| {
        let part = normalize(part);
        !part.is_empty() && known.contains(&part)
    };
    let is_site = |part: &str| !site.is_empty() && normalize(part) == site;
    // Every place the title could be cut: "A | B | C" gives "A" + "B | C" and "A | B" + "C".
    for sep in SEPARATORS.iter() {
        for (at, _) in raw.match_indices(sep) {
            let (head, tail) = (raw[..at].trim(), raw[at + sep.len()..].trim());
            if is_headline(head) || is_site(tail) {
                return Some(head.to_string());
            }
            if is_headline(tail) || is_site(head) {
                return Some(tail.to_string());
            }
        }
    }
    Some(raw)
}

/// The string value of the first `"key"` in a JSON text.
fn string_at(json: &str, key: &str) -> Option<String> {
    let at = value_of(json, key)?;
    string(&json[at..])
}

/// `"key": "value"`, or the first `"field": "value"` inside `"key": {...}` or `[...]`.
fn named(json: &str, key: &str, field: &str) -> Option<String> {
    let at = value_of(json, key)?;
    let value = &json[at..];
    if value.starts_with('"') {
        return string(value);
    }
    if !value.starts_with(['{', '[']) {
        return None;
    }
    let inner = &value[..bracketed_len(value)];
    string_at(inner, field).or_else(|| {
        // An array of plain strings: `"image": ["https://..."]`.
        let first = inner[1..].trim_start();
        string(first)
    })
}

/// Where the value of the first `"key":` starts.
fn value_of(json: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut from = 0;
    while let Some(found) = json[from..].find(&quoted) {
        let after = from + found + quoted.len();
        let rest = json[after..].trim_start();
        if let Some(value) = rest.strip_prefix(':') {
            let value = value.trim_start();
            return Some(json.len() - value.len());
        }
        from = after;
    }
    None
}

/// The length of the `{...}` or `[...]` that `s` starts with (all of `s` if unbalanced).
fn bracketed_len(s: &str) -> usize {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, b) in s.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    s.len()
}

/// Decodes the JSON string `s` starts with.
fn string(s: &str) -> Option<String> {
    let out = text(s)?;
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    (!out.is_empty()).then_some(out)
}

/// The JSON-LD `articleBody` of the page, its line breaks kept: the publisher's own copy of
/// the article text.
pub(super) fn article_body(head: &Head) -> Option<String> {
    head.json_ld
        .iter()
        .find_map(|json| text(&json[value_of(json, "articleBody")?..]))
}

/// A JSON string as written, escapes decoded (`\n` a line break).
fn text(s: &str) -> Option<String> {
    let mut chars = s.strip_prefix('"')?.chars();
    let hex4 = |chars: &mut std::str::Chars| {
        (0..4).try_fold(0, |code, _| Some(code * 16 + chars.next()?.to_digit(16)?))
    };
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                'r' | 't' => out.push(' '),
                'u' => {
                    let mut code = hex4(&mut chars)?;
                    if (0xD800..0xDC00).contains(&code) {
                        // A surrogate pair: `\ud83d\ude00`.
                        chars.nth(1)?;
                        let low = hex4(&mut chars)?;
                        code =
                            0x10000 + ((code - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF);
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                }
                'b' | 'f' => {}
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        let h1 = |s: &str| vec![s.to_string()];
        for (raw, site, og, h1s, want) in [
            (
                "Moon shot - Site - Of Sites",
                Some("Site - Of Sites"),
                None,
                vec![],
                Some("Moon shot"),
            ),
            (
                "The Review: Moon shot",
                None,
                None,
                h1("Moon shot"),
                Some("Moon shot"),
            ),
            (
                "Brexit: what next",
                None,
                None,
                vec![],
                Some("Brexit: what next"),
            ),
            (
                "Moon shot | News | Al Jazeera",
                None,
                None,
                h1("Moon shot"),
                Some("Moon shot"),
            ),
            (
                "Moon shot - The Times",
                Some("The Times"),
                None,
                vec![],
                Some("Moon shot"),
            ),
            (
                "The Times | Moon shot",
                Some("The Times"),
                None,
                vec![],
                Some("Moon shot"),
            ),
            (
                "Moon shot | Science | The Times",
                Some("The Times"),
                None,
                vec![],
                Some("Moon shot | Science"),
            ),
            (
                "Moon shot — Blog",
                None,
                Some("Moon shot"),
                vec![],
                Some("Moon shot"),
            ),
            // No evidence of a suffix: the title stays whole.
            (
                "Cats - and dogs",
                None,
                None,
                vec![],
                Some("Cats - and dogs"),
            ),
            (
                "Cats - and dogs",
                Some("Pets"),
                None,
                h1("Cats"),
                Some("Cats"),
            ),
            ("", None, Some("  OG  title "), h1("H"), Some("OG title")),
            (
                "\0A\u{fffd}\ttitle\r\n",
                None,
                None,
                vec![],
                Some("A title"),
            ),
            ("", None, None, h1("H"), Some("H")),
            ("", None, None, vec![], None),
        ] {
            assert_eq!(title(raw, site, og, &h1s).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn json_ld_fields() {
        let json = r#"{"@type":"NewsArticle","headline":"A \"quoted\" \u00e9t\u00e9 \ud83d\ude00",
            "author":[{"@type":"Person","name":"Jane Roe"}],"image":{"url":"https://x/i.jpg"},
            "publisher":{"name":"Org"},"datePublished" : "2019-11-19"}"#;
        assert_eq!(
            string_at(json, "headline").as_deref(),
            Some("A \"quoted\" été 😀")
        );
        assert_eq!(named(json, "author", "name").as_deref(), Some("Jane Roe"));
        assert_eq!(
            named(json, "image", "url").as_deref(),
            Some("https://x/i.jpg")
        );
        assert_eq!(
            string_at(json, "datePublished").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            named(r#"{"author":"Joe"}"#, "author", "name").as_deref(),
            Some("Joe")
        );
        assert_eq!(
            named(r#"{"image":["u1","u2"]}"#, "image", "url").as_deref(),
            Some("u1")
        );
        for broken in [
            r#"{"headline":"#,
            r#"{"headline":"open"#,
            r#"{"author":{"name""#,
            r#""author":[{"#,
            r#"{"headline":"\u12"}"#,
        ] {
            let _ = (
                string_at(broken, "headline"),
                named(broken, "author", "name"),
            );
        }
    }

    #[test]
    fn metas_fill_metadata() {
        let head = Head {
            title: "Story | Site".to_string(),
            metas: [
                ("og:site_name", "Site"),
                ("author", "https://facebook.com/x"),
                ("article:author", "Ann Lee"),
                ("article:published_time", "2019-11-19T10:00:00Z"),
                ("keywords", "a, b,,c"),
                ("article:section", "World"),
                ("og:image", "https://x/i.jpg"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
            json_ld: vec![
                r#"{"headline":"H","author":{"name":"JSON Author"},"datePublished":"2001"}"#
                    .to_string(),
            ],
            noscript: String::new(),
        };
        let mut doc = Document::default();
        apply(&head, &[], &mut doc);
        let m = &doc.metadata;
        assert_eq!(doc.title.as_deref(), Some("Story"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee"));
        assert_eq!(m.date.as_deref(), Some("2019-11-19T10:00:00Z"));
        assert_eq!(m.keywords, ["a", "b", "c"]);
        assert_eq!(m.categories, ["World"]);
        assert_eq!(m.image.as_deref(), Some("https://x/i.jpg"));
    }
}
