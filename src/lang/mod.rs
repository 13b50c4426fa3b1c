//! Language: stopwords and a stemmer per supported language.

mod english;

use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;

/// A language the engine knows the stopwords and stemmer of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    English,
}

impl Language {
    pub fn from_code(code: &str) -> Option<Language> {
        match code {
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// The codes accepted by the `language` option, for error messages.
    pub fn supported_codes() -> &'static str {
        "\"en\""
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }

    /// Picks the language of `text`. Only English is supported so far, so this is English.
    pub fn detect(_text: &str) -> Language {
        Language::English
    }

    /// Whether a lowercase word is a function word of this language.
    pub fn is_stopword(self, lower: &str) -> bool {
        match self {
            Language::English => english::STOPWORDS.binary_search(&lower).is_ok(),
        }
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
        match self {
            Language::English => english_role(lower),
        }
    }

    /// Whether a lowercase word is so common in any text that it says little about one.
    pub fn is_generic(self, lower: &str) -> bool {
        match self {
            Language::English => {
                in_list(english::GENERIC, lower) || in_list(english::ADJECTIVES, lower)
            }
        }
    }

    /// Whether a lowercase word is a title or office written before a name ("president").
    pub fn is_title(self, lower: &str) -> bool {
        match self {
            Language::English => in_list(english::TITLES, lower),
        }
    }

    /// Whether a lowercase name ("china", "hong kong") is a known country, state, region or city.
    pub fn is_place(self, lower: &str) -> bool {
        match self {
            Language::English => in_list(english::PLACES, lower),
        }
    }

    /// Whether a lowercase word ends place names ("province", "county").
    pub fn is_place_head(self, lower: &str) -> bool {
        match self {
            Language::English => in_list(english::PLACE_HEADS, lower),
        }
    }

    /// Whether a lowercase word is a head word or acronym of organisations ("ministry", "nato").
    pub fn is_organization_word(self, lower: &str) -> bool {
        match self {
            Language::English => in_list(english::ORGANIZATIONS, lower),
        }
    }

    /// Whether a lowercase word is a common given name ("antony").
    pub fn is_first_name(self, lower: &str) -> bool {
        match self {
            Language::English => in_list(english::FIRST_NAMES, lower),
        }
    }

    /// Whether a lowercase word is a nationality adjective ("chinese").
    pub fn is_demonym(self, lower: &str) -> bool {
        match self {
            Language::English => in_list(english::DEMONYMS, lower),
        }
    }

    /// The usual full name of an abbreviated place or body ("u.s." → "united states").
    pub fn expand_alias(self, lower: &str) -> Option<&'static str> {
        match self {
            Language::English => english::ALIASES
                .iter()
                .find(|(short, _)| *short == lower)
                .map(|&(_, full)| full),
        }
    }

    /// Whether the word after this one is a verb, not a noun: "to", modals, "not".
    pub fn precedes_verb(self, lower: &str) -> bool {
        match self {
            Language::English => matches!(
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
        }
    }

    /// Whether a place usually follows this lowercase word ("in", "at", "from").
    pub fn is_location_preposition(self, lower: &str) -> bool {
        match self {
            Language::English => matches!(lower, "in" | "at" | "from" | "near" | "to"),
        }
    }

    /// Whether a lowercase word reports speech ("said"): a person or body stands next to it.
    pub fn is_speech_verb(self, lower: &str) -> bool {
        match self {
            Language::English => matches!(lower, "said" | "says" | "told" | "asked" | "added"),
        }
    }

    pub fn stemmer(self) -> Stemmer {
        Stemmer::create(match self {
            Language::English => Algorithm::English,
        })
    }
}

/// How a word may take part in a keyphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Function words, common verbs, adverbs, dates: never inside a keyphrase.
    Break,
    /// "of", "de": inside a capitalised name only ("Bank of England").
    NameLink,
    /// Begins or continues a phrase but does not end one ("proposed method").
    Modifier,
    Content,
}

fn english_role(lower: &str) -> Role {
    const NAME_LINKS: [&str; 7] = ["al", "da", "de", "del", "der", "of", "von"];
    if NAME_LINKS.contains(&lower) {
        return Role::NameLink;
    }
    if english::STOPWORDS.binary_search(&lower).is_ok()
        || in_list(english::BREAKS, lower)
        || is_verb(lower)
    {
        return Role::Break;
    }
    // "U.S.-China relations": a pair of places describes.
    let placeish = |w: &str| {
        in_list(english::PLACES, w)
            || in_list(english::DEMONYMS, w)
            || Language::English.expand_alias(w).is_some()
    };
    if lower.contains('-') && lower.split('-').all(placeish) {
        return Role::Modifier;
    }
    if in_list(english::ADJECTIVES, lower)
        || in_list(english::DEMONYMS, lower)
        || lower.starts_with(|c: char| c.is_ascii_digit())
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
        && !in_list(english::NOUN_EXCEPTIONS, lower)
    {
        return Role::Modifier;
    }
    // Past participles describe ("proposed method") but rarely end a keyphrase: a noun
    // followed by one is a clause ("the method proposed").
    if letters > 4 && lower.ends_with("ed") && !lower.ends_with("eed") && !lower.contains('-') {
        return Role::Modifier;
    }
    Role::Content
}

/// A base form in [`english::VERBS`] or its third person ("manages", "pushes", "tries").
fn is_verb(lower: &str) -> bool {
    if in_list(english::VERBS, lower) {
        return true;
    }
    let Some(base) = lower.strip_suffix('s') else {
        return false;
    };
    if in_list(english::VERBS, base) {
        return true;
    }
    if let Some(base) = base.strip_suffix("ie") {
        return in_list(english::VERBS, &format!("{base}y"));
    }
    base.strip_suffix('e')
        .is_some_and(|base| in_list(english::VERBS, base))
}

/// Whether `word` is a line of `list`, a sorted string of one word a line: a binary search
/// over bytes, so a word list costs its letters and nothing more.
fn in_list(list: &str, word: &str) -> bool {
    let bytes = list.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line holding `mid`.
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[mid..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| mid + i);
        match list[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Stems with a reused stemmer; a helper so callers do not juggle `Cow`s.
pub fn stem<'a>(stemmer: &Stemmer, lower: &'a str) -> Cow<'a, str> {
    stemmer.stem(lower)
}

/// Whether `word` (as written) usually starts a sentence: a capitalised function word.
/// Used to tell "the U.S. The talks" from "the U.S. Secretary".
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && english::STOPWORDS
            .binary_search(&word.to_lowercase().as_str())
            .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_list_is_sorted_and_lowercase() {
        let list = english::STOPWORDS;
        assert!(
            list.windows(2).all(|w| w[0] < w[1]),
            "STOPWORDS must be sorted and unique"
        );
        assert!(list.iter().all(|w| *w == w.to_lowercase()));
        assert!(Language::English.is_stopword("the"));
        assert!(!Language::English.is_stopword("china"));
    }

    #[test]
    fn word_lists_are_sorted_lowercase_lines() {
        for list in [
            english::BREAKS,
            english::GENERIC,
            english::ADJECTIVES,
            english::VERBS,
            english::NOUN_EXCEPTIONS,
            english::TITLES,
            english::PLACES,
            english::DEMONYMS,
            english::ORGANIZATIONS,
            english::FIRST_NAMES,
            english::PLACE_HEADS,
        ] {
            let words: Vec<&str> = list.split('\n').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{:?}", &words[..3]);
            assert!(words
                .iter()
                .all(|w| !w.is_empty() && *w == w.to_lowercase().trim()));
            assert!(words.iter().all(|w| !w.contains("  ")));
            // Every line is found, and nothing between lines is.
            for w in &words {
                assert!(in_list(list, w), "{w}");
                assert!(!in_list(list, &format!("{w}x")) || words.contains(&&*format!("{w}x")));
            }
        }
        assert!(!in_list("", "a"));
        assert!(!in_list(english::BREAKS, ""));
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
            ("well-armed", Role::Content),
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
            ("u.s.-china", Role::Modifier),
            ("sino-japanese", Role::Content),
            ("36-year-old", Role::Modifier),
        ] {
            assert_eq!(en.role(word), role, "{word}");
        }
        assert!(en.is_generic("year"));
        assert!(!en.is_generic("tuberculosis"));
    }

    #[test]
    fn sentence_starters() {
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("Secretary"));
    }
}
