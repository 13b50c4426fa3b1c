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
fn web_url(raw: &str, base: Option<&str>) -> Option<String> {
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        // http(s) URLs read a backslash as a slash; so does a browser resolving against one.
        .map(|c| if c == '\\' { '/' } else { c })
        .collect();
    match scheme(&cleaned) {
        Some(scheme) => {
            let rest = &cleaned[scheme.len() + 1..];
            let scheme = scheme.to_ascii_lowercase();
            let has_host = rest
                .strip_prefix("//")
                .is_some_and(|r| !r.is_empty() && !r.starts_with(['/', '?', '#']));
            ((scheme == "http" || scheme == "https") && has_host)
                .then(|| format!("{scheme}:{rest}"))
        }
        None if cleaned.is_empty() => None,
        None => resolve(base?, &cleaned),
    }
}

/// The scheme of `url` (before its first ':'), if it has one: a letter, then letters,
/// digits, '+', '-' or '.'.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let scheme = &url[..end];
    let mut chars = scheme.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(scheme)
}

/// A relative reference (`//host/p`, `/p`, `p`, `?q`, `#f`) resolved against `base`.
fn resolve(base: &str, reference: &str) -> Option<String> {
    let colon = base.find(':')?;
    let (scheme, after) = (&base[..colon], &base[colon + 1..]);
    if reference.starts_with("//") {
        return Some(format!("{scheme}:{reference}"));
    }
    let authority_end = after
        .get(2..)?
        .find(['/', '?', '#'])
        .map_or(after.len(), |i| i + 2);
    let origin = &base[..colon + 1 + authority_end];
    let path_and_rest = &after[authority_end..];
    let without_fragment = &base[..base.find('#').unwrap_or(base.len())];
    Some(if reference.starts_with('/') {
        format!("{origin}{reference}")
    } else if reference.starts_with('#') {
        format!("{without_fragment}{reference}")
    } else if reference.starts_with('?') {
        let path_end = path_and_rest
            .find(['?', '#'])
            .unwrap_or(path_and_rest.len());
        format!("{origin}{}{reference}", &path_and_rest[..path_end])
    } else {
        let path = &path_and_rest[..path_and_rest
            .find(['?', '#'])
            .unwrap_or(path_and_rest.len())];
        let directory = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let directory = if directory.is_empty() { "/" } else { directory };
        format!("{origin}{directory}{reference}")
    })
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
        let m = ingest(page, Format::Html).metadata;
        assert_eq!(m.url.as_deref(), Some("https://news.example/2024/story"));
        assert_eq!(
            m.image.as_deref(),
            Some("https://news.example/img/lead.jpg")
        );

        let page = "<html><head><meta property=og:url content=\" JaVaScRiPt:alert(document.cookie)\">\
            <meta property=og:image content=\"&#x6A;avascript:alert(1)\"></head>\
            <body><article><p>The council met on Monday and approved the budget.</p></article></body></html>";
        let m = ingest(page, Format::Html).metadata;
        assert_eq!((m.url, m.image), (None, None));

        let markdown = "---\nurl: \"vbscript:msgbox(1)\"\nimage: data:image/svg+xml,<svg onload=alert(1)>\n---\nThe council met.";
        let m = ingest(markdown, Format::Auto).metadata;
        assert_eq!((m.url, m.image), (None, None));
    }
}
