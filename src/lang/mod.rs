//! Language: word lists, word classes and a stemmer per supported language.
//!
//! The seam every stage asks: [`Language`] is the language an article is read in, and its
//! methods say what a word is (stopword, role, place...), how it stems and which of its
//! abbreviations and elisions the segmenter must know. English has its own rich lists
//! (`english.rs`); the other languages have a row of [`Rules`] each in `languages.rs`, which
//! only the `languages` feature compiles. Without it (the core wasm), and for languages
//! without rules ([`Language::Other`]), a language is read by statistics alone: no
//! stopwords, no stemming, never English lists.

mod detect;
mod english;
#[cfg(feature = "languages")]
mod languages;

pub use detect::{detect, language_of_tag};

use crate::hash::WordMap;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// A language the engine reads an article in. Adding one: an arm here, a row in
/// [`LANGUAGES`] and a row of rules in `languages.rs` with its stopword list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Arabic,
    Chinese,
    Danish,
    Dutch,
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Japanese,
    Korean,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
    /// A language abridge has no rules for (Polish, Persian...), or text too short or mixed
    /// to tell: statistics only.
    Other,
}

/// Every language with rules and its ISO 639-1 code, by code.
const LANGUAGES: [(Language, &str); 21] = [
    (Language::Arabic, "ar"),
    (Language::Danish, "da"),
    (Language::German, "de"),
    (Language::Greek, "el"),
    (Language::English, "en"),
    (Language::Spanish, "es"),
    (Language::Finnish, "fi"),
    (Language::French, "fr"),
    (Language::Hungarian, "hu"),
    (Language::Italian, "it"),
    (Language::Japanese, "ja"),
    (Language::Korean, "ko"),
    (Language::Dutch, "nl"),
    (Language::Norwegian, "no"),
    (Language::Portuguese, "pt"),
    (Language::Romanian, "ro"),
    (Language::Russian, "ru"),
    (Language::Swedish, "sv"),
    (Language::Tamil, "ta"),
    (Language::Turkish, "tr"),
    (Language::Chinese, "zh"),
];

const CODES: [&str; LANGUAGES.len()] = {
    let mut codes = [""; LANGUAGES.len()];
    let mut i = 0;
    while i < codes.len() {
        codes[i] = LANGUAGES[i].1;
        i += 1;
    }
    codes
};

/// What a language brings beyond its word classes: its stemmer, stopwords and the cues the
/// segmenter and the summary read. One row per language: English's in `english.rs` (in every
/// build), the others' in `languages.rs` (the `languages` feature). A row a language leaves
/// empty means the cue is not read in that language: no language gets another's cues.
pub(crate) struct Rules {
    /// The Snowball algorithm (rust-stemmers); `None`: words are their own stems.
    pub stemmer: Option<Algorithm>,
    /// Function words, lowercase, one a line, sorted by bytes (apostrophes written `'`);
    /// English's live in its merged lists instead (`english.rs`), so its row leaves it empty.
    pub stopwords: &'static str,
    /// Abbreviations that never end a sentence, lowercase, without their final dot
    /// ("nr", "z.b", "mme"): the word after them goes on the sentence.
    pub abbreviations: &'static [&'static str],
    /// Abbreviations that end a sentence only before a word that opens sentences or a
    /// bracket ("... Inc. The company"), written as `abbreviations`: eras ("v. chr", "a. c",
    /// "н. э"), "ee. uu", "etc", "inc".
    pub maybe_final: &'static [&'static str],
    /// A capital after one of `maybe_final` is as often a name as a new sentence ("Bros.
    /// Records"): only a word that opens sentences ends it there (as where nouns are
    /// capitalised); else any capital does ("700 a. C. Roma").
    pub names_after_abbreviations: bool,
    /// Lowercase words that open sentences far more often than they follow an
    /// abbreviation ("the", "they"): in caseless text the only sign of a boundary there.
    pub openers: &'static [&'static str],
    /// Capitalised words that open a sentence and are seldom capitalised inside one (unlike
    /// "May" or "I"), as written ("The", "However"): a caption without its end mark glued
    /// to the next sentence shows as one between two lowercase words.
    pub caption_openers: &'static [&'static str],
    /// Lowercase words that, capitalised, are a number sign, a name or a month more often
    /// than a sentence's first word ("no", "may", "will"): never where a run-on is cut.
    pub capitalised_inside: &'static [&'static str],
    /// How the language writes clock times with a dotted abbreviation ("5 p.m.").
    pub clock: Clock,
    /// A clitic "'s" is left out of the token: the English possessive ("China's" →
    /// "China"), German's genitive after a name, Dutch's plural ("euro's" → "euro").
    pub possessive_s: bool,
    /// Discourse connectives that open a sentence continuing the one before ("however"),
    /// lowercase, sorted: such a sentence never opens a summary without that one. Only
    /// contrastive, concessive and consequential ones: an additive opener ("also", "and",
    /// "moreover") adds a claim that stands alone, and listing those cost ROUGE in every
    /// language measured.
    pub connectives: &'static [&'static str],
    /// Personal and demonstrative pronouns that open a sentence referring back ("they"),
    /// lowercase, sorted: such a sentence needs an earlier one in the summary.
    pub pronouns: &'static [&'static str],
    /// Definite articles ("the"): a sentence opening on one before a word an earlier
    /// sentence introduced ("The study found") needs that sentence.
    pub definite_articles: &'static [&'static str],
    /// Lowercase words that open a clause as its subject or the article of one: after "p.m.
    /// Tomorrow" they say that the day word opens a new sentence.
    pub subjects: &'static [&'static str],
    /// Lowercase verbs that report speech: after a quotation they say that it belongs to the
    /// sentence ("'we won.' she said", "'why?' asked the mayor").
    pub speech_verbs: &'static [&'static str],
    /// Lowercase words that put a one-letter pronoun ("I") at the end of a sentence ("you
    /// and I.", "so do I."), where a name would put an initial ("by I. Smith").
    pub before_pronoun_i: &'static [&'static str],
    /// Words that, before a number, are a number sign ("No. 10"), lowercase without the dot;
    /// "n°" and "nº" are read in every language.
    pub number_signs: &'static [&'static str],
    /// Nouns are capitalised (German): a capital after a full stop says less.
    pub capitalised_nouns: bool,
    /// Greek: ";" is the question mark, a sentence end.
    pub question_semicolon: bool,
    /// Weekdays and months, lowercase, as written (Russian: the forms news uses): dates,
    /// never part of a keyphrase, as in English.
    pub dates: &'static [&'static str],
    /// Conjunctions written joined to the next word (Arabic و "and", ف "so"): such a
    /// word whose rest is a stopword is a stopword.
    pub proclitics: &'static [&'static str],
    /// Articles and prepositions elided before an apostrophe ("l" of "l'État", "dell" of
    /// "dell'anno"), lowercase: the token starts after the apostrophe.
    pub elisions: &'static [&'static str],
    /// Lowercase words inside names ("de" of "Banque de France", "von").
    pub name_links: &'static [&'static str],
    /// Titles and forms of address written before a name ("mme", "herr", "sr"), lowercase,
    /// without a final dot: never part of the name, evidence of a person.
    pub titles: &'static [&'static str],
    /// Endings of verb forms that are seldom a noun's (Portuguese preterite "-ou", Russian
    /// reflexive past "-лся", Korean "-했다"), lowercase, each with the fewest letters a word
    /// keeps before it: a word so ending ("inaugurou" of "Câmara Municipal do Porto
    /// inaugurou") is a verb form, which `verb_role` says what to do with; capitalised, it
    /// may still end a name. Three letters where endings are a few letters of an alphabet
    /// ("grou", a crane, is no preterite); none in Korean for endings written as whole
    /// syllables ("했다" "did" is a verb form by itself), two where an ending also closes
    /// short nouns ("한" of "발표한" "announced", not of "북한" "North Korea").
    #[cfg(feature = "languages")]
    pub verb_endings: &'static [(&'static str, usize)],
    /// Common nouns, lowercase, whose form ends as one of `verb_endings` does (Russian
    /// "правила" "rules", as "направила" "sent"): no verb forms.
    #[cfg(feature = "languages")]
    pub verb_like_nouns: &'static [&'static str],
    /// What a verb form is in a phrase: a `Modifier` where verb forms describe a noun
    /// inside a phrase or end a name; a `Break` in Korean, where a verb form before a noun
    /// is a clause ("출퇴근하는 시민" "citizens who commute").
    #[cfg(feature = "languages")]
    pub verb_role: Role,
    /// Particles and suffixes written joined to the word before them (Korean josa: "서울에서"
    /// "in Seoul", "정부는" topic, "학생들" plural), each with the fewest letters the word keeps
    /// before it, longest first: the first that fits is left out of the token, and the
    /// token ends its phrase there (a noun with its case particle closes its noun phrase).
    /// A particle that also ends common nouns ("도" of "제도", "의" of "회의") asks for more.
    #[cfg(feature = "languages")]
    pub particles: &'static [(&'static str, usize)],
    /// Lowercase letters readers write either way, each with what it is read as (Russian ё
    /// as е; the combining dot of Turkish "İ" lowercased as nothing): folded before stopword
    /// look-ups and stemming; the text and its offsets keep the letter as written.
    #[cfg(feature = "languages")]
    pub folds: &'static [(char, &'static str)],
    /// Endings of adverbs, as `verb_endings` (French "-amment", Spanish "-mente"): such a
    /// word breaks phrases, as English "-ly" adverbs do. Only endings no common noun has
    /// ("-ment" alone ends "gouvernement").
    #[cfg(feature = "languages")]
    pub adverb_endings: &'static [(&'static str, usize)],
    /// Lowercase auxiliaries, modals and particles a verb form follows (French "a" of "a
    /// inauguré", "doit", "ne", "se"): the lowercase word after one is a verb, in no
    /// keyphrase (as after English "to" and modals).
    #[cfg(feature = "languages")]
    pub auxiliaries: &'static [&'static str],
    /// Names take their case suffixes after an apostrophe (Turkish "Ankara'da"): the suffix
    /// is left out of the token, which ends its phrase there.
    #[cfg(feature = "languages")]
    pub suffix_apostrophe: bool,
    /// Case endings of common nouns that close their noun phrase, as `verb_endings`
    /// (Turkish locative and ablative: "belediyede", "sokaktan"): the word after a lowercase
    /// word so ending starts a new phrase. Capitalised words are left alone: names take
    /// their case after an apostrophe (`suffix_apostrophe`), and "Kanada" has no locative;
    /// a sentence's first word is read by its ending ("Belediyede").
    #[cfg(feature = "languages")]
    pub case_endings: &'static [(&'static str, usize)],
    /// Lowercase head words of the names of bodies, as names write them (Turkish
    /// "bakanlığı" of "Ulaştırma Bakanlığı", French "ministère"): a name holding one is an
    /// organisation's, never a person's.
    #[cfg(feature = "languages")]
    pub organizations: &'static [&'static str],
    /// Pronouns a verb carries after a hyphen, lowercase (French "a-t-il" with its
    /// euphonic t, "dit-elle"; Portuguese "tornou-se"): a word ending in one is a verb and
    /// its subject or object, a clause of its own, never in a keyphrase.
    #[cfg(feature = "languages")]
    pub enclitics: &'static [&'static str],
    /// Whether a word before a full stop is an initial, in a script whose letters are
    /// syllables (Tamil "கே." for K., "எஸ்." for S.): that stop ends no sentence.
    #[cfg(feature = "languages")]
    pub initial: Option<fn(&str) -> bool>,
    /// Whether ordinal numbers are written with a full stop ("am 3. Oktober", "der 2.
    /// Weltkrieg"): a short number and a full stop end a sentence only before a word that
    /// opens sentences.
    pub ordinal_dot: bool,
}

/// Abbreviations inside English names, which news in every language quotes ("St. Michael",
/// "Acme Inc.", "Martin Luther King Jr."): read in every language as a `maybe_final` of its
/// own, before a word that opens sentences only.
pub(crate) const NAME_ABBREVIATIONS: &[&str] = &["co", "corp", "inc", "jr", "ltd", "plc", "st"];

/// Clock times written with a dotted abbreviation: "9 a.m. Monday" goes on, "at 5 p.m.
/// Police said" is two sentences.
pub(crate) struct Clock {
    /// The abbreviations, lowercase without their final dot ("a.m", "p.m").
    pub marks: &'static [&'static str],
    /// Lowercase words that go on a time ("monday", "edt", "local").
    pub followers: &'static [&'static str],
    /// Prepositions that open a phrase of time ("at", "until"), lowercase: a sentence cannot
    /// be just one and the time ("At 5 a.m. Mr. Smith went").
    pub prepositions: &'static [&'static str],
}

/// The rules of a language read by statistics alone.
pub(crate) const NEUTRAL: Rules = Rules {
    stemmer: None,
    stopwords: "",
    abbreviations: &[],
    maybe_final: &[],
    names_after_abbreviations: false,
    openers: &[],
    caption_openers: &[],
    capitalised_inside: &[],
    clock: Clock {
        marks: &[],
        followers: &[],
        prepositions: &[],
    },
    possessive_s: false,
    connectives: &[],
    pronouns: &[],
    definite_articles: &[],
    subjects: &[],
    speech_verbs: &[],
    before_pronoun_i: &[],
    number_signs: &[],
    capitalised_nouns: false,
    question_semicolon: false,
    dates: &[],
    proclitics: &[],
    elisions: &[],
    name_links: &[],
    titles: &[],
    #[cfg(feature = "languages")]
    verb_endings: &[],
    #[cfg(feature = "languages")]
    verb_like_nouns: &[],
    #[cfg(feature = "languages")]
    verb_role: Role::Modifier,
    #[cfg(feature = "languages")]
    particles: &[],
    #[cfg(feature = "languages")]
    folds: &[],
    #[cfg(feature = "languages")]
    adverb_endings: &[],
    #[cfg(feature = "languages")]
    auxiliaries: &[],
    #[cfg(feature = "languages")]
    suffix_apostrophe: false,
    #[cfg(feature = "languages")]
    case_endings: &[],
    #[cfg(feature = "languages")]
    organizations: &[],
    #[cfg(feature = "languages")]
    enclitics: &[],
    #[cfg(feature = "languages")]
    initial: None,
    ordinal_dot: false,
};

/// How a word may take part in a keyphrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// Function words, common verbs, adverbs, dates: never inside a keyphrase.
    Break,
    /// "of", "de": inside a capitalised name only ("Bank of England").
    NameLink,
    /// Begins or continues a phrase but does not end one ("proposed method").
    Modifier,
    #[default]
    Content,
}

/// What the word lists say of one lowercase word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lexeme {
    pub role: Role,
    /// So common in any text that it says little about one ("year", "new").
    pub generic: bool,
    /// A title or office written before a name ("president", "spokesperson").
    pub title: bool,
    /// A country, state, region or city ("china"), or short for one ("u.s.").
    pub place: bool,
    /// A country ("china").
    pub country: bool,
    /// A nationality ("chinese").
    pub demonym: bool,
    /// A head word or acronym of organisations ("ministry", "nato").
    pub organization: bool,
    /// A common given name ("antony").
    pub first_name: bool,
    /// Ends place names ("province", "county").
    pub place_head: bool,
    /// Names a part of the place after it ("northern", "east").
    pub direction: bool,
    /// Ends names of events and prizes ("cup", "day").
    pub event: bool,
    /// The next word is a verb, not a noun: "to", modals, "not".
    pub precedes_verb: bool,
    /// A verb form by its ending alone (beyond English, `Rules::verb_endings`): capitalised
    /// inside a sentence it is a name's word ("Людмила", "Даниил").
    pub verb_form: bool,
    /// A place usually follows: "in", "at", "from".
    pub location: bool,
    /// Reports speech ("said"): a person or body stands next to it.
    pub speech: bool,
}

impl Language {
    /// The language of an ISO 639-1 code abridge has rules for.
    pub fn from_code(code: &str) -> Option<Language> {
        LANGUAGES.iter().find(|l| l.1 == code).map(|l| l.0)
    }

    /// The ISO 639-1 codes [`Language::from_code`] accepts, for the `language` option.
    pub const CODES: &'static [&'static str] = &CODES;

    /// The ISO 639-1 code; `"und"` (undetermined, BCP 47) for [`Language::Other`].
    pub fn code(self) -> &'static str {
        LANGUAGES
            .iter()
            .find(|l| l.0 == self)
            .map_or("und", |l| l.1)
    }

    /// Whether a lowercase word is a weekday or month (or a day word: "hier", "昨天") in a
    /// language beyond English that abridge reads: page chrome reads datelines before the
    /// article's language is known. Never, without the `languages` feature.
    pub(crate) fn is_any_date_word(lower: &str) -> bool {
        cfg!(feature = "languages")
            && LANGUAGES
                .iter()
                .any(|l| l.0 != Language::English && l.0.rules().dates.contains(&lower))
    }

    /// The language of `text` and the code to report: the detected language, or
    /// [`Language::Other`] reported `"und"` when the text is in an unlisted language or script,
    /// or too short or mixed to tell (no English rules without English evidence).
    pub fn detect(text: &str) -> (Language, &'static str) {
        match detect(text) {
            Some(code) => (Language::from_code(code).unwrap_or(Language::Other), code),
            None => (Language::Other, "und"),
        }
    }

    /// The rules of the language: English's row in every build; the others' from the
    /// `languages` feature's table, and without the feature the neutral rules.
    pub(crate) fn rules(self) -> &'static Rules {
        if self == Language::English {
            return &english::RULES;
        }
        #[cfg(feature = "languages")]
        if let Some(rules) = languages::rules(self) {
            return rules;
        }
        &NEUTRAL
    }

    /// Whether a lowercase word is a function word of this language.
    pub fn is_stopword(self, lower: &str) -> bool {
        match self {
            Language::English => english_flags(lower) & STOP != 0,
            _ => self.stopword_table().is_some_and(|t| {
                #[cfg(feature = "languages")]
                if let Some(folded) = self.fold(lower) {
                    return self.is_stopword(&folded);
                }
                if lower.contains('’') {
                    return t.contains_key(lower.replace('’', "'").as_str());
                }
                // "وقال" is "and" + "said": a function word behind a joined conjunction.
                t.contains_key(lower)
                    || self.rules().proclitics.iter().any(|p| {
                        lower
                            .strip_prefix(p)
                            .is_some_and(|rest| !rest.is_empty() && t.contains_key(rest))
                    })
            }),
        }
    }

    /// The stopwords of a language beyond English as a table, built on first use.
    fn stopword_table(self) -> Option<&'static WordMap<&'static str, u32>> {
        static TABLES: [OnceLock<WordMap<&'static str, u32>>; LANGUAGES.len()] =
            [const { OnceLock::new() }; LANGUAGES.len()];
        let list = self.rules().stopwords;
        let i = LANGUAGES.iter().position(|l| l.0 == self)?;
        if list.is_empty() {
            return None;
        }
        Some(TABLES[i].get_or_init(|| list.split('\n').map(|w| (w, 0)).collect()))
    }

    /// A lowercase word with the row's `folds` applied, if it has any of their letters.
    #[cfg(feature = "languages")]
    fn fold(self, lower: &str) -> Option<String> {
        let folds = self.rules().folds;
        lower.contains(|c| folds.iter().any(|f| f.0 == c)).then(|| {
            let mut folded = String::with_capacity(lower.len());
            for c in lower.chars() {
                match folds.iter().find(|f| f.0 == c) {
                    Some(f) => folded.push_str(f.1),
                    None => folded.push(c),
                }
            }
            folded
        })
    }

    /// How a lowercase word may take part in a keyphrase.
    ///
    /// ```
    /// use abridge::lang::{Language, Role};
    /// let en = Language::English;
    /// assert_eq!(en.role("the"), Role::Break);
    /// assert_eq!(en.role("said"), Role::Break);
    /// assert_eq!(en.role("quickly"), Role::Break);
    /// assert_eq!(en.role("of"), Role::NameLink);
    /// assert_eq!(en.role("proposed"), Role::Modifier);
    /// assert_eq!(en.role("climate"), Role::Content);
    /// ```
    pub fn role(self, lower: &str) -> Role {
        self.lexeme(lower).role
    }

    /// Everything the word lists say of a lowercase word, in one look-up. Beyond English
    /// the role (stopwords, dates, abbreviations, verb forms and adverbs by their endings
    /// break phrases, name links join names, numbers modify), titles, heads of bodies' names,
    /// and auxiliaries as `precedes_verb`.
    pub fn lexeme(self, lower: &str) -> Lexeme {
        if self == Language::English {
            return english_lexeme(lower);
        }
        let role = if self.rules().name_links.contains(&lower) {
            Role::NameLink
        } else if self.is_stopword(lower) || self.rules().dates.contains(&lower) {
            Role::Break
        } else if lower.starts_with(|c: char| c.is_numeric()) {
            Role::Modifier
        } else {
            Role::Content
        };
        #[cfg(feature = "languages")]
        let verb_form = role == Role::Content
            && ends_with_any(lower, self.rules().verb_endings)
            && !self.rules().verb_like_nouns.contains(&lower);
        #[cfg(feature = "languages")]
        let role = if role != Role::Content {
            role
        } else if lower
            .rsplit_once(['-', '‐', '‑'])
            .is_some_and(|(verb, pronoun)| {
                !verb.is_empty() && self.rules().enclitics.contains(&pronoun)
            })
            || ends_with_any(lower, self.rules().adverb_endings)
            || self.is_abbreviation(lower)
        {
            Role::Break
        } else if verb_form {
            self.rules().verb_role
        } else {
            role
        };
        Lexeme {
            role,
            title: self.rules().titles.contains(&lower.trim_end_matches('.')),
            // "ولم" is "and" + "did not".
            #[cfg(feature = "languages")]
            precedes_verb: self.rules().auxiliaries.contains(&lower)
                || self.rules().proclitics.iter().any(|p| {
                    lower
                        .strip_prefix(p)
                        .is_some_and(|rest| self.rules().auxiliaries.contains(&rest))
                }),
            #[cfg(feature = "languages")]
            verb_form,
            #[cfg(feature = "languages")]
            organization: self.rules().organizations.contains(&lower),
            ..Lexeme::default()
        }
    }

    /// Whether a lowercase word is one of the row's abbreviations other than a title ("ca",
    /// "esim", "o.a."), or a part of one the tokenizer cuts at its dots ("bl" of "bl.a.",
    /// "eks" of "f.eks."): an adverb or a unit, which ends no phrase (its dot cuts the
    /// phrase after it). Only the rows of the `languages` feature list such abbreviations.
    #[cfg(feature = "languages")]
    fn is_abbreviation(self, lower: &str) -> bool {
        let rules = self.rules();
        let bare = lower.trim_end_matches('.');
        !bare.is_empty()
            && !rules.titles.contains(&bare)
            && rules
                .abbreviations
                .iter()
                .chain(rules.maybe_final)
                .any(|a| *a == bare || a.split(['.', ' ']).any(|part| part == bare))
    }

    /// The length in bytes of `word` without the particle joined to its end (Korean
    /// "서울에서" → "서울", "학생들은" → "학생"): the first of the row's `particles` (longest
    /// first) that leaves the word at least its letters; a verb form keeps its ending
    /// ("하는" is no "하" and topic "는"); in a language of `suffix_apostrophe`, the word up
    /// to its apostrophe ("Ankara'da" → "Ankara"). The whole length in languages without
    /// either and in the core build.
    pub(crate) fn without_particle(self, word: &str) -> usize {
        #[cfg(feature = "languages")]
        {
            if self.rules().suffix_apostrophe {
                if let Some(at) = word.find(['\'', '’']).filter(|&at| at > 0) {
                    return at;
                }
            }
            let particles = self.rules().particles;
            if !particles.is_empty() && !ends_with_any(word, self.rules().verb_endings) {
                if let Some(len) = particles.iter().find_map(|&(particle, least)| {
                    let rest = word.strip_suffix(particle)?;
                    let least = least.max(1);
                    (rest.chars().take(least).count() == least).then_some(rest.len())
                }) {
                    return len;
                }
            }
        }
        word.len()
    }

    /// Whether `word` (as written; `initial`: opening its sentence) closes its noun phrase
    /// by its case ending (Turkish "belediyede", not "Kanada": see `Rules::case_endings`);
    /// never in the core build.
    pub(crate) fn closes_phrase(self, word: &str, initial: bool) -> bool {
        #[cfg(feature = "languages")]
        {
            let endings = self.rules().case_endings;
            if endings.is_empty() || !(initial || word.starts_with(char::is_lowercase)) {
                return false;
            }
            let mut lower = String::with_capacity(word.len());
            lower.extend(word.chars().flat_map(char::to_lowercase));
            ends_with_any(&lower, endings)
        }
        #[cfg(not(feature = "languages"))]
        {
            let _ = (self, word, initial);
            false
        }
    }

    /// Whether a lowercase name ("china", "hong kong", "u.s.") is a known place: the
    /// gazetteer's English names, read for English and for text whose language is not
    /// told (a results table of names: "Pakistan", "Australia" are spelt so in most
    /// languages written in Latin letters).
    pub fn is_place(self, lower: &str) -> bool {
        matches!(self, Language::English | Language::Other)
            && (english_flags(lower) & PLACE != 0
                || Language::English
                    .expand_alias(lower)
                    .is_some_and(|full| english_flags(full) & PLACE != 0))
    }

    /// The usual full name of an abbreviated place or body ("u.s." → "united states").
    pub fn expand_alias(self, lower: &str) -> Option<&'static str> {
        match self {
            Language::English => english::ALIASES
                .iter()
                .find(|(short, _)| *short == lower)
                .map(|&(_, full)| full),
            _ => None,
        }
    }

    /// The Snowball stemmer of this language, if it has one.
    pub fn stemmer(self) -> Option<Stemmer> {
        self.rules().stemmer.map(Stemmer::create)
    }

    /// Whether `word` (as written) usually starts a sentence: a capitalised function word.
    /// Used to tell "the U.S. The talks" from "the U.S. Secretary".
    pub(crate) fn is_sentence_starter(self, word: &str) -> bool {
        word.chars().next().is_some_and(char::is_uppercase)
            && self.is_stopword(&word.to_lowercase())
    }
}

// The lists a word is on, as bits.
const STOP: u16 = 1;
const BREAK: u16 = 1 << 1;
const GENERIC: u16 = 1 << 2;
const ADJECTIVE: u16 = 1 << 3;
const VERB: u16 = 1 << 4;
const NOUN: u16 = 1 << 5;
const TITLE: u16 = 1 << 6;
const PLACE: u16 = 1 << 7;
const DEMONYM: u16 = 1 << 8;
const ORGANIZATION: u16 = 1 << 9;
const FIRST_NAME: u16 = 1 << 10;
const PLACE_HEAD: u16 = 1 << 11;
const EVENT: u16 = 1 << 12;
const COUNTRY: u16 = 1 << 13;
const DIRECTION: u16 = 1 << 14;

/// The English lists as one table of words and the lists they are on, built on first use by
/// merging the sorted lists: one hash look-up per word instead of a binary search per list.
fn english_flags(lower: &str) -> u16 {
    // u32, not u16, values: the same map type as language detection's, so the wasm carries
    // one copy of its code.
    static TABLE: OnceLock<WordMap<&'static str, u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        merge(&[
            (english::STOPWORDS, STOP),
            (english::BREAKS, BREAK),
            (english::GENERIC, GENERIC),
            (english::ADJECTIVES, ADJECTIVE | GENERIC),
            (english::VERBS, VERB),
            (english::LEXICON_VERBS, VERB),
            (english::NOUN_EXCEPTIONS, NOUN),
            (english::TITLES, TITLE),
            (english::PLACES, PLACE),
            (english::GAZETTEER, PLACE),
            (english::COUNTRIES, PLACE | COUNTRY),
            (english::DEMONYMS, DEMONYM),
            (english::ORGANIZATIONS, ORGANIZATION),
            (english::FIRST_NAMES, FIRST_NAME),
            (english::PLACE_HEADS, PLACE_HEAD),
            (english::EVENTS, EVENT),
            (english::DIRECTIONS, DIRECTION),
        ])
        .into_iter()
        .map(|(w, flags)| (w, u32::from(flags)))
        .collect()
    });
    table.get(lower).map_or(0, |&flags| flags as u16)
}

/// Sorted one-word-a-line lists → one sorted table, each word once with all its bits.
fn merge(lists: &[(&'static str, u16)]) -> Vec<(&'static str, u16)> {
    let mut heads: Vec<(std::str::Split<'static, char>, Option<&'static str>, u16)> = lists
        .iter()
        .map(|&(list, bit)| {
            let mut lines = list.split('\n');
            let first = lines.next();
            (lines, first, bit)
        })
        .collect();
    let mut table = Vec::with_capacity(lists.iter().map(|(l, _)| l.len() / 6).sum());
    while let Some(least) = heads.iter().filter_map(|h| h.1).min() {
        let mut bits = 0;
        for (lines, head, bit) in &mut heads {
            if *head == Some(least) {
                bits |= *bit;
                *head = lines.next();
            }
        }
        table.push((least, bits));
    }
    table
}

fn english_lexeme(lower: &str) -> Lexeme {
    let flags = english_flags(lower);
    // What an abbreviation stands for counts as the name itself ("u.s.").
    let named = flags
        | english::ALIASES
            .iter()
            .find(|&&(short, _)| short == lower)
            .map_or(0, |&(_, full)| english_flags(full));
    let place = named & PLACE != 0;
    Lexeme {
        role: english_role(lower, flags),
        // A title alone ("the president") names no one in particular.
        generic: flags & (GENERIC | TITLE) != 0,
        title: flags & TITLE != 0,
        place,
        country: named & COUNTRY != 0,
        demonym: flags & DEMONYM != 0,
        organization: flags & ORGANIZATION != 0,
        first_name: flags & FIRST_NAME != 0,
        place_head: flags & PLACE_HEAD != 0,
        direction: flags & DIRECTION != 0,
        event: flags & EVENT != 0,
        precedes_verb: matches!(
            lower,
            "to" | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "shall"
                | "cannot"
                | "not"
                | "don't"
                | "doesn't"
                | "didn't"
                | "won't"
                | "can't"
                | "wouldn't"
                | "couldn't"
                | "shouldn't"
        ),
        location: matches!(lower, "in" | "at" | "from" | "near" | "to"),
        speech: matches!(lower, "said" | "says" | "told" | "asked" | "added"),
        verb_form: false,
    }
}

fn english_role(lower: &str, flags: u16) -> Role {
    const NAME_LINKS: [&str; 7] = ["al", "da", "de", "del", "der", "of", "von"];
    if NAME_LINKS.contains(&lower) {
        return Role::NameLink;
    }
    if flags & (STOP | BREAK | VERB) != 0 || is_verb_form(lower) || is_contraction(lower) {
        return Role::Break;
    }
    // "U.S.-China relations": a pair of places describes.
    let placeish = |w: &str| {
        english_flags(w) & (PLACE | DEMONYM) != 0 || Language::English.expand_alias(w).is_some()
    };
    if flags & (ADJECTIVE | DEMONYM) != 0
        || lower.starts_with(|c: char| c.is_ascii_digit())
        || lower.contains('-') && lower.split('-').all(placeish)
    {
        return Role::Modifier;
    }
    let letters = lower.chars().count();
    // "-ly" adverbs ("recently"), minus the nouns and adjectives that end so.
    const LY_KEPT: &str = "anomaly\nassembly\nbelly\nbully\nbutterfly\ndaily\ndeadly\nelderly\n\
        family\nfriendly\nitaly\njelly\nmonopoly\nmonthly\nquarterly\nrally\nsupply\nweekly\nyearly";
    if letters > 4 && lower.ends_with("ly") && !lower.contains('-') && !in_list(LY_KEPT, lower) {
        return Role::Break;
    }
    // Adjective endings: describing words, not the thing a phrase names.
    const ADJECTIVE_ENDINGS: [&str; 9] = [
        "al", "ic", "ous", "ive", "ful", "less", "able", "ible", "est",
    ];
    if letters > 4
        && ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e))
        && !lower.contains('-')
        && flags & NOUN == 0
    {
        return Role::Modifier;
    }
    // Past participles describe ("proposed method") but rarely end a keyphrase: a noun
    // followed by one is a clause ("the method proposed").
    if letters > 4 && lower.ends_with("ed") && !lower.ends_with("eed") {
        return Role::Modifier;
    }
    Role::Content
}

/// A stemmer that stems each distinct word once per document, however many stages ask:
/// stemming is the costliest step per word.
pub(crate) struct Stems {
    /// `None`: a language without a stemmer, whose words are their own stems.
    stemmer: Option<Stemmer>,
    /// Whose letter folds apply before stemming.
    #[cfg(feature = "languages")]
    lang: Language,
    /// A word → the index of its stem in `stems`: the same map type as the vocabularies',
    /// so the wasm carries one copy of its code.
    memo: WordMap<Box<str>, u32>,
    stems: Vec<Box<str>>,
}

impl Stems {
    pub fn new(lang: Language) -> Stems {
        Stems {
            stemmer: lang.stemmer(),
            #[cfg(feature = "languages")]
            lang,
            memo: WordMap::default(),
            stems: Vec::new(),
        }
    }

    /// The stem of a lowercase word.
    pub fn get(&mut self, lower: &str) -> &str {
        let id = match self.memo.get(lower) {
            Some(&id) => id,
            None => {
                let id = self.stems.len() as u32;
                #[cfg(feature = "languages")]
                let folded = self.lang.fold(lower);
                #[cfg(feature = "languages")]
                let word = folded.as_deref().unwrap_or(lower);
                #[cfg(not(feature = "languages"))]
                let word = lower;
                self.stems.push(match &self.stemmer {
                    Some(stemmer) => stemmer.stem(word).into(),
                    None => word.into(),
                });
                self.memo.insert(lower.into(), id);
                id
            }
        };
        &self.stems[id as usize]
    }
}

/// "they’ll", "didn't", "we'd": a pronoun or verb with a clitic, straight or curly.
fn is_contraction(lower: &str) -> bool {
    let Some((_, clitic)) = lower.rsplit_once(['\'', '’']) else {
        return false;
    };
    matches!(clitic, "ll" | "re" | "ve" | "d" | "m" | "t")
        || lower.ends_with("n't")
        || lower.ends_with("n’t")
}

/// The third person of a verb in [`english::VERBS`] ("manages", "pushes", "tries").
fn is_verb_form(lower: &str) -> bool {
    let verb = |w: &str| english_flags(w) & VERB != 0;
    let Some(base) = lower.strip_suffix('s') else {
        return false;
    };
    if verb(base) {
        return true;
    }
    if let Some(stem) = base.strip_suffix("ie") {
        return verb(&format!("{stem}y"));
    }
    base.strip_suffix('e').is_some_and(verb)
}

/// Whether a lowercase word ends in one of `endings` and keeps at least that ending's
/// number of letters before it.
#[cfg(feature = "languages")]
fn ends_with_any(lower: &str, endings: &[(&str, usize)]) -> bool {
    endings.iter().any(|&(ending, least)| {
        lower
            .strip_suffix(ending)
            .is_some_and(|stem| stem.chars().take(least).count() == least)
    })
}

/// Whether `word` is a line of `list`, a sorted string of one word a line.
fn in_list(list: &str, word: &str) -> bool {
    list.split('\n').any(|w| w == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: [&str; 17] = [
        english::STOPWORDS,
        english::BREAKS,
        english::GENERIC,
        english::ADJECTIVES,
        english::VERBS,
        english::LEXICON_VERBS,
        english::NOUN_EXCEPTIONS,
        english::TITLES,
        english::PLACES,
        english::GAZETTEER,
        english::COUNTRIES,
        english::DEMONYMS,
        english::ORGANIZATIONS,
        english::FIRST_NAMES,
        english::PLACE_HEADS,
        english::EVENTS,
        english::DIRECTIONS,
    ];

    #[test]
    fn word_lists_are_sorted_lowercase_lines() {
        for list in LISTS {
            let words: Vec<&str> = list.split('\n').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{:?}", &words[..3]);
            assert!(words
                .iter()
                .all(|w| !w.is_empty() && *w == w.to_lowercase().trim()));
            assert!(words.iter().all(|w| !w.contains("  ")));
        }
    }

    #[test]
    fn every_listed_word_is_found() {
        for list in LISTS {
            for w in list.split('\n') {
                assert_ne!(english_flags(w), 0, "{w}");
            }
        }
        for absent in ["", "zzz", "climat", "the the"] {
            assert_eq!(english_flags(absent), 0, "{absent}");
        }
        let merged = merge(&[("a\nc", 1), ("b\nc", 2), ("", 4)]);
        assert_eq!(merged, [("", 4), ("a", 1), ("b", 2), ("c", 3)]);
    }

    #[test]
    fn roles() {
        let en = Language::English;
        for (word, role) in [
            ("and", Role::Break),
            ("says", Role::Break),
            ("yesterday", Role::Break),
            ("recently", Role::Break),
            ("family", Role::Content),
            ("weekly", Role::Content),
            ("de", Role::NameLink),
            ("distributed", Role::Modifier),
            ("seed", Role::Content),
            ("gun-control", Role::Content),
            ("well-armed", Role::Modifier),
            ("talks", Role::Content),
            ("change", Role::Content),
            ("new", Role::Modifier),
            ("manages", Role::Break),
            ("pushes", Role::Break),
            ("tries", Role::Break),
            ("reduce", Role::Break),
            ("reduction", Role::Content),
            ("three", Role::Break),
            ("legal", Role::Modifier),
            ("magnetic", Role::Modifier),
            ("signal", Role::Content),
            ("epidemic", Role::Content),
            ("largest", Role::Modifier),
            ("interest", Role::Content),
            ("alongside", Role::Break),
            ("chinese", Role::Modifier),
            ("u.s.-china", Role::Modifier),
            ("sino-japanese", Role::Content),
            ("36-year-old", Role::Modifier),
            ("they’ll", Role::Break),
            ("didn't", Role::Break),
            ("couldn’t", Role::Break),
            ("we'd", Role::Break),
            ("o'brien", Role::Content),
            ("a.m.", Role::Break),
            ("e.g.", Role::Break),
            ("rises", Role::Break),
        ] {
            assert_eq!(en.role(word), role, "{word}");
        }
    }

    #[test]
    fn lexemes() {
        let en = Language::English;
        let l = en.lexeme("year");
        assert!(l.generic && !l.place && l.role == Role::Content);
        assert!(en.lexeme("new").generic);
        assert!(!en.lexeme("tuberculosis").generic);
        assert!(en.lexeme("china").place && en.lexeme("china").country);
        assert!(en.lexeme("nairobi").place && !en.lexeme("nairobi").country);
        assert!(en.lexeme("u.s.").place && en.lexeme("u.s.").country);
        assert!(en.lexeme("chinese").demonym);
        assert!(en.lexeme("president").title);
        assert!(en.lexeme("ministry").organization);
        assert!(en.lexeme("antony").first_name);
        assert!(en.lexeme("province").place_head);
        assert!(en.lexeme("northern").direction && !en.lexeme("north korea").direction);
        assert!(en.lexeme("to").precedes_verb);
        assert!(en.lexeme("in").location);
        assert!(en.lexeme("said").speech);
        assert_eq!(en.lexeme("zorblax"), Lexeme::default());
        assert!(en.is_place("hong kong") && en.is_place("usa") && !en.is_place("hong"));
        assert_eq!(en.expand_alias("u.k."), Some("united kingdom"));
        assert!(en.is_stopword("the") && !en.is_stopword("china"));
    }

    #[test]
    fn cue_lists_of_every_row_are_sorted_lowercase() {
        // The summary looks connectives and pronouns up by binary search.
        for lang in LANGUAGES.iter().map(|l| l.0).chain([Language::Other]) {
            let rules = lang.rules();
            for list in [rules.connectives, rules.pronouns] {
                assert!(list.windows(2).all(|w| w[0] < w[1]), "{lang:?}");
            }
            let lowercase = [
                rules.abbreviations,
                rules.maybe_final,
                rules.openers,
                rules.capitalised_inside,
                rules.clock.marks,
                rules.clock.followers,
                rules.clock.prepositions,
                rules.connectives,
                rules.pronouns,
                rules.definite_articles,
                rules.subjects,
                rules.speech_verbs,
                rules.before_pronoun_i,
                rules.number_signs,
            ];
            for w in lowercase.into_iter().flatten() {
                assert_eq!(*w, w.to_lowercase(), "{lang:?}");
            }
        }
    }

    #[test]
    fn english_cues_are_english_only() {
        // English's row carries its cues; a language without rules gets none of them.
        let en = Language::English.rules();
        assert!(en.abbreviations.contains(&"mr") && en.clock.marks.contains(&"p.m"));
        assert!(en.connectives.contains(&"however") && en.possessive_s);
        let other = Language::Other.rules();
        assert!(other.abbreviations.is_empty() && other.clock.marks.is_empty());
        assert!(other.connectives.is_empty() && other.caption_openers.is_empty());
        assert!(!other.possessive_s);
    }

    #[test]
    fn sentence_starters() {
        let en = Language::English;
        assert!(en.is_sentence_starter("The"));
        assert!(!en.is_sentence_starter("the"));
        assert!(!en.is_sentence_starter("Secretary"));
        assert!(!Language::Other.is_sentence_starter("The"));
    }

    #[test]
    fn english_rules_need_english_evidence() {
        // Blank text, a headline, a tie between French and Spanish: undetermined, read
        // without English lists.
        for text in [
            "",
            " \n\t ",
            "12:30 — 4/5 !!",
            "Budget approved",
            "Le chef de la gare a dit que le petit de Madrid le savait depuis longtemps.",
        ] {
            assert_eq!(Language::detect(text), (Language::Other, "und"), "{text:?}");
        }
        let english = "The mayor said that the council would vote on the budget in the spring, \
            after the last of the public hearings.";
        assert_eq!(Language::detect(english), (Language::English, "en"));
    }

    #[test]
    fn codes() {
        for &code in Language::CODES {
            assert_eq!(Language::from_code(code).map(Language::code), Some(code));
        }
        assert_eq!(Language::from_code("pl"), None);
        assert_eq!(Language::Other.code(), "und");
    }

    #[test]
    fn languages_without_rules_are_neutral() {
        // Statistics only: no English list answers for them, no stemmer changes a word.
        let other = Language::Other;
        for word in ["the", "of", "said", "climate"] {
            assert_eq!(other.role(word), Role::Content, "{word}");
            assert!(!other.is_stopword(word));
        }
        assert!(other.stemmer().is_none());
        let mut stems = Stems::new(other);
        assert_eq!(stems.get("running"), "running");
        // Place names are names, not words of English: a table of results whose language
        // is not told still has its countries.
        assert!(other.is_place("pakistan") && other.is_place("u.s."));
        assert!(!other.is_place("the"));
    }

    /// The core build knows every language's code but reads it by statistics alone.
    #[cfg(not(feature = "languages"))]
    #[test]
    fn without_the_languages_feature_other_languages_are_neutral() {
        for code in ["fr", "de", "ru", "ar", "zh"] {
            let lang = Language::from_code(code).unwrap();
            assert!(
                !lang.is_stopword("les") && !lang.is_stopword("und") && !lang.is_stopword("the")
            );
            assert!(lang.stemmer().is_none(), "{code}");
            assert!(lang.rules().abbreviations.is_empty(), "{code}");
        }
        assert!(Language::English.is_stopword("the") && Language::English.stemmer().is_some());
    }
}
