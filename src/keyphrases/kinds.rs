//! Kinds: whether a name is a person, a place or an organisation, from word lists and
//! from the words around its occurrences. Without evidence a phrase is a topic.

use super::candidates::Candidate;
use crate::analysis::TagKind;
use crate::ingest::Document;
use crate::lang::Language;

/// The kind of a candidate; `proper` says whether it is a name at all.
pub(super) fn kind(doc: &Document, cand: &Candidate, proper: bool, lang: Language) -> TagKind {
    if !proper {
        return TagKind::Topic;
    }
    let Some(form) = cand.forms.first() else {
        return TagKind::Topic;
    };
    let lower = doc.text[form.start..form.end].to_lowercase();
    if lang.is_place(&lower) || lang.expand_alias(&lower).is_some_and(|f| lang.is_place(f)) {
        return TagKind::Place;
    }
    let words: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if words.iter().any(|w| lang.is_organization_word(w)) {
        return TagKind::Organization;
    }
    let last = words.last().copied().unwrap_or_default();
    if words.len() > 1 && lang.is_place_head(last) {
        return TagKind::Place;
    }
    let e = cand.evidence;
    let person_sized = (1..=3).contains(&cand.words);
    let first_name = words.len() > 1 && lang.is_first_name(words[0]);
    if person_sized && (e.title > 0 || e.short_form > 0 || first_name || e.speech > 0) {
        return TagKind::Person;
    }
    if e.location * 2 >= cand.occurrences.len() as u32 && e.location > 0 {
        return TagKind::Place;
    }
    TagKind::Topic
}
