//! The words of page chrome, as data: every list the rules in [`super`] consult. All
//! lowercase unless a rule matches the line as written. English first; after `; languages:`
//! the words of the other languages (as their news sites word them), carried by the
//! `languages` build only. Their months and weekdays are the language rows'
//! own (`Language::is_any_date_word`).

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
    ; languages:
    // fr
    "partager", "partagez", "partager cet article", "s'abonner", "abonnez-vous", "je m'abonne",
    "publicité", "imprimer", "commentaires", "réagissez", "réagir", "lire la suite",
    "copier le lien", "fermer", "se connecter", "les plus lus", "écouter", "avec afp",
    // de
    "teilen", "artikel teilen", "abonnieren", "jetzt abonnieren", "anzeige", "werbung",
    "drucken", "kommentare", "weiterlesen", "link kopieren", "schließen", "anmelden",
    "meistgelesen", "vorlesen", "artikel anhören", "dpa",
    // es
    "compartir", "suscríbete", "publicidad", "imprimir", "comentarios", "seguir leyendo",
    "leer más", "copiar enlace", "cerrar", "iniciar sesión", "lo más leído", "escuchar",
    "europa press",
    // it
    "condividi", "iscriviti", "abbonati", "pubblicità", "commenti", "continua a leggere",
    "leggi di più", "copia link", "chiudi", "accedi", "i più letti", "ascolta",
    // pt
    "compartilhar", "compartilhe", "partilhar", "assine", "publicidade", "comentários",
    "continuar lendo", "continue lendo", "ler mais", "copiar link", "fechar", "mais lidas",
    "ouvir", "lusa",
    // nl
    "delen", "abonneren", "advertentie", "printen", "reacties", "lees verder", "lees meer",
    "link kopiëren", "sluiten", "inloggen", "meest gelezen", "luister",
    // ru
    "поделиться", "подписаться", "реклама", "печать", "комментарии", "читать далее",
    "скопировать ссылку", "закрыть", "войти", "самое читаемое", "слушать", "риа новости",
    // sv, da, no
    "dela", "prenumerera", "annons", "skriv ut", "kommentarer", "läs mer", "kopiera länk",
    "stäng", "logga in", "mest läst", "lyssna", "del", "abonnér", "annonce", "læs mere",
    "luk", "log ind", "mest læste", "ritzau", "abonner", "annonse", "les mer", "lukk",
    "logg inn", "mest lest",
    // fi, pl, tr
    "jaa", "tilaa", "mainos", "tulosta", "kommentit", "lue lisää", "luetuimmat",
    "udostępnij", "subskrybuj", "reklama", "drukuj", "komentarze", "czytaj więcej",
    "czytaj dalej", "najczęściej czytane", "paylaş", "abone ol", "reklam", "yazdır",
    "yorumlar", "devamını oku", "en çok okunanlar",
    // ar, zh, ja, ko
    "مشاركة", "شارك", "اشترك", "إعلان", "طباعة", "تعليقات", "التعليقات", "اقرأ المزيد",
    "الأكثر قراءة", "分享", "订阅", "广告", "打印", "评论", "阅读全文", "复制链接",
    "シェア", "ツイート", "広告", "印刷", "コメント", "続きを読む", "공유", "공유하기",
    "구독", "광고", "인쇄", "댓글", "많이 본 뉴스",
    // el, ro, hu
    "κοινοποίηση", "διαφήμιση", "εκτύπωση", "σχόλια", "διαβάστε περισσότερα",
    "distribuie", "abonează-te", "publicitate", "comentarii", "citește mai mult",
    "megosztás", "feliratkozás", "hirdetés", "nyomtatás", "hozzászólások",
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
    ; languages:
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet",
    "lesen sie auch", "auch interessant", "mehr zum thema", "zum thema",
    "das könnte sie auch interessieren", "lee también", "leer también", "te puede interesar",
    "noticias relacionadas", "leggi anche", "potrebbe interessarti", "articoli correlati",
    "leia também", "leia mais", "veja também", "saiba mais", "notícias relacionadas",
    "lees ook", "zie ook", "gerelateerd", "читайте также", "смотрите также", "по теме",
    "läs också", "läs även", "relaterat", "læs også", "relateret", "les også", "relatert",
    "lue myös", "katso myös", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
    "ilgili haberler", "bunlar da ilginizi çekebilir", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا",
    "مواضيع ذات صلة", "相关阅读", "延伸阅读", "相关新闻", "推荐阅读", "関連記事", "관련기사",
    "관련 기사", "διαβάστε επίσης", "διαβάστε ακόμη", "citește și", "citeşte şi", "vezi și",
    "kapcsolódó", "kapcsolódó cikkek",
];

/// Openings of share, subscribe, teaser and credit lines; such lines are short.
pub(super) const PREFIXES: List = list![
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
    "recommended:",
    "share on ",
    "share this ",
    "share via ",
    "sign up for ",
    "subscribe to ",
    "topics:",
    ; languages:
    "partager sur ", "partager par ", "partagez sur ", "abonnez-vous ", "inscrivez-vous ",
    "suivez-nous ", "cliquez ici", "écouter cet article", "cet article vous a été utile",
    "teilen auf ", "teilen per ", "folgen sie uns ", "jetzt abonnieren", "hier klicken",
    "artikel anhören", "war dieser artikel hilfreich", "compartir en ", "síguenos en ",
    "suscríbete ", "haz clic aquí", "¿te ha resultado útil", "condividi su ", "seguici su ",
    "iscriviti ", "clicca qui", "compartilhe no ", "compartilhar no ", "partilhar no ",
    "siga-nos ", "clique aqui", "este artigo foi útil", "deel op ", "delen via ",
    "volg ons ", "klik hier", "поделиться в ", "подписывайтесь на ", "подпишитесь на ",
    "dela på ", "följ oss ", "del på ", "følg os ", "følg oss ", "seuraa meitä ",
    "udostępnij na ", "obserwuj nas ", "bizi takip edin", "تابعونا على", "تابعنا على",
    "分享到", "关注我们", "责任编辑", "编辑:", "来源:", "ακολουθήστε μας", "urmărește-ne",
    "kövessen minket",
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
    ; languages:
    "publié", "publiée", "mis à jour", "mise à jour", "modifié", "actualisé",
    "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "publicado", "publicada",
    "actualizado", "actualizada", "última actualización", "pubblicato", "pubblicata",
    "aggiornato", "aggiornata", "ultimo aggiornamento", "atualizado", "atualizada",
    "gepubliceerd", "bijgewerkt", "laatst bijgewerkt", "geplaatst", "опубликовано",
    "обновлено", "дата публикации", "publicerad", "uppdaterad", "publiceret", "opdateret",
    "publisert", "oppdatert", "julkaistu", "päivitetty", "opublikowano", "zaktualizowano",
    "aktualizacja", "yayınlanma", "güncelleme", "yayınlandı", "güncellendi", "تاريخ النشر",
    "آخر تحديث", "发布时间", "发布于", "发表于", "更新时间", "公開日", "更新日",
    "기사입력", "최종수정", "δημοσιεύθηκε", "ενημερώθηκε", "publicat",
    "actualizat", "publikálva", "frissítve", "közzétéve",
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
    ; languages:
    "crédit photo", "crédits photo", "crédit:", "crédits:", "foto:", "fotos:", "bild:",
    "quelle:", "imagen:", "fuente:", "fotografía:", "crédito:", "immagine:", "fonte:",
    "foto di ", "foto de ", "foto van ", "beeld:", "bron:", "фото:", "источник:", "kuva:",
    "lähde:", "kilde:", "källa:", "fotoğraf:", "kaynak:", "صورة:", "المصدر:", "图片来源",
    "图片:", "写真:", "出典:", "사진=", "사진:", "출처:", "φωτογραφία:", "πηγή:", "sursa:",
    "sursa foto", "forrás:", "fotó:", "źródło:", "zdjęcie:", "fot.",
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
    ; languages:
    "dpa", "ansa", "efe", "anp", "belga", "tass", "тасс", "ria novosti", "риа новости",
    "kyodo", "yonhap", "ntb", "tt", "ritzau", "stt", "lehtikuva", "scanpix",
    "picture alliance", "picture-alliance", "imago", "keystone", "sipa", "maxppp", "abaca",
    "europa press", "lusa", "anadolu", "mti", "pap", "agerpres", "epa-efe",
];

/// Labels that close a caption with its credit: "… on Sunday. Photo: Fire Service".
pub(super) const CAPTION_CREDITS: List = list![
    "credit:",
    "image:",
    "photo:",
    "photograph:",
    "photos:",
    "picture:",
    ; languages:
    "photo :", "crédit photo :", "foto:", "bild:", "фото:", "kuva:", "fotó:", "imagen:",
    "immagine:", "beeld:",
];

/// The words inside a closing parenthesis that make it a credit: "(credit: NASA)".
pub(super) const PAREN_CREDITS: List = list![
    "courtesy", "credit", "image", "photo", "picture",
    ; languages:
    "crédit", "foto", "bild", "imagen", "immagine", "фото", "kuva", "fotó",
];

/// How furniture lines start (filing labels, tag lists, citations).
pub(super) const LABELS: List = list![
    "citation:", "filed under", "follow us", "tags:",
    ; languages:
    "mots-clés:", "mots clés:", "thèmes:", "schlagwörter:", "schlagworte:", "themen:",
    "etiquetas:", "temas:", "tag:", "argomenti:", "trefwoorden:", "onderwerpen:", "теги:",
    "темы:", "ämnen:", "emner:", "aiheet:", "etiketler:", "konular:", "tagi:",
    "الكلمات المفتاحية", "标签:", "关键词:", "タグ:", "태그:", "ετικέτες:", "etichete:",
    "címkék:", "suivez-nous", "folgen sie uns", "síguenos", "seguici", "siga-nos",
    "volg ons", "följ oss", "følg os", "følg oss", "obserwuj nas", "تابعونا",
];

/// Phrases of reprint and copyright notices.
pub(super) const REPRINT: List = list![
    "all rights reserved",
    "may not be published, broadcast",
    "may not be reproduced",
    "originally appeared",
    "reprinted with permission",
    "republished with permission",
    "was originally published",
    ; languages:
    "tous droits réservés", "reproduction interdite", "alle rechte vorbehalten",
    "todos los derechos reservados", "prohibida su reproducción", "tutti i diritti riservati",
    "riproduzione riservata", "todos os direitos reservados", "alle rechten voorbehouden",
    "все права защищены", "alla rättigheter förbehållna", "alle rettigheder forbeholdes",
    "alle rettigheter reservert", "kaikki oikeudet pidätetään", "wszelkie prawa zastrzeżone",
    "tüm hakları saklıdır", "جميع الحقوق محفوظة", "版权所有", "無断転載", "무단 전재",
    "με επιφύλαξη παντός δικαιώματος", "toate drepturile rezervate", "minden jog fenntartva",
    "a été publié initialement", "erschien zuerst", "fue publicado originalmente",
    "foi publicado originalmente", "verscheen eerder",
];

/// "Reporting by Jo Roe; Editing by Al Poe".
pub(super) const REPORTING: List = list![
    "additional reporting by",
    "compiled by",
    "editing by",
    "reporting by",
    "writing by",
    ; languages:
    "avec afp", "avec agences", "avec reuters", "mit material von", "con información de",
    "com agências", "con agenzie", "met medewerking van",
];

/// How a byline starts (case as written).
pub(super) const BYLINES: List = list![
    "By ",
    "by ",
    "BY ",
    "Written by ",
    "Posted by ",
    "Words by ",
    ; languages:
    "Par ", "PAR ", "Auteur:", "Texte:", "Propos recueillis par ", "Von ", "VON ", "Autor:",
    "Autorin:", "Text:", "Por ", "POR ", "Texto:", "Escrito por ", "Di ", "di ", "DI ",
    "Autore:", "Testo:", "Scritto da ", "Door ", "DOOR ", "Tekst:", "Geschreven door ",
    "Автор:", "Текст:", "Av ", "AV ", "Skriven av ", "Af ", "AF ", "Skrevet af ",
    "Skrevet av ", "Teksti:", "Kirjoittaja:", "Yazan:", "Yazar:", "بقلم:", "بقلم ", "كتب:",
    "作者:", "记者:", "撰文:", "文:", "執筆:", "Γράφει:", "Του ", "Της ", "Scris de ",
    "Szerző:", "Írta:",
];

/// Lowercase words that may stand inside a name: "Ursula von der Leyen".
pub(super) const NAME_PARTICLES: List = list![
    "&", "and", "bin", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von",
    ; languages:
    "al", "das", "dei", "della", "do", "dos", "e", "el", "en", "et", "i", "ibn", "ja", "och",
    "og", "ten", "ter", "und", "ve", "y", "zu", "és", "și", "и",
];

/// What separates the name from the date in "By Tom Reid | July 10, 2024".
pub(super) const BYLINE_SEPARATORS: List = list![
    " | ", " · ", " • ", " - ", " – ", " — ", ", ", " on ",
    ; languages:
    " le ", " am ", " el ", " il ", " op ", " em ",
];

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
    ; languages:
    "suivez-le sur", "suivez-la sur", "folgen sie ihm", "folgen sie ihr", "síguelo en",
    "síguela en",
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
pub(super) const PITCH_VERBS: List = list![
    "sign up", "subscribe",
    ; languages:
    "abonnez-vous", "inscrivez-vous", "s'abonner", "s'inscrire", "abonnieren",
    "melden sie sich", "suscríbete", "suscribirse", "suscríbase", "regístrate", "iscriviti",
    "iscriversi", "inscreva-se", "assine", "cadastre-se", "schrijf je in", "meld je aan",
    "abonneer", "подпишитесь", "подписаться", "prenumerera", "anmäl dig", "tilmeld dig",
    "meld deg på", "tilaa", "abone ol", "zapisz się", "اشترك", "订阅", "登録", "구독",
    "εγγραφείτε", "abonează-te", "iratkozzon fel",
];
pub(super) const PITCH_CHANNELS: List = list![
    "email", "inbox", "newsletter",
    ; languages:
    "infolettre", "lettre d'information", "boîte mail", "boîte de réception", "e-mail",
    "courriel", "postfach", "correo", "boletín", "caixa de entrada", "nieuwsbrief",
    "рассылк", "почт", "nyhetsbrev", "nyhedsbrev", "uutiskirje", "bülten", "النشرة",
    "البريد", "邮件", "邮箱", "ニュースレター", "メルマガ", "뉴스레터", "ενημερωτικό",
    "buletin", "hírlevél",
];

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
    ; languages:
    // fr
    "publié", "publiée", "mis", "mise", "à", "jour", "le", "modifié", "actualisé", "il",
    "y", "a", "h", "heure", "heures", "janv", "févr", "avr", "juil", "déc",
    // de
    "veröffentlicht", "aktualisiert", "zuletzt", "stand", "um", "uhr", "vor", "stunden",
    "minuten", "std", "mez", "mesz", "mär", "okt", "dez",
    // es, it, pt
    "publicado", "publicada", "actualizado", "actualizada", "última", "actualización", "el",
    "de", "las", "hace", "horas", "minutos", "pubblicato", "pubblicata", "aggiornato",
    "aggiornata", "ultimo", "aggiornamento", "alle", "ore", "fa", "minuti", "atualizado",
    "atualizada", "em", "às", "há",
    // nl
    "gepubliceerd", "bijgewerkt", "laatst", "geplaatst", "op", "om", "uur", "geleden",
    "mrt", "mei",
    // ru
    "опубликовано", "обновлено", "дата", "публикации", "в", "г", "года", "назад", "час",
    "часа", "часов", "минут", "мск",
    // sv, da, no, fi
    "publicerad", "uppdaterad", "kl", "den", "sedan", "timmar", "minuter", "publiceret",
    "opdateret", "siden", "timer", "minutter", "publisert", "oppdatert", "julkaistu",
    "päivitetty", "klo", "sitten", "tuntia", "minuuttia",
    // pl (months in the genitive dates take), tr
    "opublikowano", "zaktualizowano", "aktualizacja", "godz", "temu", "stycznia", "lutego",
    "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
    "listopada", "grudnia", "yayınlanma", "güncelleme", "yayınlandı", "güncellendi",
    "tarihi", "saat", "önce", "dakika",
    // ar, ko, el, ro, hu
    "نشر", "في", "تاريخ", "النشر", "آخر", "تحديث", "منذ", "ساعة", "ساعات", "دقيقة",
    "입력", "수정", "기사입력", "최종수정", "δημοσιεύθηκε", "ενημερώθηκε", "στις", "πριν", "ώρες", "λεπτά",
    "publicat",
    "actualizat", "la", "ora", "publikálva", "frissítve", "közzétéve", "órája", "perce",
];

/// Month and weekday stems: a date names one of them.
pub(super) const CALENDAR: List = list![
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun",
];

/// Letters inside the numbers of dates and times in other languages: "10h12",
/// "2024年3月3日", "2024년".
pub(super) const DATE_MARKS: &str = "h年月日時时分秒년월일시분";
