//! URLs that leave the engine (`metadata.url`, `metadata.image`): only absolute http(s)
//! URLs, so a page cannot hand a `javascript:`, `data:` or `vbscript:` URL to whoever
//! renders the result as a link or an image.
//!
//! The scheme is read as the WHATWG URL parser reads it (leading and trailing C0 controls
//! and spaces stripped, tabs and newlines removed anywhere, ASCII case ignored), so an
//! obfuscated scheme is seen for what a browser would make of it. Relative references are
//! resolved against the page's own URL (RFC 3986, without dot-segment removal, which a
//! browser does when it reads the result); with no page URL they are dropped.

use crate::document::Metadata;

impl Metadata {
    /// Keeps `url` only if it is an absolute http(s) URL, then resolves `image` against it.
    pub(crate) fn keep_web_urls(&mut self) {
        self.url = self.url.take().and_then(|url| web_url(&url, None));
        let page = self.url.as_deref();
        self.image = self.image.take().and_then(|image| web_url(&image, page));
    }
}

/// `raw` as an absolute http(s) URL, resolving a relative reference against `base` (itself
/// an absolute http(s) URL); `None` for any other scheme, or a relative one without base.
/// Works on bytes: every byte it looks at or changes is ASCII.
fn web_url(raw: &str, base: Option<&str>) -> Option<String> {
    let bytes = raw.as_bytes();
    let start = bytes.iter().position(|&b| b > b' ')?;
    let end = bytes.iter().rposition(|&b| b > b' ')? + 1;
    let mut url = Vec::with_capacity(end - start);
    for &b in &bytes[start..end] {
        match b {
            b'\t' | b'\n' | b'\r' => {}
            // http(s) URLs read a backslash as a slash; so does a browser resolving against one.
            b'\\' => url.push(b'/'),
            _ => url.push(b),
        }
    }
    let url = String::from_utf8(url).ok()?;
    let Some(colon) = scheme_end(url.as_bytes()) else {
        return resolve(base?, &url);
    };
    let scheme = &url[..colon];
    let rest = &url[colon + 1..];
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host = rest.strip_prefix("//")?.bytes().next()?;
    (web && !matches!(host, b'/' | b'?' | b'#')).then(|| scheme.to_ascii_lowercase() + ":" + rest)
}

/// Where the scheme of `url` ends (its first ':'), if it has one: a letter, then letters,
/// digits, '+', '-' or '.'.
fn scheme_end(url: &[u8]) -> Option<usize> {
    let colon = url.iter().position(|&b| b == b':')?;
    let scheme = &url[..colon];
    (scheme.first()?.is_ascii_alphabetic()
        && scheme
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')))
    .then_some(colon)
}

/// A relative reference (`//host/p`, `/p`, `p`, `?q`, `#f`) resolved against `base`,
/// which is `scheme://authority[path][?query][#fragment]`.
fn resolve(base: &str, reference: &str) -> Option<String> {
    let first = *reference.as_bytes().first()?;
    let b = base.as_bytes();
    let after_scheme = b.iter().position(|&c| c == b':')? + 1;
    let find = |from: usize, stops: &[u8]| {
        let rest = b.get(from..).unwrap_or_default();
        rest.iter()
            .position(|c| stops.contains(c))
            .map_or(b.len(), |i| from + i)
    };
    let path_start = find(after_scheme + 2, b"/?#");
    let query_start = find(path_start, b"?#");
    let keep = match first {
        _ if reference.starts_with("//") => after_scheme,
        b'/' => path_start,
        b'?' => query_start,
        b'#' => find(query_start, b"#"),
        // A relative path replaces the last segment of the base's path.
        _ => b[path_start..query_start]
            .iter()
            .rposition(|&c| c == b'/')
            .map_or(path_start, |i| path_start + i + 1),
    };
    let slash = if keep == path_start && !matches!(first, b'/' | b'?' | b'#') {
        "/"
    } else {
        ""
    };
    Some(format!("{}{slash}{reference}", &base[..keep]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_urls_leave() {
        let base = Some("https://news.example/2024/05/story.html?page=2#top");
        for (raw, expected) in [
            (
                "https://news.example/a.jpg",
                Some("https://news.example/a.jpg"),
            ),
            (
                "HTTP://news.example/a.jpg",
                Some("http://news.example/a.jpg"),
            ),
            (
                "  https://news.example/a.jpg\n",
                Some("https://news.example/a.jpg"),
            ),
            ("javascript:alert(1)", None),
            ("JaVaScRiPt:alert(1)", None),
            ("  \u{1}\u{8}javascript:alert(1)", None),
            ("java\tscr\nipt:alert(1)", None),
            ("\u{0}javascript:alert(1)", None),
            ("vbscript:msgbox(1)", None),
            ("data:text/html,<script>alert(1)</script>", None),
            ("data:image/png;base64,iVBORw0KGgo=", None),
            ("file:///etc/passwd", None),
            ("blob:https://news.example/uuid", None),
            ("https:", None),
            ("https:///path-without-host", None),
            ("http:news.example", None),
            ("", None),
            ("   ", None),
            // Relative references resolve against the page.
            ("/img/a.jpg", Some("https://news.example/img/a.jpg")),
            ("a.jpg", Some("https://news.example/2024/05/a.jpg")),
            ("//cdn.example/a.jpg", Some("https://cdn.example/a.jpg")),
            (
                "?page=3",
                Some("https://news.example/2024/05/story.html?page=3"),
            ),
            (
                "#photo",
                Some("https://news.example/2024/05/story.html?page=2#photo"),
            ),
            ("\\\\cdn.example\\a.jpg", Some("https://cdn.example/a.jpg")),
            // An entity left encoded is no scheme: a harmless path on the page's site.
            (
                "javascript&#58;alert(1)",
                Some("https://news.example/2024/05/javascript&#58;alert(1)"),
            ),
        ] {
            assert_eq!(web_url(raw, base).as_deref(), expected, "{raw:?}");
        }
        assert_eq!(
            web_url("a.jpg", Some("https://news.example")).as_deref(),
            Some("https://news.example/a.jpg")
        );
        assert_eq!(web_url("/a.jpg", None), None);
        assert_eq!(web_url("a.jpg", None), None);
    }

    #[test]
    fn metadata_keeps_web_urls_only() {
        let mut m = Metadata {
            url: Some("https://news.example/story".into()),
            image: Some("img/a.jpg".into()),
            ..Metadata::default()
        };
        m.keep_web_urls();
        assert_eq!(m.url.as_deref(), Some("https://news.example/story"));
        assert_eq!(m.image.as_deref(), Some("https://news.example/img/a.jpg"));

        let mut m = Metadata {
            url: Some("javascript:alert(1)".into()),
            image: Some("img/a.jpg".into()),
            ..Metadata::default()
        };
        m.keep_web_urls();
        assert_eq!((m.url, m.image), (None, None));
    }

    #[test]
    fn ingest_passes_on_web_urls_only() {
        use crate::{ingest::ingest, Format};
        let page = "<html><head><meta property=og:url content=\"https://news.example/2024/story\">\
            <meta property=og:image content=\"/img/lead.jpg\"></head>\
            <body><article><p>The council met on Monday and approved the budget.</p></article></body></html>";
        let m = ingest(page, Format::Html, None).metadata;
        assert_eq!(m.url.as_deref(), Some("https://news.example/2024/story"));
        assert_eq!(
            m.image.as_deref(),
            Some("https://news.example/img/lead.jpg")
        );

        let page = "<html><head><meta property=og:url content=\" JaVaScRiPt:alert(document.cookie)\">\
            <meta property=og:image content=\"&#x6A;avascript:alert(1)\"></head>\
            <body><article><p>The council met on Monday and approved the budget.</p></article></body></html>";
        let m = ingest(page, Format::Html, None).metadata;
        assert_eq!((m.url, m.image), (None, None));

        let markdown = "---\nurl: \"vbscript:msgbox(1)\"\nimage: data:image/svg+xml,<svg onload=alert(1)>\n---\nThe council met.";
        let m = ingest(markdown, Format::Auto, None).metadata;
        assert_eq!((m.url, m.image), (None, None));
    }
}
