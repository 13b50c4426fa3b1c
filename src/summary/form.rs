//! Whether a sentence reads as a summary sentence, from its shape alone: a factor in
//! [0, 1] that the centrality is multiplied by. Headings are never picked; fragments,
//! run-ons, captions and crossheads glued to the next sentence, lines without an end mark
//! and questions are kept only as a last resort, so a summary still comes out of an odd
//! article. A glued caption or crosshead makes one long "sentence" that gathers the words
//! of two, so centrality alone would favour it.

use crate::document::{BlockKind, Document};
use crate::lang::Language;
use crate::segment::{is_cjk, Segments, Sentence, Token};

/// Below this many words a sentence is a fragment ("Read more.", "He agreed.").
const MIN_WORDS: usize = 5;
/// Above this many words a "sentence" is almost always several run together: a caption
/// with no end mark followed by the next sentence, or a list flattened into a line.
const MAX_WORDS: usize = 50;
/// What a suspect sentence's centrality is multiplied by.
const LAST_RESORT: f64 = 0.1;
const UNTERMINATED: f64 = 0.5;
const QUESTION: f64 = 0.5;

/// `None` when the sentence must never be picked; else its factor in (0, 1].
pub(crate) fn form(
    doc: &Document,
    seg: &Segments,
    sentence: &Sentence,
    lang: Language,
) -> Option<f64> {
    let tokens = seg.sentence_tokens(sentence);
    if tokens.is_empty() || doc.blocks[sentence.block].kind == BlockKind::Heading {
        return None;
    }
    let text = doc.text[sentence.start..sentence.end].trim_end();
    let mut factor = 1.0;
    // Chinese and Japanese function words give no token: a sentence of ten CJK characters
    // is no fragment, whatever its tokens.
    let short =
        tokens.len() < MIN_WORDS && text.chars().filter(|&c| is_cjk(c)).count() < 2 * MIN_WORDS;
    if short
        || tokens.len() > MAX_WORDS
        || glued(&doc.text, tokens, lang.rules().caption_openers)
        || labelled(&doc.text, tokens, lang)
        || tokens
            .iter()
            .any(|t| run_in(&doc.text[t.start..t.end], lang))
    {
        factor *= LAST_RESORT;
    }
    // Closing quotes may follow the end mark; a caption has none. The marks of every script
    // the segmenter ends sentences on (CJK full-width, Arabic, Devanagari).
    let end = text.trim_end_matches(['"', '\'', '’', '”', '»', '」', '』']);
    match end.chars().next_back() {
        Some('?' | '？' | '؟') => factor *= QUESTION,
        Some('.' | '!' | '…' | '。' | '！' | '।') => {}
        // A list item or table row without an end mark is a record, never prose.
        _ if doc.blocks[sentence.block].kind == BlockKind::ListItem => factor *= LAST_RESORT,
        _ => factor *= UNTERMINATED,
    }
    Some(factor)
}

/// A caption run into the next sentence shows as one of the language's `openers` (its
/// `Rules::caption_openers`) between two lowercase words with nothing but a closing bracket
/// or quote before it: "…at the base of the cliff The graduate had…", "…(file photo) The
/// researchers…". A title ("told The Times") goes on with a capital, so it does not count.
fn glued(text: &str, tokens: &[Token], openers: &[&str]) -> bool {
    tokens.windows(3).any(|w| {
        let [before, word, after] = [w[0], w[1], w[2]].map(|t| &text[t.start..t.end]);
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        let gap = &text[w[0].end..w[1].start];
        let closes_only = gap.ends_with(' ')
            && gap
                .trim_end()
                .chars()
                .all(|c| matches!(c, ')' | ']' | '\'' | '’' | '"' | '”'));
        closes_only
            && openers.contains(&word)
            && before.starts_with(char::is_lowercase)
            && after.starts_with(char::is_lowercase)
    })
}

/// Words a caption's label may have before its colon: "Devastated:", "A long way down:".
const LABEL_WORDS: usize = 4;

/// A labelled caption run into the text: after a content word with no end mark, a short
/// capitalised label, a colon and a capitalised word: "…found by a dog walker Grief
/// stricken: The family…". Prose introduces a quotation after a colon with a quote mark
/// ("told reporters: 'We…'"), and a function word ("told the BBC: The…") cannot end a
/// sentence, so neither counts.
fn labelled(text: &str, tokens: &[Token], lang: Language) -> bool {
    let word = |t: &Token| &text[t.start..t.end];
    let blank =
        |from: &Token, to: &Token| text[from.end..to.start].chars().all(char::is_whitespace);
    (1..tokens.len()).any(|j| {
        let (before, label) = (&tokens[j - 1], &tokens[j]);
        if !(word(label).starts_with(char::is_uppercase)
            && word(before).starts_with(char::is_lowercase)
            && !lang.is_stopword(word(before))
            && blank(before, label))
        {
            return false;
        }
        // The label's words, up to the one the colon follows.
        let window = &tokens[j..tokens.len().min(j + LABEL_WORDS + 1)];
        for pair in window.windows(2) {
            let gap = &text[pair[0].end..pair[1].start];
            if let Some(rest) = gap.strip_prefix(':') {
                return !rest.is_empty()
                    && rest.chars().all(char::is_whitespace)
                    && word(&pair[1]).starts_with(char::is_uppercase);
            }
            if !gap.chars().all(char::is_whitespace) {
                return false;
            }
        }
        false
    })
}

/// A crosshead run into the paragraph after it with no space, as pages copied without
/// their line breaks read: "…remise en serviceLa direction…", "…in the cityThe council…".
/// Names written in camel case ("PlayStation", "WikiLeaks", "iPhone") begin with a capital
/// or have a short first part; a glued word begins in lowercase, or its second part is a
/// function word opening the next sentence.
fn run_in(word: &str, lang: Language) -> bool {
    let mut lower = 0; // the lowercase letters just before
    let mut chars = word.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_lowercase() {
            lower += 1;
            continue;
        }
        let next_lower = chars.peek().is_some_and(|&(_, n)| n.is_lowercase());
        if c.is_uppercase() && lower >= 3 && next_lower {
            let second = word[at..].to_lowercase();
            if word.starts_with(char::is_lowercase) || lang.is_stopword(&second) {
                return true;
            }
        }
        lower = 0;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::segment::{segment, tokenize};

    #[test]
    fn factors() {
        let long = format!("The {} ended at last.", "very ".repeat(60));
        for (kind, text, expected) in [
            (
                BlockKind::Paragraph,
                "The council approved the budget on Monday.",
                Some(1.0),
            ),
            (BlockKind::Heading, "The council approved the budget", None),
            (BlockKind::Paragraph, "He agreed.", Some(LAST_RESORT)),
            (BlockKind::Paragraph, long.as_str(), Some(LAST_RESORT)),
            (
                BlockKind::Paragraph,
                "Rescue teams search the rocks below the old pier",
                Some(UNTERMINATED),
            ),
            (
                BlockKind::Paragraph,
                "\"We will win this fight,\" the mayor said.",
                Some(1.0),
            ),
            (
                BlockKind::Paragraph,
                "\"Will the council approve the budget?\"",
                Some(QUESTION),
            ),
            (BlockKind::Paragraph, "...", None),
            (
                BlockKind::Paragraph,
                "Crews searched the river all night Still missing: Two boys were last seen at dusk.",
                Some(LAST_RESORT),
            ),
            (
                BlockKind::Paragraph,
                "What comes nextThe council will vote on the plan in May.",
                Some(LAST_RESORT),
            ),
            // Full-width end marks end sentences as their ASCII forms do.
            (
                BlockKind::Paragraph,
                "杭州市地铁集团周一宣布，连接滨江区和萧山国际机场的地铁七号线正式开通运营。",
                Some(1.0),
            ),
            (
                BlockKind::Paragraph,
                "新线路能否缓解机场高速和市中心的交通压力？",
                Some(QUESTION),
            ),
            (
                BlockKind::Paragraph,
                "交通局の佐藤部長は「使いやすい路面電車にしたい」と話した。",
                Some(1.0),
            ),
            // A row of a list of signatories: a record, far below any sentence.
            (
                BlockKind::ListItem,
                "Jane Roe, Professor of Law, University of the North",
                Some(LAST_RESORT),
            ),
            (
                BlockKind::ListItem,
                "The council approved the budget on Monday.",
                Some(1.0),
            ),
        ] {
            let mut doc = Document::default();
            doc.push(kind, text);
            let seg = segment(&doc, Language::English);
            let got = seg
                .sentences
                .first()
                .and_then(|s| form(&doc, &seg, s, Language::English));
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn glued_captions() {
        for (text, expected) in [
            ("below the cliff The search went on", true),
            ("crews at the scene (pictured) They worked on", true),
            ("at the 'mini derby' But the visitors", true),
            ("the search. The search went on", false),
            (
                "voters may go to the polls in May and the count follows",
                false,
            ),
            ("the minister told The Times that talks would resume", false),
            ("I think I will go and I know why", false),
            ("songs like Do They Know It's Christmas", false),
        ] {
            let mut tokens = Vec::new();
            tokenize(text, 0, Language::English, &mut tokens);
            let openers = Language::English.rules().caption_openers;
            assert_eq!(glued(text, &tokens, openers), expected, "{text}");
        }
    }

    #[test]
    fn labelled_captions() {
        for (text, expected) in [
            (
                "the boat was found by a fisherman Lost at sea: The crew of four",
                true,
            ),
            (
                "fans queued outside the stadium Jubilant: Supporters sang",
                true,
            ),
            (
                "the ferry left the harbour Pictured: A crowd on the quay",
                true,
            ),
            // A label longer than a caption's is prose with a colon.
            (
                "the vote was close Many Members Of The Local Council: They",
                false,
            ),
            // A colon in prose: after a function word, before a quotation, lowercase after.
            ("the minister told the BBC: The talks would resume", false),
            ("the minister told reporters: 'We will resume talks'", false),
            ("the plan has two parts Phase one: build the road", false),
            ("Warning: The bridge is closed to lorries", false),
            ("the match kicks off at 19:30 Tonight the fans", false),
        ] {
            let mut tokens = Vec::new();
            tokenize(text, 0, Language::English, &mut tokens);
            assert_eq!(
                labelled(text, &tokens, Language::English),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn run_in_crossheads() {
        for (word, expected) in [
            ("cityThe", true),
            ("roadworksAfter", true),
            ("HarbourThe", true),
            // Names in camel case.
            ("PlayStation", false),
            ("WikiLeaks", false),
            ("iPhone", false),
            ("McDonald", false),
            ("eBay", false),
            ("harbour", false),
            ("NATO", false),
        ] {
            assert_eq!(run_in(word, Language::English), expected, "{word}");
        }
        // The next sentence's function word in the document's own language.
        #[cfg(feature = "languages")]
        {
            let fr = Language::from_code("fr").unwrap();
            assert!(run_in("StrasbourgLes", fr));
            assert!(!run_in("StrasbourgLes", Language::English));
        }
    }
}
