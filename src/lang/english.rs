//! English word lists: one lowercase word (or name) a line, sorted, so that each costs the
//! wasm its letters only. `Language::lexeme` looks a word up in all of them at once.

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
according\nadd\nadded\nadding\nadds\nago\nahead\nallow\nallowed\nallowing\nallows\n\
alongside\namid\namidst\nannounce\nannounced\nannounces\napril\nargue\nargued\nargues\n\
ask\nasked\nasking\nasks\naugust\naway\nbegan\nbegin\nbeginning\nbegins\nbegun\n\
believe\nbelieved\nbelieves\nbeneath\nbought\nbring\nbringing\nbrings\nbroke\nbroken\n\
brought\nbuilt\ncame\ncaught\nchose\nchosen\ncome\ncomes\ncoming\nconcerning\nconsider\n\
considered\nconsiders\ncontinue\ncontinued\ncontinues\ncontinuing\ndealt\ndecember\n\
decide\ndecided\ndecides\ndeclared\ndescribe\ndescribed\ndescribes\ndespite\ndr\ndrank\n\
drew\ndriven\ndrove\neight\neighty\neleven\nexpect\nexpected\nexpects\nexplain\n\
explained\nexplains\nfebruary\nfed\nfeel\nfeels\nfelt\nfifty\nfind\nfinding\nfinds\n\
five\nfled\nflew\nflown\nforgave\nforgot\nforty\nfought\nfound\nfour\nfriday\nfroze\n\
gave\nget\ngets\ngetting\ngive\ngiven\ngives\ngiving\ngo\ngoes\ngoing\ngone\ngot\n\
gotten\ngrew\ngrown\nhappen\nhappened\nhappens\nhear\nheard\nhears\nheld\nhid\nhung\n\
include\nincluded\nincludes\nincluding\ninside\ninsist\ninsisted\ninsists\ninstead\n\
involve\ninvolved\ninvolves\njanuary\njuly\njune\nkeep\nkeeping\nkeeps\nkept\nknew\n\
know\nknown\nknows\nlaid\nlater\nled\nlent\nlet\nlets\nlit\nlost\nmade\nmake\nmakes\n\
making\nmarch\nmaybe\nmean\nmeans\nmeant\nmet\nmonday\nmr\nmrs\nms\nnear\nnine\nninety\n\
november\noctober\none\noutside\novercame\npaid\nplus\npresents\nprof\nprovide\n\
provided\nprovides\nproviding\nput\nputs\nran\nrang\nrecalled\nreceive\nreceived\n\
receives\nregarding\nremain\nremained\nremains\nreplied\nreplies\nreply\nrequire\n\
required\nrequires\nrisen\nrode\nrose\nsaid\nsang\nsank\nsat\nsaturday\nsaw\nsay\n\
saying\nsays\nsee\nseeing\nseek\nseeks\nseen\nsees\nsent\nseptember\nseven\nseventy\n\
shook\nshut\nsix\nsixty\nslept\nslid\nsold\nsoon\nsought\nspent\nspoke\nspoken\nspun\n\
stated\nstole\nstood\nstruck\nstuck\nsuggest\nsuggested\nsuggests\nsunday\nswam\nswept\n\
swore\ntake\ntaken\ntakes\ntaking\ntaught\ntell\ntelling\ntells\nten\nthink\nthinks\n\
thirty\nthought\nthree\nthrew\nthrown\nthursday\ntold\ntomorrow\ntonight\ntook\ntore\n\
tried\ntries\ntry\ntrying\ntuesday\ntwelve\ntwenty\ntwo\nunderneath\nunderstood\n\
undertook\nunlike\nupheld\nurge\nurged\nurges\nuse\nused\nuses\nusing\nversus\nwant\n\
wanted\nwants\nwarn\nwarned\nwarns\nwednesday\nwent\nwept\nwithdrew\nwoke\nwon\nwore\n\
worth\nwrite\nwrites\nwritten\nwrote\nyesterday";

/// Nouns and counting words so common in any text that they say little about one: a small
/// stand-in for a corpus document frequency. One word a line, sorted.
pub(crate) const GENERIC: &str = "\
area\nareas\nbillion\ncase\ncases\nchild\nchildren\ncities\ncity\ncountries\ncountry\n\
day\ndays\ndozen\nend\nfact\nfacts\nfamily\nform\nforms\ngroup\ngroups\nhead\nhome\n\
hour\nhours\nhouse\nhundred\nidea\nissue\nissues\njob\nkind\nkinds\nlevel\nlevels\n\
life\nline\nlines\nlot\nlots\nman\nmember\nmembers\nmen\nmillion\nminute\nminutes\n\
moment\nmonth\nmonths\nname\nnames\nnight\nnumber\nnumbers\nofficial\nofficials\norder\n\
part\nparts\npeople\npercent\nplace\nplaces\npoint\npoints\nproblem\nproblems\n\
question\nquestions\nreason\nreasons\nreport\nreports\nresult\nresults\nroom\nside\n\
sides\nstate\nstates\nstory\nthing\nthings\nthousand\ntime\ntimes\ntoday\nway\nways\n\
week\nweeks\nwoman\nwomen\nword\nwords\nwork\nworld\nyear\nyears";

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
admiral\nadviser\nadvisor\nambassador\narchbishop\nbishop\ncapt\ncaptain\ncardinal\n\
chairman\nchairwoman\nchancellor\nchief\ncoach\ncol\ncolonel\ncommander\ncongressman\n\
congresswoman\ncorrespondent\ncouncillor\ncouncilor\ndame\ndean\ndetective\ndirector\n\
dr\nemir\nenvoy\ngen\ngov\ngovernor\nimam\ninspector\njudge\njustice\nking\nlady\n\
lieutenant\nlord\nlt\nmayor\nminister\nmiss\nmr\nmrs\nms\nofficer\npastor\npope\n\
premier\npresident\nprince\nprincess\nprof\nprofessor\nqueen\nrabbi\nrep\n\
representative\nrev\nreverend\nsecretary\nsen\nsenator\nsergeant\nsgt\nsheikh\nsir\n\
spokesman\nspokesperson\nspokeswoman\nsultan\nsupt\nvice";

/// Countries, states and provinces, regions and big cities, lowercase: where a tag is a place.
/// One name a line, sorted.
pub(crate) const PLACES: &str = "\
abu dhabi\nafghanistan\nafrica\nalabama\nalaska\nalbania\nalberta\nalgeria\namerica\n\
americas\namsterdam\nanchorage\nandorra\nangola\nankara\nantarctica\narctic\nargentina\n\
arizona\narkansas\narmenia\nasia\nathens\natlanta\naustralia\naustria\nazerbaijan\n\
baghdad\nbahamas\nbahrain\nbalkans\nbaltimore\nbangkok\nbangladesh\nbarbados\n\
barcelona\nbavaria\nbeijing\nbeirut\nbelarus\nbelgium\nbelize\nbenin\nberlin\nbhutan\n\
bogota\nbolivia\nbosnia\nboston\nbotswana\nbrasilia\nbrazil\nbritain\nbrunei\nbrussels\n\
budapest\nbuenos aires\nbulgaria\nburkina\nburma\nburundi\ncairo\ncalifornia\ncambodia\n\
cameroon\ncanada\ncape town\ncaracas\ncaribbean\ncatalonia\ncentral america\nchad\n\
chicago\nchile\nchina\nchongqing\ncolombia\ncolorado\ncomoros\ncongo\nconnecticut\n\
copenhagen\ncosta rica\ncrimea\ncroatia\ncuba\ncyprus\nczech republic\nczechia\ndallas\n\
damascus\ndelaware\ndelhi\ndenmark\ndenver\ndetroit\ndhaka\ndjibouti\ndoha\ndominica\n\
dominican republic\ndubai\ndublin\neast asia\necuador\nedinburgh\negypt\nel salvador\n\
england\neritrea\nestonia\neswatini\nethiopia\neurope\nfiji\nfinland\nflorida\nfrance\n\
frankfurt\ngabon\ngambia\ngaza\ngeneva\ngeorgia\ngermany\nghana\ngreat britain\ngreece\n\
grenada\nguangdong\nguangzhou\nguatemala\nguinea\nguyana\nhaiti\nhamburg\nhanoi\n\
harbin\nhavana\nhawaii\nheilongjiang\nhelsinki\nho chi minh city\nholland\nhonduras\n\
hong kong\nhouston\nhungary\niceland\nidaho\nillinois\nindia\nindiana\nindonesia\niowa\n\
iran\niraq\nireland\nislamabad\nisrael\nistanbul\nitaly\nivory coast\njakarta\njamaica\n\
japan\njerusalem\njohannesburg\njordan\nkabul\nkansas\nkarachi\nkashmir\nkathmandu\n\
kazakhstan\nkentucky\nkenya\nkiev\nkiribati\nkosovo\nkuala lumpur\nkurdistan\nkuwait\n\
kyiv\nkyoto\nkyrgyzstan\nlagos\nlaos\nlas vegas\nlatin america\nlatvia\nlebanon\n\
lesotho\nliberia\nlibya\nliechtenstein\nlima\nlisbon\nlithuania\nlondon\nlos angeles\n\
louisiana\nluxembourg\nmacedonia\nmadagascar\nmadrid\nmaine\nmalawi\nmalaysia\n\
maldives\nmali\nmalta\nmanila\nmaryland\nmassachusetts\nmauritania\nmauritius\n\
melbourne\nmexico\nmexico city\nmiami\nmichigan\nmicronesia\nmiddle east\nmilan\n\
minnesota\nminsk\nmississippi\nmissouri\nmoldova\nmonaco\nmongolia\nmontana\n\
montenegro\nmontreal\nmorocco\nmoscow\nmozambique\nmumbai\nmunich\nmyanmar\nnairobi\n\
namibia\nnanjing\nnauru\nnebraska\nnepal\nnetherlands\nnevada\nnew delhi\n\
new hampshire\nnew jersey\nnew mexico\nnew orleans\nnew york\nnew zealand\nnicaragua\n\
niger\nnigeria\nnorth america\nnorth carolina\nnorth dakota\nnorth korea\nnorway\n\
oceania\nohio\noklahoma\noman\nontario\noregon\nosaka\noslo\nottawa\npakistan\npalau\n\
palestine\npanama\nparaguay\nparis\npennsylvania\nperu\nphiladelphia\nphilippines\n\
phoenix\npoland\nportugal\nprague\npuerto rico\npunjab\nqatar\nquebec\nrhode island\n\
rio de janeiro\nriyadh\nromania\nrome\nrussia\nrwanda\nsamoa\nsan diego\nsan francisco\n\
santiago\nsao paulo\nsaudi arabia\nscandinavia\nscotland\nseattle\nsenegal\nseoul\n\
serbia\nseychelles\nshanghai\nshenzhen\nsiberia\nsichuan\nsingapore\nslovakia\n\
slovenia\nsomalia\nsouth africa\nsouth america\nsouth carolina\nsouth dakota\n\
south korea\nsoutheast asia\nsoviet union\nspain\nsri lanka\nstockholm\nsudan\n\
suriname\nsweden\nswitzerland\nsydney\nsyria\ntaipei\ntaiwan\ntajikistan\ntanzania\n\
tehran\ntel aviv\ntennessee\ntexas\nthailand\ntianjin\ntibet\ntogo\ntokyo\ntonga\n\
toronto\ntunisia\nturkey\nturkmenistan\ntuvalu\nuganda\nukraine\nunited arab emirates\n\
united kingdom\nunited states\nuruguay\nutah\nuzbekistan\nvancouver\nvanuatu\nvatican\n\
venezuela\nvermont\nvienna\nvietnam\nvirginia\nwales\nwarsaw\nwashington\n\
washington dc\nwest virginia\nwisconsin\nwuhan\nwyoming\nxinjiang\nyemen\nyunnan\n\
zambia\nzimbabwe\nzurich";

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
academy\nadministration\nagency\nairlines\nairways\narmy\nassembly\nassociation\n\
authority\nbank\nboard\nbureau\ncabinet\ncenter\ncentre\nchurch\ncia\nclub\nco\n\
college\ncommission\ncommittee\ncompany\ncongress\nconsulate\ncorp\ncorporation\n\
council\ncourt\ndepartment\nembassy\nfbi\nfc\nfederation\nforce\nfoundation\nfund\n\
government\ngroup\nguard\nholdings\nhospital\nimf\ninc\nindustries\ninstitute\njournal\n\
laboratory\nlabs\nleague\nllc\nltd\nministry\nmotors\nmuseum\nnasa\nnato\nnavy\n\
network\nnews\noffice\nopec\norganisation\norganization\nparliament\npartners\nparty\n\
plc\npolice\npost\nschool\nsecretariat\nsenate\nservice\nservices\nsociety\ntimes\n\
tribunal\ntrust\nunesco\nunicef\nunion\nuniversity\nwto";

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

/// Last words of place names ("Heilongjiang Province", "Kent County"), lowercase.
/// One word a line, sorted.
pub(crate) const PLACE_HEADS: &str = "\
airport\navenue\nbay\ncity\ncoast\ncounty\ndesert\ndistrict\ngulf\nisland\nislands\n\
lake\nmountain\nmountains\nocean\npark\npeninsula\nprovince\nregion\nriver\nsea\n\
square\nstrait\nstreet\nterritory\nvalley";
