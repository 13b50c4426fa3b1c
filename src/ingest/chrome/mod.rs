//! Page chrome: the lines of a web page that are not the article's prose (share buttons,
//! timestamps, image credits and captions, bylines, author bios, teasers for other
//! articles, reprint notices, newsletter pitches), told by their words. One module for
//! every reader: plain text pasted from a page, Markdown clipped from one and the blocks
//! of the HTML reader meet the same rules; the word lists are data in [`words`].
//!
//! Two levels: [`line`] is chrome wherever it stands, even in a fragment the author wrote
//! (a lone "Share", "00:22", "/Getty"); [`page`] is chrome of a whole page's article (a
//! byline, "Related: …", "Jane Roe is our political editor. Follow her on Twitter"), kept
//! in an HTML fragment. Chrome is short: long paragraphs are never read to their end.
//!
//! Ingest runs before the article's language is known, so every language's words are read
//! on every page; the languages beyond English are in the `languages` build only.

mod words;

use crate::document::Metadata;
use crate::lang::Language;
use crate::segment::is_cjk;
use words::*;

/// What a chrome line is, when it matters beyond dropping it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Chrome<'a> {
    /// Page furniture.
    Line,
    /// "Read more:", "Related:": the next headline is another article's.
    Intro,
    /// "By Jane Doe", "By Tom Reid | July 10, 2024": the author's name, and the date when
    /// one follows it.
    Byline {
        author: &'a str,
        date: Option<&'a str>,
    },
    /// "Fri, 19 Mar 2021 03:04 GMT": a dateline.
    Date,
}

/// Keeps a byline's author and date as metadata, unless the page already gave them.
pub(crate) fn fill(meta: &mut Metadata, author: Option<&str>, date: Option<&str>) {
    if meta.author.is_none() {
        meta.author = author.map(String::from);
    }
    if meta.date.is_none() {
        meta.date = date.map(String::from);
    }
}

/// Chrome at either level: how pasted text, a page in all but markup, is read.
pub(crate) fn classify(text: &str) -> Option<Chrome<'_>> {
    judge(text.trim(), true)
}

/// Is `text` chrome wherever it stands?
pub(crate) fn is_chrome(text: &str) -> bool {
    judge(text.trim(), false).is_some()
}

/// Chrome wherever it stands ([`line`]), or, with `page`, chrome of a whole article too.
pub(crate) fn judge(text: &str, page: bool) -> Option<Chrome<'_>> {
    let l = Line::new(text);
    line(&l).or_else(|| if page { self::page(&l) } else { None })
}

/// A line to judge, measured once: chrome is short, so a long paragraph is neither
/// counted to its end nor lowercased.
struct Line<'a> {
    text: &'a str,
    /// Words, counted up to [`LONGEST`] + 1.
    words: usize,
    /// `text` lowercased; empty when longer than [`LONGEST`] words.
    lower: String,
}

/// No chrome is longer than this many words.
const LONGEST: usize = 40;

impl Line<'_> {
    fn new(text: &str) -> Line<'_> {
        let words = words_in(text, LONGEST);
        let lower = if words <= LONGEST {
            // French sets its colons off with a no-break space: "Photo\u{a0}: AFP".
            let lower = text.to_lowercase();
            if cfg!(feature = "languages") && lower.contains(['\u{a0}', '\u{202f}']) {
                lower.replace(['\u{a0}', '\u{202f}'], " ")
            } else {
                lower
            }
        } else {
            String::new()
        };
        Line { text, words, lower }
    }
}

/// The words of `s`, counted up to `most` + 1. Chinese and Japanese write no spaces
/// between words: two of their characters count as one, so that a paragraph of them is
/// not mistaken for a short line.
fn words_in(s: &str, most: usize) -> usize {
    let (mut words, mut cjk, mut in_word) = (0, 0, false);
    for c in s.chars() {
        if words + cjk / 2 > most {
            break;
        }
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        cjk += usize::from(is_cjk(c));
        if !in_word {
            (in_word, words) = (true, words + 1);
        }
    }
    words + cjk / 2
}

/// Chrome wherever it stands, in fragments too: symbol rows, share and subscribe buttons,
/// timestamps, gallery counters, image credits, a lone date or byline, an outlet's name.
fn line<'a>(l: &Line<'a>) -> Option<Chrome<'a>> {
    let (text, words, lower) = (l.text, l.words, l.lower.as_str());
    if !text.contains(char::is_alphanumeric) {
        return Some(Chrome::Line); // "***", "----"
    }
    if is_credit(text, words, lower) {
        return Some(Chrome::Line);
    }
    if words > 20 {
        return None;
    }
    let bare = lower.trim_end_matches(['.', ':', '»', '›', '>', '|', ' ']);
    if INTROS.contains(bare) {
        return Some(Chrome::Intro);
    }
    // "Read more: <headline>", "Lire aussi : <headline>": the teaser on the intro's line.
    let intro = lower
        .split_once(':')
        .or_else(|| {
            lower
                .split_once('：')
                .filter(|_| cfg!(feature = "languages"))
        })
        .is_some_and(|(head, _)| INTROS.contains(head.trim_end()));
    if intro || PREFIXES.iter().any(|p| after(lower, p).is_some()) {
        return Some(Chrome::Line);
    }
    if words > 12 {
        return None;
    }
    if LINES.contains(bare) || is_timestamp(bare) || is_counter(bare) || is_published(bare, words) {
        return Some(Chrome::Line);
    }
    // "5 min read", "3 hours ago".
    if words <= 4 && (bare.ends_with(" min read") || bare.ends_with(" ago")) {
        return Some(Chrome::Line);
    }
    if is_date(bare) {
        return Some(Chrome::Date);
    }
    if let Some((author, date)) = byline(text) {
        return Some(Chrome::Byline { author, date });
    }
    // A lone outlet name: one all-caps word ("CGTN", "AP").
    if words == 1 {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if (2..=6).contains(&letters)
            && !text.contains(char::is_lowercase)
            && !text.ends_with(['.', '?', '!'])
        {
            return Some(Chrome::Line);
        }
    }
    None
}

/// Chrome of a whole page's article: datelines, bylines with titles, filing labels,
/// copyright and reprint notices, newsletter pitches, the wire's reporting credits,
/// captions that end in their credit, author bios.
fn page<'a>(l: &Line<'a>) -> Option<Chrome<'a>> {
    let (text, words, lower) = (l.text, l.words, l.lower.as_str());
    if words > LONGEST {
        return None;
    }
    let chrome = is_dateline(lower)
        || is_titled_byline(text, words)
        || words <= 30 && LABELS.iter().any(|l| after(lower, l).is_some())
        || is_reprint(lower, words)
        || words <= 15 && is_publish_line(lower)
        || is_newsletter_pitch(lower)
        || is_reporting_credit(lower)
        || ends_with_credit(text, lower)
        || is_bio(text, lower);
    chrome.then_some(Chrome::Line)
}

/// An image credit ("/VCG", "Photo: Reuters", "(AP Photo/Evan Vucci)", "Mike Smith/Getty
/// Images") or a caption that ends with one ("... March 12, 2021. /Getty").
fn is_credit(text: &str, words: usize, lower: &str) -> bool {
    let last = text.rsplit(char::is_whitespace).next().unwrap_or("");
    let slash_name = last.strip_prefix('/').is_some_and(|name| {
        name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    if slash_name {
        return true;
    }
    if words > 12 {
        return false;
    }
    let lower = lower.trim_start_matches(['(', '[']);
    // A lone credit may be a few words: "/Getty Images".
    if lower.starts_with('/') && words <= 4 {
        return true;
    }
    let tail = lower.trim_end_matches([')', ']', '.', ' ']);
    CREDIT_PREFIXES.iter().any(|p| after(lower, p).is_some())
        || AGENCIES.iter().any(|s| {
            tail.ends_with(s)
                && tail[..tail.len() - s.len()]
                    .trim_end()
                    .ends_with(['/', ':', '|', '©'])
        })
}

/// "Updated 21:47, 18-Mar-2021", "Published: 3 hours ago", "First published in 2019 by
/// The Conversation". The word whole: "Publiés en 2020, ces livres…" is prose.
fn is_published(bare: &str, words: usize) -> bool {
    PUBLISHED.iter().any(|p| {
        bare.strip_prefix(p).is_some_and(|rest| {
            !rest.starts_with(char::is_alphabetic)
                && (rest.contains(|c: char| c.is_ascii_digit()) && words <= 7
                    || p.ends_with("published") && p.contains(' ') && rest.starts_with([' ', ':']))
        })
    })
}

/// The rest of `text` after `prefix`. In the languages build, a prefix ending in a colon
/// takes the colon after spaces, as French sets it ("Photo : AFP"), or full width
/// ("来源：新华社").
fn after<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    match prefix
        .strip_suffix(':')
        .filter(|_| cfg!(feature = "languages"))
    {
        Some(stem) => {
            let rest = text.strip_prefix(stem)?.trim_start();
            rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))
        }
        None => text.strip_prefix(prefix),
    }
}

/// "By Jane Doe", "By Ransdell Pierson and Bill Berkrot", "By Tom Reid | July 10, 2024":
/// the names, and the date after them.
fn byline(text: &str) -> Option<(&str, Option<&str>)> {
    let rest = BYLINES.iter().find_map(|p| after(text, p))?;
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | '|' | '-'));
    if names(rest) {
        return Some((rest, None));
    }
    BYLINE_SEPARATORS.iter().find_map(|sep| {
        let (name, date) = rest.split_once(sep)?;
        let date = date.trim();
        let lower = date.to_lowercase();
        let dated = is_date(lower.trim_end_matches('.')) || is_dateline(&lower);
        (names(name) && dated).then_some((name.trim(), Some(date)))
    })
}

/// Up to eight words of a name: capitalised (or in a script without case: "أحمد", "张三"),
/// or particles ("van", "de", "and").
fn names(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        words += 1;
        let name_like = w.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase())
            || NAME_PARTICLES.contains(w);
        if !name_like || words > 8 {
            return false;
        }
    }
    words > 0
}

/// "By Justine Coleman, Senior Writer", "Written by Jane Roe": a name with more, no
/// sentence. A name's second word is a name's too: "Von Berlin aus" is a place.
fn is_titled_byline(text: &str, words: usize) -> bool {
    let Some(rest) = BYLINES.iter().find_map(|p| after(text, p)) else {
        return false;
    };
    let mut name = rest.split_whitespace();
    name.next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && !name
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !NAME_PARTICLES.contains(w))
        && words <= 12
        && !text.trim_end().ends_with(['.', '!', '?'])
}

/// "00:22", "03:57", "1:02:33", "21:47, 18-Mar-2021".
fn is_timestamp(s: &str) -> bool {
    s.contains(':')
        && s.contains(|c: char| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | '-' | ' ' | '/'))
}

/// A photo-gallery counter: "1 of 12", "3/10".
fn is_counter(s: &str) -> bool {
    let mut parts = s.split(" of ").flat_map(|p| p.split('/'));
    let numeric = |p: &str| !p.is_empty() && p.trim().bytes().all(|b| b.is_ascii_digit());
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if numeric(a) && numeric(b))
}

/// A line that is only a date and time: "Fri, 19 Mar 2021 03:04:29 GMT", "March 18, 2021".
fn is_date(s: &str) -> bool {
    // A year has digits: most lines have none, and the word list is not scanned for them.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut month = false;
    let mut year = false;
    for w in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '/' | '.')) {
        if w.is_empty() {
            continue;
        }
        if w.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            year |= w.len() == 4 && !w.contains(':');
        } else if Language::is_any_date_word(w) {
            month = true;
        } else if DATE_WORDS.contains(w) {
            month |= CALENDAR.iter().any(|c| w.starts_with(c));
        } else {
            return false;
        }
    }
    month && year
}

/// A line of nothing but a date and time (and "Updated", "Published"), lowercase.
fn is_dateline(lower: &str) -> bool {
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false; // as in `is_date`
    }
    let mut digits = false;
    let mut words = 0;
    for word in lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | '/' | '(' | ')'))
    {
        let word = word.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '–' | '—'));
        if word.is_empty() {
            continue;
        }
        words += 1;
        if word.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, ':' | '.' | '-' | '/')
                || cfg!(feature = "languages") && DATE_MARKS.contains(c)
        }) {
            digits |= word.chars().any(|c| c.is_ascii_digit());
        } else if !DATE_WORDS.contains(word) && !Language::is_any_date_word(word) {
            return false;
        }
    }
    digits && words <= 12
}

/// "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": when the piece
/// first appeared, after the outlet's name.
fn is_publish_line(lower: &str) -> bool {
    ["first published", "originally published"].iter().any(|p| {
        lower.find(p).is_some_and(|at| {
            let rest = lower[at + p.len()..].trim_start_matches([' ', ':']);
            is_dateline(rest.strip_prefix("on ").unwrap_or(rest))
        })
    })
}

/// "© 2024 The Courier", "Copyright 2019 Press TV. All rights reserved.", "This article
/// was originally published in The Conversation".
fn is_reprint(lower: &str, words: usize) -> bool {
    let notice = lower.starts_with('©')
        || lower.strip_prefix("copyright").is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(['©', '(']) || rest.starts_with(|c: char| c.is_ascii_digit())
        });
    // A notice opens its line or follows a short lead-in (an outlet's name); after a few
    // sentences of prose the line is the article with a notice glued on, and the article
    // matters more than the notice.
    let late = |at: usize| words_in(&lower[..at], NOTICE_LEAD_IN) > NOTICE_LEAD_IN;
    words <= 30 && notice
        || REPRINT
            .iter()
            .any(|p| lower.find(p).is_some_and(|at| !late(at)))
}

/// How many words may stand before a reprint notice on its line.
const NOTICE_LEAD_IN: usize = 8;

/// "Reporting by Jo Roe; Editing by Al Poe", "Jo Roe contributed to this report."
fn is_reporting_credit(lower: &str) -> bool {
    REPORTING.iter().any(|p| lower.starts_with(p))
        || lower
            .trim_end_matches('.')
            .ends_with("contributed to this report")
}

/// "Sign up for our newsletter", "Subscribe to get it in your inbox".
fn is_newsletter_pitch(lower: &str) -> bool {
    PITCH_VERBS.iter().any(|v| lower.contains(v))
        && PITCH_CHANNELS.iter().any(|c| lower.contains(c))
}

/// A caption whose credit closes it: "The core stage ... (credit: NASA/Jude Guidry)",
/// "Smoke rises above the hills on Sunday. Photo: Fire Service".
fn ends_with_credit(text: &str, lower: &str) -> bool {
    let trimmed = lower.trim_end();
    if let Some(open) = trimmed
        .strip_suffix(')')
        .and_then(|l| l.rfind('(').map(|at| &l[at + 1..]))
    {
        return PAREN_CREDITS
            .iter()
            .any(|w| open.trim_start().starts_with(w));
    }
    // The label after a sentence's end, then a few words of name.
    CAPTION_CREDITS.iter().any(|label| {
        let Some((at, _)) = lower.match_indices(label).last() else {
            return false;
        };
        let before = lower[..at].trim_end();
        let credit = text.get(at + label.len()..).unwrap_or("").trim();
        (before.is_empty() || before.ends_with(['.', '!', '?', '|', '-', '–', '—']))
            && credit.starts_with(char::is_uppercase)
            && credit.split_whitespace().nth(6).is_none()
            && !credit.trim_end_matches('.').contains(['.', '!', '?'])
    })
}

/// An author's bio: "Jane Roe is the network's political editor.", "Follow him on
/// Twitter", "email her at …".
fn is_bio(text: &str, lower: &str) -> bool {
    if BIO_CONTACTS.iter().any(|c| lower.contains(c)) {
        return true;
    }
    // A name, "is", then a role among the next dozen words ("political editor",
    // "staff writer", "editor-at-large").
    let mut name = 0;
    for w in text.split_whitespace() {
        if w.eq_ignore_ascii_case("is") {
            break;
        }
        if !w.starts_with(char::is_uppercase) || name == 4 {
            return false;
        }
        name += 1;
    }
    name >= 2
        && lower
            .split_whitespace()
            .skip(name + 1)
            .take(12)
            .filter_map(|w| w.split(|c: char| !c.is_alphanumeric()).next())
            .any(|w| BIO_ROLES.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, chrome) in [
            ("Download", true),
            ("00:22", true),
            ("1:02:33", true),
            ("Updated 21:47, 18-Mar-2021", true),
            ("Published: 3 hours ago", true),
            ("5 min read", true),
            ("Read more:", true),
            ("Search Trends", true),
            ("CGTN", true),
            ("Reuters", true),
            ("/Getty", true),
            ("/Getty Images", true),
            ("Share on Facebook", true),
            ("Share this article", true),
            ("Share this story via email", true),
            ("Subscribe to our newsletter", true),
            ("Follow us on Twitter @cgtn", true),
            ("Image copyright Getty Images", true),
            ("Photo: Reuters", true),
            ("(AP Photo/Evan Vucci)", true),
            ("Mike Smith/Getty Images", true),
            ("John Doe | AFP", true),
            ("© Reuters", true),
            ("3 of 12", true),
            ("***", true),
            ("By Jane Doe", true),
            ("Fri, 19 Mar 2021 03:04:29 GMT", true),
            ("March 18, 2021", true),
            ("Download this article as a PDF", true),
            ("Listen: https://example.com/ep12", true),
            ("Topics:", true),
            ("Topics: Health, Science, Water", true),
            (
                "Read also: Why the dam broke and what the engineers said about it",
                true,
            ),
            (
                "Related: The council's budget, line by line, and what it means for the schools",
                true,
            ),
            ("First published on 3 May 2021", true),
            ("First published in The Conversation", true),
            (
                "President Joe Biden meets virtually with the Quad in the State Dining Room at \
                 the White House, Washington, D.C., March 12, 2021. /Getty",
                true,
            ),
            ("What's on the agenda?", false),
            ("Why Anchorage?", false),
            ("NASA", true),
            ("The meeting was held at 10:30.", false),
            ("By the end of the year, prices rose.", false),
            ("March was cold.", false),
            ("Share prices rose 5% on Monday after the news.", false),
            ("More than 30 people died.", false),
            ("The AP reported it.", false),
            ("Prices fell 3/4 of a point.", false),
            ("He wrote and/or edited it.", false),
            ("The agency sold photos to Getty Images.", false),
            ("He left AFP", false),
            (
                "Published by a small press in 1990, the novel sold well.",
                false,
            ),
            ("Download speeds doubled in the city last year.", false),
        ] {
            assert_eq!(is_chrome(text), chrome, "{text}");
        }
        assert_eq!(judge("Read more:", false), Some(Chrome::Intro));
    }

    #[test]
    fn bylines_give_author_and_date() {
        for (text, author, date) in [
            (
                "By Ransdell Pierson and Bill Berkrot",
                "Ransdell Pierson and Bill Berkrot",
                None,
            ),
            (
                "By Tom Reid | July 10, 2024",
                "Tom Reid",
                Some("July 10, 2024"),
            ),
            (
                "By Jeffrey Gettleman · Jan. 13, 2017",
                "Jeffrey Gettleman",
                Some("Jan. 13, 2017"),
            ),
            (
                "By Justine Coleman - 11/18/19 11:04 PM EST",
                "Justine Coleman",
                Some("11/18/19 11:04 PM EST"),
            ),
            ("BY JANE ROE", "JANE ROE", None),
        ] {
            assert_eq!(
                judge(text, false),
                Some(Chrome::Byline { author, date }),
                "{text}"
            );
        }
        for text in [
            "By then, the talks had stalled.",
            "By the numbers",
            "By Monday | the vote",
        ] {
            assert!(
                !matches!(judge(text, false), Some(Chrome::Byline { .. })),
                "{text}"
            );
        }
    }

    /// Chrome in the languages beyond English, and prose that only looks like it.
    #[cfg(feature = "languages")]
    #[test]
    fn chrome_in_other_languages() {
        for (text, chrome) in [
            ("Partager", true),
            ("Partager sur Facebook", true),
            ("Teilen", true),
            ("Compartir en WhatsApp", true),
            ("Поделиться", true),
            ("分享", true),
            (
                "Lire aussi : Le port rouvre après trois semaines de grève",
                true,
            ),
            ("LIRE AUSSI\u{a0}: Le port rouvre", true),
            ("Lesen Sie auch: Die Fähre fährt wieder", true),
            ("Leia também: A ponte reabre em junho", true),
            ("Читайте также: Паром снова ходит", true),
            ("相关阅读：港口重新开放", true),
            ("Crédit photo : AFP", true),
            ("Foto: Marta Ruiz/EFE", true),
            ("Фото: Иван Петров", true),
            ("Publié le 3 mars 2024 à 10h12, mis à jour à 11h30", true),
            ("Veröffentlicht am 12. April 2023 um 08:15 Uhr", true),
            ("Stand: 12.04.2023, 08:15 Uhr", true),
            ("Publicado el 5 de mayo de 2022, 14:02 h", true),
            ("Pubblicato il 7 luglio 2021 alle 09:30", true),
            ("Atualizado em 2 de agosto de 2020 às 18h40", true),
            ("Gepubliceerd op 9 oktober 2019 om 12:00", true),
            ("Опубликовано 4 марта 2024, 10:12", true),
            ("Publicerad 3 mars 2024 kl. 10.12", true),
            ("发布时间：2024-03-03 10:12", true),
            (
                "Abonnez-vous à notre newsletter pour recevoir l'essentiel chaque matin",
                true,
            ),
            ("Melden Sie sich für unseren Newsletter an", true),
            ("Cet article vous a été utile ? Réagissez", true),
            ("© 2024 Le Courrier. Tous droits réservés.", true),
            ("Alle Rechte vorbehalten.", true),
            ("Läs också: Färjan går igen", true),
            ("Læs også", true),
            ("Lue myös: Lautta kulkee taas", true),
            ("Czytaj też: Prom znów pływa", true),
            ("Yayınlanma: 03.03.2024 10:12", true),
            ("اقرأ أيضا: عودة العبارة", true),
            ("جميع الحقوق محفوظة © 2024", true),
            ("责任编辑：王五", true),
            ("公開日：2024年3月3日", true),
            ("[사진=연합뉴스]", true),
            ("입력 2024.03.03 10:12", true),
            ("Διαβάστε επίσης: Το πλοίο ξαναπλέει", true),
            ("Citește și: Feribotul circulă din nou", true),
            ("Kapcsolódó cikkek", true),
            // Prose that opens with the same words.
            (
                "Par ailleurs, la mairie a promis de rouvrir le pont.",
                false,
            ),
            ("Von Berlin aus", false),
            ("Von Berlin aus fuhr der Zug weiter nach Hamburg.", false),
            ("Por fin llegó la lluvia a la comarca.", false),
            ("Di solito il mercato apre alle otto.", false),
            ("Door de regen bleef het stadion leeg.", false),
            ("Av alla sökande fick bara tre en plats.", false),
            (
                "Publiés en 2020, ces livres ont marqué une génération.",
                false,
            ),
            (
                "Le maire a partagé la photo sur les réseaux sociaux.",
                false,
            ),
            (
                "Foto e video della serata sono stati pubblicati dal comune.",
                false,
            ),
            (
                "Die Stadt hat 2023 neue Busse gekauft, sagte die Sprecherin.",
                false,
            ),
            (
                "Le 3 mars, le conseil municipal a voté le budget de la ville.",
                false,
            ),
            ("Af de 300 ansøgere fik kun 12 en plads.", false),
            ("Publicerade siffror visar att 3 av 10 röstade.", false),
            ("입력된 값은 3개였다.", false),
            ("Dela upp arbetet i tre steg innan du börjar.", false),
        ] {
            assert_eq!(classify(text).is_some(), chrome, "{text}");
        }
        for (text, author, date) in [
            ("Par Jean Dupont", "Jean Dupont", None),
            (
                "Par Jean Dupont et Marie Curie",
                "Jean Dupont et Marie Curie",
                None,
            ),
            ("Von Hans Meier", "Hans Meier", None),
            (
                "Por Ana García y Luis Pérez",
                "Ana García y Luis Pérez",
                None,
            ),
            ("Di Marco Rossi", "Marco Rossi", None),
            ("Door Jan de Vries", "Jan de Vries", None),
            ("Av Anna Svensson", "Anna Svensson", None),
            ("Автор: Иван Петров", "Иван Петров", None),
            ("Auteur : Jean Dupont", "Jean Dupont", None),
            ("作者：张三", "张三", None),
            (
                "Par Jean Dupont | 3 mars 2024",
                "Jean Dupont",
                Some("3 mars 2024"),
            ),
            (
                "Von Hans Meier am 12. April 2023",
                "Hans Meier",
                Some("12. April 2023"),
            ),
        ] {
            assert_eq!(
                judge(text, false),
                Some(Chrome::Byline { author, date }),
                "{text}"
            );
        }
        assert_eq!(judge("Lire aussi", false), Some(Chrome::Intro));
        assert_eq!(judge("3 mars 2024", false), Some(Chrome::Date));
    }

    #[test]
    fn page_chrome() {
        for (text, chrome) in [
            ("Updated 12:24 am EST, Wednesday, November 20, 2019", true),
            ("Nov. 19, 2019, 8:41 AM UTC", true),
            ("Published 3 hours ago", true),
            ("May 2019", true),
            ("May I?", false),
            ("November", false),
            ("On Monday, 20 people were hurt.", false),
            ("By Justine Coleman, Senior Writer", true),
            ("Copyright © 2019 Press TV. All rights reserved.", true),
            ("© 2024 The Courier. This material may not be published, broadcast, rewritten or redistributed.", true),
            ("This article was originally published on The Conversation. Read the original article.", true),
            ("Sign up for our free daily newsletter.", true),
            ("Subscribe to get the best stories in your inbox", true),
            ("She signed up for the marathon and trained all winter.", false),
            ("The core stage of the rocket at Michoud. (credit: NASA/Jude Guidry)", true),
            ("Smoke rises above the hills near Valencia on Sunday. Photo: Fire Service", true),
            ("Fans queue outside the stadium before the final. Photograph: Jane Roe/Agency", true),
            ("The rocket (pictured) flew.", false),
            ("She showed the photo: it was blurred, she said, and nobody could tell.", false),
            ("Reporting by Jo Roe; Editing by Al Poe", true),
            ("AP writers Jo Roe and Al Poe contributed to this report.", true),
            ("Filed under: Politics |", true),
            ("Jon Sopel is the network's North America editor.", true),
            ("JANE ROE IS THE NETWORK'S POLITICAL EDITOR", true),
            ("The Courier (London) First published May 1, 2016: 1:28 AM ET", true),
            ("The law was first published in 1990.", false),
            ("Mary Ann Lee is a staff writer covering health. Follow her on Twitter @maryann.", true),
            ("Questions? Email him at desk@example.com.", true),
            ("Boris Johnson is expected to speak on Monday about the budget.", false),
            ("Jane Roe is an authority on tides and writes for the harbour board.", false),
            ("The reporting by the paper was praised by its readers.", false),
            ("The law on copyright changed in May.", false),
            ("Copyright holders sued the site in 2019, and lost.", false),
            (
                "The ferry runs again. Nobody on the island minded the wait. Ann Roe, Harbour \
                 Street Copyright 2020 The Island Post. All rights reserved.",
                false,
            ),
            ("He spoke (in French) to reporters.", false),
        ] {
            assert_eq!(classify(text).is_some(), chrome, "{text}");
        }
    }

    /// Chinese and Japanese write no spaces: a paragraph of them is long, and a notice at
    /// its end does not make it chrome (it did: the paragraph counted as one word).
    #[test]
    fn paragraphs_without_spaces_are_no_short_lines() {
        let notice = "このページの記事・写真の無断転載を禁じます。";
        let ja = format!(
            "市は来年度から駅前の広場を改修し、バスの乗り場を一か所にまとめる計画を発表した。\
             工事は三年かかる見込みで、費用は約二十億円とされる。市長は「誰もが使いやすい駅に\
             したい」と話した。{notice}"
        );
        let zh = "市政府周二宣布，明年将在老城区新建三座公园，并改造沿河的步行道。\
                  市长表示，工程预计两年完成。版权所有，未经授权不得转载。";
        for text in [ja.as_str(), zh] {
            assert_eq!(classify(text), None, "{text}");
        }
        assert!(words_in(&ja, LONGEST) > LONGEST);
        if cfg!(feature = "languages") {
            assert_eq!(classify(notice), Some(Chrome::Line));
        }
    }
}
