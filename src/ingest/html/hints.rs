//! What an element's `class`, `id` and `role` say about it: the words page authors use for
//! article bodies ("article-body", "entry-content") and for furniture ("sidebar",
//! "share-tools", "newsletterSignup"). Attribute values are cut into words at `-`, `_`,
//! digits and camelCase humps, and each word is looked up in one small table.

use crate::ingest::list::{list, List};

/// The article body, or a wrapper of it.
pub(super) const POSITIVE: u8 = 1;
/// Furniture: lowers a block's score.
pub(super) const NEGATIVE: u8 = 2;
/// So surely furniture that it is left out before scoring, unless a [`MAYBE`] word stands
/// beside it ("article-header", "main-content-sidebar-wrapper").
pub(super) const UNLIKELY: u8 = 4;
/// Words that may name an article wrapper even beside a furniture word.
pub(super) const MAYBE: u8 = 64;
/// An image caption or credit.
pub(super) const CAPTION: u8 = 8;
/// A byline or dateline: who wrote it and when, not what.
pub(super) const BYLINE: u8 = 16;
/// Share and follow buttons.
pub(super) const SHARE: u8 = 32;
/// Readers' comments (or a forum's posts).
pub(super) const COMMENT: u8 = 128;

const P: u8 = POSITIVE;
const M: u8 = POSITIVE | MAYBE;
const N: u8 = NEGATIVE;
const U: u8 = NEGATIVE | UNLIKELY;

/// Words of class and id values, by the bits they give. A word matches a part equal to it
/// or starting with it; words of 6 letters or more also match a part ending with them
/// ("rightsidebar").
const WORDS: &[(u8, List)] = &[
    (
        P,
        list!["blog", "entry", "hentry", "post", "prose", "story", "text"],
    ),
    (M, list!["article", "body", "column", "content", "main"]),
    (
        N,
        list![
            "contact",
            "copyright",
            "footnote",
            "hid",
            "hidden",
            "media",
            "meta",
            "scroll",
            "shopping",
            "tags",
            "tools",
            "widget",
        ],
    ),
    (
        U,
        list![
            "ad",
            "ads",
            "advert",
            "agegate",
            "banner",
            "breadcrumb",
            "combx",
            "community",
            "consent",
            "cookie",
            "footer",
            "gdpr",
            "header",
            "masthead",
            "menu",
            "modal",
            "nav",
            "newsletter",
            "outbrain",
            "pager",
            "pagination",
            "popular",
            "popup",
            "promo",
            "recirc",
            "recommend",
            "related",
            "remark",
            "rss",
            "shoutbox",
            "sidebar",
            "signup",
            "skyscraper",
            "sponsor",
            "subscribe",
            "subscription",
            "supplemental",
            "taboola",
            "toolbar",
            "trending",
        ],
    ),
    (N | CAPTION, list!["caption", "credit", "figcaption"]),
    (BYLINE, list!["author", "dateline", "writtenby"]),
    (N | BYLINE, list!["byline"]),
    (U | SHARE, list!["share", "sharing", "social"]),
    (U | COMMENT, list!["comment", "disqus", "replies"]),
];

/// ARIA roles of furniture.
const UNLIKELY_ROLES: List = list![
    "alert",
    "alertdialog",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
];

/// The hint bits of one `class` or `id` value.
pub(super) fn of_value(value: &[u8]) -> u8 {
    let mut bits = 0;
    let mut part = [0u8; 32];
    let mut len = 0;
    let mut prev_lower = false;
    for &b in value.iter().chain(std::iter::once(&b' ')) {
        let hump = b.is_ascii_uppercase() && prev_lower;
        if !b.is_ascii_alphabetic() || hump {
            bits |= of_part(&part[..len]);
            len = 0;
        }
        if b.is_ascii_alphabetic() && len < part.len() {
            part[len] = b.to_ascii_lowercase();
            len += 1;
        }
        prev_lower = b.is_ascii_lowercase();
    }
    bits
}

fn of_part(part: &[u8]) -> u8 {
    if part.len() < 2 {
        return 0;
    }
    let mut bits = 0;
    for &(b, words) in WORDS {
        for word in words.iter() {
            let word = word.as_bytes();
            if part.starts_with(word) && (part.len() == word.len() || word.len() >= 3)
                || word.len() >= 6 && part.ends_with(word)
            {
                bits |= b;
            }
        }
    }
    bits
}

pub(super) fn of_role(role: &[u8]) -> u8 {
    let role = String::from_utf8_lossy(role).to_ascii_lowercase();
    match role.trim() {
        "main" | "article" => M,
        r if UNLIKELY_ROLES.contains(r) => U,
        _ => 0,
    }
}

/// Readability's class weight: ±25 for each of `class` and `id`.
pub(super) fn weight(bits: u8) -> i16 {
    let mut w = 0;
    if bits & POSITIVE != 0 {
        w += 25;
    }
    if bits & NEGATIVE != 0 {
        w -= 25;
    }
    w
}

pub(super) fn is_unlikely(bits: u8) -> bool {
    bits & UNLIKELY != 0 && bits & MAYBE == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words() {
        for (value, bits) in [
            ("article-body", M),
            ("entry-content", M),
            ("storyBody", M),
            ("post", POSITIVE),
            ("sidebar", U),
            ("rightsidebar", U),
            ("js-comments-list", U | COMMENT),
            ("socialShare", U | SHARE),
            ("ad", U),
            ("ad-slot_3", U),
            ("adsbygoogle", U),
            ("header", U),
            ("shadow", 0),
            ("download", 0),
            ("read", 0),
            ("head", 0),
            ("imageCaption", N | CAPTION),
            ("wp-caption-text", N | CAPTION | POSITIVE),
            ("photo-credit", N | CAPTION),
            ("byline", N | BYLINE),
            ("", 0),
            ("x", 0),
            (
                "a-very-long-classname-that-goes-on-and-on-and-onwards-footer",
                U,
            ),
        ] {
            assert_eq!(of_value(value.as_bytes()), bits, "{value}");
        }
    }

    #[test]
    fn unlikely_needs_no_article_word() {
        for (value, unlikely) in [
            ("sidebar", true),
            ("article-sidebar", false),
            ("main-header", false),
            ("comments", true),
            ("post-body", false),
            ("related-posts", true),
        ] {
            assert_eq!(is_unlikely(of_value(value.as_bytes())), unlikely, "{value}");
        }
    }

    #[test]
    fn roles_and_weights() {
        assert_eq!(of_role(b"navigation"), U);
        assert_eq!(of_role(b" Main "), M);
        assert_eq!(of_role(b"presentation"), 0);
        assert_eq!(weight(POSITIVE), 25);
        assert_eq!(weight(U), -25);
        assert_eq!(weight(POSITIVE | NEGATIVE), 0);
    }
}
