//! The rules of every language beyond English, one row each: the Snowball stemmer
//! (rust-stemmers), the stopword list (`stopwords/<code>.txt`, from spaCy's lists, provenance
//! and licence in `stopwords/README.md`), and what the segmenter and keyphrase stage need to
//! know (abbreviations, elided articles, name links, day-of-month full stops) and the
//! summary's cues to a sentence leaning on an earlier one (connectives, pronouns, definite
//! articles: the grammar's closed classes, written from the languages' standard grammars).
//! Compiled only with the `languages` feature: the core wasm reads these languages by
//! statistics alone.
//!
//! Abbreviations are written lowercase without their final dot, as the word before that dot
//! reads ("nr" of "Nr.", "z.b" of "z.B."); spaced ones ("z. B.") as their last two words
//! joined by a space ("z. b").

use super::{Language, Role, Rules};
use rust_stemmers::Algorithm;

/// The row of `lang`; `None` for English (its own lists) and languages without rules.
pub(super) fn rules(lang: Language) -> Option<&'static Rules> {
    use Language::*;
    Some(match lang {
        Arabic => &Rules {
            stemmer: Some(Algorithm::Arabic),
            stopwords: include_str!("stopwords/ar.txt"),
            connectives: &["بل", "غير", "لذلك", "لكن", "ولكن"],
            pronouns: &["تلك", "ذلك", "هؤلاء", "هذا", "هذه", "هم", "هو", "هي"],
            abbreviations: &[],
            maybe_final: &[],
            proclitics: &["و", "ف"],
            // Weekdays (with the article, as news writes them) and the months of both
            // calendars of Arabic news, the Levantine and Iraqi (كانون الثاني "January": both
            // words) and the Egyptian and Gulf one (يناير), with and without hamza.
            dates: &[
                "الاثنين",
                "الإثنين",
                "الثلاثاء",
                "الأربعاء",
                "الاربعاء",
                "الخميس",
                "الجمعة",
                "السبت",
                "الأحد",
                "الاحد",
                "كانون",
                "شباط",
                "آذار",
                "نيسان",
                "أيار",
                "حزيران",
                "تموز",
                "آب",
                "أيلول",
                "تشرين",
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "ابريل",
                "مايو",
                "يونيو",
                "يونيه",
                "يوليو",
                "يوليه",
                "أغسطس",
                "اغسطس",
                "سبتمبر",
                "أكتوبر",
                "اكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            elisions: &[],
            name_links: &["بن", "ابن", "أبو", "عبد"],
            ordinal_dot: false,
            // The perfect's plural ("قالوا", "أعلنوا"); the imperfect's "-ون" ends plural
            // nouns too ("المواطنون").
            verb_endings: &[("وا", 2)],
            verb_role: Role::Break,
            // Particles of tense and negation and relative pronouns before a verb ("قد
            // أعلن", "لم يعلن", "لن يتم", "سوف", "التي تربط").
            auxiliaries: &["الذي", "الذين", "التي", "سوف", "قد", "لقد", "لم", "لن"],
            ..NONE
        },
        Chinese => &Rules {
            stemmer: None,
            stopwords: include_str!("stopwords/zh.txt"),
            // Weekdays, months and the days and years around the news, as the segmenter
            // cuts them (周三 is no word of its list: its two characters join).
            dates: &[
                "星期一",
                "星期二",
                "星期三",
                "星期四",
                "星期五",
                "星期六",
                "星期日",
                "星期天",
                "周一",
                "周二",
                "周三",
                "周四",
                "周五",
                "周六",
                "周日",
                "周末",
                "一月",
                "二月",
                "三月",
                "四月",
                "五月",
                "六月",
                "七月",
                "八月",
                "九月",
                "十月",
                "十一月",
                "十二月",
                "昨天",
                "明天",
                "去年",
                "明年",
                "上午",
                "下午",
                "上周",
                "本周",
                "下周",
            ],
            ..NONE
        },
        Danish => &Rules {
            stemmer: Some(Algorithm::Danish),
            stopwords: include_str!("stopwords/da.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "mandag",
                "tirsdag",
                "onsdag",
                "torsdag",
                "fredag",
                "lørdag",
                "søndag",
                "mandagen",
                "tirsdagen",
                "onsdagen",
                "torsdagen",
                "fredagen",
                "lørdagen",
                "søndagen",
                "januar",
                "februar",
                "marts",
                "april",
                "maj",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "december",
            ],
            abbreviations: &[
                "bl.a", "ca", "dvs", "f.eks", "hr", "jf", "kl", "mht", "nr", "pga", "bl. a",
                "f. eks",
            ],
            // "osv." (etc.) closes an enumeration, often a sentence.
            maybe_final: &["osv"],
            elisions: &[],
            name_links: &["af", "von", "van"],
            ordinal_dot: true,
            // Forms of address and the offices news writes before a name, bare and definite
            // ("borgmester Mette Lund", "formanden Jens Brix").
            titles: &[
                "borgmester",
                "borgmesteren",
                "direktør",
                "direktøren",
                "formand",
                "formanden",
                "fru",
                "hr",
                "minister",
                "ministeren",
                "professor",
                "rådmand",
                "rådmanden",
                "statsminister",
                "statsministeren",
            ],
            organizations: &["kommune", "region", "universitet"],
            // Modals before an infinitive ("vil måle", "må flytte"); not "at", also "that".
            auxiliaries: &[
                "burde", "bør", "kan", "kunne", "må", "måtte", "skal", "skulle", "vil", "ville",
            ],
            ..NONE
        },
        Dutch => &Rules {
            stemmer: Some(Algorithm::Dutch),
            stopwords: include_str!("stopwords/nl.txt"),
            abbreviations: &[
                "bijv", "blz", "bv", "ca", "dhr", "dr", "drs", "ir", "jl", "mevr", "mr", "nl",
                "nr", "o.a", "prof", "t.a.v", "z.g.a.n",
            ],
            maybe_final: &[],
            dates: &[
                "maandag",
                "dinsdag",
                "woensdag",
                "donderdag",
                "vrijdag",
                "zaterdag",
                "zondag",
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
            elisions: &[],
            name_links: &["van", "der", "den", "de", "ter", "ten"],
            ordinal_dot: false,
            // Forms of address, degrees and the offices news writes before a name
            // ("wethouder Sanne de Wit").
            titles: &[
                "burgemeester",
                "dhr",
                "dr",
                "drs",
                "ir",
                "mevr",
                "mevrouw",
                "minister",
                "premier",
                "prof",
                "voorzitter",
                "wethouder",
            ],
            organizations: &["gemeente", "provincie", "universiteit"],
            possessive_s: true,
            // Verbs of "-eren" in the past and present ("presenteerde", "reageert") and
            // their participles ("gepubliceerd").
            verb_endings: &[("eerd", 3), ("eerde", 2), ("eert", 2)],
            verb_role: Role::Break,
            // Auxiliaries, modals and subject pronouns stand before a verb ("werd
            // geopend", "heeft gebouwd", "zal openen", "hij opent"); not "zijn", as often
            // "his" as "are", nor "is", as often a copula.
            auxiliaries: &[
                "had", "hadden", "heeft", "hebben", "hij", "ik", "jij", "kan", "kon", "konden",
                "kunnen", "mag", "mocht", "mogen", "moest", "moesten", "moet", "moeten", "we",
                "werd", "werden", "wij", "wil", "wilde", "wilden", "wordt", "worden", "ze", "zij",
                "zal", "zou", "zouden", "zullen",
            ],
            ..NONE
        },
        Finnish => &Rules {
            stemmer: Some(Algorithm::Finnish),
            stopwords: include_str!("stopwords/fi.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "maanantai",
                "tiistai",
                "keskiviikko",
                "torstai",
                "perjantai",
                "lauantai",
                "sunnuntai",
                "maanantaina",
                "tiistaina",
                "keskiviikkona",
                "torstaina",
                "perjantaina",
                "lauantaina",
                "sunnuntaina",
                "tammikuu",
                "helmikuu",
                "maaliskuu",
                "huhtikuu",
                "toukokuu",
                "kesäkuu",
                "heinäkuu",
                "elokuu",
                "syyskuu",
                "lokakuu",
                "marraskuu",
                "joulukuu",
                "tammikuussa",
                "helmikuussa",
                "maaliskuussa",
                "huhtikuussa",
                "toukokuussa",
                "kesäkuussa",
                "heinäkuussa",
                "elokuussa",
                "syyskuussa",
                "lokakuussa",
                "marraskuussa",
                "joulukuussa",
                // The partitive of a date ("3. lokakuuta").
                "tammikuuta",
                "helmikuuta",
                "maaliskuuta",
                "huhtikuuta",
                "toukokuuta",
                "kesäkuuta",
                "heinäkuuta",
                "elokuuta",
                "syyskuuta",
                "lokakuuta",
                "marraskuuta",
                "joulukuuta",
            ],
            abbreviations: &["esim", "jne", "ks", "n", "nk", "ns", "tms", "vrt", "yms"],
            maybe_final: &[],
            elisions: &[],
            name_links: &[],
            ordinal_dot: true,
            // Finite verbs and past participles by their endings: the third persons
            // plural ("kertovat", "tekivät"), the passive ("rakennetaan", "avattiin"), the
            // conditional ("maksaisi"), the past ("kertoi", "tapahtui", "ilmoitti",
            // "vastasi") and its participle ("sanonut", "tehneet"). Not "-i" or "-si"
            // alone ("presidentti", "vuosi", "poliisi"), nor "-tti" after "e" or "a"
            // ("budjetti", "ammatti"), nor the illative "-taan" ("toimintaan").
            verb_endings: &[
                ("vat", 4),
                ("vät", 4),
                ("ivat", 2),
                ("ivät", 2),
                ("ataan", 2),
                ("etaan", 2),
                ("itaan", 2),
                ("otaan", 2),
                ("utaan", 2),
                ("ätään", 2),
                ("etään", 2),
                ("itään", 2),
                ("ytään", 2),
                ("daan", 2),
                ("dään", 2),
                ("attiin", 2),
                ("ettiin", 2),
                ("ittiin", 2),
                ("ottiin", 2),
                ("uttiin", 2),
                ("ättiin", 2),
                ("yttiin", 2),
                ("aisi", 2),
                ("äisi", 2),
                ("oisi", 2),
                ("uisi", 2),
                ("yisi", 2),
                ("aneet", 2),
                ("äneet", 2),
                ("eneet", 2),
                ("hneet", 2),
                ("ineet", 2),
                ("nneet", 2),
                ("uneet", 2),
                ("yneet", 2),
                ("nut", 3),
                ("nyt", 3),
                ("oi", 3),
                ("ui", 3),
                ("yi", 3),
                ("itti", 2),
                ("ätti", 1),
                ("ttaa", 2),
                ("ttää", 2),
                ("oo", 3),
                ("uu", 3),
                ("yy", 3),
                ("ee", 3),
                ("ytti", 2),
                ("utti", 3),
                ("asi", 2),
                ("äsi", 2),
                ("osi", 3),
                ("itsi", 2),
            ],
            verb_like_nouns: &[
                "elokuvat",
                "esineet",
                "instituutti",
                "minuutti",
                "paluu",
                "päivät",
                "tehtävät",
                "vastuu",
                "ystävät",
            ],
            verb_role: Role::Break,
            // Negation verbs and modals stand before a verb ("ei hyväksynyt", "voivat
            // rakentaa"); not "on", a copula as often as the perfect's auxiliary.
            auxiliaries: &[
                "aikoo",
                "aikovat",
                "ei",
                "eivät",
                "emme",
                "en",
                "et",
                "ette",
                "saattaa",
                "saattavat",
                "voi",
                "voisi",
                "voivat",
                "täytyy",
            ],
            // The offices news writes before a name ("apulaispormestari Anna Virtanen").
            titles: &[
                "apulaispormestari",
                "johtaja",
                "kaupunginjohtaja",
                "ministeri",
                "pormestari",
                "presidentti",
                "professori",
                "puheenjohtaja",
                "pääministeri",
                "toimitusjohtaja",
            ],
            organizations: &["kaupunki", "kunta", "yliopisto"],
            ..NONE
        },
        French => &Rules {
            stemmer: Some(Algorithm::French),
            stopwords: include_str!("stopwords/fr.txt"),
            // Inverted questions and incises ("a-t-il", "dit-elle", "va-t-on"), imperatives
            // ("dites-moi", "prenez-les").
            enclitics: &[
                "elle", "elles", "en", "il", "ils", "je", "la", "le", "les", "leur", "lui", "moi",
                "nous", "on", "toi", "tu", "vous", "y",
            ],
            connectives: &[
                "ainsi",
                "cependant",
                "donc",
                "mais",
                "néanmoins",
                "or",
                "pourtant",
                "sinon",
                "toutefois",
            ],
            pronouns: &[
                "c", "ce", "ceci", "cela", "celle", "celles", "celui", "ces", "cet", "cette",
                "ceux", "elle", "elles", "il", "ils", "leur", "leurs", "sa", "ses", "son", "ça",
            ],
            definite_articles: &["l", "la", "le", "les"],
            abbreviations: &[
                "av", "bd", "cf", "dr", "ex", "mgr", "m", "me", "mlle", "mm", "mme", "p", "pr",
                "st", "ste", "vol",
            ],
            maybe_final: &[],
            dates: &[
                "lundi",
                "mardi",
                "mercredi",
                "jeudi",
                "vendredi",
                "samedi",
                "dimanche",
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
                "hier",
                "demain",
                "aujourd'hui",
                "aujourd’hui",
            ],
            elisions: &[
                "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "quoiqu", "s", "t",
            ],
            name_links: &["de", "du", "des", "la", "le"],
            ordinal_dot: false,
            titles: &[
                "m", "mgr", "mlle", "mm", "mme", "monsieur", "madame", "dr", "me", "pr",
            ],
            organizations: &[
                "assemblée",
                "association",
                "banque",
                "commission",
                "conseil",
                "entreprise",
                "fondation",
                "mairie",
                "ministère",
                "parti",
                "préfecture",
                "société",
                "syndicat",
                "tribunal",
                "université",
            ],
            // Auxiliaries, modals, subject pronouns and the clitics that stand before a
            // verb: "a inauguré", "doit voter", "se plaignent", "qui relie", "il estime".
            auxiliaries: &[
                "a",
                "ai",
                "aura",
                "aurait",
                "auraient",
                "auront",
                "avait",
                "avaient",
                "avons",
                "doit",
                "doivent",
                "devait",
                "devaient",
                "devrait",
                "devraient",
                "elle",
                "elles",
                "est",
                "il",
                "ils",
                "ne",
                "on",
                "ont",
                "peut",
                "peuvent",
                "pourrait",
                "pourraient",
                "qui",
                "se",
                "sera",
                "seront",
                "sont",
                "va",
                "veut",
                "veulent",
                "vont",
                "était",
                "étaient",
                "été",
            ],
            // Future, conditional, imperfect plural and past historic plural ("réduira",
            // "emprunteront", "concentraient", "annoncèrent"); not "-ait" ("portrait",
            // "lait") nor "-ent" ("parlement").
            verb_endings: &[
                ("eraient", 1),
                ("iraient", 1),
                ("aient", 2),
                ("erait", 2),
                ("irait", 2),
                ("eront", 2),
                ("iront", 2),
                ("èrent", 2),
                ("issent", 2),
                ("era", 3),
                ("ira", 3),
            ],
            verb_role: Role::Break,
            // Adverbs of "-amment", "-emment" and of adjectives no noun shares an ending
            // with ("politiquement", "effectivement"); not "-ément" ("élément").
            adverb_endings: &[
                ("amment", 2),
                ("emment", 2),
                ("iquement", 2),
                ("ivement", 2),
                ("eusement", 2),
                ("ièrement", 2),
                ("ablement", 2),
                ("iblement", 2),
                ("alement", 2),
            ],
            ..NONE
        },
        German => &Rules {
            stemmer: Some(Algorithm::German),
            stopwords: include_str!("stopwords/de.txt"),
            connectives: &[
                "aber",
                "allerdings",
                "also",
                "daher",
                "darum",
                "dennoch",
                "deshalb",
                "deswegen",
                "doch",
                "jedoch",
                "sondern",
                "trotzdem",
            ],
            pronouns: &[
                "dies", "diese", "diesem", "diesen", "dieser", "dieses", "er", "es", "ihr", "ihre",
                "ihrem", "ihren", "ihrer", "sein", "seine", "seinem", "seinen", "seiner", "sie",
            ],
            definite_articles: &["das", "dem", "den", "der", "des", "die"],
            abbreviations: &[
                "abs", "bzw", "ca", "d.h", "dr", "evtl", "ggf", "hl", "inkl", "jh", "jhd", "nr",
                "prof", "s", "sog", "st", "str", "u.a", "v.a", "vgl", "z.b", "z.t", "d. h", "u. a",
                "v. a", "z. b", "z. t",
            ],
            maybe_final: &["v. chr", "n. chr", "v.chr", "n.chr"],
            capitalised_nouns: true,
            dates: &[
                "montag",
                "dienstag",
                "mittwoch",
                "donnerstag",
                "freitag",
                "samstag",
                "sonntag",
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ],
            elisions: &[],
            name_links: &["von", "vom", "zu", "der", "van", "de"],
            ordinal_dot: true,
            titles: &["herr", "frau", "dr", "prof"],
            possessive_s: true,
            ..NONE
        },
        Greek => &Rules {
            stemmer: Some(Algorithm::Greek),
            stopwords: include_str!("stopwords/el.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "δευτέρα",
                "τρίτη",
                "τετάρτη",
                "πέμπτη",
                "παρασκευή",
                "σάββατο",
                "κυριακή",
                "δευτέρας",
                "τρίτης",
                "τετάρτης",
                "πέμπτης",
                "παρασκευής",
                "σαββάτου",
                "κυριακής",
                "ιανουάριος",
                "φεβρουάριος",
                "μάρτιος",
                "απρίλιος",
                "μάιος",
                "ιούνιος",
                "ιούλιος",
                "αύγουστος",
                "σεπτέμβριος",
                "οκτώβριος",
                "νοέμβριος",
                "δεκέμβριος",
                "ιανουάριο",
                "φεβρουάριο",
                "μάρτιο",
                "απρίλιο",
                "μάιο",
                "ιούνιο",
                "ιούλιο",
                "αύγουστο",
                "σεπτέμβριο",
                "οκτώβριο",
                "νοέμβριο",
                "δεκέμβριο",
                "ιανουαρίου",
                "φεβρουαρίου",
                "μαρτίου",
                "απριλίου",
                "μαΐου",
                "ιουνίου",
                "ιουλίου",
                "αυγούστου",
                "σεπτεμβρίου",
                "οκτωβρίου",
                "νοεμβρίου",
                "δεκεμβρίου",
            ],
            abbreviations: &["κ", "κα", "κος", "δρ", "καθ", "π.χ", "δηλ", "κλπ", "βλ"],
            maybe_final: &[],
            // The future and subjunctive particles and the negations stand before a verb
            // ("θα μειώσει", "να ζητήσει", "δεν είπε").
            auxiliaries: &["δε", "δεν", "θα", "μη", "μην", "να"],
            // Aorist third persons ("εγκαινίασε", "δήλωσε", "έδειξε", "ζήτησαν"), the
            // imperfect plural ("ζητούσαν"), present third persons ("μειώνει", "μπορεί",
            // "ζητούν"), of the middle voice too ("αναμένεται", "φοβούνται"): endings no
            // Greek noun has.
            verb_endings: &[
                ("ασε", 3),
                ("ησε", 3),
                ("ισε", 3),
                ("ωσε", 3),
                ("υσε", 3),
                ("ξε", 3),
                ("ψε", 3),
                ("ασαν", 2),
                ("ησαν", 2),
                ("ισαν", 2),
                ("ωσαν", 2),
                ("ξαν", 2),
                ("ψαν", 2),
                ("ούσαν", 2),
                ("ουσαν", 2),
                ("ει", 2),
                ("εί", 2),
                ("ουν", 2),
                ("ούν", 2),
                ("εται", 2),
                ("είται", 2),
                ("ονται", 2),
                ("ούνται", 2),
            ],
            verb_role: Role::Break,
            question_semicolon: true,
            elisions: &[],
            name_links: &[],
            ordinal_dot: false,
            // "κ." (Mr. and Mrs.), "κα" (Mrs.), "κος" (Mr.), "δρ" (Dr.), "καθ." (Prof.).
            titles: &["δρ", "κ", "κα", "καθ", "κος"],
            // In the cases names write them with ("Δήμος Ηρακλείου", "του Δήμου").
            organizations: &[
                "βουλή",
                "βουλής",
                "δήμος",
                "δήμου",
                "ένωση",
                "ένωσης",
                "εταιρεία",
                "εταιρείας",
                "ίδρυμα",
                "ιδρύματος",
                "κόμμα",
                "κόμματος",
                "οργανισμός",
                "οργανισμού",
                "πανεπιστήμιο",
                "πανεπιστημίου",
                "περιφέρεια",
                "περιφέρειας",
                "σύλλογος",
                "συλλόγου",
                "τράπεζα",
                "τράπεζας",
                "υπουργείο",
                "υπουργείου",
            ],
            ..NONE
        },
        Hungarian => &Rules {
            stemmer: Some(Algorithm::Hungarian),
            stopwords: include_str!("stopwords/hu.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "hétfő",
                "kedd",
                "szerda",
                "csütörtök",
                "péntek",
                "szombat",
                "vasárnap",
                "hétfőn",
                "kedden",
                "szerdán",
                "csütörtökön",
                "pénteken",
                "szombaton",
                "január",
                "február",
                "március",
                "április",
                "május",
                "június",
                "július",
                "augusztus",
                "szeptember",
                "október",
                "november",
                "december",
                "januárban",
                "februárban",
                "márciusban",
                "áprilisban",
                "májusban",
                "júniusban",
                "júliusban",
                "augusztusban",
                "szeptemberben",
                "októberben",
                "novemberben",
                "decemberben",
                "januártól",
                "februártól",
                "márciustól",
                "áprilistól",
                "májustól",
                "júniustól",
                "júliustól",
                "augusztustól",
                "szeptembertől",
                "októbertől",
                "novembertől",
                "decembertől",
                "januárig",
                "februárig",
                "márciusig",
                "áprilisig",
                "májusig",
                "júniusig",
                "júliusig",
                "augusztusig",
                "szeptemberig",
                "októberig",
                "novemberig",
                "decemberig",
            ],
            abbreviations: &["dr", "kb", "pl", "prof", "stb", "u", "ún", "vö"],
            maybe_final: &[],
            elisions: &[],
            name_links: &[],
            ordinal_dot: true,
            // Finite verbs by their endings: the past ("épített", "döntött"), with a
            // definite object ("bejelentette", "mondta", "elfogadták", "rendezték") and
            // plural ("tartottak", "mondtak"), the present of "-ik" verbs ("dolgozik",
            // "kezdődik") and the definite plural ("mondják"). The past only after a
            // consonant: after a vowel "-ta", "-te" is a possessive ("csapata", "területe"),
            // and "-ták", "-tek" a plural ("turisták", "területek").
            verb_endings: &[
                ("ott", 3),
                ("ett", 3),
                ("ött", 3),
                ("tta", 3),
                ("tte", 3),
                ("dta", 2),
                ("dte", 2),
                ("lta", 2),
                ("lte", 2),
                ("ozta", 1),
                ("ezte", 1),
                ("rta", 3),
                ("rte", 3),
                ("pta", 2),
                ("pte", 2),
                ("vta", 2),
                ("vte", 2),
                ("yta", 2),
                ("yte", 2),
                ("gta", 2),
                ("gte", 2),
                ("tták", 2),
                ("dták", 2),
                ("gták", 2),
                ("lták", 2),
                ("pták", 2),
                ("rták", 2),
                ("vták", 2),
                ("yták", 2),
                ("zták", 2),
                ("tték", 2),
                ("dték", 2),
                ("lték", 2),
                ("rték", 2),
                ("zték", 2),
                ("ttak", 2),
                ("ttek", 2),
                ("dtak", 2),
                ("dtek", 2),
                ("ltak", 2),
                ("ptak", 2),
                ("ptek", 2),
                ("rtak", 2),
                ("rtek", 2),
                ("ztak", 2),
                ("ztek", 2),
                ("ják", 3),
                ("zik", 2),
                ("ődik", 2),
            ],
            // Participles that name people and things.
            verb_like_nouns: &[
                "alkalmazott",
                "alkalmazottak",
                "cigaretta",
                "felnőttek",
                "flotta",
                "gyanúsítottak",
                "halott",
                "halottak",
                "vádlottak",
                "válogatott",
                "újszülött",
            ],
            verb_role: Role::Break,
            // Negation, the future's auxiliary and modals before a verb ("nem fogadta",
            // "fogja építeni", "kell megoldani").
            auxiliaries: &[
                "akar",
                "akarja",
                "akarják",
                "akarnak",
                "fog",
                "fogja",
                "fogják",
                "fognak",
                "kell",
                "kellett",
                "nem",
                "szeretne",
                "szeretnék",
                "szeretnének",
            ],
            // Written lowercase before the name ("dr. Kovács Anna"); offices follow it.
            titles: &["dr", "prof"],
            ..NONE
        },
        Italian => &Rules {
            stemmer: Some(Algorithm::Italian),
            stopwords: include_str!("stopwords/it.txt"),
            connectives: &[
                "comunque", "dunque", "infatti", "invece", "ma", "perciò", "pertanto", "però",
                "quindi", "tuttavia",
            ],
            pronouns: &[
                "ciò", "essa", "esse", "essi", "esso", "lei", "loro", "lui", "quell", "quella",
                "quelle", "quelli", "quello", "quest", "questa", "queste", "questi", "questo",
                "sua", "sue", "suo", "suoi",
            ],
            definite_articles: &["gli", "i", "il", "l", "la", "le", "lo"],
            abbreviations: &[
                "avv", "dott", "ecc", "es", "ing", "on", "pag", "prof", "sig", "sigg", "sig.ra",
            ],
            maybe_final: &[],
            dates: &[
                "lunedì",
                "martedì",
                "mercoledì",
                "giovedì",
                "venerdì",
                "sabato",
                "domenica",
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
            ],
            elisions: &[
                "all", "anch", "c", "coll", "d", "dall", "dell", "l", "nell", "quell", "quest",
                "s", "sull", "tutt", "un",
            ],
            name_links: &["di", "da", "del", "della", "de"],
            ordinal_dot: false,
            titles: &[
                "sig", "sig.ra", "signor", "signora", "dott", "dott.ssa", "prof", "avv", "ing",
            ],
            organizations: &[
                "associazione",
                "banca",
                "comune",
                "consiglio",
                "fondazione",
                "ministero",
                "partito",
                "regione",
                "società",
                "tribunale",
                "università",
            ],
            // Auxiliaries, modals and the clitic "si" before a verb ("ha presentato",
            // "saranno raddoppiate", "potrebbe chiudere"); not "stato", also the noun.
            auxiliaries: &[
                "abbiamo",
                "aveva",
                "avevano",
                "avrà",
                "avranno",
                "deve",
                "devono",
                "dovrà",
                "dovrebbe",
                "dovrebbero",
                "era",
                "erano",
                "ha",
                "hanno",
                "ho",
                "non",
                "possono",
                "potrà",
                "potrebbe",
                "potrebbero",
                "può",
                "sarà",
                "saranno",
                "sarebbe",
                "si",
                "sono",
                "stata",
                "stati",
                "vengono",
                "viene",
                "vuole",
                "è",
            ],
            // Future, past and imperfect of the third person ("ridurrà", "partiranno",
            // "annunciò", "temevano"), never inside a noun phrase; not "-ato" ("stato",
            // "mercato").
            verb_endings: &[
                ("arono", 3),
                ("avano", 3),
                ("erono", 3),
                ("evano", 3),
                ("irono", 3),
                ("ivano", 3),
                ("ranno", 3),
                ("rà", 3),
                ("ò", 3),
            ],
            verb_role: Role::Break,
            ..NONE
        },
        Japanese => &Rules {
            stemmer: None,
            stopwords: include_str!("stopwords/ja.txt"),
            // Weekdays (whole and short), months in kanji, and the days, weeks and years
            // around the news: kanji runs the script splitter leaves whole.
            dates: &[
                "月曜日",
                "火曜日",
                "水曜日",
                "木曜日",
                "金曜日",
                "土曜日",
                "日曜日",
                "月曜",
                "火曜",
                "水曜",
                "木曜",
                "金曜",
                "土曜",
                "日曜",
                "一月",
                "二月",
                "三月",
                "四月",
                "五月",
                "六月",
                "七月",
                "八月",
                "九月",
                "十月",
                "十一月",
                "十二月",
                "今日",
                "昨日",
                "明日",
                "本日",
                "午前",
                "午後",
                "先週",
                "今週",
                "来週",
                "週末",
                "先月",
                "今月",
                "来月",
                "昨年",
                "今年",
                "来年",
                "去年",
            ],
            ..NONE
        },
        Korean => &Rules {
            // No Snowball stemmer: cutting off the particles is the normalisation.
            stemmer: None,
            stopwords: include_str!("stopwords/ko.txt"),
            dates: &[
                "월요일",
                "화요일",
                "수요일",
                "목요일",
                "금요일",
                "토요일",
                "일요일",
            ],
            // Predicate endings as written after the verb's stem: past and present finals
            // ("밝혔다", "한다"), quotatives ("했다고"), connectives ("하며", "했지만"),
            // adnominals ("하는", "발표한"). Never "다" alone ("캐나다", "바다"), nor "고"
            // ("사고", "광고"), nor "한" and "할" after one syllable ("북한", "역할").
            verb_endings: &[
                ("갔다", 0),
                ("겠다", 0),
                ("냈다", 0),
                ("났다", 0),
                ("는다", 0),
                ("니다", 0),
                ("다고", 0),
                ("됐다", 0),
                ("된다", 0),
                ("렸다", 0),
                ("봤다", 0),
                ("섰다", 0),
                ("었다", 0),
                ("없다", 0),
                ("였다", 0),
                ("왔다", 0),
                ("웠다", 0),
                ("있다", 0),
                ("졌다", 0),
                ("줬다", 0),
                ("쳤다", 0),
                ("켰다", 0),
                ("한다", 0),
                ("했다", 0),
                ("혔다", 0),
                ("간다", 0),
                ("온다", 0),
                ("인다", 0),
                ("진다", 0),
                ("린다", 0),
                ("난다", 0),
                ("낸다", 0),
                ("준다", 0),
                ("본다", 0),
                ("했고", 0),
                ("었고", 0),
                ("았고", 0),
                ("였고", 0),
                ("됐고", 0),
                ("졌고", 0),
                ("하고", 0),
                ("되고", 0),
                ("있고", 0),
                ("며", 0),
                ("면서", 0),
                ("지만", 0),
                ("는데", 0),
                ("하면", 0),
                ("되면", 0),
                ("하여", 0),
                ("해서", 0),
                ("되어", 0),
                ("돼", 0),
                ("없이", 0),
                ("라고", 0),
                ("라며", 0),
                ("하는", 0),
                ("되는", 0),
                ("있는", 0),
                ("없는", 0),
                ("했던", 0),
                ("하던", 0),
                ("하기", 0),
                ("하게", 0),
                ("도록", 0),
                ("된", 0),
                ("될", 0),
                ("한", 2),
                ("할", 2),
            ],
            verb_role: Role::Break,
            // Case and topic particles and the plural 들 (alone and before a particle),
            // longest first. One-syllable
            // particles that also end common nouns ("이" of "어린이", "가" of "휴가", "도" of
            // "제도", "의" of "회의", "로" of "도로", "과" of "결과", "만" of "불만") leave two
            // syllables at least, and so do the longer particles they begin ("로는" of
            // "도로는" is "로" + "는"); "은", "는", "을", "를", "에" end few nouns.
            particles: &[
                ("에서부터", 1),
                ("으로부터", 1),
                ("들에게서", 1),
                ("들에서", 1),
                ("들에게", 1),
                ("들과의", 1),
                ("들이다", 1),
                ("에게서", 1),
                ("에서는", 1),
                ("에서도", 1),
                ("에서의", 1),
                ("으로는", 1),
                ("으로도", 1),
                ("으로서", 1),
                ("으로써", 1),
                ("으로의", 1),
                ("이라는", 1),
                ("이라고", 1),
                ("이었다", 1),
                ("에게는", 1),
                ("에게도", 1),
                ("께서는", 1),
                ("부터는", 1),
                ("까지는", 1),
                ("까지도", 1),
                ("들이", 1),
                ("들은", 1),
                ("들을", 1),
                ("들의", 1),
                ("들과", 1),
                ("들도", 1),
                ("들로", 1),
                ("들에", 1),
                ("들만", 1),
                ("에서", 1),
                ("으로", 1),
                ("에게", 1),
                ("께서", 1),
                ("부터", 1),
                ("까지", 1),
                ("에는", 1),
                ("에도", 1),
                ("에의", 1),
                ("와의", 2),
                ("과의", 2),
                ("와는", 2),
                ("과는", 2),
                ("로는", 2),
                ("로서", 2),
                ("로써", 2),
                ("라는", 2),
                ("이란", 1),
                ("인데", 1),
                ("이나", 2),
                ("이며", 1),
                ("이고", 1),
                ("이다", 1),
                ("처럼", 1),
                ("만큼", 1),
                ("마다", 1),
                ("보다", 1),
                ("조차", 1),
                ("한테", 1),
                ("은", 1),
                ("는", 1),
                ("을", 1),
                ("를", 1),
                ("에", 1),
                ("이", 2),
                ("가", 2),
                ("의", 2),
                ("도", 2),
                ("만", 2),
                ("과", 2),
                ("와", 2),
                ("로", 2),
                ("들", 2),
            ],
            ..NONE
        },
        Norwegian => &Rules {
            stemmer: Some(Algorithm::Norwegian),
            stopwords: include_str!("stopwords/no.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "mandag",
                "tirsdag",
                "onsdag",
                "torsdag",
                "fredag",
                "lørdag",
                "søndag",
                "mandagen",
                "tirsdagen",
                "onsdagen",
                "torsdagen",
                "fredagen",
                "lørdagen",
                "søndagen",
                "januar",
                "februar",
                "mars",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "desember",
            ],
            abbreviations: &[
                "bl.a", "ca", "dvs", "f.eks", "kl", "mht", "nr", "pga", "bl. a", "f. eks",
            ],
            // "osv." (etc.) closes an enumeration, often a sentence.
            maybe_final: &["osv"],
            elisions: &[],
            name_links: &["af", "von", "van"],
            ordinal_dot: true,
            // Forms of address and the offices news writes before a name, bare and definite
            // ("ordfører Kari Nilsen", "lederen Ole Haugland").
            titles: &[
                "byråd",
                "direktør",
                "direktøren",
                "fru",
                "herr",
                "leder",
                "lederen",
                "minister",
                "ministeren",
                "ordfører",
                "ordføreren",
                "professor",
                "rådmann",
                "rådmannen",
                "statsminister",
                "statsministeren",
            ],
            organizations: &["kommune", "fylkeskommune", "universitet"],
            // Modals and the infinitive marker "å" before an infinitive ("vil be", "å stenge").
            auxiliaries: &[
                "burde", "bør", "kan", "kunne", "må", "måtte", "skal", "skulle", "vil", "ville",
                "å",
            ],
            ..NONE
        },
        Portuguese => &Rules {
            stemmer: Some(Algorithm::Portuguese),
            stopwords: include_str!("stopwords/pt.txt"),
            // European Portuguese writes object pronouns after the verb ("tornou-se",
            // "disse-lhe", "encontrá-lo").
            enclitics: &[
                "la", "las", "lhe", "lhes", "lo", "los", "me", "nos", "se", "te", "vos",
            ],
            connectives: &[
                "assim",
                "contudo",
                "entretanto",
                "então",
                "mas",
                "portanto",
                "porém",
                "todavia",
            ],
            pronouns: &[
                "aquela", "aquelas", "aquele", "aqueles", "aquilo", "ela", "elas", "ele", "eles",
                "essa", "essas", "esse", "esses", "esta", "estas", "este", "estes", "isso", "isto",
                "seu", "seus", "sua", "suas",
            ],
            definite_articles: &["a", "as", "o", "os"],
            abbreviations: &[
                "ca", "dr", "dra", "eng", "ex", "pág", "prof", "profa", "sr", "sra", "srta", "av",
            ],
            maybe_final: &[],
            dates: &[
                "segunda-feira",
                "terça-feira",
                "quarta-feira",
                "quinta-feira",
                "sexta-feira",
                "sábado",
                "domingo",
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ],
            elisions: &[],
            name_links: &["da", "das", "de", "do", "dos"],
            ordinal_dot: false,
            titles: &["sr", "sra", "srta", "dr", "dra", "dom", "dona"],
            // No `organizations` yet: typed as a body, a council's name takes a tag slot
            // from the topic its article is about (names come first in the tag list).
            // Auxiliaries, modals and the clitic "se" before a verb ("foi inaugurada", "vai
            // custar", "pode ampliar").
            auxiliaries: &[
                "deve", "devem", "deverá", "deveria", "foi", "foram", "ia", "não", "pode", "podem",
                "poderá", "poderia", "se", "sido", "tem", "terá", "tinha", "tinham", "têm", "vai",
                "vão",
            ],
            verb_endings: &[
                ("aram", 3),
                ("ará", 3),
                ("avam", 3),
                ("eram", 3),
                ("erá", 3),
                ("iram", 3),
                ("irá", 3),
                ("iu", 3),
                ("ou", 3),
            ],
            ..NONE
        },
        Romanian => &Rules {
            stemmer: Some(Algorithm::Romanian),
            stopwords: include_str!("stopwords/ro.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "luni",
                "marți",
                "miercuri",
                "joi",
                "vineri",
                "sâmbătă",
                "duminică",
                "ianuarie",
                "februarie",
                "martie",
                "aprilie",
                "iunie",
                "iulie",
                "august",
                "septembrie",
                "octombrie",
                "noiembrie",
                "decembrie",
            ],
            abbreviations: &["dl", "dna", "dr", "nr", "prof", "str"],
            maybe_final: &[],
            elisions: &[],
            titles: &["dl", "dna", "doamna", "domnul", "dr", "prof"],
            // Snowball's Romanian stemmer and older text write ş and ţ with a cedilla, the
            // standard and most text since with a comma below: one word either way.
            folds: &[('ș', "ş"), ('ț', "ţ")],
            // In the cases names write them with ("Primăria Timișoara", "Consiliului Local").
            organizations: &[
                "agenția",
                "agenției",
                "asociația",
                "asociației",
                "banca",
                "băncii",
                "compania",
                "companiei",
                "consiliul",
                "consiliului",
                "guvernul",
                "guvernului",
                "ministerul",
                "ministerului",
                "partidul",
                "partidului",
                "primăria",
                "primăriei",
                "universitatea",
                "universității",
            ],
            // The perfect's auxiliary ("a inaugurat", "au costat"), the future's ("va
            // reduce"), the conditional's, modals, negation and the reflexive before a verb.
            auxiliaries: &[
                "a", "ai", "am", "ar", "au", "fost", "nu", "poate", "pot", "se", "trebuie", "va",
                "vom", "vor",
            ],
            name_links: &["de", "din"],
            ordinal_dot: false,
            ..NONE
        },
        Russian => &Rules {
            stemmer: Some(Algorithm::Russian),
            stopwords: include_str!("stopwords/ru.txt"),
            // Most print and web text writes ё as е ("все" for "всё"); the stemmer reads ё
            // as a consonant ("самолёт" keeps its stem whole, "самолет" not).
            folds: &[('ё', "е")],
            connectives: &[
                "а",
                "впрочем",
                "зато",
                "итак",
                "но",
                "однако",
                "поэтому",
                "тем",
            ],
            pronouns: &[
                "его",
                "ее",
                "её",
                "им",
                "их",
                "он",
                "она",
                "они",
                "оно",
                "эта",
                "эти",
                "этим",
                "этих",
                "это",
                "этого",
                "этой",
                "этом",
                "этот",
                "эту",
            ],
            abbreviations: &[
                "г", "гг", "др", "им", "напр", "проф", "руб", "см", "ст", "тыс", "ул", "т.е",
                "т.д", "т.п", "т. е", "т. д", "т. п", "т. н", "т.н",
            ],
            maybe_final: &["н. э", "н.э", "до н.э"],
            dates: &[
                "понедельник",
                "вторник",
                "среду",
                "среда",
                "четверг",
                "пятницу",
                "пятница",
                "субботу",
                "суббота",
                "воскресенье",
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря",
                "январе",
                "феврале",
                "марте",
                "апреле",
                "мае",
                "июне",
                "июле",
                "августе",
                "сентябре",
                "октябре",
                "ноябре",
                "декабре",
            ],
            elisions: &[],
            name_links: &[],
            ordinal_dot: false,
            titles: &["г-н", "г-жа"],
            // The past by its "-л", "-ла", "-ли", "-ло" after the verb's own letters
            // ("заявил", "сообщила", "открыли", "показал", "опубликовали"), the present's
            // third persons ("меняет", "понимают", "подводит", "ходят"), reflexives
            // ("находится"). Not "-ал", "-ела" or "-ет" alone, which end many nouns
            // ("канал", "отдела", "бюджет"), nor "-ели" ("жители").
            verb_endings: &[
                ("ил", 2),
                ("ила", 2),
                ("или", 2),
                ("ило", 2),
                ("ял", 2),
                ("яла", 2),
                ("яли", 2),
                ("нул", 2),
                ("нула", 2),
                ("нули", 2),
                ("вел", 2),
                ("вёл", 1),
                ("шел", 1),
                ("шёл", 1),
                ("шла", 1),
                ("шли", 1),
                ("шло", 1),
                ("крыл", 1),
                ("крыли", 1),
                ("овал", 3),
                ("овала", 3),
                ("овали", 3),
                ("овало", 3),
                ("ывал", 2),
                ("ывала", 2),
                ("ывали", 2),
                ("ивал", 2),
                ("ивала", 2),
                ("азал", 1),
                ("азала", 1),
                ("азали", 1),
                ("азало", 1),
                ("звал", 2),
                ("звала", 2),
                ("звали", 2),
                ("исал", 1),
                ("исала", 1),
                ("исали", 1),
                ("ждал", 0),
                ("ждала", 0),
                ("ждали", 0),
                ("ржал", 1),
                ("ржала", 1),
                ("ржали", 1),
                ("щал", 1),
                ("щала", 1),
                ("щали", 1),
                ("грал", 1),
                ("грала", 1),
                ("грали", 1),
                ("брал", 1),
                ("брала", 1),
                ("брали", 1),
                ("знал", 1),
                ("знала", 1),
                ("знали", 1),
                ("чал", 1),
                ("чали", 1),
                ("здал", 1),
                ("здала", 1),
                ("редал", 1),
                ("редала", 1),
                ("редали", 1),
                ("отал", 1),
                ("отала", 1),
                ("отали", 1),
                ("лал", 1),
                ("лала", 1),
                ("лали", 1),
                ("мал", 1),
                ("мала", 1),
                ("мали", 1),
                ("пал", 1),
                ("пала", 1),
                ("пали", 1),
                ("тел", 2),
                ("тела", 2),
                ("мел", 2),
                ("мела", 2),
                ("мели", 2),
                ("ает", 2),
                ("яет", 2),
                ("ует", 2),
                ("ают", 2),
                ("яют", 2),
                ("уют", 2),
                ("оют", 2),
                ("одит", 1),
                ("оит", 1),
                ("ит", 6),
                ("дет", 1),
                ("дёт", 1),
                ("сет", 2),
                ("дят", 1),
                ("рят", 1),
                ("жат", 1),
                ("шат", 1),
                ("тят", 1),
                ("дут", 1),
                ("вут", 1),
                ("гут", 1),
                ("ется", 3),
                ("ётся", 3),
                ("ится", 3),
                ("лась", 3),
                ("лись", 3),
                ("лось", 3),
                ("лся", 3),
                ("ться", 3),
                ("ются", 3),
                ("ятся", 3),
            ],
            verb_like_nouns: &[
                "автомобили",
                "крокодил",
                "могил",
                "могила",
                "одеяла",
                "одеяло",
                "правил",
                "правила",
                "правило",
                "причал",
                "развал",
                "развала",
                "фестивали",
            ],
            // A finite verb never sits inside a noun phrase ("компания объявила проект").
            verb_role: Role::Break,
            // Negation and the future's auxiliary stand before a verb ("не смогли",
            // "будет строить").
            auxiliaries: &[
                "будем",
                "будет",
                "будете",
                "будут",
                "не",
                "нельзя",
                "может",
                "могут",
                "можно",
                "должен",
                "должна",
                "должно",
                "должны",
            ],
            ..NONE
        },
        Spanish => &Rules {
            stemmer: Some(Algorithm::Spanish),
            stopwords: include_str!("stopwords/es.txt"),
            connectives: &["así", "entonces", "pero", "sin"],
            pronouns: &[
                "aquel", "aquella", "aquellas", "aquellos", "ella", "ellas", "ellos", "esa",
                "esas", "ese", "eso", "esos", "esta", "estas", "este", "esto", "estos", "su",
                "sus", "él",
            ],
            definite_articles: &["el", "la", "las", "los"],
            abbreviations: &[
                "av", "avda", "ca", "d", "dña", "dr", "dra", "lic", "núm", "pág", "prof", "sr",
                "sra", "srta", "ud", "uds",
            ],
            maybe_final: &["a. c", "d. c", "ee. uu"],
            dates: &[
                "lunes",
                "martes",
                "miércoles",
                "jueves",
                "viernes",
                "sábado",
                "domingo",
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            elisions: &[],
            name_links: &["de", "del", "la", "y"],
            ordinal_dot: false,
            titles: &["sr", "sra", "srta", "don", "doña", "dr", "dra"],
            organizations: &[
                "asociación",
                "ayuntamiento",
                "banco",
                "consejo",
                "fundación",
                "ministerio",
                "partido",
                "sindicato",
                "tribunal",
                "universidad",
            ],
            // Auxiliaries, modals and the clitic "se" before a verb ("ha aprobado", "puede
            // ampliar", "se reunirá").
            auxiliaries: &[
                "debe", "deben", "debería", "fue", "fueron", "ha", "habrá", "había", "habían",
                "han", "he", "hemos", "no", "podrá", "podría", "puede", "pueden", "se", "sido",
            ],
            // Preterite, future and imperfect of the third person ("aprobó", "financiará",
            // "recibirán", "agotaban"); not "-ía" ("policía", "energía") nor "-ado" ("estado").
            verb_endings: &[
                ("aban", 3),
                ("aron", 3),
                ("arán", 3),
                ("ará", 3),
                ("erán", 3),
                ("erá", 3),
                ("ieron", 3),
                ("irán", 3),
                ("irá", 3),
                ("ó", 3),
            ],
            // A finite verb never sits inside a noun phrase ("plan financiará sistemas").
            verb_role: Role::Break,
            ..NONE
        },
        Swedish => &Rules {
            stemmer: Some(Algorithm::Swedish),
            stopwords: include_str!("stopwords/sv.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "måndag",
                "tisdag",
                "onsdag",
                "torsdag",
                "fredag",
                "lördag",
                "söndag",
                "måndagen",
                "tisdagen",
                "onsdagen",
                "torsdagen",
                "fredagen",
                "lördagen",
                "söndagen",
                // "i lördags": last Saturday.
                "måndags",
                "tisdags",
                "onsdags",
                "torsdags",
                "fredags",
                "lördags",
                "söndags",
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            ],
            abbreviations: &[
                "bl.a", "ca", "dvs", "f.d", "fr.o.m", "kl", "nr", "t.ex", "bl. a", "t. ex",
            ],
            // "osv.", "m.m.", "m.fl." (etc.) close an enumeration, often a sentence.
            maybe_final: &["m.fl", "m.m", "osv"],
            elisions: &[],
            name_links: &["af", "von", "van"],
            ordinal_dot: false,
            // Verb forms no noun shares an ending with: the past ("presenterade",
            // "byggde", "tyckte"), the passive ("byggdes", "diskuteras") and the present
            // and supine of "-era" verbs ("reagerar", "publicerat"). The present's "-ar",
            // "-er" end plurals too ("bilar", "kostnader"): a pronoun or modal before it
            // tells it instead.
            verb_endings: &[
                ("erar", 2),
                ("erade", 2),
                ("erat", 3),
                ("eras", 3),
                ("ades", 2),
                ("ade", 3),
                ("des", 4),
                ("ktes", 2),
                ("ptes", 2),
                ("ttes", 3),
                ("gde", 3),
                ("ckte", 2),
            ],
            verb_role: Role::Break,
            // Subject pronouns, modals and the perfect's auxiliary stand before a verb
            // ("hon presenterar", "ska bygga", "har beslutat"); not "de", "den", "det",
            // also articles, nor "som", also "as".
            auxiliaries: &[
                "borde", "bör", "du", "hade", "han", "har", "hon", "jag", "kan", "kunde", "man",
                "måste", "ni", "ska", "skall", "skulle", "vi", "vill", "ville",
            ],
            // Forms of address and the offices news writes before a name, bare and definite
            // ("kommunalrådet Karin Holm", "ordföranden Lars Ek").
            titles: &[
                "borgmästare",
                "fru",
                "herr",
                "kommunalråd",
                "kommunalrådet",
                "minister",
                "ministern",
                "ordförande",
                "ordföranden",
                "professor",
                "professorn",
                "statsminister",
                "statsministern",
                "vd",
            ],
            organizations: &["kommun", "region", "universitet"],
            ..NONE
        },
        Tamil => &Rules {
            stemmer: Some(Algorithm::Tamil),
            stopwords: include_str!("stopwords/ta.txt"),
            // Weekdays with கிழமை "day" and the four whose bare name is no planet or metal
            // (வெள்ளி is also silver, சனி Saturn), and the months as news writes them.
            dates: &[
                "திங்கள்",
                "செவ்வாய்",
                "புதன்",
                "ஞாயிறு",
                "திங்கட்கிழமை",
                "திங்கள்கிழமை",
                "செவ்வாய்க்கிழமை",
                "புதன்கிழமை",
                "வியாழக்கிழமை",
                "வெள்ளிக்கிழமை",
                "சனிக்கிழமை",
                "ஞாயிற்றுக்கிழமை",
                "ஜனவரி",
                "பிப்ரவரி",
                "மார்ச்",
                "ஏப்ரல்",
                "மே",
                "ஜூன்",
                "ஜூலை",
                "ஆகஸ்ட்",
                "செப்டம்பர்",
                "அக்டோபர்",
                "நவம்பர்",
                "டிசம்பர்",
            ],
            // "திரு." (Mr.) before a name, which initials of one syllable precede ("திரு. கே.
            // ராஜன்"); "திருமதி" (Mrs.) and the doctor's titles are written whole.
            abbreviations: &["திரு"],
            titles: &["திரு", "திருமதி", "டாக்டர்", "முனைவர்"],
            initial: Some(tamil_initial),
            // Verb forms by their endings, which end the Tamil clause: the past of the
            // third persons ("கூறினார்", "தெரிவித்தார்", "தெரிவித்தனர்", "திறக்கப்பட்டது",
            // "நடந்தன"), the future ("செல்வார்கள்"), the present ("நடக்கிறது"), the
            // future and adjectival "-உம்" ("முடியும்", "நடத்தும்"; on a noun, "and"), the
            // infinitive ("காத்திருக்க") and the passive participle ("கட்டப்பட்ட"). Not "-ிய"
            // (also "புதிய" new), nor "-ினர்" ("உறுப்பினர்" member), nor "-ார்" alone ("கார்").
            verb_endings: &[
                ("ினார்", 2),
                ("த்தார்", 1),
                ("ந்தார்", 1),
                ("ட்டார்", 1),
                ("ன்றார்", 1),
                ("வார்", 2),
                ("வார்கள்", 1),
                ("ப்பார்", 1),
                ("த்தனர்", 1),
                ("ந்தனர்", 1),
                ("ட்டனர்", 1),
                ("ன்றனர்", 1),
                ("ட்டது", 1),
                ("ந்தது", 1),
                ("த்தது", 1),
                ("ன்றது", 1),
                ("ியது", 2),
                ("ானது", 2),
                ("ந்தன", 1),
                ("ட்டன", 1),
                ("த்தன", 1),
                ("ன்றன", 1),
                ("கிறது", 1),
                ("கிறார்", 1),
                ("கிறார்கள்", 1),
                ("ும்", 2),
                ("க்க", 2),
                ("ப்பட்ட", 1),
            ],
            verb_role: Role::Break,
            ..NONE
        },
        Turkish => &Rules {
            stemmer: Some(Algorithm::Turkish),
            stopwords: include_str!("stopwords/tr.txt"),
            // Weekdays and months (with the case forms news writes them in).
            dates: &[
                "pazartesi",
                "salı",
                "çarşamba",
                "perşembe",
                "cuma",
                "cumartesi",
                "pazar",
                "ocak",
                "şubat",
                "mart",
                "nisan",
                "mayıs",
                "haziran",
                "temmuz",
                "ağustos",
                "eylül",
                "ekim",
                "kasım",
                "aralık",
            ],
            abbreviations: &["dr", "doç", "prof", "vb", "vs", "yrd", "av", "sn"],
            maybe_final: &[],
            elisions: &[],
            name_links: &[],
            ordinal_dot: true,
            titles: &[
                "bakan",
                "bakanı",
                "bay",
                "bayan",
                "başbakan",
                "başkan",
                "başkanı",
                "cumhurbaşkanı",
                "dr",
                "doç",
                "milletvekili",
                "prof",
                "sayın",
            ],
            // "İ" lowercases to "i" and a combining dot: "İçin" is "için".
            folds: &[('\u{307}', "")],
            suffix_apostrophe: true,
            // Locative and ablative ("belediyede", "ülkeden"), "-t-" after a voiceless
            // consonant ("sokakta", "kentten", "derste"); not "-ta" after a vowel ("gazete",
            // "harita") nor "-stan" ("Pakistan" in text without capitals), and four letters
            // before "-da" ("fayda", "ifade", "meydan" keep theirs).
            case_endings: &[
                ("da", 4),
                ("de", 4),
                ("dan", 4),
                ("den", 4),
                ("çta", 3),
                ("çte", 3),
                ("çtan", 3),
                ("çten", 3),
                ("fta", 3),
                ("fte", 3),
                ("ftan", 3),
                ("ften", 3),
                ("hta", 3),
                ("hte", 3),
                ("htan", 3),
                ("hten", 3),
                ("kta", 3),
                ("kte", 3),
                ("ktan", 3),
                ("kten", 3),
                ("pta", 3),
                ("pte", 3),
                ("ptan", 3),
                ("pten", 3),
                ("sta", 3),
                ("ste", 3),
                ("sten", 3),
                ("şta", 3),
                ("şte", 3),
                ("ştan", 3),
                ("şten", 3),
                ("tta", 3),
                ("tte", 3),
                ("ttan", 3),
                ("tten", 3),
            ],
            // With the possessive suffix that names write them with.
            organizations: &[
                "bakanlığı",
                "bankası",
                "başkanlığı",
                "belediyesi",
                "birliği",
                "derneği",
                "federasyonu",
                "holding",
                "kulübü",
                "kurumu",
                "mahkemesi",
                "meclisi",
                "müdürlüğü",
                "partisi",
                "şirketi",
                "üniversitesi",
                "vakfı",
            ],
            // Verb forms by their suffixes (the verb ends the Turkish clause, and a
            // participle opens one): past and passive past ("açıkladı", "ayrıldı",
            // "duyurdu", "etti", "açtı"), the progressive ("bekliyor"), the reported past
            // ("başlamış"), the future and past participles with their case ("edeceğini",
            // "olmadığını", "yaşadığı"), the infinitive ("genişletmek"), converbs
            // ("belirterek"), the abilitative and necessitative ("olabilir", "yapılmalı"),
            // the copula ("-dır" after four letters: "kültür", "müdür" keep theirs), passive
            // participles ("yapılan", "belirlenen"). Not the bare past "-dı" after a vowel
            // or "-ti" ("hükümeti", "parti", "ordu"), nor "-acak" ("gelecek", "yiyecek").
            verb_endings: &[
                ("ladı", 2),
                ("ledi", 2),
                ("ldı", 2),
                ("ldi", 2),
                ("ldu", 2),
                ("ldü", 2),
                ("ndı", 3),
                ("ndi", 3),
                ("ndu", 3),
                ("ndü", 3),
                ("rdı", 2),
                ("rdi", 2),
                ("rdu", 2),
                ("rdü", 2),
                ("ttı", 1),
                ("tti", 1),
                ("ttu", 1),
                ("ttü", 1),
                ("ktı", 2),
                ("kti", 2),
                ("ktu", 2),
                ("ktü", 2),
                ("ştı", 2),
                ("şti", 2),
                ("ştu", 2),
                ("ştü", 2),
                ("çtı", 1),
                ("çti", 1),
                ("çtu", 1),
                ("çtü", 1),
                ("dılar", 2),
                ("diler", 2),
                ("dular", 2),
                ("düler", 2),
                ("yor", 2),
                ("yorlar", 2),
                ("yordu", 2),
                ("mış", 3),
                ("miş", 3),
                ("muş", 3),
                ("müş", 3),
                ("acağını", 1),
                ("eceğini", 1),
                ("dığını", 1),
                ("diğini", 1),
                ("duğunu", 1),
                ("düğünü", 1),
                ("tığını", 1),
                ("tiğini", 1),
                ("tuğunu", 1),
                ("tüğünü", 1),
                ("dığı", 3),
                ("diği", 3),
                ("duğu", 3),
                ("düğü", 3),
                ("mak", 3),
                ("mek", 3),
                ("arak", 2),
                ("erek", 2),
                ("abilir", 1),
                ("ebilir", 1),
                ("amaz", 3),
                ("emez", 3),
                ("malı", 3),
                ("meli", 3),
                ("dır", 4),
                ("dir", 4),
                ("dur", 4),
                ("dür", 4),
                ("tır", 4),
                ("tir", 4),
                ("tur", 4),
                ("tür", 4),
                ("ılan", 3),
                ("ilen", 3),
                ("ulan", 3),
                ("ülen", 3),
                ("anan", 2),
                ("enen", 2),
                ("ayan", 2),
                ("eyen", 2),
                ("maya", 2),
                ("meye", 2),
            ],
            verb_role: Role::Break,
            ..NONE
        },
        English | Other => return None,
    })
}

/// Whether a Tamil word is one syllable, as an initial is written ("கே" K., "எஸ்" S.,
/// "மு"): one vowel or consonant that is not silenced by the virama (pulli), whatever
/// vowel sign or silent consonants come with it. No verb that ends a Tamil sentence is
/// so short.
fn tamil_initial(word: &str) -> bool {
    const VIRAMA: char = '\u{BCD}';
    let mut chars = word.chars().peekable();
    let mut syllables = 0;
    while let Some(c) = chars.next() {
        match c {
            '\u{B85}'..='\u{B94}' => syllables += 1,
            '\u{B95}'..='\u{BB9}' => syllables += usize::from(chars.peek() != Some(&VIRAMA)),
            '\u{BBE}'..='\u{BCD}' => {}
            _ => return false,
        }
    }
    syllables == 1
}

/// The rules a row leaves out.
const NONE: Rules = super::NEUTRAL;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;

    #[test]
    fn weekdays_and_months_are_in_no_keyphrase() {
        for (code, day, month) in [
            ("tr", "salı", "mart"),
            ("el", "τρίτη", "μαρτίου"),
            ("hu", "kedden", "márciusban"),
            ("fi", "tiistaina", "maaliskuussa"),
            ("sv", "tisdag", "mars"),
            ("sv", "tisdagen", "mars"),
            ("da", "tirsdagen", "marts"),
            ("da", "tirsdag", "marts"),
            ("no", "tirsdag", "mars"),
            ("ro", "marți", "martie"),
            // "3. maaliskuuta", "i tisdags" (last Tuesday).
            ("fi", "tiistaina", "maaliskuuta"),
            ("sv", "tisdags", "mars"),
        ] {
            let lang = Language::from_code(code).unwrap();
            for w in [day, month] {
                assert_eq!(lang.role(w), crate::lang::Role::Break, "{code} {w}");
            }
        }
        assert!(Language::Turkish.is_stopword("bir"));
    }

    #[test]
    fn folded_letters_read_as_their_fold() {
        let ru = Language::Russian;
        for w in ["всё", "все", "твоё", "твое", "её", "ее"] {
            assert!(ru.is_stopword(w), "{w}");
        }
        let mut stems = crate::lang::Stems::new(ru);
        for (yo, ye) in [
            ("самолётов", "самолетов"),
            ("учёные", "ученые"),
            ("пошёл", "пошел"),
        ] {
            let stem = stems.get(yo).to_string();
            assert_eq!(stem, stems.get(ye), "{yo}");
        }
        // A fold's letter is never folded again.
        for (lang, _) in LANGUAGES {
            let Some(rules) = rules(lang) else { continue };
            assert!(rules
                .folds
                .iter()
                .all(|f| rules.folds.iter().all(|g| !f.1.contains(g.0))));
        }
    }

    #[test]
    fn stopword_lists_are_sorted_lowercase_lines() {
        for (lang, code) in LANGUAGES {
            let Some(rules) = rules(lang) else { continue };
            let words: Vec<&str> = rules.stopwords.split('\n').collect();
            assert!(words.len() > 100, "{code}");
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{code}");
            assert!(
                words
                    .iter()
                    .all(|w| !w.is_empty() && *w == w.to_lowercase()),
                "{code}"
            );
            assert!(
                words.iter().all(|w| !w.contains(char::is_whitespace)),
                "{code}"
            );
            for w in rules
                .abbreviations
                .iter()
                .chain(rules.elisions)
                .chain(rules.dates)
            {
                assert_eq!(*w, w.to_lowercase(), "{code}");
                assert!(!w.ends_with('.'), "{code} {w}");
            }
        }
    }

    /// Korean: detected by its script; no stemmer (the tokenizer cuts off particles);
    /// predicates by their endings break phrases, nouns ending alike do not.
    #[test]
    fn korean() {
        let text = "대전시는 새 자전거 도로를 개통했다. 시민들은 출퇴근 시간이 줄었다고 말했다.";
        assert_eq!(Language::detect(text), (Language::Korean, "ko"));
        let ko = Language::Korean;
        assert!(ko.stemmer().is_none());
        for stop in ["그리고", "또한", "것", "수", "함께"] {
            assert!(ko.is_stopword(stop), "{stop}");
        }
        for verb in [
            "개통했다",
            "밝혔다",
            "했다",
            "있다",
            "한다",
            "말했다고",
            "줄었다고",
            "하며",
            "발표한",
            "연장할",
            "출퇴근하는",
            "월요일",
        ] {
            assert_eq!(ko.role(verb), Role::Break, "{verb}");
        }
        for noun in [
            "자전거",
            "북한",
            "역할",
            "캐나다",
            "바다",
            "사고",
            "광고",
            "제한",
        ] {
            assert_eq!(ko.role(noun), Role::Content, "{noun}");
        }
    }

    #[test]
    fn every_language_but_english_has_a_row() {
        for (lang, code) in LANGUAGES {
            assert_eq!(rules(lang).is_some(), lang != Language::English, "{code}");
        }
    }

    #[test]
    fn stopwords_and_stems_per_language() {
        // A function word, a content word, and an inflected form (plural; Arabic: with the
        // article) sharing its stem.
        for (code, stop, content, plural) in [
            ("fr", "les", "réforme", "réformes"),
            ("de", "und", "regierung", "regierungen"),
            ("es", "los", "escuela", "escuelas"),
            ("ru", "это", "правительство", "правительства"),
            ("pt", "não", "governo", "governos"),
            ("it", "della", "governo", "governi"),
            ("ar", "التي", "كتاب", "الكتاب"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.is_stopword(stop), "{code} {stop}");
            assert!(!lang.is_stopword(content), "{code} {content}");
            assert_eq!(lang.role(content), crate::lang::Role::Content, "{code}");
            let stemmer = lang.stemmer().unwrap();
            assert_eq!(stemmer.stem(content), stemmer.stem(plural), "{code}");
            assert_ne!(stemmer.stem(content), stemmer.stem(stop), "{code}");
        }
        // Curly apostrophes read as straight ones.
        assert!(Language::French.is_stopword("l’"));
        // Arabic: a conjunction joined to a function word, not to a content word.
        assert!(Language::Arabic.is_stopword("وقال") && Language::Arabic.is_stopword("قال"));
        assert!(!Language::Arabic.is_stopword("وزارة"));
        // Verb forms by their endings describe but end no phrase, or break it; nouns are
        // untouched.
        use crate::lang::Role;
        // Spanish, Italian and Russian finite verbs break phrases ("plan financiará
        // sistemas"), Portuguese ones only end none.
        for (code, verb, noun, role) in [
            ("pt", "inaugurou", "ponte", Role::Modifier),
            ("pt", "custaram", "câmara", Role::Modifier),
            ("ru", "открылась", "станция", Role::Break),
            ("ru", "находится", "область", Role::Break),
            ("es", "aprobó", "estado", Role::Break),
            ("es", "recibirán", "policía", Role::Break),
            ("it", "ridurrà", "mercato", Role::Break),
            ("it", "temevano", "città", Role::Break),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert_eq!(lang.role(verb), role, "{code} {verb}");
            assert_eq!(lang.role(noun), Role::Content, "{code} {noun}");
        }
        // Too short to carry the ending: "grou" (a crane) is no preterite.
        assert_eq!(Language::Portuguese.role("grou"), Role::Content);
        // Dates break phrases ("inauguré lundi", "открыли в субботу").
        assert_eq!(Language::French.role("lundi"), crate::lang::Role::Break);
        assert_eq!(Language::Russian.role("субботу"), crate::lang::Role::Break);
        assert_eq!(Language::French.role("de"), crate::lang::Role::NameLink);
        // Titles before a name, with or without their dot; the surname is not one.
        for (code, title, name) in [
            ("fr", "mme", "garnier"),
            ("fr", "m.", "lefèvre"),
            ("de", "herr", "becker"),
            ("es", "sra.", "ortega"),
            ("ru", "г-н", "соколов"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(title).title, "{code} {title}");
            assert!(!lang.lexeme(name).title, "{code} {name}");
        }
    }
    /// Nordic and Dutch news: offices before a name are titles, a council or a city is a
    /// body, abbreviations and their dotted parts end no phrase, reporting verbs and
    /// Swedish "är" are function words.
    #[test]
    fn nordic_and_dutch_titles_bodies_and_abbreviations() {
        for (code, title, name) in [
            ("da", "borgmester", "lund"),
            ("da", "formanden", "brix"),
            ("no", "ordfører", "nilsen"),
            ("sv", "kommunalrådet", "holm"),
            ("sv", "ordföranden", "ek"),
            ("fi", "apulaispormestari", "virtanen"),
            ("nl", "wethouder", "wit"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(title).title, "{code} {title}");
            assert!(!lang.lexeme(name).title, "{code} {name}");
        }
        for (code, body) in [
            ("da", "kommune"),
            ("no", "kommune"),
            ("sv", "kommun"),
            ("nl", "gemeente"),
            ("fi", "kaupunki"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(body).organization, "{code} {body}");
        }
        for (code, word) in [
            ("da", "ca"),
            ("no", "bl"),
            ("no", "eks"),
            ("sv", "ex"),
            ("sv", "osv"),
            ("nl", "bijv"),
            ("nl", "o.a."),
            ("fi", "esim"),
            ("fi", "ns"),
            ("da", "siger"),
            ("da", "sagde"),
            ("sv", "är"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert_eq!(lang.role(word), Role::Break, "{code} {word}");
        }
        // An infinitive after a modal is a verb, in no keyphrase; Danish "at" is also "that".
        for (code, text, verb) in [
            (
                "da",
                "Kommunen vil bygge en ny skole i havnen. Skolen får plads til 600 elever, og \
                kommunen vil åbne skolen i august. Kommunen siger, at skolen bliver byens største.",
                "bygge",
            ),
            (
                "no",
                "Kommunen vil bygge en ny skole ved havnen. Skolen får plass til 600 elever, og \
                kommunen ønsker å åpne skolen i august. Skolen blir byens største skole.",
                "åpne",
            ),
        ] {
            let options = crate::Options::default().language(code);
            let got: Vec<String> = crate::analyze(text, &options)
                .unwrap()
                .keyphrases
                .into_iter()
                .map(|k| k.text)
                .collect();
            assert!(
                got.iter().any(|k| k.to_lowercase().contains("skole")),
                "{code}: {got:?}"
            );
            for k in &got {
                assert!(!k.split(' ').any(|w| w == verb), "{code}: {k:?}");
            }
        }
        assert!(!Language::Danish.lexeme("at").precedes_verb);
        // A title written as an abbreviation stays a title, and content words stay content.
        assert!(Language::Dutch.lexeme("dhr").title);
        assert_eq!(Language::Dutch.role("dhr"), Role::Content);
        for (code, word) in [("sv", "simhall"), ("fi", "ranta"), ("da", "havnebad")] {
            let lang = Language::from_code(code).unwrap();
            assert_eq!(lang.role(word), Role::Content, "{code} {word}");
        }
    }

    /// Keyphrases of `text` read in its detected language.
    fn keyphrases(text: &str) -> Vec<String> {
        let analysis = crate::analyze(text, &crate::Options::default()).unwrap();
        analysis.keyphrases.into_iter().map(|k| k.text).collect()
    }

    #[test]
    fn turkish_verbs_postpositions_and_numbers_break() {
        let tr = Language::Turkish;
        for word in [
            "açıkladı",
            "açtı",
            "geçti",
            "bildirdi",
            "duyurdu",
            "etti",
            "bekliyor",
            "edeceğini",
            "olmadığını",
            "genişletmek",
            "belirterek",
            "yapılan",
            "olabilir",
            "arasında",
            "yönelik",
            "iki",
            "milyon",
            "yüzde",
        ] {
            assert_eq!(tr.role(word), Role::Break, "{word}");
        }
        // Nouns that end as a verb form might, with too few letters before the ending.
        for noun in [
            "hükümeti",
            "parti",
            "ordu",
            "kültür",
            "müdür",
            "gelecek",
            "bakanlık",
            "belediye",
            "ekmek",
            "toprak",
        ] {
            assert_eq!(tr.role(noun), Role::Content, "{noun}");
        }
        // A capital İ lowercases with a combining dot, and still reads as its word.
        assert!(tr.is_stopword(&"İçin".to_lowercase()));
        assert!(tr.lexeme("başkanı").title);
    }

    #[test]
    fn turkish_names_leave_their_case_suffix_out() {
        let text = "Ankara'da ve Türkiye’nin limanları";
        let mut tokens = Vec::new();
        crate::segment::tokenize(text, 0, Language::Turkish, &mut tokens);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Ankara", "ve", "Türkiye", "limanları"]);
        // The suffix ends the name's phrase.
        assert!(tokens[3].after_punct);
        // Other languages keep the apostrophe inside the word.
        let mut tokens = Vec::new();
        crate::segment::tokenize("O'Neill", 0, Language::German, &mut tokens);
        assert_eq!(tokens[0].end, "O'Neill".len());
    }

    #[test]
    fn turkish_article() {
        let text = "Samsun Belediyesi, sahil boyunca yeni bir bisiklet yolu yapacağını \
            duyurdu. Belediye Başkanı Murat Demir, yolun iki yıl içinde tamamlanacağını \
            söyledi. Samsun'daki bisiklet yolu 25 kilometre uzunluğunda olacak. Demir, \
            bisiklet kullanımının kentte hızla arttığını belirterek projenin turizme de \
            katkı sağlayacağını ifade etti. Samsun'un sahil bölgesinde yaşayan vatandaşlar \
            bisiklet yolunu uzun süredir bekliyordu.";
        let phrases = keyphrases(text);
        // The name is one word in all its cases ("Samsun'daki", "Samsun'un").
        assert!(
            phrases.iter().any(|p| p.starts_with("Samsun")),
            "{phrases:?}"
        );
        assert!(
            phrases.iter().any(|p| p.contains("bisiklet yolu")),
            "{phrases:?}"
        );
        for p in &phrases {
            for w in [
                "duyurdu",
                "söyledi",
                "belirterek",
                "boyunca",
                "iki",
                "bekliyordu",
            ] {
                assert!(!p.split(' ').any(|x| x == w), "{p}");
            }
            assert!(!p.contains('\''), "{p}");
        }
    }

    #[test]
    fn french_adverbs_and_finite_verbs_break() {
        let fr = Language::French;
        for word in [
            "trop",
            "très",
            "plus",
            "récemment",
            "politiquement",
            "effectivement",
            "réduira",
            "emprunteront",
            "concentraient",
            "pourrait",
            "hier",
        ] {
            assert_eq!(fr.role(word), Role::Break, "{word}");
        }
        for noun in [
            "élément",
            "gouvernement",
            "portrait",
            "caméra",
            "front",
            "lait",
            "parlement",
        ] {
            assert_eq!(fr.role(noun), Role::Content, "{noun}");
        }
        assert!(fr.lexeme("a").precedes_verb && fr.lexeme("qui").precedes_verb);
        assert!(!fr.lexeme("la").precedes_verb);
        // A participle after its auxiliary, a verb after "qui": in no keyphrase.
        let text = "La région a inauguré lundi un nouveau pont qui relie les deux rives du \
            fleuve. Le pont sera trop étroit pour les camions, selon les transporteurs. La \
            région a financé le pont avec l'aide de l'État. Les habitants des deux rives \
            attendaient ce pont depuis dix ans. Le nouveau pont réduira les embouteillages \
            du centre-ville.";
        let phrases = keyphrases(text);
        assert!(phrases.iter().any(|p| p.contains("pont")), "{phrases:?}");
        for p in &phrases {
            for w in ["inauguré", "relie", "trop", "réduira", "financé", "lundi"] {
                assert!(!p.split(' ').any(|x| x == w), "{p}");
            }
        }
    }

    #[test]
    fn dates_of_arabic_tamil_chinese_and_japanese_break() {
        for (code, words) in [
            ("ar", &["الخميس", "تشرين", "أكتوبر", "اكتوبر"][..]),
            ("ta", &["செவ்வாய்க்கிழமை", "ஜனவரி", "திங்கள்"]),
            ("zh", &["星期三", "周四", "十月"]),
            ("ja", &["水曜日", "金曜", "先月"]),
        ] {
            let lang = Language::from_code(code).unwrap();
            for w in words {
                assert_eq!(lang.role(w), Role::Break, "{code} {w}");
            }
        }
        // Not the planet's or the metal's bare name in Tamil.
        assert_eq!(Language::Tamil.role("வெள்ளி"), Role::Content);
    }
    #[test]
    fn auxiliaries_and_verb_endings_of_greek_italian_spanish_portuguese() {
        // The word after an auxiliary or modal is a verb.
        for (code, aux) in [
            ("el", "θα"),
            ("it", "ha"),
            ("it", "saranno"),
            ("es", "ha"),
            ("es", "puede"),
            ("pt", "foi"),
            ("pt", "vai"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(aux).precedes_verb, "{code} {aux}");
        }
        assert!(Language::Romanian.lexeme("au").precedes_verb);
        // A noun that is also a participle is no auxiliary ("lo stato").
        assert!(!Language::Italian.lexeme("stato").precedes_verb);
        let el = Language::Greek;
        for verb in [
            "εγκαινίασε",
            "δήλωσε",
            "έδειξε",
            "ζήτησαν",
            "ζητούσαν",
            "μειώνει",
            "αναμένεται",
            "φοβούνται",
        ] {
            assert_eq!(el.role(verb), Role::Break, "{verb}");
        }
        for noun in ["ποδηλατόδρομο", "δήμαρχος", "παραλίας", "κυβέρνηση", "πόλη"]
        {
            assert_eq!(el.role(noun), Role::Content, "{noun}");
        }
        // A sentence in Greek: the verb after θα is in no keyphrase.
        let text = "Ο δήμος ανακοίνωσε νέο σχέδιο για τα λεωφορεία της πόλης. Το σχέδιο θα \
            μειώσει την κίνηση στο κέντρο, δήλωσε ο δήμαρχος. Τα νέα λεωφορεία θα \
            κυκλοφορήσουν τον Μάιο. Οι κάτοικοι ζητούσαν περισσότερα λεωφορεία.";
        for p in keyphrases(text) {
            for w in [
                "μειώσει",
                "δήλωσε",
                "κυκλοφορήσουν",
                "ζητούσαν",
                "ανακοίνωσε",
            ] {
                assert!(!p.split(' ').any(|x| x == w), "{p}");
            }
        }
    }
    /// Tamil initials are one syllable, whatever its vowel sign or silent consonants;
    /// "திரு." (Mr.) is an abbreviation: neither ends the sentence before the name.
    #[test]
    fn tamil_initials_and_titles_end_no_sentence() {
        for initial in ["கே", "எஸ்", "மு", "ஆர்", "ஜெ"] {
            assert!(tamil_initial(initial), "{initial}");
        }
        for word in ["திரு", "முடிந்தது", "கூறினார்", "K", "கே1"]
        {
            assert!(!tamil_initial(word), "{word}");
        }
        let text = "நூலகத்தை அமைச்சர் திரு. ஆர். செல்வம் திறந்து வைத்தார். நூலகத்தின் \
            பொறுப்பாளர் டாக்டர் பி. கீதா நன்றி கூறினார். புதிய நூலகம் காலை எட்டு மணிக்குத் \
            திறக்கப்படும்.";
        let a = crate::analyze(text, &crate::Options::default()).unwrap();
        assert_eq!(a.language, "ta");
        assert_eq!(a.sentences.len(), 3, "{:?}", a.sentences);
        assert!(Language::Tamil.lexeme("திரு").title);
    }

    /// Tamil verb forms end the clause and are in no keyphrase; nouns and adjectives
    /// ending alike are not verbs.
    #[test]
    fn tamil_verbs_by_their_endings_break() {
        let ta = Language::Tamil;
        for verb in [
            "அறிவித்தார்",
            "பேசினார்",
            "வந்தனர்",
            "மூடப்பட்டது",
            "நடக்கிறது",
            "வருவார்கள்",
            "கிடைக்கும்",
            "திறக்க",
            "அமைக்கப்பட்ட",
        ] {
            assert_eq!(ta.role(verb), Role::Break, "{verb}");
        }
        for word in ["புதிய", "உறுப்பினர்", "கார்", "பாலம்", "நகரம்", "மேயர்"]
        {
            assert_eq!(ta.role(word), Role::Content, "{word}");
        }
        let text = "சேலம் நகரில் புதிய பாலம் கட்டப்பட்டது. பாலம் இரண்டு ஆண்டுகளில் \
            முடிக்கப்பட்டது என்று ஆணையர் தெரிவித்தார். பாலம் போக்குவரத்து நெரிசலைக் \
            குறைக்கும் என்று மக்கள் நம்புகின்றனர்.";
        let phrases = keyphrases(text);
        assert!(phrases.iter().any(|p| p.contains("பாலம்")), "{phrases:?}");
        for p in &phrases {
            for verb in [
                "கட்டப்பட்டது",
                "முடிக்கப்பட்டது",
                "தெரிவித்தார்",
                "குறைக்கும்",
                "இரண்டு",
            ] {
                assert!(!p.split(' ').any(|w| w == verb), "{p}");
            }
        }
    }

    /// Titles written lowercase before a name, and the heads of councils' names.
    #[test]
    fn greek_hungarian_romanian_titles_and_bodies() {
        for (code, title, name) in [
            ("el", "κ.", "παπαδάκη"),
            ("el", "κα", "μαρκάκη"),
            ("hu", "dr.", "kovács"),
            ("ro", "dl.", "popescu"),
            ("ro", "dna", "ionescu"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(title).title, "{code} {title}");
            assert!(!lang.lexeme(name).title, "{code} {name}");
        }
        // Written lowercase, they are no keyphrase by themselves.
        for (code, title) in [("el", "κ"), ("hu", "dr"), ("ro", "dl"), ("ro", "dna")] {
            let lang = Language::from_code(code).unwrap();
            assert_eq!(lang.role(title), Role::Break, "{code} {title}");
        }
        for (code, head, office) in [
            ("el", "δήμος", "δήμαρχος"),
            ("el", "περιφέρειας", "περιφερειάρχης"),
            ("ro", "primăria", "primarul"),
            ("ro", "consiliului", "consilierul"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(head).organization, "{code} {head}");
            assert!(!lang.lexeme(office).organization, "{code} {office}");
        }
    }

    /// Romanian ș ț with a comma below and with a cedilla are one letter to the stopwords
    /// and the stemmer; the text keeps what was written.
    #[test]
    fn romanian_comma_and_cedilla_are_one_letter() {
        let ro = Language::Romanian;
        for w in ["și", "şi", "aceeași", "aceeaşi", "toți", "toţi"] {
            assert!(ro.is_stopword(w), "{w}");
        }
        let mut stems = crate::lang::Stems::new(ro);
        for (comma, cedilla) in [
            ("orașului", "oraşului"),
            ("stațiile", "staţiile"),
            ("direcției", "direcţiei"),
        ] {
            let stem = stems.get(comma).to_string();
            assert_eq!(stem, stems.get(cedilla), "{comma}");
        }
        let text = "Stația de tramvai din Brașov a fost renovată. Primăria Brașov spune că \
            staţia va fi gata în mai. Locuitorii din Braşov așteaptă stația de doi ani.";
        let a = crate::analyze(text, &crate::Options::default()).unwrap();
        assert_eq!(a.language, "ro");
        assert_eq!(a.text, text);
        let station = a
            .keyphrases
            .iter()
            .find(|k| k.text.to_lowercase().replace('ţ', "ț") == "stația");
        assert_eq!(station.map(|k| k.count), Some(3), "{:?}", a.keyphrases);
    }

    #[test]
    fn hungarian_months_with_their_case_endings_break() {
        let hu = Language::Hungarian;
        for w in ["szeptembertől", "januártól", "októberig", "márciusban"] {
            assert_eq!(hu.role(w), Role::Break, "{w}");
        }
        assert_eq!(hu.role("tanmedence"), Role::Content);
    }

    /// Finite verbs by their endings break phrases; nouns ending alike do not.
    #[test]
    fn finite_verbs_of_finnish_hungarian_swedish_dutch_russian_arabic_break() {
        for (code, verbs, nouns) in [
            (
                "ru",
                &[
                    "объявила",
                    "сообщили",
                    "показал",
                    "опубликовали",
                    "понимают",
                    "ходят",
                ][..],
                &["канал", "отдела", "бюджет", "жители", "правила", "школа"][..],
            ),
            (
                "fi",
                &[
                    "kertovat",
                    "rakennetaan",
                    "avattiin",
                    "ilmoitti",
                    "tapahtui",
                    "sanonut",
                ],
                &[
                    "presidentti",
                    "kuukausi",
                    "poliisi",
                    "päivät",
                    "toimintaan",
                    "budjetti",
                ],
            ),
            (
                "hu",
                &[
                    "épített",
                    "bejelentette",
                    "elfogadták",
                    "mondtak",
                    "dolgozik",
                    "mondják",
                ],
                &[
                    "csapata",
                    "területek",
                    "turisták",
                    "érték",
                    "második",
                    "válogatott",
                ],
            ),
            (
                "sv",
                &[
                    "presenterade",
                    "byggdes",
                    "reagerar",
                    "diskuteras",
                    "tyckte",
                ],
                &["bilar", "kostnader", "resultat", "kommun", "cykelbana"],
            ),
            (
                "nl",
                &["presenteerde", "reageert", "gepubliceerd"],
                &["gemeente", "fietsbrug", "kinderen"],
            ),
            ("ar", &["قالوا", "أعلنوا"], &["المواطنون", "المدينة"]),
        ] {
            let lang = Language::from_code(code).unwrap();
            for w in verbs {
                assert_eq!(lang.role(w), Role::Break, "{code} {w}");
                assert!(lang.lexeme(w).verb_form, "{code} {w}");
            }
            for w in nouns {
                assert_eq!(lang.role(w), Role::Content, "{code} {w}");
            }
        }
    }

    #[test]
    fn auxiliaries_mark_the_next_word_a_verb() {
        for (code, aux, not_aux) in [
            ("fi", "eivät", "kaupunki"),
            ("hu", "fogja", "város"),
            ("sv", "hon", "den"),
            ("nl", "werd", "zijn"),
            ("ru", "не", "на"),
            ("ar", "لم", "في"),
            // Behind the joined conjunction ("and did not").
            ("ar", "ولم", "وفي"),
        ] {
            let lang = Language::from_code(code).unwrap();
            assert!(lang.lexeme(aux).precedes_verb, "{code} {aux}");
            assert!(!lang.lexeme(not_aux).precedes_verb, "{code} {not_aux}");
        }
    }

    #[test]
    fn russian_article_keeps_names_and_drops_verbs() {
        let text = "Администрация Самары объявила о строительстве нового моста через Волгу. \
            Мэр города заявил, что мост откроют через три года. Людмила Орлова, глава \
            транспортного комитета, рассказала журналистам о сроках строительства моста. \
            Жители давно ждали новый мост. Людмила Орлова ответила на вопросы. Подрядчик уже получил разрешение на строительство \
            моста, сообщает пресс-служба мэрии.";
        let phrases = keyphrases(text);
        assert!(phrases.iter().any(|p| p == "Людмила Орлова"), "{phrases:?}");
        assert!(phrases.iter().any(|p| p.contains("мост")), "{phrases:?}");
        for p in &phrases {
            for w in [
                "объявила",
                "заявил",
                "откроют",
                "рассказала",
                "ждали",
                "получил",
                "сообщает",
            ] {
                assert!(!p.split(' ').any(|x| x == w), "{p}");
            }
        }
    }

    /// A name that ends as a past tense does ("-или") is a name wherever it stands, also
    /// opening a sentence before a verb, and weighs as one.
    #[test]
    fn russian_names_ending_as_verbs_stay_names() {
        let text = "Гелашвили провёл митинг в Тбилиси. Сторонники Гелашвили собрались у \
            парламента. Гелашвили потребовал отставки правительства. Полиция наблюдала за \
            митингом.";
        let analysis = crate::analyze(text, &crate::Options::default()).unwrap();
        let phrases: Vec<&str> = analysis
            .keyphrases
            .iter()
            .map(|k| k.text.as_str())
            .collect();
        // Its three sentences count, the two it opens too.
        let first = &analysis.keyphrases[0];
        assert!(
            first.text.contains("Гелашвили") && first.count == 3,
            "{phrases:?}"
        );
        assert!(
            !phrases
                .iter()
                .any(|p| p.contains("потребовал") || p.contains("провёл")),
            "{phrases:?}"
        );
    }

    #[test]
    fn swedish_finnish_hungarian_articles_drop_verbs() {
        for (text, verbs) in [
            (
                "Malmö stad bygger en ny bro över kanalen. Hon presenterar bron för \
                 invånarna. Bron byggdes av ett danskt företag och kommunen reagerar på \
                 kritiken. Han menar att bron minskar köerna.",
                &["presenterar", "byggdes", "reagerar", "menar"][..],
            ),
            (
                "Oulun kaupunki avasi uuden sillan. Asukkaat kertovat, että silta \
                 helpottaa liikennettä. Valtuusto hyväksyi sillan rahoituksen, mutta \
                 valtuutetut eivät hyväksyneet lisärahoitusta. Silta avattiin syksyllä.",
                &["avasi", "kertovat", "hyväksyi", "hyväksyneet", "avattiin"],
            ),
            (
                "A szegedi önkormányzat új hidat épített a Tisza felett. A polgármester \
                 bejelentette, hogy a híd jövőre elkészül. A képviselők elfogadták a \
                 költségvetést, de az ellenzék nem támogatta a hidat.",
                &["épített", "bejelentette", "elfogadták", "támogatta"],
            ),
        ] {
            for p in keyphrases(text) {
                for w in verbs {
                    assert!(!p.split(' ').any(|x| x == *w), "{p}");
                }
            }
        }
    }

    #[test]
    fn turkish_locative_and_ablative_end_a_phrase() {
        let text = "Belediyede yeni plan konuşuldu, müdürlükten gelen heyet kentte yeni \
            park açtı, Kanada hükümeti ve gazete haberi";
        let mut tokens = Vec::new();
        crate::segment::tokenize(text, 0, Language::Turkish, &mut tokens);
        let after = |word: &str| {
            let i = tokens
                .iter()
                .position(|t| &text[t.start..t.end] == word)
                .unwrap();
            tokens[i + 1].after_punct
        };
        // The first word of the sentence, and lowercase words inside it.
        for word in ["Belediyede", "müdürlükten", "kentte"] {
            assert!(after(word), "{word}");
        }
        // A name, and nouns that only look case-marked.
        for word in ["Kanada", "gazete"] {
            assert!(!after(word), "{word}");
        }
    }

    #[test]
    fn names_of_bodies_are_organisations() {
        use crate::TagKind;
        let tags = |text: &str| {
            crate::analyze(text, &crate::Options::default())
                .unwrap()
                .tags
        };
        let text = "Sağlık Bakanlığı, Trabzon'da yeni bir hastane açılacağını duyurdu. \
            Sağlık Bakanlığı yetkilileri hastanenin 400 yataklı olacağını söyledi. Trabzon \
            Üniversitesi de hastanede eğitim verecek. Sağlık Bakanlığı, inşaatın gelecek \
            yıl başlayacağını açıkladı.";
        let found = tags(text);
        let ministry = found.iter().find(|t| t.label == "Sağlık Bakanlığı");
        assert_eq!(
            ministry.map(|t| t.kind),
            Some(TagKind::Organization),
            "{found:?}"
        );
        assert!(Language::French.lexeme("ministère").organization);
        assert!(!Language::French.lexeme("ministre").organization);
    }
}
