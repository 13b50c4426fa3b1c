//! Kinds: whether a name is a person, a place or an organisation, from word lists and
//! from the words around its occurrences. Without evidence a phrase is a topic.

use super::candidates::Candidate;
use crate::analysis::TagKind;
use crate::lang::{Language, Lexeme};

/// The kind of a candidate written `text`; `proper` says whether it is a name at all.
pub(super) fn kind(text: &str, cand: &Candidate, proper: bool, lang: Language) -> TagKind {
    if !proper {
        return TagKind::Topic;
    }
    let lower = text.to_lowercase();
    if lang.is_place(&lower) {
        return TagKind::Place;
    }
    let words: Vec<Lexeme> = lower
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| lang.lexeme(w))
        .collect();
    if words.iter().any(|w| w.organization) {
        return TagKind::Organization;
    }
    if words.len() > 1 && words.last().is_some_and(|w| w.place_head) {
        return TagKind::Place;
    }
    let e = cand.evidence;
    let person_sized = (1..=3).contains(&cand.words);
    let first_name = words.len() > 1 && words[0].first_name;
    if person_sized && (e.title > 0 || e.short_form > 0 || first_name || e.speech > 0) {
        return TagKind::Person;
    }
    if e.location * 2 >= cand.occurrences.len() as u32 && e.location > 0 {
        return TagKind::Place;
    }
    TagKind::Topic
}

#[cfg(test)]
mod tests {
    use crate::analysis::TagKind;
    use crate::keyphrases::tests::{find, phrases};

    #[test]
    fn kinds() {
        for (text, name, kind) in [
            (
                "The talks were held in Anchorage. Anchorage is cold.",
                "Anchorage",
                TagKind::Place,
            ),
            (
                "Trade with Zorblax grew. Ships sail from Zorblax daily.",
                "Zorblax",
                TagKind::Place,
            ),
            (
                "Harbin is in Heilongjiang Province, north.",
                "Heilongjiang Province",
                TagKind::Place,
            ),
            (
                "Rates rose at the Bank of England today.",
                "Bank of England",
                TagKind::Organization,
            ),
            (
                "The Foreign Ministry of Narnia said so.",
                "Foreign Ministry of Narnia",
                TagKind::Organization,
            ),
            (
                "Officials met Secretary Blinken on Monday.",
                "Secretary Blinken",
                TagKind::Person,
            ),
            (
                "We saw John Smith at the gate.",
                "John Smith",
                TagKind::Person,
            ),
            (
                "Ho Tran said the plan was good.",
                "Ho Tran",
                TagKind::Person,
            ),
            (
                "Anna Lee came. Lee later resigned.",
                "Anna Lee",
                TagKind::Person,
            ),
            ("The U.S. and its allies agreed.", "U.S.", TagKind::Place),
            ("Zorblax Quantum gained.", "Zorblax Quantum", TagKind::Topic),
            (
                "The climate talks stalled.",
                "climate talks",
                TagKind::Topic,
            ),
        ] {
            let phrases = phrases(text);
            let p = find(&phrases, name).unwrap_or_else(|| panic!("{name} in {phrases:?}"));
            assert_eq!(p.kind, kind, "{name}");
        }
    }
}
