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

    pub fn stemmer(self) -> Stemmer {
        Stemmer::create(match self {
            Language::English => Algorithm::English,
        })
    }
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
    fn sentence_starters() {
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("Secretary"));
    }
}
