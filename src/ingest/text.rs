//! Plain text, often pasted from a web page: blank lines separate paragraphs, short
//! unpunctuated lines are headings (the first one, before any paragraph, is the title),
//! bulleted lines are list items, and page chrome ([`chrome`]: timestamps, "Read more:"
//! with the headline it links to, share lines, captions and credits, author bios) is
//! dropped, its bylines and datelines kept as metadata. Each line of a chat export, a log
//! or a transcript (opening with a timestamp or a speaker label) is a paragraph.

use super::chrome::{self, Chrome};
use crate::document::{BlockKind, Document};
use crate::lang::Language;
use crate::segment::{line_label, split_sentences};

/// Reads `body` into `doc`; `lang`'s sentence rules tell a line that ends a sentence.
pub(crate) fn read(body: &str, lang: Language, doc: &mut Document) {
    let lines: Vec<&str> = body.lines().map(clean_line).collect();
    // The lines as written: one that ends in a space was wrapped softly (format=flowed
    // mail, text copied from a PDF).
    let mut raw = body.lines();
    let widths = wrap_widths(&lines);
    let mut paragraph = String::new();
    // The paragraph so far ends where a sentence or a one-line paragraph ends.
    let mut closed = false;
    let mut blank_before = false;
    // "Read more:" introduces a link to another article, on the next line.
    let mut skip_headline = false;
    for (i, &line) in lines.iter().enumerate() {
        let soft = raw.next().is_some_and(|l| l.ends_with([' ', '\t']));
        if line.is_empty() {
            blank_before = true;
            continue;
        }
        if let Some(chrome) = chrome::classify(line) {
            flush(&mut paragraph, doc);
            match chrome {
                Chrome::Intro => skip_headline = true,
                Chrome::Byline { author, date } => {
                    chrome::fill(&mut doc.metadata, Some(author), date)
                }
                Chrome::Date => chrome::fill(&mut doc.metadata, None, Some(line)),
                Chrome::Line => {}
            }
            continue;
        }
        if std::mem::take(&mut skip_headline) && is_headline(line, lang) {
            continue;
        }
        if let Some(item) = list_item(line) {
            flush(&mut paragraph, doc);
            doc.push(BlockKind::ListItem, item);
            continue;
        }
        let next = lines.get(i + 1).copied().unwrap_or("");
        // A line of a chat export, a log or a transcript ("[10:02] alice: ok", "Q: Why?")
        // opens a paragraph, never a title.
        let labelled = line_label(line) > 0;
        if labelled {
            flush(&mut paragraph, doc);
        }
        if !paragraph.is_empty() {
            // A sentence broken by a stray blank line goes on in lowercase; in caseless
            // text, where every line does, only after a function word ("until the").
            let broken = !ends_sentence(&paragraph)
                && line.starts_with(char::is_lowercase)
                && (paragraph.starts_with(char::is_uppercase)
                    || ends_in_stopword(&paragraph, lang));
            if blank_before && broken || !(blank_before || closed) {
                paragraph.push(' ');
            } else {
                flush(&mut paragraph, doc);
            }
        }
        blank_before = false;
        if paragraph.is_empty() && !labelled && is_headline(line, lang) && stands_alone(line, next)
        {
            // A title heads a body: a line alone is the text, not its title.
            let heads_body = || {
                lines[i + 1..]
                    .iter()
                    .any(|l| !l.is_empty() && chrome::classify(l).is_none())
            };
            if doc.blocks.is_empty() && doc.title.is_none() && !heads_body() {
                paragraph.push_str(line);
                closed = true;
                continue;
            }
            // A Markdown marker read as plain text ("# Budget vote") is no part of it.
            let heading = super::markdown::atx_heading(line)
                .filter(|h| !h.is_empty())
                .unwrap_or(line);
            if doc.blocks.is_empty() && doc.title.is_none() {
                doc.title = Some(heading.split_whitespace().collect::<Vec<_>>().join(" "));
            } else {
                doc.push(BlockKind::Heading, heading);
            }
            continue;
        }
        // Before a lowercase line, a soft wrap goes on with the sentence that a capital
        // opened or that the next line ends (not in a lowercase list whose lines end in
        // spaces).
        let soft_wrap = soft
            && line_label(next) == 0
            && next.starts_with(char::is_lowercase)
            && !ends_sentence(line)
            && (!paragraph.is_empty()
                || line.starts_with(char::is_uppercase)
                || ends_sentence(next));
        paragraph.push_str(line);
        closed = !(soft_wrap || continues(line, next, widths[i], lang));
    }
    flush(&mut paragraph, doc);
}

/// Trims a line and the decoration that some pages put after a heading ("Search
/// Trends======").
fn clean_line(line: &str) -> &str {
    let line = line.trim();
    let stripped = line.trim_end_matches(['=', '_', '~']);
    if line.len() - stripped.len() >= 3 {
        stripped.trim_end()
    } else {
        line
    }
}

fn flush(paragraph: &mut String, doc: &mut Document) {
    if !paragraph.is_empty() {
        doc.push(BlockKind::Paragraph, paragraph);
        paragraph.clear();
    }
}

fn ends_in_stopword(paragraph: &str, lang: Language) -> bool {
    let last = paragraph.rsplit(char::is_whitespace).next().unwrap_or("");
    lang.is_stopword(&last.to_lowercase())
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// A line longer than this is a paragraph of its own, never hard-wrapped.
const MAX_WRAP_CHARS: usize = 100;
/// Text is hard-wrapped at this many characters or more; a run of shorter lines without
/// end marks is a list or verse, each line a unit of its own.
const MIN_WRAP_CHARS: usize = 30;

/// For each line, the width its run of consecutive non-blank lines is wrapped at: the
/// longest line of the run up to [`MAX_WRAP_CHARS`] characters.
fn wrap_widths(lines: &[&str]) -> Vec<usize> {
    let mut widths = vec![0; lines.len()];
    let mut from = 0;
    for i in 0..=lines.len() {
        if lines.get(i).is_none_or(|l| l.is_empty()) {
            let width = lines[from..i]
                .iter()
                .map(|l| l.chars().count())
                .filter(|&n| n <= MAX_WRAP_CHARS)
                .max()
                .unwrap_or(0);
            widths[from..i].fill(width);
            from = i + 1;
        }
    }
    widths
}

/// Whether the paragraph goes on from `line` to the `next` one (hard-wrapped text): the
/// line ends mid-sentence in a run wrapped at [`MIN_WRAP_CHARS`] or more, or it ends in
/// a full stop that the sentence splitter does not take for a sentence end there ("the
/// chief executive, Mr.⏎Jane Roe, who"). The short lines of a narrow run ("eggs⏎milk⏎
/// bread") are list lines and stay apart.
fn continues(line: &str, next: &str, width: usize, lang: Language) -> bool {
    let chars = line.chars().count();
    if chars > MAX_WRAP_CHARS || next.is_empty() || line_label(next) > 0 {
        return false;
    }
    if ends_sentence(line) {
        let joined = format!("{line} {next}");
        return split_sentences(&joined, lang)
            .iter()
            .all(|&(_, end)| end != line.len());
    }
    width >= MIN_WRAP_CHARS
}

/// A short line that does not end like a sentence (or is a short question): a heading.
fn is_headline(line: &str, lang: Language) -> bool {
    line.split_whitespace().nth(14).is_none()
        && !line.ends_with(['.', ',', ';', ':'])
        && line.chars().next().is_some_and(|c| !c.is_lowercase())
        && split_sentences(line, lang).len() == 1
}

/// Whether a headline-like line is a unit of its own rather than the first line of a
/// hard-wrapped paragraph: a blank line, chrome or a whole one-line paragraph follows, or
/// it is a question.
fn stands_alone(line: &str, next: &str) -> bool {
    next.is_empty()
        || chrome::classify(next).is_some()
        || next.len() > 100
        || line.ends_with(['?', '!']) && !next.starts_with(char::is_lowercase)
}

/// "• item", "- item", "* item", "1. Item", "2) Item": the item without its bullet, a
/// numbered item with its number (the order is part of the text, as in a list written on
/// one line, "1. eggs 2. flour", which the sentence splitter cuts into items, each with its
/// marker). A whole list written on a bulleted line ("• rice • beans") keeps its first
/// bullet, for the same reason.
fn list_item(line: &str) -> Option<&str> {
    // Word by word: a substring search here would add 0.5 KB brotli of string searcher to the wasm.
    let mut words = line.split(' ');
    let again = match words.next().unwrap_or("") {
        "1." => "2.",
        "1)" => "2)",
        "a." => "b.",
        "a)" => "b)",
        bullet @ ("•" | "·" | "▪") => bullet,
        _ => "",
    };
    if !again.is_empty() && words.any(|w| w == again) {
        return Some(line);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = line[digits..]
        .strip_prefix(['.', ')'])
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| {
            (1..=2).contains(&digits) && rest.starts_with(|c: char| !c.is_lowercase())
        });
    if numbered {
        return Some(line);
    }
    let rest = line
        .strip_prefix(['•', '·', '▪', '●', '◦', '‣'])
        .or_else(|| line.strip_prefix("- "))
        .or_else(|| line.strip_prefix("– "))
        .or_else(|| line.strip_prefix("* "))?;
    Some(rest.trim_start()).filter(|r| !r.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(input: &str) -> (Option<String>, Vec<(BlockKind, String)>) {
        let mut doc = Document::default();
        read(input, Language::English, &mut doc);
        let blocks = doc
            .blocks
            .iter()
            .map(|b| (b.kind, doc.block_text(b).to_string()))
            .collect();
        (doc.title, blocks)
    }

    #[test]
    fn title_headings_and_paragraphs() {
        let (title, got) = blocks(
            "Download\nTitle line here\nUpdated 21:47, 18-Mar-2021\nCGTN\n00:22\n\n\
             First para. Second.\n\n03:57\n\nWhat's next?\n\nMore text here.\n\n\
             Read more:\n\nA related headline?\n\nEnd.\n\nSearch Trends======\n",
        );
        assert_eq!(title.as_deref(), Some("Title line here"));
        let p = |s: &str| (BlockKind::Paragraph, s.to_string());
        assert_eq!(
            got,
            vec![
                p("First para. Second."),
                (BlockKind::Heading, "What's next?".to_string()),
                p("More text here."),
                p("End."),
            ]
        );
    }

    #[test]
    fn no_title_when_the_text_starts_with_a_paragraph() {
        let (title, got) = blocks("The council met on Monday.\n\nShort heading\n\nBody text.");
        assert_eq!(title, None);
        assert_eq!(got[1], (BlockKind::Heading, "Short heading".to_string()));
    }

    #[test]
    fn headings_and_list_items_stand_alone() {
        let (_, got) = blocks(
            "Intro paragraph here.\nWhy Anchorage?\nFar from the mainland, it is a hub.\n\
             Key points\n\n• First point\n- Second point\n1. Third point\nAfter the list.",
        );
        let texts: Vec<(BlockKind, &str)> = got.iter().map(|(k, t)| (*k, t.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (BlockKind::Paragraph, "Intro paragraph here."),
                (BlockKind::Heading, "Why Anchorage?"),
                (BlockKind::Paragraph, "Far from the mainland, it is a hub."),
                (BlockKind::Heading, "Key points"),
                (BlockKind::ListItem, "First point"),
                (BlockKind::ListItem, "Second point"),
                (BlockKind::ListItem, "1. Third point"),
                (BlockKind::Paragraph, "After the list."),
            ]
        );
    }

    #[test]
    fn numbers_and_lists_on_one_line_keep_their_marker() {
        for (line, kept) in [
            ("1. Pack the tent 2. Load the car", true),
            ("1) soup 2) bread 3) tea", true),
            ("• 3. Fold the map • 4. Lock up", true),
            ("1. Pack the tent and the 2 chairs", true),
            ("12) Sign here", true),
            ("• Keep calm and carry on", false),
            ("- Keep calm and carry on", false),
        ] {
            let (_, got) = blocks(line);
            let text = got[0].1.as_str();
            assert_eq!(got[0].0, BlockKind::ListItem, "{line}");
            assert_eq!(text == line, kept, "{line}: {text}");
        }
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let (title, got) = blocks(
            "This is a long hard-wrapped paragraph that goes on\nand on across lines until it ends.\nNext line starts a new one.",
        );
        assert_eq!(title, None);
        assert_eq!(
            got.iter().map(|b| b.1.as_str()).collect::<Vec<_>>(),
            [
                "This is a long hard-wrapped paragraph that goes on and on across lines until it ends.",
                "Next line starts a new one."
            ]
        );
    }

    #[test]
    fn a_line_ending_in_an_abbreviation_goes_on() {
        for (input, expected) in [
            (
                "The board has named its new finance director, Dr.\nAmal Haddad, who starts in\nthe spring after ten years at the bank.",
                vec!["The board has named its new finance director, Dr. Amal Haddad, who starts in the spring after ten years at the bank."],
            ),
            (
                "Fans queued outside the arena from 6 a.m.\nSaturday to buy tickets for the final.\nThe doors opened at noon.",
                vec!["Fans queued outside the arena from 6 a.m. Saturday to buy tickets for the final.", "The doors opened at noon."],
            ),
            (
                "A parcel was sent to the firm's office on Elm St.\nThe firm said it never arrived.",
                vec!["A parcel was sent to the firm's office on Elm St.", "The firm said it never arrived."],
            ),
        ] {
            let (_, got) = blocks(input);
            assert_eq!(got.iter().map(|b| b.1.as_str()).collect::<Vec<_>>(), expected, "{input}");
        }
    }

    /// The language's own rules decide, not English's: a German ordinal ("am 3.⏎Oktober")
    /// and abbreviation ("z.⏎B.") at a line end go on; detected from the text itself.
    #[cfg(feature = "languages")]
    #[test]
    fn a_line_ending_in_the_language_s_abbreviation_goes_on() {
        let input = "Die neue Brücke über den Rhein wurde am 3.\nOktober eröffnet. Radfahrer aus \
            den Vororten, z.\nB. aus Deutz, sparen damit jeden Tag eine Viertelstunde, sagt die \
            Stadt. Die Bauzeit betrug vier Jahre, die Kosten trug zum größten Teil das Land.";
        let doc = super::super::ingest(input, crate::Format::Text, None);
        assert_eq!(doc.blocks.len(), 1, "{:?}", doc.text);
        assert!(doc.text.contains("am 3. Oktober") && doc.text.contains("z. B. aus"));
        // Read by English rules, the ordinal ends the paragraph.
        let mut english = Document::default();
        read(input, Language::English, &mut english);
        assert!(english.blocks.len() > 1);
    }

    #[test]
    fn short_lines_without_end_marks_stay_apart() {
        for (input, expected) in [
            ("what to pack\nwarm socks\na torch\nspare batteries", vec!["what to pack", "warm socks", "a torch", "spare batteries"]),
            ("call the plumber\nfeed the cat", vec!["call the plumber", "feed the cat"]),
            // Lines of a wrapped run go on.
            (
                "the committee will meet again next week to look at\nthe plans for the new library and the car park\nbehind it",
                vec!["the committee will meet again next week to look at the plans for the new library and the car park behind it"],
            ),
        ] {
            let (_, got) = blocks(input);
            assert_eq!(got.iter().map(|b| b.1.as_str()).collect::<Vec<_>>(), expected, "{input}");
        }
    }

    #[test]
    fn a_lone_line_is_the_text_not_a_title() {
        for input in [
            "Will the ferry to the island run again before the autumn gales?",
            "Council backs new cycle lanes",
            "\n\nWhy did the market fall today?\n\nShare\n",
        ] {
            let (title, got) = blocks(input);
            assert_eq!(title, None, "{input}");
            assert_eq!(got.len(), 1, "{input}");
            assert_eq!(got[0].0, BlockKind::Paragraph, "{input}");
            assert_eq!(got[0].1, input.trim().lines().next().unwrap(), "{input}");
        }
        let (title, got) = blocks("Council backs new cycle lanes\n\nThe vote was close.");
        assert_eq!(title.as_deref(), Some("Council backs new cycle lanes"));
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_sentence_broken_by_a_blank_line_is_mended() {
        let (_, got) = blocks("Intro. She now faces\n\nafter the match, a rival.\n\nNext one.");
        assert_eq!(
            got.iter().map(|b| b.1.as_str()).collect::<Vec<_>>(),
            [
                "Intro. She now faces after the match, a rival.",
                "Next one."
            ]
        );
    }

    #[test]
    fn byline_and_dateline_fill_metadata() {
        let mut doc = Document::default();
        read(
            "By Jane Doe\nMarch 18, 2021\n\nThe story begins here.",
            Language::English,
            &mut doc,
        );
        assert_eq!(doc.metadata.author.as_deref(), Some("Jane Doe"));
        assert_eq!(doc.metadata.date.as_deref(), Some("March 18, 2021"));
        assert_eq!(doc.text, "The story begins here.");
    }

    #[test]
    fn pasted_page_chrome_goes_and_dated_bylines_fill_metadata() {
        let mut doc = Document::default();
        read(
            "By Tom Reid | July 10, 2024\n\nThe fire spread overnight across the hills.\n\n\
             Smoke rises above the hills near Valencia on Sunday. Photo: Fire Service\n\n\
             Crews worked through the night.\n\nTom Reid is our wildfire correspondent. \
             Follow him on Twitter.\n\n© 2024 The Courier. All rights reserved.",
            Language::English,
            &mut doc,
        );
        assert_eq!(doc.metadata.author.as_deref(), Some("Tom Reid"));
        assert_eq!(doc.metadata.date.as_deref(), Some("July 10, 2024"));
        assert_eq!(
            doc.text,
            "The fire spread overnight across the hills.\n\nCrews worked through the night."
        );
    }

    #[cfg(feature = "languages")]
    #[test]
    fn pasted_chrome_in_other_languages_goes() {
        let mut doc = Document::default();
        read(
            "Par Claire Martin | 3 mars 2024\n\nPartager\n\nLe ferry a repris la mer lundi.\n\n\
             Lire aussi : Le phare rouvre au public\n\nPar ailleurs, le quai sera refait.\n\n\
             Abonnez-vous à notre newsletter\n\nTous droits réservés",
            Language::French,
            &mut doc,
        );
        assert_eq!(doc.metadata.author.as_deref(), Some("Claire Martin"));
        assert_eq!(doc.metadata.date.as_deref(), Some("3 mars 2024"));
        assert_eq!(
            doc.text,
            "Le ferry a repris la mer lundi.\n\nPar ailleurs, le quai sera refait."
        );
    }
}
