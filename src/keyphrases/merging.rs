//! Merging: abbreviations folded into their full form ("U.S." into "United States"), short
//! forms of names into the full name ("Blinken" into "Antony Blinken"), parts that add
//! nothing to a better phrase dropped, and the surface form each phrase shows.

use super::candidates::{Candidate, Candidates};
use super::Phrase;
use crate::analysis::TagKind;
use crate::document::Document;
use crate::lang::{Language, Role};
use crate::segment::Segments;

/// A one-word name is a short form of, or a fragment of, longer names when this share of
/// its occurrences inside names are inside them.
const NAME_SHARE: f64 = 0.8;

/// Most distinct surface forms looked at for one phrase.
const MAX_FORMS: usize = 8;

/// Longest part (in stems) of a phrase looked up as a phrase of its own: every sub-range
/// of a phrase is looked up, so an unbounded one made a word of thousands of hyphenated
/// parts cubic; real phrases, hyphenated words included, have far fewer stems.
const MAX_PART_STEMS: usize = 12;

/// Byte offsets of a token range.
pub(super) fn span(seg: &Segments, (a, b): (u32, u32)) -> (usize, usize) {
    (seg.tokens[a as usize].start, seg.tokens[b as usize - 1].end)
}

/// Folds abbreviations into the full name they stand for ("U.S." into "United States"),
/// when the document has both; the label is then the form written most.
pub(super) fn merge_aliases(doc: &Document, seg: &Segments, c: &mut Candidates, lang: Language) {
    // Only languages with alias lists (English) have a stemmer to find the full form by.
    let Some(stemmer) = lang.stemmer() else {
        return;
    };
    for i in 0..c.list.len() {
        let Some(first) = c.list[i].occurrences.first() else {
            continue;
        };
        let (s, e) = span(seg, first);
        let Some(full) = lang.expand_alias(&doc.text[s..e].to_lowercase()) else {
            continue;
        };
        if let Some(target) = c.find(full, &stemmer).filter(|&t| t != i) {
            fold(c, i, target);
            c.list[target].aliased = true;
        }
    }
}

/// Marks two-word names whose words are each a name written alone at least twice as often as
/// the pair, one of them a place or an acronym: "Yeltsin endorses Lebed Chechnya peace plan"
/// puts a person and a place side by side once. "Yang" of "Yang Jiechi" is alone often but
/// "Jiechi" never; "Alan" and "Shearer" may each be alone, but neither names a place.
pub(super) fn split_juxtaposed(c: &mut Candidates) {
    for i in 0..c.list.len() {
        let cand = &c.list[i];
        let stems = c.stems(cand);
        // A known first name opens a person's name, whatever the words around it say of it
        // alone ("spoke to Alan" is no place).
        if cand.words != 2
            || stems.len() != 2
            || !cand.name_like
            || cand.aliased
            || c.words_of(cand).next().is_some_and(|w| w.first_name)
        {
            continue;
        }
        let pair = cand.occurrences.len();
        let alone = |s: u32| {
            c.id_of(&[s]).map_or(0, |k| {
                let one = &c.list[k];
                if is_name(c, one) {
                    one.occurrences.len().saturating_sub(one.in_name as usize)
                } else {
                    0
                }
            })
        };
        let placeish = |s: u32| {
            c.id_of(&[s]).is_some_and(|k| {
                let one = &c.list[k];
                one.evidence.location > 0
                    || c.words_of(one).any(|w| w.place)
                    || one
                        .occurrences
                        .iter()
                        .any(|(a, _)| c.toks[a as usize].acronym)
            })
        };
        if stems.iter().all(|&s| alone(s) >= (2 * pair).max(2))
            && stems.iter().any(|&s| placeish(s))
        {
            // Its words were not inside a name there either.
            let parts: Vec<usize> = stems.iter().filter_map(|&s| c.id_of(&[s])).collect();
            for k in parts {
                let in_name = &mut c.list[k].in_name;
                *in_name = in_name.saturating_sub(pair as u32);
            }
            c.list[i].juxtaposed = true;
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
        if !(2..=3).contains(&cand.words) || !is_name(c, cand) || cand.juxtaposed {
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
        let stems = c.stems(cand);
        for s in [stems[0], stems[stems.len() - 1]] {
            let e = &mut best[s as usize];
            if !e.is_some_and(|(_, r)| rank <= r) {
                *e = Some((i, rank));
            }
        }
    }
    for i in 0..c.list.len() {
        let cand = &c.list[i];
        // "Boston" is the city, also when "Boston Marathon" is there.
        if cand.words != 1 || !is_name(c, cand) || c.words_of(cand).any(|w| w.place) {
            continue;
        }
        let Some((target, (count, _, _))) = best[c.stems(cand)[0] as usize] else {
            continue;
        };
        if (count as f64) < NAME_SHARE * cand.in_name as f64 {
            // Not folded, but it ends a person's name: the surname, written alone too.
            let stem = c.stems(cand)[0];
            if c.stems(&c.list[target]).last() == Some(&stem) {
                c.list[i].evidence.short_form += 1;
            }
            continue;
        }
        // Written alone too: the way a person's surname is.
        let alone = cand.occurrences.len() > cand.in_name as usize;
        // Only its capitalised uses alone (and those inside the name) are the name's:
        // "state" and "State Department" are no occurrences of "United States".
        // Both lists in text order, walked together: a scan of the name's occurrences for
        // each short one made this quadratic on a name written thousands of times.
        let mut full: Vec<(u32, u32)> = c.list[target].occurrences.iter().collect();
        crate::order::sort_pairs(&mut full);
        let mut all = c.list[i].occurrences.take();
        crate::order::sort_pairs(&mut all);
        // `far`: the furthest end of the name's occurrences starting at or before `a`.
        let (mut next, mut far) = (0, 0);
        let (name, word): (Vec<_>, Vec<_>) = all.into_iter().partition(|&(a, _)| {
            while let Some(&(_, e)) = full.get(next).filter(|o| o.0 <= a) {
                far = far.max(e);
                next += 1;
            }
            let t = c.toks[a as usize];
            t.capitalised && !t.in_name || a < far
        });
        c.list[i].occurrences.set(name);
        fold(c, i, target);
        c.list[i].occurrences.set(word);
        c.list[target].evidence.short_form += alone as u32;
    }
}

/// Moves the occurrences and evidence of candidate `from` into candidate `into`.
fn fold(c: &mut Candidates, from: usize, into: usize) {
    let mut all = c.list[from].occurrences.take();
    let (evidence, capitalised) = (c.list[from].evidence, c.list[from].capitalised);
    let into = &mut c.list[into];
    into.evidence.add(evidence);
    into.capitalised += capitalised;
    all.extend(into.occurrences.take());
    sort_spans(&mut all);
    into.occurrences.set(all);
}

/// Sorts spans, and drops those inside another: inside the full name, the short form was
/// counted already.
fn sort_spans(spans: &mut Vec<(u32, u32)>) {
    crate::order::sort_pairs(spans);
    let mut kept: Vec<(u32, u32)> = Vec::with_capacity(spans.len());
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

/// Capitalised where it is not a sentence start, or a word of a longer name ("Yang" of
/// "Yang Jiechi", also when it is seen alone only at sentence starts); a single word also
/// never seen in lowercase ("Forest" is no name where "forest" is written too).
pub(super) fn is_name(c: &Candidates, cand: &Candidate) -> bool {
    let capitalised =
        cand.capitalised > 0 && cand.capitalised as usize * 2 >= cand.occurrences.len();
    cand.name_like
        && (capitalised || cand.words == 1 && cand.in_name > 0)
        && (cand.words > 1 || !c.words_of(cand).any(|w| w.seen_lower))
}

/// The phrases best first, at most `limit`: parts that add nothing to a better phrase and
/// fragments of names left out.
pub(super) fn rank(
    doc: &Document,
    seg: &Segments,
    c: &Candidates,
    scores: &[f64],
    lang: Language,
    limit: usize,
) -> Vec<Phrase> {
    // Equal scores in the order candidates were first seen.
    let order = crate::order::order_desc(scores);
    // For each candidate, the most occurrences of a kept phrase holding it: a part mostly
    // seen inside better phrases ("forest" of "forest fire") is dropped.
    let mut covered = vec![0usize; c.list.len()];
    let mut covered_by_name = vec![0usize; c.list.len()];
    let mut out = Vec::new();
    for i in order {
        let cand = &c.list[i];
        let count = cand.occurrences.len();
        if out.len() >= limit {
            break;
        }
        if count == 0 || 2 * covered_by_name[i] >= count || cand.juxtaposed {
            continue;
        }
        let inside = 2 * covered[i] >= count;
        if inside && !is_name(c, cand) {
            continue;
        }
        // A word of several names ("Air" of "Air Force" and "Air Base") names nothing alone.
        if cand.words == 1 && cand.in_name as f64 >= NAME_SHARE * count as f64 && is_name(c, cand) {
            continue;
        }
        let stems = c.stems(cand);
        let n = stems.len();
        let name = is_name(c, cand);
        for a in 0..n {
            for b in a + 1..=n.min(a + MAX_PART_STEMS) {
                if let Some(part) = c.id_of(&stems[a..b]).filter(|_| b - a < n) {
                    covered[part] = covered[part].max(count);
                    if name {
                        covered_by_name[part] = covered_by_name[part].max(count);
                    }
                }
            }
        }
        // Where every noun is capitalised (German), a capital does not tell a name.
        let proper = !lang.rules().capitalised_nouns
            && cand.capitalised > 0
            && cand.capitalised as usize * 2 >= count;
        let text = surface(doc, seg, c, cand, lang);
        // Every occurrence is longer than its words or inside one hyphenated word
        // ("Stoke Ridley" of "Stoke-Ridley-Town" and "Stoke Ridley Town"): never written
        // by itself, it has no form of its own to show.
        if text.is_empty() {
            continue;
        }
        let written_lower = c.words_of(cand).any(|w| w.seen_lower);
        let last_lower = c.words_of(cand).last().is_some_and(|w| w.seen_lower);
        let kind = super::kinds::kind(&text, cand, proper, (written_lower, last_lower), lang);
        // A known place or an acronym mostly written inside a phrase that is no name ("UK"
        // of "UK meals", "WBA" of "WBA title"): the longer keyphrase says it, but it is
        // still one of the names the article is about, a tag. Other names there are most
        // often a headline's capitals ("Top Belarus" of "Top Belarus politician").
        let tag_only = inside;
        if tag_only
            && !(kind != TagKind::Topic
                && (lang.is_place(&text.to_lowercase()) || !text.chars().any(char::is_lowercase)))
        {
            continue;
        }
        out.push(Phrase {
            kind,
            tag_only,
            first_sentence: c.toks[cand.first].sentence as usize,
            generic: c.words_of(cand).all(|w| w.generic),
            text,
            key: stems
                .iter()
                .map(|&s| &*c.vocab.stems[s as usize])
                .collect::<Vec<_>>()
                .join(" "),
            score: scores[i],
            proper,
            occurrences: cand.occurrences.iter().map(|o| span(seg, o)).collect(),
        });
    }
    // Relative to the best phrase kept: the best candidate may have been left out above.
    let top = out
        .iter()
        .find(|p| !p.tag_only)
        .map_or(1.0, |p| p.score)
        .max(f64::MIN_POSITIVE);
    for p in &mut out {
        p.score /= top;
    }
    out
}

/// The form written most often mid-sentence, of the full name where short forms were folded
/// in; a form seen only at sentence starts loses its conventional capitals when its first
/// word is seen in lowercase elsewhere.
/// A form seen only in capitals in headlines reads as a place name ("SRI LANKA" → "Sri
/// Lanka") or, when its words are written in lowercase elsewhere, in lowercase.
fn surface(
    doc: &Document,
    seg: &Segments,
    c: &Candidates,
    cand: &Candidate,
    lang: Language,
) -> String {
    // (text, occurrences mid-sentence, all occurrences)
    let mut forms: Vec<(&str, usize, usize)> = Vec::new();
    let full = |&(a, b): &(u32, u32)| cand.aliased || (b - a) as usize == cand.words;
    for o in cand.occurrences.iter().filter(full) {
        let (s, e) = span(seg, o);
        let text = &doc.text[s..e];
        let mid = !c.toks[o.0 as usize].initial as usize;
        if let Some(f) = forms.iter_mut().find(|f| f.0 == text) {
            f.1 += mid;
            f.2 += 1;
        } else if forms.len() < MAX_FORMS {
            forms.push((text, mid, 1));
        }
    }
    // Most mid-sentence uses, then most uses, then the first written.
    let mut best = ("", 0, 0);
    for &f in &forms {
        if (f.1, f.2) > (best.1, best.2) {
            best = f;
        }
    }
    let (text, mid, _) = best;
    if mid == 0 && !text.chars().any(char::is_lowercase) {
        let lower = text.to_lowercase();
        if lang.is_place(&lower) {
            return title_case(text, &lower);
        }
        if c.words_of(cand).any(|w| w.seen_lower) {
            return lower;
        }
    }
    if mid == 0 && c.words_of(cand).next().is_some_and(|w| w.seen_lower) {
        let end = text.find([' ', '-']).unwrap_or(text.len());
        return text[..end].to_lowercase() + &text[end..];
    }
    text.to_string()
}

/// ("SRI LANKA", "sri lanka") → "Sri Lanka": each word's first char from `upper` (a text
/// without lowercase letters), the rest from its lowercase form `lower`. Taking the capital
/// from the text spares the wasm Unicode's uppercase table (`char::to_uppercase`).
fn title_case(upper: &str, lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    // Lowercasing neither makes nor removes ' ' or '-', so the words pair up.
    let words = lower.split_inclusive([' ', '-']);
    for (up, low) in upper.split_inclusive([' ', '-']).zip(words) {
        let mut low = low.chars();
        if let Some(first) = up.chars().next() {
            out.push(first);
            // Its lowercase form may be more than one char ('İ' → "i̇").
            low.nth(first.to_lowercase().count() - 1);
        }
        out.push_str(low.as_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{sort_spans, title_case};
    use crate::keyphrases::tests::{find, phrases};

    #[test]
    fn title_case_keeps_each_capital_and_lowers_the_rest() {
        for (upper, want) in [
            ("NEW ZEALAND", "New Zealand"),
            ("GUINEA-BISSAU", "Guinea-Bissau"),
            ("SÃO TOMÉ", "São Tomé"),
            // 'İ' lowercases to two chars ("i̇"): both give way to the capital.
            ("İZMIR", "İzmir"),
            ("ÅLAND  ISLES", "Åland  Isles"),
        ] {
            assert_eq!(title_case(upper, &upper.to_lowercase()), want);
        }
    }

    #[test]
    fn short_forms_fold_into_names() {
        // (article, name, its count, forms that must not be phrases of their own)
        for (text, name, count, gone) in [
            (
                "Antony Blinken arrived in Anchorage. Blinken said the talks went well. \
                 Reporters asked Blinken about trade.",
                "Antony Blinken",
                3,
                &["Blinken", "Antony"][..],
            ),
            (
                "Yang Jiechi met the press. Yang is a member of the bureau. Yang spoke.",
                "Yang Jiechi",
                3,
                &["Yang"],
            ),
            (
                "Canadian sprinter Ben Johnson won. Ben Johnson was fast. Johnson lost the medal \
                 later, and Johnson cried.",
                "Ben Johnson",
                4,
                &["Johnson"],
            ),
        ] {
            let phrases = phrases(text);
            let p = find(&phrases, name).unwrap_or_else(|| panic!("{name} in {phrases:?}"));
            assert_eq!(p.occurrences.len(), count, "{name}");
            for g in gone {
                assert!(find(&phrases, g).is_none(), "{g} in {phrases:?}");
            }
        }
    }

    #[test]
    fn two_names_side_by_side_are_two_names() {
        // A headline puts a surname and a place together once; each is alone again and again.
        let text = "Premier backs Dorn Ixland peace plan.\n\nSecurity chief Rurik Dorn spoke on \
            Friday. Dorn said life in Ixland was hard. Ixland has suffered, and Dorn knows \
            it. Troops left Ixland, Dorn said. Ixland is calm.";
        let phrases = phrases(text);
        assert!(find(&phrases, "Dorn Ixland").is_none(), "{phrases:?}");
        let dorn = find(&phrases, "Rurik Dorn").unwrap_or_else(|| panic!("{phrases:?}"));
        assert!(dorn.occurrences.len() >= 4, "{dorn:?}");
        let ixland = find(&phrases, "Ixland").unwrap_or_else(|| panic!("{phrases:?}"));
        assert!(ixland.occurrences.len() >= 4, "{ixland:?}");
        // Neither word names a place: a person's name, whose words are also alone.
        let text = "Alan Vexley scored. Vexley ran on. Then Vexley won. Alan cheered. Alan sang.";
        let vexley = crate::keyphrases::tests::phrases(text);
        assert!(find(&vexley, "Alan Vexley").is_some(), "{vexley:?}");
        // A first name opens a person's name, also where a word around it alone says place.
        let text = "The striker Alan Vexley scored. Vexley ran on. Then Vexley won. The coach \
            spoke to Alan. Alan sang.";
        let vexley = crate::keyphrases::tests::phrases(text);
        assert!(find(&vexley, "Alan Vexley").is_some(), "{vexley:?}");
        // But a name of two words whose second word is never alone stays whole.
        let text = "Yang Jiechi met the press. Yang spoke. Yang left. Yang came back.";
        let yang = crate::keyphrases::tests::phrases(text);
        assert!(find(&yang, "Yang Jiechi").is_some(), "{yang:?}");
    }

    #[test]
    fn no_folding_into_one_of_many_names_or_into_a_place() {
        let text = "Chinese New Year came. Chinese Foreign Ministry officials spoke. The Chinese \
            delegation and Chinese officials met. The Boston Marathon is run in Boston. \
            Boston Marathon runners love Boston. Boston is cold.";
        let phrases = phrases(text);
        assert!(find(&phrases, "Boston").is_some(), "{phrases:?}");
        assert!(find(&phrases, "Chinese New Year").map(|p| p.occurrences.len()) == Some(1));
    }

    #[test]
    fn occurrences_are_the_phrase() {
        let text = "The United States said it would act. The U.S. will act soon, officials \
            in the United States said. A state law passed. The State Department spoke.";
        let phrases = phrases(text);
        let us = find(&phrases, "U.S.").or_else(|| find(&phrases, "United States"));
        let us = us.unwrap_or_else(|| panic!("{phrases:?}"));
        for &(s, e) in &us.occurrences {
            assert!(
                ["U.S.", "United States"].contains(&&text[s..e]),
                "{}",
                &text[s..e]
            );
        }
        assert_eq!(us.occurrences.len(), 3);
    }

    #[test]
    fn a_name_written_hyphenated_and_spaced_has_a_form() {
        // Its two-word start is written only inside the hyphenated word and the longer
        // spaced name: no phrase may come out without a surface form (it used to panic).
        for text in [
            "Kell-Barrow-Rovers won. Kell Barrow Rovers lost.",
            "Mira joined Tarn-Osk-Vale in May. Later Tarn Osk Vale let her go to Tarn-Hill.",
        ] {
            let phrases = phrases(text);
            for p in &phrases {
                assert!(!p.text.is_empty(), "{text}: {phrases:?}");
                assert!(text.contains(&p.text) || text.to_lowercase().contains(&p.text));
            }
        }
    }

    #[test]
    fn abbreviations_fold_into_the_full_name() {
        let text = "The United States and China met. The U.S. side spoke first. Then the U.S. \
            left, and U.S. officials flew home.";
        let phrases = phrases(text);
        let us = find(&phrases, "U.S.").expect("U.S.");
        assert_eq!(us.occurrences.len(), 4);
        assert!(find(&phrases, "United States").is_none());
    }

    #[test]
    fn surface_forms() {
        for (text, expected) in [
            // Mid-sentence lowercase wins over a capitalised start.
            (
                "Climate change worries. They fear climate change. Is climate change real?",
                "climate change",
            ),
            // Seen only at sentence starts, but written in lowercase elsewhere.
            (
                "Tuberculosis is back. Doctors see tuberculosis in cities.",
                "tuberculosis",
            ),
            (
                "CRUDE oil prices rose. Traders watch crude oil prices.",
                "crude oil prices",
            ),
            // Names keep their capitals, also when only at sentence starts.
            ("Obama spoke. Obama left.", "Obama"),
            // Plural and singular are one phrase, shown as most written.
            (
                "Firefighters came. The firefighters and a firefighter left.",
                "firefighters",
            ),
        ] {
            let phrases = phrases(text);
            assert_eq!(phrases[0].text, expected, "{text}");
        }
    }

    #[test]
    fn spans_inside_others_go() {
        let mut spans: Vec<(u32, u32)> =
            vec![(10, 16), (0, 5), (10, 24), (0, 5), (30, 35), (32, 35)];
        sort_spans(&mut spans);
        assert_eq!(spans, [(0, 5), (10, 24), (30, 35)]);
    }

    #[test]
    fn parts_mostly_inside_a_better_phrase_go() {
        let text = "The forest fire spread. Another forest fire grew. Crews fought the forest \
            fire all night. The forest was dry.";
        let phrases = phrases(text);
        assert!(find(&phrases, "forest fire").is_some());
        // "forest" is inside "forest fire" 3 times of 4: no phrase of its own.
        assert!(find(&phrases, "forest").is_none(), "{phrases:?}");
    }

    #[test]
    fn places_and_acronyms_inside_phrases_that_are_no_names_are_tags_not_keyphrases() {
        // (text, the place or acronym inside a longer phrase); that `analyze` makes them
        // tags and no keyphrases is asserted in tests/tags.rs.
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
            let got = phrases(text);
            let p = find(&got, name).unwrap_or_else(|| panic!("{name} in {got:?}"));
            assert!(p.tag_only, "{name} in {got:?}");
        }
        // A headline's capitals inside a phrase are no name of their own.
        let got = phrases(
            "Top Vellar politician quits\n\nThe top Vellar politician quit on Monday. The \
             Vellar politician said nothing.",
        );
        assert!(find(&got, "Top Vellar").is_none(), "{got:?}");
    }

    #[test]
    fn the_best_phrase_kept_scores_1_when_a_better_candidate_was_left_out() {
        // "Air" outscores every phrase, but names nothing alone: the best kept one is 1.
        let text =
            "Air Force jets flew over the Air Base. Air Force pilots left Air Base Ramstein. \
            The Air Force and the Air Base staff met Air Force chiefs at the Air Base gate.";
        let phrases = phrases(text);
        assert!(find(&phrases, "Air").is_none(), "{phrases:?}");
        assert_eq!(phrases[0].score, 1.0, "{phrases:?}");
    }
}
