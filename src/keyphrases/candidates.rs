//! Candidates: the document's vocabulary (each distinct word looked at once) and the
//! phrases that may be keyphrases, with every occurrence.
//!
//! A candidate is a run of up to [`MAX_WORDS`] words that no punctuation, stopword, common
//! verb or adverb breaks, ending on a noun-like word, and not stepping from a lowercase word
//! into a name ("spokesperson Zhao"). Every such sub-run of a longer run counts, so "tb
//! cases" is seen inside "new tb cases" too.

use crate::document::{BlockKind, Document};
use crate::hash::WordMap;
use crate::lang::{Language, Lexeme, Role, Stems};
use crate::segment::{Segments, TokenKind};
use std::ops::Range;

pub(super) const MAX_WORDS: usize = 4;
const MAX_NAME_WORDS: usize = 6;

/// One distinct lowercase word of the document: what the word lists say of it (through
/// `Deref`), and what this document says.
pub(super) struct Word {
    lex: Lexeme,
    /// Into `Vocabulary::stem_pool`: one stem per hyphen-separated part ("gun-control"),
    /// none for words that break phrases.
    pub stems: Range<usize>,
    /// Seen in lowercase somewhere: a sentence-initial capital is then only a convention.
    pub seen_lower: bool,
    /// "-ing" and "-ed" forms, and plurals: what a verb after a noun looks like.
    pub gerund: bool,
    pub participle: bool,
    pub plural: bool,
    /// A describing word by its ending alone ("-al", "-ic", "-ed"), on no list: capitalised,
    /// it may be a name ("Portugal", "Atlantic", "Lebed").
    pub by_ending: bool,
    /// "Vienna-based" (capitalised: "knowledge-based" stays a word of phrases): says where a
    /// body is, and that the name after it is a body's; no part of that name.
    pub based: bool,
}

impl std::ops::Deref for Word {
    type Target = Lexeme;

    fn deref(&self) -> &Lexeme {
        &self.lex
    }
}

#[derive(Default)]
pub(super) struct Vocabulary {
    ids: WordMap<Box<str>, u32>,
    pub words: Vec<Word>,
    stem_ids: WordMap<Box<str>, u32>,
    /// Stem texts by stem id, for the phrase key.
    pub stems: Vec<Box<str>>,
    pub stem_pool: Vec<u32>,
}

impl Vocabulary {
    /// The id of `word` as written, looked up by its lowercase form (interned on first sight).
    fn intern(&mut self, word: &str, lower: &mut String, lang: Language, stems: &mut Stems) -> u32 {
        // Most words are lowercase ASCII already: no copy for them.
        let lower: &str = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
            word
        } else {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower
        };
        if let Some(&id) = self.ids.get(lower) {
            return id;
        }
        let lex = lang.lexeme(lower);
        let start = self.stem_pool.len();
        // Words that never are in a phrase need no stems: stemming is the costliest part.
        let parts = lower.split(['-', '‐', '‑']).filter(|p| !p.is_empty());
        for part in parts.take_while(|_| lex.role != Role::Break) {
            let stem = stems.get(part);
            let id = match self.stem_ids.get(stem) {
                Some(&id) => id,
                None => {
                    let id = self.stems.len() as u32;
                    self.stems.push(stem.into());
                    self.stem_ids.insert(stem.into(), id);
                    id
                }
            };
            self.stem_pool.push(id);
        }
        let id = self.words.len() as u32;
        let english = lang == Language::English;
        self.words.push(Word {
            lex,
            stems: start..self.stem_pool.len(),
            seen_lower: false,
            // English word shapes: in other languages "-ing", "-ed" and "-s" tell nothing.
            gerund: english && lower.len() > 5 && lower.ends_with("ing"),
            participle: english && lower.len() > 4 && lower.ends_with("ed"),
            plural: english
                && lower.len() > 3
                && lower.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e)),
            based: lower.len() > 6 && lower.ends_with("-based"),
            by_ending: lex.role == Role::Modifier
                && !lex.demonym
                && !lex.generic
                && lower.chars().all(char::is_alphabetic),
        });
        self.ids.insert(lower.into(), id);
        id
    }

    /// Stems for a word that breaks phrases but is read as a part of a name here ("Cross"
    /// of "Red Cross"): such words are stemmed only when met so.
    fn stem_late(&mut self, word: u32, lower: &str, stems: &mut Stems) {
        if !self.words[word as usize].stems.is_empty() {
            return;
        }
        let start = self.stem_pool.len();
        for part in lower.split(['-', '‐', '‑']).filter(|p| !p.is_empty()) {
            let stem = stems.get(part);
            let id = match self.stem_ids.get(stem) {
                Some(&id) => id,
                None => {
                    let id = self.stems.len() as u32;
                    self.stems.push(stem.into());
                    self.stem_ids.insert(stem.into(), id);
                    id
                }
            };
            self.stem_pool.push(id);
        }
        self.words[word as usize].stems = start..self.stem_pool.len();
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
    /// An abbreviation written with dots ("F.B.I.", "U.S.").
    pub dotted: bool,
    /// A capitalised word the lists take for a verb, ending a name mid-sentence ("Cross" of "Red Cross", "Exchange" of "Stock Exchange"): part of
    /// the name.
    pub name_word: bool,
    /// A lone capital letter: a person's initial ("M. Waugh", "John F. Kennedy").
    pub initial_letter: bool,
    /// Opens a block as a dateline does ("MOSCOW 1996-08-30", "KHASAVYURT, Russia"): a place.
    pub dateline: bool,
    /// The first word of a block (a line of a table, a paragraph).
    pub block_first: bool,
    /// In capitals only outside an all-caps headline: an acronym ("OSCE", "NATO").
    pub acronym: bool,
    /// A number written with digits only ("3", "1996"), as a table's scores and counts are.
    pub integer: bool,
}

pub(super) const NO_WORD: u32 = u32::MAX;

/// A phrase that may be a keyphrase, with its occurrences.
pub(super) struct Candidate {
    /// Into `Candidates::keys`: the stem ids that variants share.
    key: Range<u32>,
    /// Words (tokens) in the first occurrence.
    pub words: usize,
    /// Token ranges, in document order.
    pub occurrences: Occurrences,
    /// Token index of the first occurrence.
    pub first: usize,
    /// Occurrences with every word capitalised, not only by convention (see `Tok::initial`).
    pub capitalised: u32,
    /// Whether every word of it is a name link or capitalised in its first occurrence.
    pub name_like: bool,
    /// Occurrences inside a longer capitalised sequence (for one-word candidates).
    pub in_name: u32,
    /// What the words around its occurrences say it names (for names only).
    pub evidence: Evidence,
    /// Abbreviations were folded in: its label is whichever form is written most.
    pub aliased: bool,
    /// Two names side by side, each written alone far more often ("Lebed Chechnya" of a
    /// headline): no name of its own.
    pub juxtaposed: bool,
    /// The candidate before it with the same key hash (`NONE` if none): the hash chain.
    same_hash: u32,
}

const NONE: u32 = u32::MAX;

/// Distinct candidates kept at most: a bound on memory for huge inputs of unbroken runs of
/// distinct words (an article has a few thousand); later phrases still count if known.
const MAX_CANDIDATES: usize = 1 << 19;

/// A candidate's token ranges: most candidates occur once, so the first is kept inline and
/// costs no allocation.
#[derive(Default)]
pub(super) struct Occurrences {
    first: Option<(u32, u32)>,
    rest: Vec<(u32, u32)>,
}

impl Occurrences {
    pub fn len(&self) -> usize {
        self.first.map_or(0, |_| 1 + self.rest.len())
    }

    pub fn first(&self) -> Option<(u32, u32)> {
        self.first
    }

    pub fn iter(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.first.into_iter().chain(self.rest.iter().copied())
    }

    pub fn push(&mut self, range: (u32, u32)) {
        match self.first {
            None => self.first = Some(range),
            Some(_) => self.rest.push(range),
        }
    }

    /// All of them, leaving none.
    pub fn take(&mut self) -> Vec<(u32, u32)> {
        let mut all: Vec<(u32, u32)> = self.first.take().into_iter().collect();
        all.append(&mut self.rest);
        all
    }

    /// Replaces them with `ranges`.
    pub fn set(&mut self, ranges: Vec<(u32, u32)>) {
        let mut ranges = ranges.into_iter();
        self.first = ranges.next();
        self.rest = ranges.collect();
    }
}

/// Counts of occurrences with a telling neighbour.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub(super) struct Evidence {
    /// With or after a title or office ("Secretary Blinken", "spokesperson Zhao Lijian").
    pub title: u32,
    /// After "in", "at", "from", "near".
    pub location: u32,
    /// Opening a block as a dateline ("MOSCOW 1996-08-30").
    pub dateline: u32,
    /// Next to "said", "says", "told".
    pub speech: u32,
    /// Before "said", "says", "told" ("Cole said"): the speaker, more often a person.
    pub speaker: u32,
    /// Before an organisation's head word in lowercase ("news agency"), or "said in a statement".
    pub organization: u32,
    /// A short form was folded in ("Blinken" into "Antony Blinken").
    pub short_form: u32,
    /// Opening a line of a results table, a score or count after it ("Pohang 3 Ulsan 2",
    /// "Ayr 3 1 2 0 8 2 5"), or between two scores of such a line: a side, a team.
    pub row: u32,
    /// After a lowercase "the" ("the Treasury", "the Bundesbank"): no person's name.
    pub article: u32,
    /// After a body's head word ("side Nice", "club Standard Liege") or before a side's
    /// people ("Nice coach", "Rotor fans"): a body, also where a city's name is its name.
    pub body: u32,
}

impl Evidence {
    pub fn add(&mut self, other: Evidence) {
        self.title += other.title;
        self.location += other.location;
        self.speech += other.speech;
        self.speaker += other.speaker;
        self.dateline += other.dateline;
        self.organization += other.organization;
        self.short_form += other.short_form;
        self.row += other.row;
        self.article += other.article;
        self.body += other.body;
    }
}

pub(super) struct Candidates {
    pub vocab: Vocabulary,
    pub toks: Vec<Tok>,
    pub list: Vec<Candidate>,
    /// The keys of all candidates, one after another: no allocation per candidate.
    keys: Vec<u32>,
    /// Hash of a key → the last candidate with that hash (then `Candidate::same_hash`).
    index: WordMap<u64, u32>,
    /// The language capitalises its nouns (German): a lowercase word is a verb, adjective
    /// or adverb, which never ends a phrase ("Bundesregierung beschlossen").
    capitalised_nouns: bool,
}

pub(super) fn collect(
    doc: &Document,
    seg: &Segments,
    lang: Language,
    stems: &mut Stems,
) -> Candidates {
    let mut vocab = Vocabulary::default();
    let mut lower = String::new();
    let mut toks = Vec::with_capacity(seg.tokens.len());
    for (si, sentence) in seg.sentences.iter().enumerate() {
        let tokens = seg.sentence_tokens(sentence);
        // An all-caps headline or dateline is read case-insensitively: its capitals say
        // nothing, like those of a sentence start.
        let shouted = shouted(doc, tokens);
        let heading = doc.blocks[sentence.block].kind == BlockKind::Heading || shouted;
        let block_start = si == 0 || seg.sentences[si - 1].block != sentence.block;
        let dateline = if block_start {
            dateline_len(doc, tokens)
        } else {
            0
        };
        for (i, t) in tokens.iter().enumerate() {
            let text = &doc.text[t.start..t.end];
            let capitalised = text.starts_with(char::is_uppercase);
            let word = if t.kind == TokenKind::Number {
                NO_WORD
            } else {
                let id = vocab.intern(text, &mut lower, lang, stems);
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
                dateline: i < dateline,
                dotted: text.ends_with('.'),
                name_word: false,
                block_first: block_start && i == 0,
                acronym: capitalised && !shouted && all_caps(text),
                integer: t.kind == TokenKind::Number && text.bytes().all(|b| b.is_ascii_digit()),
                initial_letter: text.chars().count() == 1 && capitalised,
            });
        }
    }
    mark_context(&mut toks, &vocab);
    mark_name_words(doc, seg, &mut toks, &mut vocab, lang, stems);
    let mut out = Candidates {
        vocab,
        toks,
        list: Vec::new(),
        keys: Vec::new(),
        index: WordMap::default(),
        capitalised_nouns: lang.rules().capitalised_nouns,
    };
    let mut key = Vec::new();
    for sentence in &seg.sentences {
        let range = sentence.tokens.clone();
        let mut run: Option<usize> = None;
        for i in range.clone() {
            let fits = usable(&out, seg, i)
                && (out.role(i) != Role::NameLink
                    || links(&out, i, range.end)
                    || opens_name(&out, i, range.end));
            if fits && run.is_some() && !out.toks[i].apart {
                continue;
            }
            if let Some(start) = run {
                out.add_run(start..i, &mut key);
            }
            run = fits.then_some(i);
        }
        if let Some(start) = run {
            out.add_run(start..range.end, &mut key);
        }
    }
    out
}

/// Lowercase words after a name that make it an organisation's ("an Acme spokesman", "Acme
/// shares").
const ORG_NEXT: [&[&str]; 12] = [
    &["news", "agency"],
    &["agency"],
    &["newspaper"],
    &["company"],
    &["firm"],
    &["party"],
    &["said", "in", "a", "statement"],
    &["spokesman"],
    &["spokeswoman"],
    &["officials"],
    &["shares"],
    &["shareholders"],
];

/// Lowercase words before a name that make it a body's, also where it is named after a city
/// ("first division side Nice", "the club Standard Liege", "the carrier El Al", "Ayr v
/// Stirling").
const BODY_BEFORE: [&str; 12] = [
    "airline",
    "bank",
    "carrier",
    "club",
    "company",
    "firm",
    "group",
    "newspaper",
    "side",
    "team",
    "v",
    "vs",
];

/// Lowercase words after a name that make it a sports side's, also where it is named after
/// a city ("Rotor fans", "a Nice striker", "Ayr v Stirling").
const SIDE_NEXT: [&str; 10] = [
    "coach",
    "defender",
    "fans",
    "goalkeeper",
    "manager",
    "midfielder",
    "striker",
    "supporters",
    "v",
    "vs",
];

/// Whether a word is written in capitals only ("MOSCOW", "U.S."), two letters or more.
fn all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether most words of a sentence are in capitals only: a headline or dateline.
fn shouted(doc: &Document, tokens: &[crate::segment::Token]) -> bool {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let (mut caps, mut all) = (0, 0);
    for t in words {
        all += 1;
        caps += all_caps(&doc.text[t.start..t.end]) as usize;
    }
    caps * 2 > all
}

/// How many words open a block as a dateline: one to three words in capitals, then a date,
/// a comma, a parenthesis, or a dash before the story's own words ("PHNOM PENH 1996-08-30",
/// "TAVILDARA, Tajikistan", "LONDON (Reuters)", "OSLO - The talks"); not a headline's
/// "CRICKET - ENGLAND WIN", nor a table's section heading alone on its line ("EASTERN
/// DIVISION").
fn dateline_len(doc: &Document, tokens: &[crate::segment::Token]) -> usize {
    let caps = tokens
        .iter()
        .take(4)
        .take_while(|t| t.kind == TokenKind::Word && all_caps(&doc.text[t.start..t.end]))
        .count();
    if caps == 0 || caps > 3 {
        return 0;
    }
    let Some(next) = tokens.get(caps) else {
        return 0;
    };
    let gap = &doc.text[tokens[caps - 1].end..next.start];
    let next_text = &doc.text[next.start..next.end];
    let date = next_text.starts_with(|c: char| c.is_ascii_digit());
    let dash = gap.contains(['-', '\u{2013}', '\u{2014}']) && !all_caps(next_text);
    if date || dash || gap.contains([',', '(']) {
        caps
    } else {
        0
    }
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
        // "Michelle Obama wearing", "issues relating", "Obama visited", "soldiers opened": a
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
    // "The union plans a strike", "the firm aims to grow": an "-s" word between a singular
    // noun and a determiner or "to" is the verb of a clause.
    let determiners: Vec<u32> = ["a", "an", "the", "its", "his", "her", "their", "to", "this"]
        .iter()
        .filter_map(|w| vocab.ids.get(*w).copied())
        .collect();
    for i in 1..toks.len().saturating_sub(1) {
        let (prev, t, next) = (toks[i - 1], toks[i], toks[i + 1]);
        let noun = |t: &Tok| {
            word(t).is_some_and(|w| w.role == Role::Content && !w.plural) && !t.capitalised
        };
        if prev.sentence == t.sentence
            && next.sentence == t.sentence
            && !t.apart
            && !next.apart
            && !t.capitalised
            && word(&t).is_some_and(|w| w.plural && w.role == Role::Content)
            && noun(&prev)
            && determiners.contains(&next.word)
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
    // Capitalised sequences: names, their titles left out; a verb form by its ending alone
    // may be a name's word ("Михаил Саакашвили").
    let nameish = |t: &Tok| {
        t.capitalised && !t.title && word(t).is_some_and(|w| w.role != Role::Break || w.verb_form)
    };
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

/// Days and months: after a name, the date of the news, never part of the name.
const DATE_WORDS: [&str; 19] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "tomorrow",
];

/// Marks the capitalised words the lists take for verbs that continue a name
/// ("Red Cross", "Stock Exchange", "Formula One"), function words and dates never, and
/// the names that end as verb forms do ("Людмила").
fn mark_name_words(
    doc: &Document,
    seg: &Segments,
    toks: &mut [Tok],
    vocab: &mut Vocabulary,
    lang: Language,
    stems: &mut Stems,
) {
    let mut lower = String::new();
    let lowercase = |i: usize, lower: &mut String| {
        let tok = seg.tokens[i];
        lower.clear();
        lower.extend(
            doc.text[tok.start..tok.end]
                .chars()
                .flat_map(char::to_lowercase),
        );
    };
    // A word that is a verb form by its ending alone is a name's word when capitalised
    // inside a sentence, before another capital, or wherever it is written ("Людмила
    // Иванова", "Даниила Квята", "Саакашвили выступил").
    for i in 0..toks.len() {
        let t = toks[i];
        let verb_form = t.word != NO_WORD && {
            let w = &vocab.words[t.word as usize];
            w.verb_form && w.role == Role::Break
        };
        let before_capital = toks
            .get(i + 1)
            .is_some_and(|n| n.sentence == t.sentence && !n.apart && n.capitalised);
        let lowercase_nowhere = t.word != NO_WORD && !vocab.words[t.word as usize].seen_lower;
        if verb_form
            && t.capitalised
            && !t.title
            && (!t.initial || before_capital || lowercase_nowhere)
        {
            lowercase(i, &mut lower);
            toks[i].name_word = true;
            vocab.stem_late(t.word, &lower, stems);
        }
    }
    for i in 1..toks.len() {
        let (prev, t) = (toks[i - 1], toks[i]);
        let continues = t.capitalised
            && !t.initial
            && !t.apart
            && !t.title
            && t.word != NO_WORD
            && prev.sentence == t.sentence
            && prev.capitalised
            && !prev.title
            && prev.word != NO_WORD
            && (vocab.words[prev.word as usize].role != Role::Break || prev.name_word)
            && vocab.words[t.word as usize].role == Role::Break;
        if !continues {
            continue;
        }
        // It ends the name: inside a run of capitals it is more often a title-case
        // headline's verb ("Zoo Antelope Catch Mad Cow Disease").
        let next = toks
            .get(i + 1)
            .filter(|n| n.sentence == t.sentence && !n.apart);
        if next.is_some_and(|n| {
            n.capitalised
                || n.word != NO_WORD && vocab.words[n.word as usize].role == Role::NameLink
        }) {
            continue;
        }
        lowercase(i, &mut lower);
        // A date after a name is the day of the news ("the House Friday").
        if lang.is_stopword(&lower) || DATE_WORDS.contains(&lower.as_str()) {
            continue;
        }
        toks[i].name_word = true;
        vocab.stem_late(t.word, &lower, stems);
    }
}

/// Whether token `i` can be in a phrase at all.
fn usable(c: &Candidates, seg: &Segments, i: usize) -> bool {
    let t = c.tok(i);
    let tok = seg.tokens[i];
    // A title or office is evidence of a person, never part of the name ("Judge Ann Cole").
    t.word != NO_WORD
        && (!t.verb || t.name_word)
        && !t.title
        && (c.role(i) != Role::Break || t.name_word)
        && !(t.capitalised && c.word(i).based)
        && tok.end - tok.start > 1
}

/// Whether a name link ("of") at `i` joins two capitalised words of one name.
fn links(c: &Candidates, i: usize, sentence_end: usize) -> bool {
    let cap = |k: usize| c.tok(k).capitalised && c.tok(k).word != NO_WORD;
    !c.tok(i).initial
        && !c.tok(i).apart
        && cap(i - 1)
        && i + 1 < sentence_end
        && cap(i + 1)
        && !c.tok(i + 1).apart
}

/// Whether a capitalised name link at `i` opens a name, after a lowercase word or
/// punctuation, its links reaching a capitalised word ("Dhr. Van den Berg", "said De Gaulle",
/// "Von der Leyen"); at a sentence's start its capital says nothing.
fn opens_name(c: &Candidates, i: usize, sentence_end: usize) -> bool {
    let t = c.tok(i);
    let mut k = i + 1;
    while k < sentence_end
        && c.tok(k).word != NO_WORD
        && c.role(k) == Role::NameLink
        && !c.tok(k).apart
    {
        k += 1;
    }
    t.capitalised
        && !t.initial
        && (t.apart || i == 0 || !c.tok(i - 1).capitalised)
        && k < sentence_end
        && c.tok(k).capitalised
        && !c.tok(k).apart
        && c.tok(k).word != NO_WORD
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
        let mut i = self.index.get(&self.hash(stems)).copied().unwrap_or(NONE);
        while i != NONE {
            let cand = &self.list[i as usize];
            if self.stems(cand) == stems {
                return Some(i as usize);
            }
            i = cand.same_hash;
        }
        None
    }

    /// The keyed hash of a key (see `crate::hash`): the article cannot make keys collide.
    fn hash(&self, stems: &[u32]) -> u64 {
        use std::hash::BuildHasher;
        self.index.hasher().hash_one(stems)
    }

    /// The stem ids of a candidate: what its variants share.
    pub fn stems(&self, cand: &Candidate) -> &[u32] {
        &self.keys[cand.key.start as usize..cand.key.end as usize]
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
        let same = |k: usize| k < self.toks.len() && self.tok(k).sentence == self.tok(a).sentence;
        let known = |k: usize| same(k) && self.tok(k).word != NO_WORD;
        let before = a > 0 && known(a - 1);
        let prev = |f: fn(&Word) -> bool| before && f(self.word(a - 1));
        let number = |k: usize| same(k) && self.tok(k).integer;
        // A line of a table: the name opens it, or stands between two of its numbers.
        let row = (self.tok(a).block_first || a > 0 && number(a - 1) && !self.tok(a).apart)
            && number(b)
            && !self.tok(b).apart;
        Evidence {
            title: (self.tok(a).title
                || before && (self.tok(a - 1).title || self.tok(a - 1).initial_letter)
                || prev(|w| w.title)) as u32,
            location: prev(|w| w.location) as u32,
            dateline: self.tok(a).dateline as u32,
            speech: (prev(|w| w.speech) || known(b) && self.word(b).speech) as u32,
            speaker: (known(b) && self.word(b).speech) as u32,
            // "the Tanjug news agency", "Acme said in a statement".
            organization: (known(b)
                && !self.tok(b).capitalised
                && ORG_NEXT.iter().any(|w| self.words_are(b, w))
                || before && self.tok(a - 1).capitalised && self.word(a - 1).based)
                as u32,
            short_form: 0,
            row: row as u32,
            article: (before && !self.tok(a - 1).capitalised && self.words_are(a - 1, &["the"]))
                as u32,
            body: (before
                && !self.tok(a - 1).capitalised
                && !self.tok(a).apart
                && BODY_BEFORE.iter().any(|w| self.words_are(a - 1, &[w]))
                || known(b)
                    && !self.tok(b).capitalised
                    && !self.tok(b).apart
                    && SIDE_NEXT.iter().any(|w| self.words_are(b, &[w]))) as u32,
        }
    }

    /// Whether the tokens from `at` on are these lowercase words, in one sentence.
    fn words_are(&self, at: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| {
            let i = at + k;
            i < self.toks.len()
                && self.tok(i).sentence == self.tok(at).sentence
                && self.vocab.ids.get(*w) == Some(&self.tok(i).word)
        })
    }

    /// Token `i`; one accessor, so the wasm carries one panic location for every read.
    fn tok(&self, i: usize) -> &Tok {
        &self.toks[i]
    }

    fn word(&self, i: usize) -> &Word {
        &self.vocab.words[self.tok(i).word as usize]
    }

    /// Adds every well-formed sub-run of `run` as a candidate occurrence.
    fn add_run(&mut self, run: Range<usize>, key: &mut Vec<u32>) {
        for a in run.clone() {
            // Nor does a phrase start with "of", unless it opens a name ("Van den Berg").
            if self.role(a) == Role::NameLink && !opens_name(self, a, run.end) {
                continue;
            }
            // Grown one word at a time: the key and whether all of it is capitalised.
            key.clear();
            let mut name_like = true;
            for b in a + 1..=(a + MAX_NAME_WORDS).min(run.end) {
                let last = b - 1;
                key.extend_from_slice(self.vocab.word_stems(self.tok(last).word));
                name_like &= self.tok(last).capitalised || self.role(last) == Role::NameLink;
                // Beyond MAX_WORDS, only names go on ("Communist Party of China Central Committee").
                if b - a > MAX_WORDS && !name_like {
                    break;
                }
                // Into a name from a lowercase word: "spokesperson Zhao" is two things; from a
                // dotted abbreviation into a given name ("the F.B.I. Paul Cole said"), the
                // abbreviation ended a sentence.
                if last > a
                    && self.tok(last).capitalised
                    && (!self.tok(last - 1).capitalised && self.role(last - 1) != Role::NameLink
                        || self.tok(last - 1).dotted && self.word(last).first_name)
                {
                    break;
                }
                // A phrase ends on a noun, or on a name that only looks like an adjective
                // or a participle ("Portugal", "Montreal", "Lebed").
                let ends = match self.role(last) {
                    Role::NameLink => false,
                    Role::Modifier => self.tok(last).capitalised && self.word(last).by_ending,
                    _ => self.tok(last).capitalised || !self.capitalised_nouns,
                };
                // Nor on a compass word before the name it qualifies ("South" of "South
                // Korean", "Northern" of "Northern Ireland").
                let qualifies = b < run.end
                    && self.tok(b).capitalised
                    && !self.tok(b).apart
                    && self.word(last).direction;
                if !ends || qualifies {
                    continue;
                }
                let known = self.id_of(key);
                let Some(id) = known.or_else(|| self.add(key, a, b - a, name_like)) else {
                    continue;
                };
                let evidence = if name_like {
                    self.evidence(a, b)
                } else {
                    Evidence::default()
                };
                let in_name = b - a == 1 && self.tok(a).in_name;
                // A capital is a name's only where it is no sentence start or heading, but the
                // second word of a name opening a sentence ("Antony Blinken arrived") tells too.
                let capitalised =
                    name_like && (!self.tok(a).initial || b - a > 1 && !self.tok(a + 1).initial);
                let cand = &mut self.list[id];
                cand.evidence.add(evidence);
                cand.occurrences.push((a as u32, b as u32));
                cand.in_name += in_name as u32;
                cand.capitalised += capitalised as u32;
            }
        }
    }

    /// A new candidate, first seen at tokens `first..first + words` (none past the bound).
    fn add(&mut self, key: &[u32], first: usize, words: usize, name_like: bool) -> Option<usize> {
        let id = self.list.len();
        if id >= MAX_CANDIDATES {
            return None;
        }
        let start = self.keys.len() as u32;
        self.keys.extend_from_slice(key);
        let same_hash = self.index.insert(self.hash(key), id as u32).unwrap_or(NONE);
        self.list.push(Candidate {
            key: start..self.keys.len() as u32,
            words,
            occurrences: Occurrences::default(),
            first,
            capitalised: 0,
            name_like,
            in_name: 0,
            evidence: Evidence::default(),
            aliased: false,
            juxtaposed: false,
            same_hash,
        });
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ingest, segment, Format};

    /// Every candidate of `text`, as first written.
    fn candidates(text: &str) -> Vec<String> {
        let doc = ingest::ingest(text, Format::Text, None);
        let seg = segment::segment(&doc, Language::English);
        let c = collect(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
        );
        c.list
            .iter()
            .map(|cand| {
                let (a, b) = cand.occurrences.first().expect("an occurrence");
                doc.text[seg.tokens[a as usize].start..seg.tokens[b as usize - 1].end].to_string()
            })
            .collect()
    }

    #[test]
    fn verbs_ending_a_name_are_part_of_it() {
        // (text, names it holds, phrases it must not hold)
        for (text, present, absent) in [
            (
                "Aid from the Red Cross came on Monday, and the Red Cross sent more.",
                &["Red Cross"][..],
                &[][..],
            ),
            (
                "Shares fell on the Dhaka Stock Exchange as traders sold.",
                &["Dhaka Stock Exchange"],
                &[],
            ),
            // The day of the news is no part of a name, nor a title-case headline's verb.
            (
                "The bill passed the Narnian House Friday after a long debate.",
                &["Narnian House"],
                &["Narnian House Friday", "House Friday"],
            ),
            (
                "Readers saw Zoo Antelopes Catch Mad Cow Disease on the front page.",
                &[],
                &["Zoo Antelopes Catch", "Zoo Antelopes Catch Mad Cow Disease"],
            ),
        ] {
            let got = candidates(text);
            for p in present {
                assert!(got.iter().any(|c| c == p), "{p} in {got:?}");
            }
            for a in absent {
                assert!(!got.iter().any(|c| c == a), "{a} in {got:?}");
            }
        }
    }

    #[test]
    fn table() {
        for (text, present, absent) in [
            (
                "The city council approved the new budget.",
                &["city council", "new budget", "budget"][..],
                &["approved", "new", "council approved"][..],
            ),
            (
                "Rates were raised by the Bank of England in London.",
                &["Bank of England", "Bank", "England", "London"],
                &["of England", "Bank of", "England in London"],
            ),
            // A capitalised link opens a name after a lowercase word, not inside one.
            (
                "Robert De Niro came late, and the crowd cheered De Niro at Bank Of Avalon.",
                &["Robert De Niro", "De Niro", "Bank Of Avalon"],
                &["Of Avalon", "De Niro at Bank"],
            ),
            (
                "said Chinese Foreign Ministry spokesperson Zhao Lijian on Friday",
                &["Chinese Foreign Ministry spokesperson", "Zhao Lijian"],
                &["spokesperson Zhao", "spokesperson Zhao Lijian", "Friday"],
            ),
            (
                "The bank plans to reduce poverty and will manage diabetes programs.",
                &["poverty", "diabetes programs"],
                &["reduce poverty", "manage diabetes"],
            ),
            (
                "Ronnie Wood's new model girlfriend arrived.",
                &["Ronnie Wood", "new model girlfriend"],
                &["Wood new model", "Ronnie Wood new model", "arrived"],
            ),
            (
                "He met Chinese President Xi Jinping and President Clinton.",
                &["Xi Jinping", "Clinton"],
                &["Chinese President Xi", "President", "President Clinton"],
            ),
            (
                "It was U.S. Secretary of State Antony Blinken who spoke.",
                &["Antony Blinken"],
                &["State Antony Blinken", "Secretary of State Antony Blinken"],
            ),
            (
                "The network learns abstract rules; the method proposed works.",
                &["abstract rules", "method"],
                &["network learns", "method proposed", "proposed"],
            ),
            (
                "Noting China's growth, the largest economies met 3 times in 2021.",
                &["China", "largest economies", "growth"],
                &["Noting China", "largest", "2021"],
            ),
            (
                "Michelle Obama wearing a gown, and soldiers opened fire on U.S.-China ties.",
                &[
                    "Michelle Obama",
                    "gown",
                    "soldiers",
                    "fire",
                    "U.S.-China ties",
                ],
                &[
                    "Michelle Obama wearing",
                    "soldiers opened fire",
                    "U.S.-China",
                ],
            ),
            // A noun phrase never starts or ends on a verb.
            (
                "The union plans a strike at the port. Smoke rises and polls close early.",
                &["union", "strike", "port", "Smoke"],
                &[
                    "union plans",
                    "plans",
                    "Smoke rises",
                    "rises",
                    "polls close",
                    "close",
                ],
            ),
            (
                "Judge Ann Cole and Prime Minister Lena Hart met Dame Ruth Ames.",
                &["Ann Cole", "Lena Hart", "Ruth Ames"],
                &[
                    "Judge Ann Cole",
                    "Judge Ann",
                    "Minister Lena",
                    "Prime",
                    "Dame Ruth",
                ],
            ),
            (
                "Pavel Ivanovich Orlov spoke, and M. Waugh batted.",
                &["Pavel Ivanovich Orlov", "Waugh"],
                &["Orlov spoke", "Waugh batted"],
            ),
            // Clock words, Latin abbreviations, degree fragments and contractions are no
            // phrases, curly or straight.
            (
                "She earned a Ph.D. in Oslo at 9 a.m., e.g. with honours, i.e. early; they’ll \
                 stay, and they'll say we'd won but didn't.",
                &["Oslo", "honours"],
                &[
                    "Ph",
                    "Ph.D.",
                    "a.m.",
                    "e.g.",
                    "i.e.",
                    "they’ll",
                    "they'll",
                    "we'd",
                    "didn't",
                ],
            ),
            // A compass word belongs to the name after it.
            (
                "Results of South Korean games and of Northern Ireland came in.",
                &["Northern Ireland", "Results"],
                &["Results of South", "South", "Northern"],
            ),
            // Names that look like adjectives or participles by their ending are names.
            (
                "Fans in Portugal cheered the political deal, and Lebed flew to Montreal.",
                &["Portugal", "Lebed", "Montreal", "political deal"],
                &["political", "Portugal cheered"],
            ),
            // "Vienna-based" says where a body is; it is no part of the body's name.
            (
                "The Vienna-based Orvane Trust and knowledge-based systems grew.",
                &["Orvane Trust", "knowledge-based systems"],
                &["Vienna-based Orvane Trust", "Vienna-based"],
            ),
            (
                "Agents of the F.B.I. Paul Doe said the plan failed.",
                &["Paul Doe"],
                &["F.B.I. Paul", "F.B.I. Paul Doe"],
            ),
        ] {
            let got = candidates(text);
            for p in present {
                assert!(got.iter().any(|g| g == p), "{p:?} missing from {got:?}");
            }
            for a in absent {
                assert!(!got.iter().any(|g| g == a), "{a:?} in {got:?}");
            }
        }
    }

    #[test]
    fn variants_share_a_candidate() {
        let text =
            "Gun-control laws pass. New gun control law. The tb cases rose as TB case counts fell.";
        let doc = ingest::ingest(text, Format::Text, None);
        let en = Language::English;
        let c = collect(&doc, &segment::segment(&doc, en), en, &mut Stems::new(en));
        let count = |phrase: &str| {
            let stemmer = Language::English.stemmer().expect("English stems");
            c.find(phrase, &stemmer)
                .map(|i| c.list[i].occurrences.len())
        };
        assert_eq!(count("gun control law"), Some(2));
        assert_eq!(count("tb case"), Some(2));
        assert_eq!(count("gun control"), Some(2));
        assert_eq!(count("never seen"), None);
    }
}
