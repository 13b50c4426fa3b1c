//! Lines that are page chrome rather than prose, told by their words: image credits,
//! datelines, bylines, copyright notices, newsletter pitches.

use crate::ingest::text;
pub(super) use crate::ingest::text::is_chrome;

/// Image credits: "/VCG", "Photo: Reuters", "(AP Photo/Evan Vucci)", "Getty Images".
pub(super) fn is_credit(text: &str) -> bool {
    let words = text.split_whitespace().count();
    if words > 12 {
        return false;
    }
    let lower = text.to_lowercase();
    let lower = lower.trim_start_matches(['(', '[']);
    if lower.starts_with('/') && words <= 4 {
        return true;
    }
    const PREFIXES: &[&str] = &[
        "photo:",
        "photos:",
        "photo by",
        "photograph:",
        "photograph by",
        "image:",
        "image by",
        "image credit",
        "image copyright",
        "image caption",
        "picture:",
        "pictured:",
        "credit:",
        "source:",
        "ap photo",
        "getty images",
        "file photo",
    ];
    const SUFFIXES: &[&str] = &[
        "getty images",
        "getty",
        "afp",
        "reuters",
        "ap photo",
        "shutterstock",
        "istock",
        "epa",
        "vcg",
        "xinhua",
        "alamy",
    ];
    let tail = lower.trim_end_matches([')', ']', '.', ' ']);
    PREFIXES.iter().any(|p| lower.starts_with(p))
        || SUFFIXES.iter().any(|s| {
            tail.ends_with(s)
                && tail[..tail.len() - s.len()]
                    .trim_end()
                    .ends_with(['/', ':', '|', '©'])
        })
}

/// Chrome of whole pages: datelines, bylines, copyright lines, newsletter pitches, captions
/// that end in their credit, the wire's reporting credits, filing labels.
pub(super) fn is_page_chrome(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = lower.split_whitespace().count();
    is_dateline(&lower)
        || is_byline(text, words)
        || words <= 30 && LABELS.iter().any(|l| lower.starts_with(l))
        || words <= 30 && lower.contains("all rights reserved")
        || words <= 40 && is_newsletter_pitch(&lower)
        || words <= 40 && is_reporting_credit(&lower)
        || words <= 60 && ends_with_credit(&lower)
}

/// How page furniture lines start.
const LABELS: &[&str] = &[
    "copyright",
    "©",
    "filed under",
    "tags:",
    "follow us",
    "citation:",
];

/// "Reporting by Jo Roe; Editing by Al Poe", "Jo Roe contributed to this report."
fn is_reporting_credit(lower: &str) -> bool {
    [
        "reporting by",
        "additional reporting by",
        "editing by",
        "writing by",
        "compiled by",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || lower
            .trim_end_matches('.')
            .ends_with("contributed to this report")
}

/// A line of nothing but a date and time (and "Updated", "Published").
fn is_dateline(lower: &str) -> bool {
    let mut digits = false;
    let mut words = 0;
    for word in lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | '/' | '(' | ')'))
    {
        let word = word.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '–' | '—'));
        if word.is_empty() {
            continue;
        }
        words += 1;
        if word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | '/'))
        {
            digits |= word.chars().any(|c| c.is_ascii_digit());
        } else if text::DATE_WORDS.binary_search(&word).is_err() {
            return false;
        }
    }
    digits && words <= 12
}

/// "By Jane Roe - 11/18/19 11:04 PM EST", "Written by Jane Roe": no sentence, a name.
fn is_byline(text: &str, words: usize) -> bool {
    let rest = ["By ", "BY ", "Written by ", "Posted by ", "Words by "]
        .iter()
        .find_map(|p| text.strip_prefix(p));
    rest.is_some_and(|r| r.starts_with(char::is_uppercase))
        && words <= 12
        && !text.trim_end().ends_with(['.', '!', '?'])
}

/// "Sign up for our newsletter", "Subscribe to get it in your inbox".
fn is_newsletter_pitch(lower: &str) -> bool {
    (lower.contains("sign up") || lower.contains("subscribe"))
        && (lower.contains("newsletter") || lower.contains("inbox") || lower.contains("email"))
}

/// A caption whose credit closes it: "The core stage ... (credit: NASA/Jude Guidry)".
fn ends_with_credit(lower: &str) -> bool {
    let Some(open) = lower
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rfind('(').map(|at| &l[at + 1..]))
    else {
        return false;
    };
    ["credit", "photo", "image", "picture", "courtesy"]
        .iter()
        .any(|w| open.trim_start().starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits() {
        for (text, credit) in [
            ("/VCG", true),
            ("/Getty", true),
            ("Photo: Reuters", true),
            ("(AP Photo/Evan Vucci)", true),
            ("Mike Smith/Getty Images", true),
            ("John Doe | AFP", true),
            ("© Reuters", true),
            ("Getty Images", true),
            ("Source: company filings", true),
            ("The agency sold photos to Getty Images.", false),
            ("He left AFP", false),
            ("Reuters reported the talks had stalled, citing two officials familiar with the plans and more", false),
            ("and/or", false),
        ] {
            assert_eq!(is_credit(text), credit, "{text}");
        }
    }

    #[test]
    fn page_chrome() {
        for (text, chrome) in [
            ("Updated 12:24 am EST, Wednesday, November 20, 2019", true),
            ("Nov. 19, 2019, 8:41 AM UTC", true),
            ("November 20, 2019", true),
            ("Published 3 hours ago", true),
            ("May 2019", true),
            ("May I?", false),
            ("November", false),
            ("On Monday, 20 people were hurt.", false),
            ("By Justine Coleman - 11/18/19 11:04 PM EST", true),
            ("BY JANE ROE", true),
            ("By then, the talks had stalled.", false),
            ("By the numbers", false),
            ("Copyright © 2019 Press TV. All rights reserved.", true),
            ("Sign up for our free daily newsletter.", true),
            ("Subscribe to get the best stories in your inbox", true),
            (
                "She signed up for the marathon and trained all winter.",
                false,
            ),
            (
                "The core stage of the rocket at Michoud. (credit: NASA/Jude Guidry)",
                true,
            ),
            ("The rocket (pictured) flew.", false),
            ("Reporting by Jo Roe; Editing by Al Poe", true),
            (
                "AP writers Jo Roe and Al Poe contributed to this report.",
                true,
            ),
            ("Filed under: Politics |", true),
            (
                "The reporting by the paper was praised by its readers.",
                false,
            ),
            ("The law on copyright changed in May.", false),
            ("He spoke (in French) to reporters.", false),
        ] {
            assert_eq!(is_page_chrome(text), chrome, "{text}");
        }
    }
}
