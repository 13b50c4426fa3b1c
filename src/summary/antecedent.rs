//! Which earlier sentence a sentence leans on, so that a summary never opens on "However,
//! …", a bare "He …" or "The report found …" without what it refers to. The cues are the
//! sentence's first word (centering-style local coherence), in the language's own words
//! (its `Rules`: connectives, pronouns, definite articles; a language without them has no
//! such cue):
//!
//! - a discourse connective relates the sentence to the one just before: it needs that
//!   one ([`Lean::Previous`]);
//! - a personal or demonstrative pronoun refers to something introduced earlier, in news
//!   most often the lede's subject: it needs an earlier summary sentence, else the one
//!   before ([`Lean::Earlier`]);
//! - a definite article before a word that an earlier sentence introduced ("The study
//!   found", after "a study of sleep") needs an earlier summary sentence, else that one.

use super::words::SentenceWords;
use crate::document::Document;
use crate::lang::Language;
use crate::segment::Segments;

/// What a sentence needs before it in a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    /// Nothing: it can open a summary.
    None,
    /// The sentence just before (this index).
    Previous(usize),
    /// Some earlier summary sentence; failing that, this one.
    Earlier(usize),
}

/// For each sentence, what it leans on.
pub(crate) fn antecedents(
    doc: &Document,
    seg: &Segments,
    words: &SentenceWords,
    lang: Language,
) -> Vec<Lean> {
    let rules = lang.rules();
    let mut first_use = vec![usize::MAX; words.vocabulary];
    let mut out = Vec::with_capacity(seg.sentences.len());
    for (i, sentence) in seg.sentences.iter().enumerate() {
        let opener = seg.sentence_tokens(sentence).first().map(|t| {
            elided(&doc.text[sentence.start..t.start])
                .unwrap_or(&doc.text[t.start..t.end])
                .to_lowercase()
        });
        out.push(match opener.as_deref() {
            _ if i == 0 => Lean::None,
            Some(w) if rules.connectives.binary_search(&w).is_ok() => Lean::Previous(i - 1),
            Some(w) if rules.pronouns.binary_search(&w).is_ok() => Lean::Earlier(i - 1),
            // "The report found": the report an earlier sentence introduced.
            Some(w) if rules.definite_articles.contains(&w) => {
                match words.of(i).first().map(|&w| first_use[w as usize]) {
                    Some(j) if j < i => Lean::Earlier(j),
                    _ => Lean::None,
                }
            }
            _ => Lean::None,
        });
        for &w in words.of(i) {
            let first = &mut first_use[w as usize];
            *first = (*first).min(i);
        }
    }
    out
}

/// The word elided before a sentence's first token, which is then the sentence's first
/// word: "l" of "L'enquête", "c" of "C'est" (the token starts after the apostrophe).
#[cfg(feature = "languages")]
fn elided(before: &str) -> Option<&str> {
    before
        .strip_suffix(['\'', '’'])
        .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
        .filter(|w| !w.is_empty())
}

/// English, the core build's one language with rules, elides no word before a token.
#[cfg(not(feature = "languages"))]
fn elided(_: &str) -> Option<&str> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;
    use crate::lang::{Language, Stems};
    use crate::segment::segment;

    #[test]
    fn openers_that_lean_on_an_earlier_sentence() {
        let mut doc = Document::default();
        doc.push(
            BlockKind::Paragraph,
            "A panel of doctors published a study of sleep on Monday. Teenagers sleep too \
             little, it says. However, parents disagree. They say phones are to blame. \
             The study asked 900 families. The weather was mild. Schools open at eight.",
        );
        let seg = segment(&doc, Language::English);
        let words = SentenceWords::new(
            &doc,
            &seg,
            Language::English,
            &mut Stems::new(Language::English),
        );
        use Lean::*;
        assert_eq!(
            antecedents(&doc, &seg, &words, Language::English),
            [None, None, Previous(1), Earlier(2), Earlier(0), None, None]
        );
        // The cues are English words: a language without them reads none in this text.
        assert!(antecedents(&doc, &seg, &words, Language::Other)
            .iter()
            .all(|&l| l == None));
    }

    #[cfg(feature = "languages")]
    #[test]
    fn each_language_reads_its_own_cues() {
        use Lean::*;
        for (code, text, expected) in [
            // Elided words open a sentence though the token starts after them: "L'" of a
            // noun met before, "C'" of "c'est"; "Pourtant" needs the sentence before.
            (
                "fr",
                "Une enquête sur le bruit des villes paraît lundi. Les riverains dorment mal. \
                 Pourtant la mairie hésite. L'enquête cite trois quartiers. C'est une première. \
                 Des arbres seront plantés.",
                vec![None, None, Previous(1), Earlier(0), Earlier(3), None],
            ),
            (
                "ru",
                "Город открыл новую линию трамвая в среду. Однако билеты подорожали. \
                 Они стоят сорок рублей. Вагоны собрали на местном заводе.",
                vec![None, Previous(0), Earlier(1), None],
            ),
            (
                "pt",
                "A prefeitura abriu uma ponte nova no domingo. Mas o trânsito continua lento. \
                 Ela custou dez milhões. A ponte liga dois bairros. Choveu muito à tarde.",
                vec![None, Previous(0), Earlier(1), Earlier(0), None],
            ),
        ] {
            let lang = Language::from_code(code).unwrap();
            let mut doc = Document::default();
            doc.push(BlockKind::Paragraph, text);
            let seg = segment(&doc, lang);
            let words = SentenceWords::new(&doc, &seg, lang, &mut Stems::new(lang));
            assert_eq!(antecedents(&doc, &seg, &words, lang), expected, "{code}");
            // English cues do not carry over: "Mas" and "Ela" are no English words.
            if code == "pt" {
                let words = SentenceWords::new(
                    &doc,
                    &seg,
                    Language::English,
                    &mut Stems::new(Language::English),
                );
                assert!(antecedents(&doc, &seg, &words, Language::English)[1..3]
                    .iter()
                    .all(|&l| l == None));
            }
        }
    }
}
