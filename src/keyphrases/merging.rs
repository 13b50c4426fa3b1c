//! Merging: short forms of names folded into the full name ("Blinken" into "Antony
//! Blinken"), sub-phrases that add nothing dropped, and the surface form each phrase shows.

use super::candidates::{Candidate, Candidates, MAX_FORMS};
use super::Phrase;
use crate::ingest::Document;
use crate::lang::{Language, Role};

/// A one-word name is a short form of, or a fragment of, longer names when this share of
/// its occurrences inside names are inside them.
const NAME_SHARE: f64 = 0.8;

/// Folds abbreviations into the full name they stand for ("U.S." into "United States"),
/// when the document has both; the label is then the form written most.
pub(super) fn merge_aliases(doc: &Document, c: &mut Candidates, lang: Language) {
    let stemmer = lang.stemmer();
    let mut lower = String::new();
    for i in 0..c.list.len() {
        let Some(form) = c.list[i].forms.first() else {
            continue;
        };
        lower.clear();
        lower.extend(
            doc.text[form.start..form.end]
                .chars()
                .flat_map(char::to_lowercase),
        );
        let Some(full) = lang.expand_alias(&lower) else {
            continue;
        };
        match c.find(full, &stemmer) {
            Some(target) if target != i => {
                let moved = std::mem::take(&mut c.list[i].occurrences);
                let forms = std::mem::take(&mut c.list[i].forms);
                let capitalised = c.list[i].capitalised;
                let evidence = c.list[i].evidence;
                let into = &mut c.list[target];
                into.evidence.add(evidence);
                into.occurrences.extend(moved);
                sort_spans(&mut into.occurrences);
                into.capitalised += capitalised;
                for f in forms {
                    if into.forms.len() < MAX_FORMS {
                        into.forms.push(f);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Folds a one-word name into the two- or three-word name it begins or ends, when (almost)
/// every time it is part of a longer name, it is part of that one: "Blinken" and "Antony"
/// into "Antony Blinken", but not "Chinese" into "Chinese Foreign Ministry" when "Chinese
/// New Year" and "Chinese Ambassador" are there too.
pub(super) fn merge_names(c: &mut Candidates) {
    // Edge stem → the best name holding it, ranked by occurrences, then made of name words
    // only, then length ("Luis Donaldo Colosio" over "Donaldo Colosio").
    type Rank = (usize, bool, usize);
    let mut best: Vec<Option<(usize, Rank)>> = vec![None; c.vocab.stems.len()];
    for (i, cand) in c.list.iter().enumerate() {
        if !(2..=3).contains(&cand.words) || !is_name(c, cand) {
            continue;
        }
        // A person's name: no title, place, nationality or "of" in it ("U.S. Cui" is two).
        if c.words_of(cand)
            .any(|w| w.title || w.place || w.demonym || w.role == Role::NameLink)
        {
            continue;
        }
        let plain = c.words_of(cand).all(|w| !w.generic);
        let rank = (cand.occurrences.len(), plain, cand.words);
        for s in [cand.stems[0], cand.stems[cand.stems.len() - 1]] {
            let e = &mut best[s as usize];
            if !e.is_some_and(|(_, r)| rank <= r) {
                *e = Some((i, rank));
            }
        }
    }
    for i in 0..c.list.len() {
        let cand = &c.list[i];
        // "Boston" is the city, also when "Boston Marathon" is there.
        if cand.stems.len() != 1 || !is_name(c, cand) || c.words_of(cand).any(|w| w.place) {
            continue;
        }
        let Some((target, (count, _, _))) = best[cand.stems[0] as usize] else {
            continue;
        };
        if (count as f64) < NAME_SHARE * cand.in_name as f64 {
            continue;
        }
        let moved = std::mem::take(&mut c.list[i].occurrences);
        let mut evidence = c.list[i].evidence;
        evidence.short_form += 1;
        let capitalised = c.list[i].capitalised;
        let into = &mut c.list[target];
        into.evidence.add(evidence);
        into.capitalised += capitalised;
        into.occurrences.extend(moved);
        sort_spans(&mut into.occurrences);
    }
}

/// Sorts spans, and drops those inside another: inside the full name, the short form was
/// counted already.
fn sort_spans(spans: &mut Vec<(usize, usize)>) {
    spans.sort_unstable();
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for &(s, e) in spans.iter() {
        match kept.last_mut() {
            Some(last) if e <= last.1 => {}
            // Same start, longer: the kept one was inside this one.
            Some(last) if s == last.0 => *last = (s, e),
            _ => kept.push((s, e)),
        }
    }
    *spans = kept;
}

/// Capitalised wherever it is not a sentence start; a single word also never seen in
/// lowercase ("Forest" is no name where "forest" is written too).
pub(super) fn is_name(c: &Candidates, cand: &Candidate) -> bool {
    cand.name_like
        && cand.capitalised > 0
        && cand.capitalised as usize * 2 >= cand.occurrences.len()
        && (cand.words > 1 || !c.words_of(cand).any(|w| w.seen_lower))
}

/// The phrases best first, sub-phrases that add nothing to a better phrase left out.
pub(super) fn rank(
    doc: &Document,
    c: &Candidates,
    scores: &[f64],
    lang: Language,
    limit: usize,
) -> Vec<Phrase> {
    // Equal scores in the order candidates were first seen.
    let order = super::order_desc(scores);
    // Every contiguous part of a kept phrase → the most occurrences of a phrase holding it:
    // a part mostly seen inside better phrases ("Boston" of "Boston Marathon") is dropped.
    let mut covered = vec![0usize; c.list.len()];
    let mut out = Vec::new();
    let top = order
        .first()
        .map_or(1.0, |&i| scores[i])
        .max(f64::MIN_POSITIVE);
    for i in order {
        if out.len() >= limit {
            break;
        }
        let cand = &c.list[i];
        let count = cand.occurrences.len();
        // A word of several names ("Air" of "Air Force" and "Air Base") names nothing alone.
        if cand.stems.len() == 1
            && cand.in_name as f64 >= NAME_SHARE * count as f64
            && is_name(c, cand)
        {
            continue;
        }
        if 2 * covered[i] >= count {
            continue;
        }
        let n = cand.stems.len();
        for a in 0..n {
            for b in a + 1..=n {
                if let Some(part) = c.id_of(&cand.stems[a..b]).filter(|_| b - a < n) {
                    covered[part] = covered[part].max(count);
                }
            }
        }
        let proper = cand.capitalised > 0 && cand.capitalised as usize * 2 >= count;
        out.push(Phrase {
            kind: super::kinds::kind(doc, cand, proper, lang),
            first_sentence: c.toks[cand.first].sentence as usize,
            text: surface(doc, c, cand),
            key: cand
                .stems
                .iter()
                .map(|&s| &*c.vocab.stems[s as usize])
                .collect::<Vec<_>>()
                .join(" "),
            score: scores[i] / top,
            proper,
            occurrences: cand.occurrences.clone(),
        });
    }
    out
}

/// The form written most often mid-sentence; a form seen only at sentence starts loses its
/// conventional capitals when its first word is seen in lowercase elsewhere.
fn surface(doc: &Document, c: &Candidates, cand: &Candidate) -> String {
    let best = cand
        .forms
        .iter()
        .max_by_key(|f| (!f.initial, f.count, std::cmp::Reverse(f.start)));
    let Some(form) = best else {
        return String::new();
    };
    let text = &doc.text[form.start..form.end];
    if form.initial && c.words_of(cand).next().is_some_and(|w| w.seen_lower) {
        let end = text.find([' ', '-']).unwrap_or(text.len());
        return text[..end].to_lowercase() + &text[end..];
    }
    text.to_string()
}
