//! The words of page chrome, as data: every list the rules in [`super`] consult. All
//! lowercase unless a rule matches the line as written.

use crate::ingest::list::{list, List};

/// Whole lines of page furniture, without trailing punctuation.
pub(super) const LINES: List = list![
    "advertisement",
    "associated press",
    "back to top",
    "click to share",
    "close",
    "comments",
    "continue reading",
    "copy link",
    "download",
    "editor's picks",
    "email",
    "facebook",
    "follow us",
    "getty images",
    "image caption",
    "image copyright",
    "image source",
    "linkedin",
    "listen",
    "loading",
    "log in",
    "media caption",
    "menu",
    "more",
    "more on this story",
    "most popular",
    "most read",
    "most viewed",
    "next article",
    "play video",
    "previous article",
    "print",
    "recommended",
    "related topics",
    "reuters",
    "search trends",
    "share",
    "share this",
    "share this article",
    "share this story",
    "sign in",
    "skip to content",
    "sponsored",
    "sponsored content",
    "subscribe",
    "subscribe now",
    "top stories",
    "topics",
    "trending",
    "trending now",
    "tweet",
    "twitter",
    "whatsapp",
    "you may also like",
];

/// Lines that announce a link to another article, on the next line.
pub(super) const INTROS: List = list![
    "also read",
    "more from",
    "read also",
    "read more",
    "related",
    "related articles",
    "related stories",
    "see also",
    "watch",
];

/// Openings of share, subscribe, teaser and credit lines; such lines are short.
pub(super) const PREFIXES: List = list![
    "also read:",
    "click here to ",
    "credit:",
    "download this ",
    "download the app",
    "download:",
    "follow us on ",
    "image caption ",
    "image copyright ",
    "listen to this article",
    "listen:",
    "more from ",
    "photo credit",
    "photo:",
    "read also:",
    "read more:",
    "recommended:",
    "related:",
    "see also:",
    "share on ",
    "share this ",
    "share via ",
    "sign up for ",
    "subscribe to ",
    "topics:",
    "watch:",
];

/// Openings of lines that only say when the piece appeared: "Updated 21:47", "First
/// published on 3 May 2021". (With a date or number after them.)
pub(super) const PUBLISHED: List = list![
    "first published",
    "last modified",
    "last updated",
    "originally published",
    "posted",
    "published",
    "updated",
];

/// Openings of image credits: "Photo: Reuters", "(AP Photo/Evan Vucci)".
pub(super) const CREDIT_PREFIXES: List = list![
    "ap photo",
    "credit:",
    "file photo",
    "getty images",
    "image by",
    "image caption",
    "image copyright",
    "image credit",
    "image:",
    "photo by",
    "photo:",
    "photograph by",
    "photograph:",
    "photographs:",
    "photos:",
    "picture:",
    "pictured:",
    "source:",
];

/// Agencies and picture libraries that close a credit after `/`, `:`, `|` or `©`.
pub(super) const AGENCIES: List = list![
    "afp",
    "alamy",
    "ap photo",
    "epa",
    "getty",
    "getty images",
    "istock",
    "reuters",
    "shutterstock",
    "vcg",
    "xinhua",
];

/// Labels that close a caption with its credit: "… on Sunday. Photo: Fire Service".
pub(super) const CAPTION_CREDITS: List = list![
    "credit:",
    "image:",
    "photo:",
    "photograph:",
    "photos:",
    "picture:",
];

/// The words inside a closing parenthesis that make it a credit: "(credit: NASA)".
pub(super) const PAREN_CREDITS: List = list!["courtesy", "credit", "image", "photo", "picture"];

/// How furniture lines start (filing labels, tag lists, citations).
pub(super) const LABELS: List = list!["citation:", "filed under", "follow us", "tags:"];

/// Phrases of reprint and copyright notices.
pub(super) const REPRINT: List = list![
    "all rights reserved",
    "may not be published, broadcast",
    "may not be reproduced",
    "originally appeared",
    "reprinted with permission",
    "republished with permission",
    "was originally published",
];

/// "Reporting by Jo Roe; Editing by Al Poe".
pub(super) const REPORTING: List = list![
    "additional reporting by",
    "compiled by",
    "editing by",
    "reporting by",
    "writing by",
];

/// How a byline starts (case as written).
pub(super) const BYLINES: List = list![
    "By ",
    "by ",
    "BY ",
    "Written by ",
    "Posted by ",
    "Words by ",
];

/// Lowercase words that may stand inside a name: "Ursula von der Leyen".
pub(super) const NAME_PARTICLES: List =
    list!["&", "and", "bin", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von",];

/// What separates the name from the date in "By Tom Reid | July 10, 2024".
pub(super) const BYLINE_SEPARATORS: List =
    list![" | ", " · ", " • ", " - ", " – ", " — ", ", ", " on "];

/// How an author's bio says how to reach them: "Follow him on Twitter", "email her at".
pub(super) const BIO_CONTACTS: List = list![
    "contact the author",
    "email her at",
    "email him at",
    "email them at",
    "follow her on",
    "follow him on",
    "follow them on",
    "reach her at",
    "reach him at",
    "reach them at",
    "you can follow",
];

/// What an author is, in a bio that says "X is the network's political editor".
pub(super) const BIO_ROLES: List = list![
    "author",
    "columnist",
    "contributing",
    "contributor",
    "correspondent",
    "editor",
    "journalist",
    "producer",
    "reporter",
    "writer",
];

/// Newsletter pitches: a verb of signing up and a channel.
pub(super) const PITCH_VERBS: List = list!["sign up", "subscribe"];
pub(super) const PITCH_CHANNELS: List = list!["email", "inbox", "newsletter"];

/// Words of datelines: months, weekdays, time zones, "updated", "ago"…
pub(super) const DATE_WORDS: List = list![
    "a.m",
    "ago",
    "am",
    "apr",
    "april",
    "at",
    "aug",
    "august",
    "bst",
    "cdt",
    "cest",
    "cet",
    "cst",
    "day",
    "days",
    "dec",
    "december",
    "edt",
    "est",
    "et",
    "feb",
    "february",
    "first",
    "fri",
    "friday",
    "gmt",
    "hour",
    "hours",
    "hrs",
    "ist",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "last",
    "mar",
    "march",
    "may",
    "mdt",
    "min",
    "mins",
    "minute",
    "minutes",
    "mon",
    "monday",
    "mst",
    "nov",
    "november",
    "oct",
    "october",
    "on",
    "p.m",
    "pdt",
    "pm",
    "posted",
    "pst",
    "published",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "sun",
    "sunday",
    "thu",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "updated",
    "utc",
    "wed",
    "wednesday",
];

/// Month and weekday stems: a date names one of them.
pub(super) const CALENDAR: List = list![
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun",
];
