//! Kinds: whether a name is a person, a place or an organisation, from word lists, the
//! gazetteer and the words around its occurrences. A name is always typed; a phrase that
//! names nothing (and events, prizes, peoples) is a topic.

use super::candidates::Candidate;
use crate::analysis::TagKind;
use crate::lang::{Language, Lexeme, Role};

/// The kind of a candidate written `text`. `proper` says whether it is a name at all;
/// `written_lower` whether its words are also written in lowercase (a known place read
/// only in an all-caps headline or dateline is still a place, "china" in lowercase is not),
/// and whether its last word is ("Johnson Controls" where "controls" is written too).
///
/// A name is always typed, from the strongest evidence: the gazetteer, organisation heads
/// and acronyms, place heads, what the words around say (titles, "said", a short form,
/// "in"/"from", "news agency"), then its shape: a lone word that is no one's surname names
/// an organisation more often than anything else, two or three words a person.
pub(super) fn kind(
    text: &str,
    cand: &Candidate,
    proper: bool,
    (written_lower, last_lower): (bool, bool),
    lang: Language,
) -> TagKind {
    let lower = text.to_lowercase();
    let place = lang.is_place(&lower);
    // A lone word also written in lowercase ("Rain" after a dash, "rain") is a word. A
    // capitalised phrase never written in lowercase is a name also where its capitals
    // might be conventional (sentence starts, headings: "Acme said. Acme added."), but an
    // all-caps headline's words are no name by their capitals.
    let shouted = !text.chars().any(char::is_lowercase);
    let conventional = cand.capitalised > 0 || cand.words > 1 && cand.name_like && !shouted;
    // Where every noun is capitalised (German), capitals name nothing.
    let named = (proper || conventional && !written_lower)
        && !(cand.words == 1 && written_lower)
        && !lang.rules().capitalised_nouns;
    let e = cand.evidence;
    let occurrences = cand.occurrences.len() as u32;
    // A side in a results table is a club, however its city is named ("Ulsan 2 Pohang 1");
    // a country's side stays the country.
    let team = e.row > 0 && e.row * 2 >= occurrences && !lang.lexeme(&lower).country;
    if team && !written_lower && e.title == 0 {
        return TagKind::Organization;
    }
    // A city's name that the words around make a body's ("side Nice", "Milan coach") is
    // the club's or the firm's; a country's stays the country's.
    if e.body > 0 && e.body >= e.location && !written_lower && !lang.lexeme(&lower).country {
        return TagKind::Organization;
    }
    // A known place is one where it is written as a name, also where its words are written
    // in lowercase elsewhere ("the United States" beside "states' rights").
    if place && (proper || !written_lower) || !written_lower && e.dateline > 0 {
        return TagKind::Place;
    }
    if !named {
        return TagKind::Topic;
    }
    let words: Vec<Lexeme> = lower
        .split([' ', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| lang.lexeme(w))
        .collect();
    // Events and prizes ("World Cup"), and peoples ("Kurds", "Israelis"), are topics.
    // A lone word shaped as a nationality ("Kurdish", "Zairean") is an adjective too.
    let nationality = ["ian", "ean", "ese", "ish"]
        .iter()
        .any(|e| lower.ends_with(e))
        && !words[0].first_name;
    let people = words.len() == 1
        && (nationality
            || lower
                .strip_suffix('s')
                .is_some_and(|one| lang.lexeme(one).demonym));
    if people || words.len() > 1 && words.last().is_some_and(|w| w.event) {
        return TagKind::Topic;
    }
    if words.iter().any(|w| w.organization) || e.organization > 0 {
        return TagKind::Organization;
    }
    // "Heilongjiang Province", "Gulf of Narnia"; "Northern Ireland", "East Narnia".
    let (head, rest) = words.split_at(words.len() - 1);
    let part_of_place =
        words.len() > 1 && head.iter().all(|w| w.direction) && lang.is_place(rest_lower(&lower));
    if words.len() > 1
        && (rest[0].place_head || words[0].place_head && words[1].role == Role::NameLink)
        || part_of_place
    {
        return TagKind::Place;
    }
    let person_sized = (2..=3).contains(&cand.words);
    let first_name = words.len() > 1 && words[0].first_name;
    // "the Federal Reserve", "the Bundesbank": a person's name takes no article.
    let body = e.article * 2 >= occurrences;
    // A lone word after "said" is as often a body ("told Reuters") as a person, but one
    // before it ("Cole said") is most often a person.
    let acronym = text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !text.chars().any(char::is_lowercase);
    let speaker =
        e.speaker > 0 && (cand.words == 1 || person_sized) && !body && !acronym && e.location == 0;
    // A name holding a place's name ("Bombay Commodities", "Real Madrid") is a person's
    // only on a person's own evidence: a title or a first name, not the verbs around it.
    let parts: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let holds_place = parts.len() > 1
        && (1..parts.len()).any(|n| parts.windows(n).any(|w| lang.is_place(&w.join(" "))));
    let person = e.title > 0
        || first_name
        || !holds_place && (e.short_form > 0 || speaker || e.speech > 0 && person_sized && !body);
    if (1..=3).contains(&cand.words) && person {
        return TagKind::Person;
    }
    // "in X", "from X": for a lone word a third of its uses tell, it is rarely a body's.
    let share = if cand.words == 1 { 3 } else { 2 };
    let place_suffix = cand.words == 1 && ["stan", "land"].iter().any(|s| lower.ends_with(s));
    if e.location > 0 && e.location * share >= occurrences || place_suffix {
        return TagKind::Place;
    }
    // A name holding a place's name but not a place ("Real Madrid", "Air Narnia Canada")
    // is a club's or a company's.
    if holds_place {
        return TagKind::Organization;
    }
    // A name ending on a word of the text ("Dow Chemical", "Pirelli Cables") or holding an
    // acronym ("LM Ericsson", "CITIC Pacific") is a company's, not a person's.
    let shaped = !last_lower
        && !text.split([' ', '-']).any(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
    if person_sized && !acronym && !body && shaped {
        TagKind::Person
    } else if acronym || lang == Language::English {
        TagKind::Organization
    } else {
        // Without the English lists' evidence a lone name is as often a place: untyped.
        TagKind::Topic
    }
}

/// The last word of a lowercase name ("northern ireland" → "ireland").
fn rest_lower(lower: &str) -> &str {
    lower.rsplit([' ', '-']).next().unwrap_or(lower)
}

#[cfg(test)]
mod tests {
    use crate::analysis::TagKind;
    use crate::keyphrases::tests::{find, phrases};

    #[test]
    fn kinds() {
        for (text, name, kind) in [
            (
                "The talks were held in Anchorage. Anchorage is cold.",
                "Anchorage",
                TagKind::Place,
            ),
            (
                "Trade with Zorblax grew. Ships sail from Zorblax daily.",
                "Zorblax",
                TagKind::Place,
            ),
            (
                "Harbin is in Heilongjiang Province, north.",
                "Heilongjiang Province",
                TagKind::Place,
            ),
            (
                "Rates rose at the Bank of England today.",
                "Bank of England",
                TagKind::Organization,
            ),
            (
                "The Foreign Ministry of Narnia said so.",
                "Foreign Ministry of Narnia",
                TagKind::Organization,
            ),
            (
                "Officials met Secretary Blinken on Monday.",
                "Blinken",
                TagKind::Person,
            ),
            (
                "We saw John Smith at the gate.",
                "John Smith",
                TagKind::Person,
            ),
            (
                "Ho Tran said the plan was good.",
                "Ho Tran",
                TagKind::Person,
            ),
            (
                "Anna Lee came. Lee later resigned.",
                "Anna Lee",
                TagKind::Person,
            ),
            ("The U.S. and its allies agreed.", "U.S.", TagKind::Place),
            // No evidence: two words name a person, one word or an acronym an organisation.
            (
                "Zorblax Quantum gained.",
                "Zorblax Quantum",
                TagKind::Person,
            ),
            (
                "Shares of Zorblax fell. Zorblax makes paper.",
                "Zorblax",
                TagKind::Organization,
            ),
            ("Talks with the ZQX went on.", "ZQX", TagKind::Organization),
            // A lone word after "told" is a body as often as a person.
            (
                "The minister told Zorblax that talks went on.",
                "Zorblax",
                TagKind::Organization,
            ),
            (
                "Reports from the Zorblax news agency said so. Zorblax sent more. We read Zorblax.",
                "Zorblax",
                TagKind::Organization,
            ),
            (
                "Quimby Vexa said in a statement that it would grow.",
                "Quimby Vexa",
                TagKind::Organization,
            ),
            // A dateline, and a known place read in an all-caps dateline.
            (
                "BORVILLE, Narnia - Rain came to the town again. We saw Borville wet.",
                "Borville",
                TagKind::Place,
            ),
            (
                "NAIROBI, May 1 - Rain fell all day and more rain came.",
                "Nairobi",
                TagKind::Place,
            ),
            (
                "Fans of the Zorblax Cup came.",
                "Zorblax Cup",
                TagKind::Topic,
            ),
            (
                "The Venezuelans and Danes met.",
                "Venezuelans",
                TagKind::Topic,
            ),
            // Titles are evidence, never part of the name.
            (
                "Judge Ann Cole ruled. Prime Minister Lena Hart agreed.",
                "Lena Hart",
                TagKind::Person,
            ),
            (
                "The climate talks stalled.",
                "climate talks",
                TagKind::Topic,
            ),
            // The speaker before "said" is a person; not an acronym's body, nor a place
            // that is also where something was said.
            (
                "Reporters waited. Brannick said the vote was fair. Later Brannick said more.",
                "Brannick",
                TagKind::Person,
            ),
            (
                "The vote was fair, ZQX said. ZQX said more.",
                "ZQX",
                TagKind::Organization,
            ),
            (
                "Police in Varnholm said the roads were shut. Varnholm was cold.",
                "Varnholm",
                TagKind::Place,
            ),
            // Ending on a word of the text, or holding an acronym: a company's name.
            (
                "Analysts like Varn Copper now that copper is dear.",
                "Varn Copper",
                TagKind::Organization,
            ),
            (
                "Analysts praised QXT Tarrant on Monday.",
                "QXT Tarrant",
                TagKind::Organization,
            ),
            // A part of a known place, and a place head before "of".
            (
                "Rebels crossed into Northern Kenya. Northern Kenya is dry.",
                "Northern Kenya",
                TagKind::Place,
            ),
            (
                "Ships sailed on the Gulf of Varno at dawn. The Gulf of Varno froze.",
                "Gulf of Varno",
                TagKind::Place,
            ),
            // A known place written as a name, though its words are also lowercase words.
            (
                "The states agreed. Talks with the United States went on. The United States left.",
                "United States",
                TagKind::Place,
            ),
            // A side in a results table is a club, also one named after its city; a
            // country's side stays the country.
            (
                "Results on Sunday:\n\nKorvath 2 Pellwin 1\n\nStandings:\n\nKorvath 3 2 1 0 7 3 7\n\n\
                 Pellwin 3 0 1 2 2 6 1",
                "Korvath",
                TagKind::Organization,
            ),
            (
                "Results on Sunday:\n\nToronto 3 Denver 1\n\nStandings:\n\nToronto 5 4 1 0\n\n\
                 Denver 5 1 0 4",
                "Denver",
                TagKind::Organization,
            ),
            (
                "Results on Sunday:\n\nChile 2 Peru 1\n\nStandings:\n\nChile 3 2 1 0\n\nPeru 3 1 0 2",
                "Chile",
                TagKind::Place,
            ),
            // A dateline before a dash and the story's own words.
            (
                "BORVILLE - The rain came to the town again. We saw Borville wet.",
                "Borville",
                TagKind::Place,
            ),
            // "the" before a name: a body's, not a person's.
            (
                "Rates were set by the Mirrow Fennick today. The Mirrow Fennick meets in May.",
                "Mirrow Fennick",
                TagKind::Organization,
            ),
            // A body's spokesman, shares, officials; a body "based" somewhere.
            (
                "A Quimby Vexa spokesman said the plant would close.",
                "Quimby Vexa",
                TagKind::Organization,
            ),
            (
                "Talks with Ostrel Banff officials went on. Ostrel Banff shares fell.",
                "Ostrel Banff",
                TagKind::Organization,
            ),
            (
                "The Lyon-based Tarrow Pell sold its plant.",
                "Tarrow Pell",
                TagKind::Organization,
            ),
            // A player's or a monarch's role opening a sentence is a title, no part of
            // the name.
            (
                "The match was tense. Midfielder Ada Roon scored twice.",
                "Ada Roon",
                TagKind::Person,
            ),
            (
                "Emperor Otho Varn was crowned in the spring.",
                "Otho Varn",
                TagKind::Person,
            ),
            // A body's head word before it, a side's people or "v" around it: a body, also
            // where a city's name is its name; the city itself stays a place.
            (
                "The club Ostrel Wick was fined on Monday.",
                "Ostrel Wick",
                TagKind::Organization,
            ),
            (
                "Nairobi coach Ann Vale quit after Nairobi fans booed the team.",
                "Nairobi",
                TagKind::Organization,
            ),
            (
                "Postponed: Nairobi v Ostrel, Pellwin v Dranik.",
                "Nairobi",
                TagKind::Organization,
            ),
            (
                "Rain fell in Nairobi all day. Nairobi was wet.",
                "Nairobi",
                TagKind::Place,
            ),
            // Holding a place's name, a name is a person's only by a title or a first name.
            (
                "Nairobi Cement said profits rose. Nairobi Cement said more.",
                "Nairobi Cement",
                TagKind::Organization,
            ),
            (
                "New York Ledger said prices rose. New York Ledger said more.",
                "New York Ledger",
                TagKind::Organization,
            ),
        ] {
            let phrases = phrases(text);
            let p = find(&phrases, name).unwrap_or_else(|| panic!("{name} in {phrases:?}"));
            assert_eq!(p.kind, kind, "{name}");
        }
    }

    #[test]
    fn a_section_heading_in_capitals_is_no_dateline() {
        let text = "EASTERN GROUP\n\nKorvath 3 2 1 0 7 3 7\n\nPellwin 3 0 1 2 2 6 1\n\n\
            WESTERN GROUP\n\nDranik 3 2 1 0 5 1 7";
        let phrases = phrases(text);
        for p in &phrases {
            let lower = p.text.to_lowercase();
            if lower.contains("group") {
                assert_ne!(p.kind, TagKind::Place, "{p:?}");
            }
        }
    }
}
