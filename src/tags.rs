//! Tags: the article's best names (people, places, organisations) and topics, raised where
//! its declared keywords and categories name them, as labels with URL slugs and kinds; each
//! thing once.

use crate::analysis::{Tag, TagKind};
use crate::document::Metadata;
use crate::keyphrases::Phrase;
use crate::order::order_desc;

/// Topics take at most one slot in this many while names are left: a tag list is mostly
/// the people, places and organisations an article is about.
const TOPIC_SHARE: usize = 8;

/// A name written once is a passing mention (a byline, an affiliation, a quoted aside):
/// its score is cut to this, so it ranks after what the article comes back to.
const PASSING: f64 = 0.2;

/// How many of the best keyphrases are looked at for tags.
const POOL: usize = 40;

/// Sentences that count as the lead: a name there is one of the story's actors.
const LEAD_SENTENCES: usize = 3;

/// A possible tag, borrowed from a keyphrase or the metadata.
struct Candidate<'a> {
    label: &'a str,
    slug: String,
    kind: TagKind,
    score: f64,
    /// The keyphrase's key, for telling variants apart.
    key: Option<&'a str>,
    /// Common words only ("president", "report"): a tag only where nothing else is.
    generic: bool,
}

pub fn tags(phrases: &[Phrase], metadata: &Metadata, limit: usize) -> Vec<Tag> {
    let candidates = candidates(phrases, metadata);
    let scores: Vec<f64> = candidates.iter().map(|c| c.score).collect();
    // Names first, but an article is also about something: keep a slot for a topic, and
    // give topics no more than that one slot in eight while names are left.
    let (names_cap, topics_cap) = if limit >= 4 {
        (limit - (limit / 8).max(1), limit / TOPIC_SHARE)
    } else {
        (limit, limit)
    };
    let mut chosen: Vec<&Candidate> = Vec::new();
    let mut skipped: Vec<&Candidate> = Vec::new();
    let mut generic: Vec<&Candidate> = Vec::new();
    for c in order_desc(&scores).into_iter().map(|i| &candidates[i]) {
        if chosen.len() >= limit {
            break;
        }
        // A label without letters or digits ("|-", "…") names nothing.
        if c.slug.is_empty() || chosen.iter().chain(&skipped).any(|t| same_thing(t, c)) {
            continue;
        }
        // "president", "report", "officials": named in any article, the tag of none.
        if c.generic {
            generic.push(c);
            continue;
        }
        let names = chosen.iter().filter(|t| t.kind != TagKind::Topic).count();
        let full = if c.kind == TagKind::Topic {
            chosen.len() - names >= topics_cap
        } else {
            names >= names_cap
        };
        if full {
            skipped.push(c);
        } else {
            chosen.push(c);
        }
    }
    // Too few names or topics to fill their slots: the next best of the other kind do.
    chosen.extend(skipped.into_iter().take(limit.saturating_sub(chosen.len())));
    // An article about nothing more specific is about its common words.
    if chosen.is_empty() {
        chosen.extend(generic.into_iter().take(limit));
    }
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
            slug: chosen[i].slug.clone(),
            kind: chosen[i].kind,
            score: (chosen[i].score / top).min(1.0),
        })
        .collect()
}

/// How much a declared keyword (or, less, a category) adds to the score of the phrase it
/// names: the author's word is evidence of what matters, never a tag by itself.
const KEYWORD_BOOST: f64 = 0.5;
const CATEGORY_BOOST: f64 = 0.2;

/// The best keyphrases, and the names of the lead or written more than once further down,
/// each raised when
/// the metadata declares it as a keyword or category. Declared labels absent from the text
/// (section names, SEO strings) and the byline's author or the site's name give no tag.
fn candidates<'a>(phrases: &'a [Phrase], metadata: &'a Metadata) -> Vec<Candidate<'a>> {
    let pool = &phrases[..phrases.len().min(POOL)];
    let lead_names = phrases[pool.len()..]
        .iter()
        .filter(|p| {
            p.kind != TagKind::Topic
                && (p.first_sentence < LEAD_SENTENCES || p.occurrences.len() >= 2)
        })
        .take(POOL);
    let declared = |labels: &[String]| -> Vec<String> {
        labels
            .iter()
            .flat_map(|l| l.split([',', ';']))
            .map(slugify)
            .filter(|s| !s.is_empty())
            .collect()
    };
    let keywords = declared(&metadata.keywords);
    let categories = declared(&metadata.categories);
    let outside: Vec<String> = [&metadata.author, &metadata.site_name]
        .into_iter()
        .flatten()
        .map(|s| slugify(s))
        .collect();
    let containers: Vec<&Phrase> = pool.iter().collect();
    pool.iter()
        .chain(lead_names)
        .filter_map(|p| {
            let slug = slugify(&p.text);
            if outside.contains(&slug) || p.kind != TagKind::Topic && fragment(p, &containers) {
                return None;
            }
            let mut score = tag_score(p);
            if keywords.contains(&slug) {
                score += KEYWORD_BOOST;
            } else if categories.contains(&slug) {
                score += CATEGORY_BOOST;
            }
            Some(Candidate {
                label: &p.text,
                slug,
                kind: p.kind,
                score,
                key: Some(&p.key),
                generic: p.generic,
            })
        })
        .collect()
}

/// Whether a name is only ever written inside longer phrases ("Boris Nikolayevich" of "Boris
/// Nikolayevich Yeltsin", "Greater Milwaukee" of "Greater Milwaukee Open"): no one by itself.
/// A place inside phrases that are no names still is one ("UK" of "UK meals").
fn fragment(p: &Phrase, names: &[&Phrase]) -> bool {
    let own = p.tag_only || p.kind == TagKind::Place;
    !p.occurrences.is_empty()
        && p.occurrences.iter().all(|&(s, e)| {
            names.iter().any(|q| {
                (q.proper || !own)
                    && q.text.len() > p.text.len()
                    && q.occurrences
                        .iter()
                        .any(|&(qs, qe)| qs <= s && e <= qe && qe - qs > e - s)
            })
        })
}

/// Whether two candidates are one thing: the same slug; "dialogue" and "high-level
/// strategic dialogue"; "Joe Biden" and "President Joe Biden". But "China" and "Communist
/// Party of China", "U.S." and "U.S.-China relations", or "Madrid" and "Real Madrid", are
/// two tags.
fn same_thing(kept: &Candidate, new: &Candidate) -> bool {
    if kept.slug == new.slug {
        return true;
    }
    let (Some(k), Some(n)) = (kept.key, new.key) else {
        return false;
    };
    // A name inside a name of another kind is a thing of its own: "Volgograd" the city in
    // "Rotor Volgograd" the club, "U.S." in "U.S. Open".
    let related = kept.kind == new.kind || new.kind == TagKind::Topic;
    contains_words(k, n) && related
        || contains_words(n, k) && (kept.kind == new.kind || kept.kind == TagKind::Person)
}

/// A keyphrase's worth as a tag: names of the lead's actors rise, lone common words and
/// passing mentions sink.
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
        // Also in the lead: a name the article never comes back to is not what it is about.
        if p.occurrences.len() < 2 {
            score *= PASSING;
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
    if c.is_ascii() {
        return c;
    }
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşţťùúûüūůűųýÿźżž";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorsssttuuuuuuuuyyzzz";
    match FROM.chars().position(|f| f == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh offset per call.
    fn at() -> usize {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        NEXT.fetch_add(1000, Ordering::Relaxed)
    }

    fn phrase(text: &str, key: &str, score: f64, kind: TagKind, first_sentence: usize) -> Phrase {
        // Each phrase written in a place of its own.
        let start = at();
        Phrase {
            text: text.to_string(),
            key: key.to_string(),
            score,
            occurrences: vec![(start, start + text.len())],
            proper: text.starts_with(char::is_uppercase),
            kind,
            first_sentence,
            generic: false,
            tag_only: false,
        }
    }

    fn labels(tags: &[Tag]) -> Vec<&str> {
        tags.iter().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn slugs() {
        for (label, slug) in [
            ("U.S.-China relations", "u-s-china-relations"),
            ("Café Zürich!", "cafe-zurich"),
            ("  --Climate   Change--  ", "climate-change"),
            ("COVID-19", "covid-19"),
            ("新媒体", "新媒体"),
            ("Łódź", "lodz"),
            ("", ""),
            ("!!!", ""),
        ] {
            assert_eq!(slugify(label), slug, "{label}");
        }
    }

    #[test]
    fn labels_without_letters_or_digits_are_no_tags() {
        let metadata = Metadata {
            keywords: vec!["|-".into(), "…".into(), "budget".into()],
            categories: vec!["--".into()],
            ..Metadata::default()
        };
        let phrases = [
            phrase("!!", "", 1.0, TagKind::Topic, 0),
            phrase("budget", "budget", 0.5, TagKind::Topic, 0),
        ];
        assert_eq!(labels(&tags(&phrases, &metadata, 8)), ["budget"]);
    }

    #[test]
    fn one_tag_per_thing() {
        use TagKind::*;
        let mut phrases = [
            phrase(
                "high-level strategic dialogue",
                "high level strateg dialogu",
                1.0,
                Topic,
                5,
            ),
            phrase("Joe Biden", "joe biden", 0.8, Person, 1),
            phrase("China", "china", 0.7, Place, 0),
            phrase(
                "Communist Party of China",
                "communist parti of china",
                0.6,
                Organization,
                5,
            ),
            phrase("dialogue", "dialogu", 0.9, Topic, 0),
            phrase("President Joe Biden", "presid joe biden", 0.5, Topic, 1),
            phrase("china", "china", 0.4, Topic, 9),
        ];
        // Each written twice: no passing mentions here.
        for p in &mut phrases {
            let (s, e) = p.occurrences[0];
            p.occurrences.push((s + 500, e + 500));
        }
        let tags = tags(&phrases, &Metadata::default(), 10);
        assert_eq!(
            labels(&tags),
            [
                "Joe Biden",
                "China",
                "high-level strategic dialogue",
                "Communist Party of China"
            ]
        );
        assert_eq!(tags[0].score, 1.0);
        assert!(tags.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(tags[0].slug, "joe-biden");
        assert_eq!(tags[0].kind, Person);
    }

    #[test]
    fn a_slot_for_a_topic() {
        let mut phrases: Vec<Phrase> = (0..10)
            .map(|i| {
                phrase(
                    &format!("Name{i} Last"),
                    &format!("name{i} last"),
                    0.9,
                    TagKind::Person,
                    0,
                )
            })
            .collect();
        phrases.push(phrase(
            "climate change",
            "climat chang",
            0.1,
            TagKind::Topic,
            8,
        ));
        let tags = tags(&phrases, &Metadata::default(), 8);
        assert_eq!(tags.len(), 8);
        assert!(labels(&tags).contains(&"climate change"));
        // Without a topic, names fill every slot.
        let tags = super::tags(&phrases[..10], &Metadata::default(), 8);
        assert_eq!(tags.len(), 8);
        assert!(tags.iter().all(|t| t.kind == TagKind::Person));
    }

    #[test]
    fn topics_take_one_slot_in_eight_while_names_are_left() {
        let topic = |i: usize| {
            let text = format!("topic{i} words");
            phrase(&text, &text, 0.9, TagKind::Topic, 0)
        };
        let name = |i: usize| {
            let text = format!("Place{i}");
            phrase(&text, &text.to_lowercase(), 0.01, TagKind::Place, 9)
        };
        let kinds = |tags: &[Tag]| tags.iter().filter(|t| t.kind == TagKind::Topic).count();
        // Topics outscore every name, yet names fill seven slots of eight.
        let phrases: Vec<Phrase> = (0..10).map(topic).chain((0..10).map(name)).collect();
        let got = tags(&phrases, &Metadata::default(), 8);
        assert_eq!((got.len(), kinds(&got)), (8, 1), "{:?}", labels(&got));
        // Only three names: topics fill the rest.
        let phrases: Vec<Phrase> = (0..10).map(topic).chain((0..3).map(name)).collect();
        let got = tags(&phrases, &Metadata::default(), 8);
        assert_eq!((got.len(), kinds(&got)), (8, 5), "{:?}", labels(&got));
    }

    #[test]
    fn passing_mentions_rank_after_what_the_article_comes_back_to() {
        use TagKind::*;
        // (written once, its score; written twice, its score; kind of both)
        for (once, twice, kind) in [
            (0.9, 0.3, Person),
            (0.8, 0.2, Place),
            (0.7, 0.25, Organization),
        ] {
            let mut again = phrase("Tarn Vell", "tarn vell", twice, kind, 9);
            again
                .occurrences
                .push((again.occurrences[0].1 + 50, again.occurrences[0].1 + 59));
            let passing = phrase("Orla Brisk", "orla brisk", once, kind, 9);
            let got = tags(&[passing, again], &Metadata::default(), 8);
            assert_eq!(labels(&got), ["Tarn Vell", "Orla Brisk"], "{kind:?}");
        }
    }

    #[test]
    fn names_written_again_far_down_are_candidates() {
        let mut phrases: Vec<Phrase> = (0..POOL + 5)
            .map(|i| {
                let text = format!("topic {i}");
                phrase(&text, &text, 0.5, TagKind::Topic, 9)
            })
            .collect();
        // Below the pool, out of the lead: written twice, a candidate; once, none.
        let mut twice = phrase("Mira Osk", "mira osk", 0.001, TagKind::Person, 9);
        twice
            .occurrences
            .push((twice.occurrences[0].1 + 40, twice.occurrences[0].1 + 48));
        phrases.push(twice);
        phrases.push(phrase("Ulm Tavi", "ulm tavi", 0.001, TagKind::Person, 9));
        let got = tags(&phrases, &Metadata::default(), 8);
        assert!(labels(&got).contains(&"Mira Osk"), "{:?}", labels(&got));
        assert!(!labels(&got).contains(&"Ulm Tavi"), "{:?}", labels(&got));
    }

    #[test]
    fn a_name_inside_a_name_of_another_kind_is_its_own_tag() {
        use TagKind::*;
        let phrases = [
            phrase("Real Madrid", "real madrid", 0.9, Organization, 0),
            phrase("Madrid", "madrid", 0.8, Place, 5),
        ];
        let got = tags(&phrases, &Metadata::default(), 8);
        assert_eq!(labels(&got), ["Madrid", "Real Madrid"]);
    }

    #[test]
    fn fragments_of_longer_names_go() {
        use TagKind::*;
        let mut boris = phrase("Boris Nikolayevich", "boris nikolayevich", 0.9, Person, 0);
        boris.occurrences = vec![(10, 28)];
        let mut full = phrase(
            "Boris Nikolayevich Yeltsin",
            "boris nikolayevich yeltsin",
            0.8,
            Person,
            0,
        );
        full.occurrences = vec![(10, 36), (50, 76)];
        // Written alone once too: a name of its own.
        let mut open = phrase("Kesta Open", "kesta open", 0.7, Topic, 0);
        open.occurrences = vec![(90, 100)];
        let mut kesta = phrase("Kesta", "kesta", 0.6, Place, 0);
        kesta.occurrences = vec![(90, 95), (120, 125)];
        let got = tags(&[boris, full, open, kesta], &Metadata::default(), 8);
        assert_eq!(
            labels(&got),
            ["Boris Nikolayevich Yeltsin", "Kesta", "Kesta Open"]
        );
        // A place written only inside phrases that are no names ("Vell debt futures") is
        // still a place of the article; inside a longer name ("Vell Open") it is not.
        for (container, proper, kept) in [
            ("Vell debt futures", false, true),
            ("Vell Open", true, false),
        ] {
            let mut outer = phrase(container, &container.to_lowercase(), 0.9, Topic, 0);
            outer.proper = proper;
            outer.occurrences = vec![(200, 200 + container.len()), (300, 300 + container.len())];
            let mut vell = phrase("Vell", "vell", 0.8, Place, 0);
            vell.occurrences = vec![(200, 204), (300, 304)];
            let got = tags(&[outer, vell], &Metadata::default(), 8);
            assert_eq!(labels(&got).contains(&"Vell"), kept, "{container}");
        }
    }

    #[test]
    fn metadata_is_evidence_not_output() {
        let mut phrases: Vec<Phrase> = (0..POOL + 5)
            .map(|i| {
                phrase(
                    &format!("topic {i}"),
                    &format!("topic {i}"),
                    0.05,
                    TagKind::Topic,
                    9,
                )
            })
            .collect();
        // Far down the list, but named in the lead.
        phrases.push(phrase("Wang Yi", "wang yi", 0.001, TagKind::Person, 1));
        phrases[0] = phrase("Anchorage", "anchorag", 0.9, TagKind::Place, 0);
        phrases[1] = phrase("Dana Ruiz", "dana ruiz", 0.8, TagKind::Person, 0);
        phrases[2] = phrase(
            "Harbor Daily",
            "harbor daili",
            0.7,
            TagKind::Organization,
            0,
        );
        phrases[3] = phrase("topic 3", "topic 3", 0.01, TagKind::Topic, 9);
        let metadata = Metadata {
            // A comma list, a keyword absent from the text and a run-together of others.
            keywords: vec!["Diplomacy, topic 3".into(), "anchorage diplomacy".into()],
            categories: vec!["World".into(), "News".into()],
            author: Some("Dana Ruiz".into()),
            site_name: Some("Harbor Daily".into()),
            ..Metadata::default()
        };
        let got = tags(&phrases, &metadata, 6);
        let labels = labels(&got);
        assert!(labels.contains(&"Anchorage"), "{labels:?}");
        assert!(labels.contains(&"Wang Yi"), "{labels:?}");
        for absent in [
            "Diplomacy",
            "anchorage diplomacy",
            "World",
            "News",
            "Dana Ruiz",
            "Harbor Daily",
        ] {
            assert!(!labels.contains(&absent), "{absent} in {labels:?}");
        }
        // The declared keyword raises the phrase of the text it names above its peers.
        assert_eq!(
            labels.iter().find(|l| l.starts_with("topic")),
            Some(&"topic 3")
        );
    }
}
