//! Tags: the best keyphrases and the article's own categories, as labels with URL slugs.

use crate::analysis::{Metadata, Tag, TagKind};
use crate::keyphrases::Phrase;

pub fn tags(phrases: &[Phrase], metadata: &Metadata, limit: usize) -> Vec<Tag> {
    let mut out: Vec<Tag> = Vec::new();
    let candidates = phrases.iter().map(|p| {
        (
            p.text.clone(),
            if p.proper {
                TagKind::Person
            } else {
                TagKind::Topic
            },
            p.score,
        )
    });
    let declared = metadata
        .keywords
        .iter()
        .map(|k| (k.clone(), TagKind::Topic, 1.0));
    for (label, kind, score) in declared.chain(candidates) {
        if out.len() >= limit {
            break;
        }
        let slug = slugify(&label);
        if slug.is_empty() || out.iter().any(|t| t.slug == slug) {
            continue;
        }
        out.push(Tag {
            label,
            slug,
            kind,
            score,
        });
    }
    out
}

/// Lowercase, letters and digits kept (any script), everything else collapsed into "-".
///
/// ```
/// assert_eq!(abridge::slugify("U.S.-China relations"), "u-s-china-relations");
/// assert_eq!(abridge::slugify("Café Zürich!"), "cafe-zurich");
/// ```
pub fn slugify(label: &str) -> String {
    let mut slug = String::with_capacity(label.len());
    for c in label.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Latin letters with diacritics → their base letter, so slugs stay ASCII for Latin text.
fn fold_accent(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşţťùúûüūůűųýÿźżž";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnooooooooorsssttuuuuuuuuyyzzz";
    match FROM.chars().position(|f| f == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}
