//! Tags and keyphrases of whole articles, through the public `analyze`: what the tag and
//! keyphrase stages make of an article together (the stages' own unit tests sit in their
//! modules).

use abridge::{analyze, Options, Tag, TagKind};

fn labels(tags: &[Tag]) -> Vec<&str> {
    tags.iter().map(|t| t.label.as_str()).collect()
}

/// The tags of a plain-text article.
fn article_tags(text: &str) -> Vec<Tag> {
    analyze(text, &Options::default()).expect("analysis").tags
}

#[test]
fn generic_nouns_are_no_tags() {
    let got = article_tags(
        "The president met the government on Monday to discuss a report on water \
         rationing. The president said the report was clear: water rationing must start. \
         The government agreed, and the report will be published in a list of issues. \
         Officials said water rationing would begin in June, the president added.",
    );
    let labels = labels(&got);
    assert!(labels.contains(&"water rationing"), "{labels:?}");
    for generic in ["president", "government", "report", "list", "issues"] {
        assert!(
            !labels.iter().any(|l| l.eq_ignore_ascii_case(generic)),
            "{generic} in {labels:?}"
        );
    }
    // Nothing more specific: the common words are what the article is about.
    let got = article_tags("The president read the report. The report upset the president.");
    assert!(
        !got.is_empty() && got.iter().all(|t| t.kind == TagKind::Topic),
        "{got:?}"
    );
}

#[test]
fn headline_capitals_are_no_names() {
    let got = article_tags(
        "BRAZIL IN SHOCK WIN OVER HOSTS\n\nLIMA, June 1 - Brazil beat the hosts 2-1 on \
         Sunday in Lima. Fans of Brazil cheered the win, and the coach of Brazil praised \
         his forwards.",
    );
    assert!(
        !got.iter()
            .any(|t| t.slug.contains("shock") && t.kind != TagKind::Topic),
        "{got:?}"
    );
    let kind = |slug: &str| got.iter().find(|t| t.slug == slug).map(|t| t.kind);
    assert_eq!(kind("brazil"), Some(TagKind::Place), "{got:?}");
    assert_eq!(kind("lima"), Some(TagKind::Place), "{got:?}");
}

#[test]
fn from_an_article() {
    let article = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in \
        Anchorage, Alaska, on Thursday for talks on climate change and trade. Blinken said \
        the talks were frank. Wang Yi said China wants dialogue. The talks in Anchorage \
        ended on Friday, and officials said climate change would be on the agenda again.";
    let analysis = analyze(article, &Options::default()).expect("analysis");
    let kind = |label: &str| {
        analysis
            .tags
            .iter()
            .find(|t| t.label == label)
            .map(|t| t.kind)
    };
    assert_eq!(
        kind("Antony Blinken"),
        Some(TagKind::Person),
        "{:?}",
        analysis.tags
    );
    assert_eq!(kind("Wang Yi"), Some(TagKind::Person));
    assert_eq!(kind("Anchorage"), Some(TagKind::Place));
    assert_eq!(kind("Alaska"), Some(TagKind::Place));
    assert!(
        kind("Blinken").is_none(),
        "the short form is the full name's"
    );
}

#[test]
fn places_and_acronyms_inside_phrases_that_are_no_names_are_tags_not_keyphrases() {
    // (text, the place or acronym inside a longer phrase that names nothing)
    for (text, name) in [
        (
            "UK debt futures fell. Dealers sold UK debt futures early, and UK debt \
             futures ended lower.",
            "UK",
        ),
        (
            "Chile copper futures fell. Dealers sold Chile copper futures early, and \
             Chile copper futures ended lower.",
            "Chile",
        ),
        (
            "He won the WBO welterweight title. The WBO welterweight title fight was long, \
             and he keeps the WBO welterweight title.",
            "WBO",
        ),
    ] {
        // English named: one "and" in each text is too little to detect it by.
        let analysis = analyze(text, &Options::default().language("en")).expect("analysis");
        assert!(
            analysis.keyphrases.iter().all(|k| k.text != name),
            "{name} is no keyphrase"
        );
        assert_eq!(analysis.keyphrases[0].score, 1.0);
        assert!(
            analysis.tags.iter().any(|t| t.label == name),
            "{name} in {:?}",
            analysis.tags
        );
    }
}
