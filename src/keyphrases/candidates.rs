//! Candidates: the document's vocabulary (each distinct word looked at once) and the
//! phrases that may be keyphrases, with every occurrence.
//!
//! A candidate is a run of up to [`MAX_WORDS`] words that no punctuation, stopword, common
//! verb or adverb breaks, ending on a noun-like word, and not stepping from a lowercase word
//! into a name ("spokesperson Zhao"). Every such sub-run of a longer run counts, so "tb
//! cases" is seen inside "new tb cases" too.

use super::hash::FxMap;
use crate::ingest::{BlockKind, Document};
use crate::lang::{Language, Role};
use crate::segment::{Segments, TokenKind};
use std::ops::Range;

pub(super) const MAX_WORDS: usize = 4;
const MAX_NAME_WORDS: usize = 6;

/// One distinct lowercase word of the document.
pub(super) struct Word {
    pub role: Role,
    pub generic: bool,
    /// Into `Vocabulary::stem_pool`: one stem per hyphen-separated part ("gun-control").
    pub stems: Range<usize>,
    /// Seen in lowercase somewhere: a sentence-initial capital is then only a convention.
    pub seen_lower: bool,
    /// A title before names ("President"): not part of the name.
    pub title: bool,
    /// "to", a modal: the next word is a verb.
    pub precedes_verb: bool,
    /// A known place ("china"), alone.
    pub place: bool,
    /// "in", "at", "from": a place follows.
    pub location: bool,
    /// "said": a person or body is next to it.
    pub speech: bool,
    pub demonym: bool,
    /// "-ing" and "-ed" forms, and plurals: what a verb after a noun looks like.
    pub gerund: bool,
    pub participle: bool,
    pub plural: bool,
}

#[derive(Default)]
pub(super) struct Vocabulary {
    ids: FxMap<Box<str>, u32>,
    pub words: Vec<Word>,
    stem_ids: FxMap<Box<str>, u32>,
    /// Stem texts by stem id, for the phrase key.
    pub stems: Vec<Box<str>>,
    pub stem_pool: Vec<u32>,
}

impl Vocabulary {
    /// The id of `word` as written, looked up by its lowercase form (interned on first sight).
    fn intern(
        &mut self,
        word: &str,
        lower: &mut String,
        lang: Language,
        stemmer: &rust_stemmers::Stemmer,
    ) -> u32 {
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        if let Some(&id) = self.ids.get(lower.as_str()) {
            return id;
        }
        let start = self.stem_pool.len();
        for part in lower.split(['-', '‐', '‑']).filter(|p| !p.is_empty()) {
            let stem = stemmer.stem(part);
            let id = match self.stem_ids.get(&*stem) {
                Some(&id) => id,
                None => {
                    let id = self.stems.len() as u32;
                    self.stems.push(stem.as_ref().into());
                    self.stem_ids.insert(stem.as_ref().into(), id);
                    id
                }
            };
            self.stem_pool.push(id);
        }
        let id = self.words.len() as u32;
        self.words.push(Word {
            role: lang.role(lower),
            generic: lang.is_generic(lower),
            stems: start..self.stem_pool.len(),
            seen_lower: false,
            title: lang.is_title(lower),
            precedes_verb: lang.precedes_verb(lower),
            place: lang.is_place(lower)
                || lang
                    .expand_alias(lower)
                    .is_some_and(|full| lang.is_place(full)),
            demonym: lang.is_demonym(lower),
            location: lang.is_location_preposition(lower),
            speech: lang.is_speech_verb(lower),
            gerund: lower.len() > 5 && lower.ends_with("ing"),
            participle: lower.len() > 4 && lower.ends_with("ed"),
            plural: lower.len() > 3
                && lower.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e)),
        });
        self.ids.insert(lower.as_str().into(), id);
        id
    }

    pub fn word_stems(&self, word: u32) -> &[u32] {
        &self.stem_pool[self.words[word as usize].stems.clone()]
    }
}

/// What the later stages need of each token.
#[derive(Clone, Copy)]
pub(super) struct Tok {
    /// `NO_WORD` for numbers.
    pub word: u32,
    pub capitalised: bool,
    /// First token of its sentence, or in a heading: its capital says nothing.
    pub initial: bool,
    /// Part of a sequence of two or more capitalised words (titles aside): "Air" in "Air Force".
    pub in_name: bool,
    /// A verb by its context ("to fly", "will classify"): never in a phrase.
    pub verb: bool,
    /// A capitalised title ("President"), or the rest of one ("State" in "Secretary of State").
    pub title: bool,
    pub sentence: u32,
    /// Punctuation or a possessive stands before it ("Wood's new model"): no phrase spans it.
    pub apart: bool,
}

pub(super) const NO_WORD: u32 = u32::MAX;

/// A distinct surface form of a candidate: one of its occurrences, and how often it is written so.
#[derive(Clone, Copy)]
pub(super) struct Form {
    pub start: usize,
    pub end: usize,
    pub count: u32,
    /// Starts its sentence, so its first capital may be only a convention.
    pub initial: bool,
}

pub(super) struct Candidate {
    /// Stem ids: what variants share.
    pub stems: Box<[u32]>,
    /// Words (tokens) in the first occurrence.
    pub words: usize,
    pub occurrences: Vec<(usize, usize)>,
    /// Token index of the first occurrence.
    pub first: usize,
    pub forms: Vec<Form>,
    /// Occurrences with every word capitalised, not at a sentence start.
    pub capitalised: u32,
    /// Whether every word of it is a name link or capitalised in its first occurrence.
    pub name_like: bool,
    /// Occurrences inside a longer capitalised sequence (for one-word candidates).
    pub in_name: u32,
    /// What the words around its occurrences say it names (for names only).
    pub evidence: Evidence,
}

/// Counts of occurrences with a telling neighbour.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub(super) struct Evidence {
    /// After a title or office ("Secretary Blinken", "spokesperson Zhao Lijian").
    pub title: u32,
    /// After "in", "at", "from", "near".
    pub location: u32,
    /// Next to "said", "says", "told".
    pub speech: u32,
    /// A short form was folded in ("Blinken" into "Antony Blinken").
    pub short_form: u32,
}

impl Evidence {
    pub fn add(&mut self, other: Evidence) {
        self.title += other.title;
        self.location += other.location;
        self.speech += other.speech;
        self.short_form += other.short_form;
    }
}

pub(super) const MAX_FORMS: usize = 8;

pub(super) struct Candidates {
    pub vocab: Vocabulary,
    pub toks: Vec<Tok>,
    pub list: Vec<Candidate>,
    /// Stem ids → index into `list`.
    index: FxMap<Box<[u32]>, u32>,
}

pub(super) fn collect(doc: &Document, seg: &Segments, lang: Language) -> Candidates {
    let stemmer = lang.stemmer();
    let mut vocab = Vocabulary::default();
    let mut lower = String::new();
    let mut toks = Vec::with_capacity(seg.tokens.len());
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let heading = doc.blocks[sentence.block].kind == BlockKind::Heading;
        for (i, t) in seg.sentence_tokens(sentence).iter().enumerate() {
            let text = &doc.text[t.start..t.end];
            let capitalised = text.starts_with(char::is_uppercase);
            let word = if t.kind == TokenKind::Number {
                NO_WORD
            } else {
                let id = vocab.intern(text, &mut lower, lang, &stemmer);
                if !capitalised {
                    vocab.words[id as usize].seen_lower = true;
                }
                id
            };
            let gap = if i == 0 {
                ""
            } else {
                &doc.text[seg.tokens[sentence.tokens.start + i - 1].end..t.start]
            };
            toks.push(Tok {
                apart: t.after_punct || gap.contains(['\'', '’']),
                word,
                capitalised,
                initial: i == 0 || heading,
                in_name: false,
                verb: false,
                title: false,
                sentence: si as u32,
            });
        }
    }
    mark_context(&mut toks, &vocab);
    let mut out = Candidates {
        vocab,
        toks,
        list: Vec::new(),
        index: FxMap::default(),
    };
    let mut key = Vec::new();
    for sentence in &seg.sentences {
        let range = sentence.tokens.clone();
        let mut run: Option<usize> = None;
        for i in range.clone() {
            let fits = usable(&out, seg, i)
                && (out.role(i) != Role::NameLink || links(&out, i, range.end));
            if fits && run.is_some() && !out.toks[i].apart {
                continue;
            }
            if let Some(start) = run {
                out.add_run(doc, seg, start..i, &mut key);
            }
            run = fits.then_some(i);
        }
        if let Some(start) = run {
            out.add_run(doc, seg, start..range.end, &mut key);
        }
    }
    out
}

/// Marks what the neighbours tell: verbs after "to" or a modal, words inside names.
fn mark_context(toks: &mut [Tok], vocab: &Vocabulary) {
    let word = |t: &Tok| (t.word != NO_WORD).then(|| &vocab.words[t.word as usize]);
    for i in 0..toks.len() {
        let t = toks[i];
        if t.capitalised && word(&t).is_some_and(|w| w.title) {
            toks[i].title = true;
            // "Secretary of State", "Minister of Foreign Affairs": the title goes on.
            let mut k = i + 1;
            while k + 1 < toks.len()
                && toks[k + 1].sentence == t.sentence
                && word(&toks[k]).is_some_and(|w| w.role == Role::NameLink)
                && toks[k + 1].capitalised
            {
                toks[k + 1].title = true;
                k += 2;
            }
        }
    }
    for i in 1..toks.len() {
        let (prev, t) = (toks[i - 1], toks[i]);
        if t.sentence == prev.sentence
            && !t.apart
            && !t.capitalised
            && word(&prev).is_some_and(|w| w.precedes_verb)
        {
            toks[i].verb = true;
        }
        // "Michelle Obama wearing", "issues relating", "Obama visited", "gunmen opened": a
        // verb after its subject.
        let after_name = prev.capitalised && !prev.initial;
        let after_plural =
            word(&prev).is_some_and(|p| p.plural) && (!prev.capitalised || prev.initial);
        if t.sentence == prev.sentence
            && !t.capitalised
            && word(&t).is_some_and(|w| {
                w.role != Role::Break
                    && (w.gerund && (after_name || after_plural)
                        || w.participle && w.role == Role::Modifier && (after_name || after_plural))
            })
        {
            toks[i].verb = true;
        }
    }
    // "Noting China...", "Speaking to reporters...": a sentence opening on a participle.
    for i in 0..toks.len().saturating_sub(1) {
        let (t, next) = (toks[i], toks[i + 1]);
        if t.initial
            && next.sentence == t.sentence
            && word(&t).is_some_and(|w| w.gerund)
            && (next.capitalised || word(&next).is_some_and(|w| w.role == Role::Break))
        {
            toks[i].verb = true;
        }
    }
    // Capitalised sequences: names, their titles left out.
    let nameish =
        |t: &Tok| t.capitalised && !t.title && word(t).is_some_and(|w| w.role != Role::Break);
    let mut start = 0;
    for i in 0..=toks.len() {
        let goes_on = i < toks.len()
            && i > start
            && toks[i].sentence == toks[i - 1].sentence
            && !toks[i].apart
            && nameish(&toks[i])
            && nameish(&toks[i - 1]);
        if goes_on {
            continue;
        }
        if i - start >= 2 {
            for t in &mut toks[start..i] {
                t.in_name = true;
            }
        }
        start = i;
    }
}

/// Whether token `i` can be in a phrase at all.
fn usable(c: &Candidates, seg: &Segments, i: usize) -> bool {
    let t = c.toks[i];
    let tok = seg.tokens[i];
    t.word != NO_WORD && !t.verb && c.role(i) != Role::Break && tok.end - tok.start > 1
}

/// Whether a name link ("of") at `i` joins two capitalised words of one name.
fn links(c: &Candidates, i: usize, sentence_end: usize) -> bool {
    let cap = |k: usize| c.toks[k].capitalised && c.toks[k].word != NO_WORD;
    !c.toks[i].initial
        && !c.toks[i].apart
        && cap(i - 1)
        && i + 1 < sentence_end
        && cap(i + 1)
        && !c.toks[i + 1].apart
}

impl Candidates {
    /// The candidate written `phrase` (lowercase), if the document has it.
    pub fn find(&self, phrase: &str, stemmer: &rust_stemmers::Stemmer) -> Option<usize> {
        let mut key = Vec::new();
        for part in phrase.split([' ', '-']).filter(|p| !p.is_empty()) {
            key.push(*self.vocab.stem_ids.get(&*stemmer.stem(part))?);
        }
        self.id_of(&key)
    }

    /// The candidate with these stems, if any.
    pub fn id_of(&self, stems: &[u32]) -> Option<usize> {
        self.index.get(stems).map(|&i| i as usize)
    }

    /// The words of a candidate's first occurrence.
    pub fn words_of<'a>(&'a self, cand: &Candidate) -> impl Iterator<Item = &'a Word> + 'a {
        self.toks[cand.first..cand.first + cand.words]
            .iter()
            .filter(|t| t.word != NO_WORD)
            .map(|t| &self.vocab.words[t.word as usize])
    }

    fn role(&self, i: usize) -> Role {
        self.word(i).role
    }

    /// What the neighbours of tokens `a..b` say about the name there.
    fn evidence(&self, a: usize, b: usize) -> Evidence {
        let same = |k: usize| k < self.toks.len() && self.toks[k].sentence == self.toks[a].sentence;
        let known = |k: usize| same(k) && self.toks[k].word != NO_WORD;
        let before = a > 0 && known(a - 1);
        let prev = |f: fn(&Word) -> bool| before && f(self.word(a - 1));
        Evidence {
            title: (before && self.toks[a - 1].title || prev(|w| w.title)) as u32,
            location: prev(|w| w.location) as u32,
            speech: (prev(|w| w.speech) || known(b) && self.word(b).speech) as u32,
            short_form: 0,
        }
    }

    fn word(&self, i: usize) -> &Word {
        &self.vocab.words[self.toks[i].word as usize]
    }

    /// Adds every well-formed sub-run of `run` as a candidate occurrence.
    fn add_run(&mut self, doc: &Document, seg: &Segments, run: Range<usize>, key: &mut Vec<u32>) {
        for a in run.clone() {
            // Nor does a phrase start with "of", or inside a title ("State Antony Blinken").
            if self.role(a) == Role::NameLink || self.toks[a].title && !self.word(a).title {
                continue;
            }
            for b in a + 1..=(a + MAX_NAME_WORDS).min(run.end) {
                let last = b - 1;
                let cap = |k: usize| self.toks[k].capitalised || self.role(k) == Role::NameLink;
                // Beyond MAX_WORDS, only names go on ("Communist Party of China Central Committee").
                let name_like = (a..b).all(cap);
                if b - a > MAX_WORDS && !name_like {
                    break;
                }
                // A title may open a short name ("President Clinton") but is not inside one
                // ("Chinese President Xi"), nor before a long one ("Advisor Jake Sullivan").
                let title = |k: usize| self.toks[k].title;
                if title(last) && last > a || title(a) && b - a > 2 {
                    break;
                }
                // Into a name from a lowercase word: "spokesperson Zhao" is two things.
                if last > a
                    && self.toks[last].capitalised
                    && !self.toks[last - 1].capitalised
                    && self.role(last - 1) != Role::NameLink
                {
                    break;
                }
                // A phrase ends on a noun; a title alone ("Ambassador") names no one.
                if matches!(self.role(last), Role::NameLink | Role::Modifier)
                    || b - a == 1 && title(a)
                {
                    continue;
                }
                key.clear();
                for k in a..b {
                    key.extend_from_slice(self.vocab.word_stems(self.toks[k].word));
                }
                let (start, end) = (seg.tokens[a].start, seg.tokens[last].end);
                let id = match self.index.get(key.as_slice()) {
                    Some(&id) => id as usize,
                    None => {
                        let id = self.list.len();
                        self.index.insert(key.as_slice().into(), id as u32);
                        self.list.push(Candidate {
                            stems: key.as_slice().into(),
                            words: b - a,
                            occurrences: Vec::new(),
                            first: a,
                            forms: Vec::new(),
                            capitalised: 0,
                            name_like,
                            in_name: 0,
                            evidence: Evidence::default(),
                        });
                        id
                    }
                };
                let initial = self.toks[a].initial;
                let evidence = if name_like {
                    self.evidence(a, b)
                } else {
                    Evidence::default()
                };
                let cand = &mut self.list[id];
                cand.evidence.add(evidence);
                cand.occurrences.push((start, end));
                if b - a == 1 && self.toks[a].in_name {
                    cand.in_name += 1;
                }
                if name_like && !initial {
                    cand.capitalised += 1;
                }
                let text = &doc.text[start..end];
                if let Some(f) = cand
                    .forms
                    .iter_mut()
                    .find(|f| &doc.text[f.start..f.end] == text)
                {
                    f.count += 1;
                } else if cand.forms.len() < MAX_FORMS {
                    cand.forms.push(Form {
                        start,
                        end,
                        count: 1,
                        initial,
                    });
                }
            }
        }
    }
}
