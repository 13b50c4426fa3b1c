//! Tags: the article's declared keywords, its best names (people, places, organisations)
//! and topics, and its categories, as labels with URL slugs and kinds; each thing once.

use crate::analysis::{Metadata, Tag, TagKind};
use crate::keyphrases::{order_desc, Phrase};

/// How many of the best keyphrases are looked at for tags.
const POOL: usize = 40;

/// Sentences that count as the lead: a name there is one of the story's actors.
const LEAD_SENTENCES: usize = 3;

/// A possible tag, borrowed from a keyphrase or the metadata.
struct Candidate<'a> {
    label: &'a str,
    kind: TagKind,
    score: f64,
    /// The keyphrase's key, for telling variants apart.
    key: Option<&'a str>,
}

pub fn tags(phrases: &[Phrase], metadata: &Metadata, limit: usize) -> Vec<Tag> {
    let candidates = candidates(phrases, metadata);
    let scores: Vec<f64> = candidates.iter().map(|c| c.score).collect();
    // Names first, but an article is also about something: keep a slot for a topic.
    let names_cap = if limit >= 4 {
        limit - (limit / 8).max(1)
    } else {
        limit
    };
    let mut chosen: Vec<&Candidate> = Vec::new();
    let mut skipped: Vec<&Candidate> = Vec::new();
    for c in order_desc(&scores).into_iter().map(|i| &candidates[i]) {
        if chosen.len() >= limit {
            break;
        }
        if chosen.iter().chain(&skipped).any(|t| same_thing(t, c)) {
            continue;
        }
        let names = chosen.iter().filter(|t| t.kind != TagKind::Topic).count();
        if c.kind != TagKind::Topic && names >= names_cap {
            skipped.push(c);
        } else {
            chosen.push(c);
        }
    }
    // No topic to fill the slot: the next names do.
    chosen.extend(skipped.into_iter().take(limit.saturating_sub(chosen.len())));
    let scores: Vec<f64> = chosen.iter().map(|c| c.score).collect();
    let top = scores
        .iter()
        .copied()
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    order_desc(&scores)
        .into_iter()
        .map(|i| Tag {
            label: chosen[i].label.to_string(),
            slug: slugify(chosen[i].label),
            kind: chosen[i].kind,
            score: (chosen[i].score / top).min(1.0),
        })
        .collect()
}

/// Keywords the author gave first; then the best keyphrases and every name of the lead
/// however rarely repeated; then categories, often site sections, only to fill what the
/// article's own names and topics leave.
fn candidates<'a>(phrases: &'a [Phrase], metadata: &'a Metadata) -> Vec<Candidate<'a>> {
    let pool = &phrases[..phrases.len().min(POOL)];
    let declared = |label: &'a String, score: f64| {
        let slug = slugify(label);
        let kind = pool
            .iter()
            .find(|p| slugify(&p.text) == slug)
            .map_or(TagKind::Topic, |p| p.kind);
        Candidate {
            label,
            kind,
            score,
            key: None,
        }
    };
    let lead_names = phrases[pool.len()..]
        .iter()
        .filter(|p| p.kind != TagKind::Topic && p.first_sentence < LEAD_SENTENCES);
    let site = [&metadata.author, &metadata.site_name];
    let categories = metadata
        .categories
        .iter()
        .filter(|c| !site.iter().any(|s| s.as_ref() == Some(*c)));
    metadata
        .keywords
        .iter()
        .map(|k| declared(k, 1.0))
        .chain(pool.iter().chain(lead_names).map(|p| Candidate {
            label: &p.text,
            kind: p.kind,
            score: tag_score(p),
            key: Some(&p.key),
        }))
        .chain(categories.map(|c| declared(c, 0.0)))
        .collect()
}

/// Whether two candidates are one thing: the same slug; "dialogue" and "high-level
/// strategic dialogue"; "Joe Biden" and "President Joe Biden". But "China" and "Communist
/// Party of China", or "U.S." and "U.S.-China relations", are two tags.
fn same_thing(kept: &Candidate, new: &Candidate) -> bool {
    if slugify(kept.label) == slugify(new.label) || slugify(new.label).is_empty() {
        return true;
    }
    let (Some(k), Some(n)) = (kept.key, new.key) else {
        return false;
    };
    contains_words(k, n)
        || contains_words(n, k) && (kept.kind == new.kind || kept.kind == TagKind::Person)
}

/// A keyphrase's worth as a tag: names of the lead's actors rise, lone common words sink.
fn tag_score(p: &Phrase) -> f64 {
    let mut score = p.score;
    if p.kind != TagKind::Topic {
        // Organisations are often only the affiliations of the story's people.
        score = score.sqrt();
        // Organisations in the lead are often only the affiliations of its people.
        if p.kind == TagKind::Organization {
            score *= 0.7;
        } else if p.first_sentence < LEAD_SENTENCES {
            score += 0.25;
        }
    } else if !p.key.contains(' ') && !p.proper {
        score *= 0.5;
    }
    score
}

/// Whether the words of `inner` (a phrase key) appear in a row inside those of `outer`.
fn contains_words(outer: &str, inner: &str) -> bool {
    outer != inner
        && outer
            .split(' ')
            .collect::<Vec<_>>()
            .windows(inner.split(' ').count())
            .any(|w| w.iter().copied().eq(inner.split(' ')))
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
