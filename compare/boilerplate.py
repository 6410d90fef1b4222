"""Boilerplate: text a copy adds around an article that is not the article.

Proxy and redirect URLs, navigation bars and breadcrumbs, share/follow/subscribe
lines, cookie notices, comment forms, tags, copyright lines, "Source link",
"Read more"/"Also read", ad markers, photo credits, calls to action — in English
and the commonest equivalents in French, German, Spanish, Italian, Portuguese,
Russian, Arabic and Chinese (a few Japanese and Korean ones too). Everything is
table driven: a table of phrases per kind, compiled on first use into one pattern
(a named group per kind).

A *line* is boilerplate when it is made of such things only: the marker alone, a
marker and the few words that complete it, a label and its list or link (``Tags:
…``, ``Also read: …``), or navigation (section names, breadcrumb separators,
links). :func:`tail_start` finds boilerplate glued to the end of a
paragraph, so the caller can cut it off as its own change.

Evidence codes
--------------

===================== ============================================================
code                  meaning
===================== ============================================================
proxy-url             a web-proxy / redirect URL (kproxy, hide.me, ``?url=`` …)
url                   a bare link
navigation            menu, breadcrumb (``Home › World``), footer links, previous/next
repeated-headline     a line that repeats another line of the text (the headline)
share                 share / follow / subscribe / newsletter
cookie-notice         cookie consent text
comments              comment form or comment count
tags                  ``Tags:``, ``Filed under``
copyright             ``©``, ``All rights reserved``, ``Powered by``
source-link           ``Source link``, ``Source:``, ``Original article``
read-more             ``Read more``, ``Also read:``, ``Related:``
advertisement         ``Advertisement``, ``Sponsored``
photo-credit          ``Photo: AP``, ``(AP Photo/…)``, ``Image credit``
call-to-action        ``Click here``, ``Download our app``
timestamp             ``Published: …``, ``Last updated …`` (the page's, not the story's)
hashtags              a line of only ``#hashtags`` / ``@handles``
document-head         at the very start of the text
document-tail         at the very end of the text
glued                 stuck to the end of a paragraph
proxy-banner          a web proxy's banner (``[ Glype Proxy ] URL: …``, ``You are
                      using a free proxy``)
byline                a byline or an editor credit line (``By Jane Doe``, ``责任编辑：…``)
disclaimer            an aggregator's disclaimer (``Disclaimer: This story is
                      auto-aggregated …``)
embed                 an embedded tweet's remnants (``pic.twitter.com/…``, ``— Name
                      (@handle) May 14, 2024``)
page-title            the page's title: the headline and ``| Site`` / ``- Site``
===================== ============================================================

Structure, not prefixes: a line that begins with a marker phrase but runs on into a
sentence (``Share this concern, said one analyst.``, ``Powered by solar panels, the
village …``) or carries a reporting clause (``…, the judge said``) is article text.
Shapes without a fixed phrase are recognised too: a row of share words and networks
(``Teilen auf Facebook | Auf X teilen``), footer links (``Privacy Policy | Terms of
Use``), a proxy's banner, a cookie notice in any language (cookies + consent), a
comment-form field (``Comment *``), a caption ending in a credit (``… (AP Photo/…)``),
the headline printed twice, and link titles listed under a heading (``Related
posts:``, ``Trending``); a byline with the story's date or reading time (``By Jane Doe |
May 14, 2024 | 5 min read``), a caption whose credit ends the line (``… Photograph:
Getty Images``, ``… REUTERS/Jane Doe``), an embedded tweet's link or signature, a
comment count, comment buttons (``Reply · Like · 4``), an author's bio, and the page
title (the headline and ``| Site``). By their place in a block: a short title over a
newsletter box (``Morning Briefing``), and readers' comments (``Name · 2 hours ago``
and the comment) in a block with a comment count or comment buttons.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .patterns import LazyPattern, lazy
from .typography import enclose

# -- tables ----------------------------------------------------------------------------

#: hosts of web proxies and mirrors (matched inside a URL's host)
PROXY_HOSTS = (
    "kproxy",
    "hide.me",
    "hidester",
    "proxysite",
    "croxyproxy",
    "proxyium",
    "4everproxy",
    "hidemyass",
    "whoer",
    "vpnbook",
    "proxfree",
    "blockaway",
    "megaproxy",
    "zalmos",
    "hidemy.name",
    "proxy",  # any host with "proxy" in its name
    "translate.goog",
    "webcache.googleusercontent",
    "web.archive.org",
    "archive.ph",
    "archive.today",
)

#: paths and queries of proxy/redirect links
PROXY_PATHS = (
    "/servlet/redirect.srv/",
    "/browse.php?u=",
    "/index.php?q=",
    "/index.php?u=",
    "?url=",
    "&url=",
    "?u=http",
    "?q=http",
    "/proxy/",
    "/redirect?",
    "/go.php?",
    "/out.php?",
    "/url?q=",
)

#: section names seen in navigation bars (any language), matched as whole words
NAVIGATION_WORDS = (
    # English
    "home", "world", "news", "politics", "business", "economy", "sports", "sport",
    "tech", "technology", "science", "health", "entertainment", "culture", "arts",
    "opinion", "lifestyle", "travel", "video", "videos", "photos", "local", "national",
    "international", "us", "u.s.", "uk", "europe", "asia", "africa", "americas",
    "middle east", "latest", "top stories", "trending", "menu", "search", "more",
    "weather", "markets", "login", "log in", "sign in", "register", "contact", "about",
    "about us", "categories", "breaking news",
    # French, German, Spanish, Italian, Portuguese
    "accueil", "monde", "actualités", "politique", "économie", "startseite", "welt",
    "nachrichten", "politik", "wirtschaft", "inicio", "portada", "mundo", "noticias",
    "política", "economía", "deportes", "esteri", "notizie", "início", "notícias",
    # Russian
    "главная", "мир", "новости", "политика", "экономика", "общество", "спорт",
)

#: social networks and share targets: a line of only these is a row of share buttons
SHARE_TARGETS = (
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
    "email", "e-mail", "mail", "print", "copy link", "messenger", "viber", "vk",
    "vkontakte", "ok", "odnoklassniki", "tumblr", "flipboard", "threads", "bluesky",
    "mastodon", "share", "tweet", "imprimer", "drucken", "imprimir", "copier le lien",
    "поделиться", "вконтакте", "одноклассники",
)
#: a share row must name at least this many targets ...
MIN_SHARE_TARGETS = 2
#: ... unless it is one of these, unmistakable alone on a line (one button a line)
SHARE_NETWORKS = frozenset(
    {"facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
     "vkontakte", "odnoklassniki", "flipboard", "tumblr", "messenger", "вконтакте",
     "одноклассники"}
)

#: breadcrumb separators
BREADCRUMB_SEPARATORS = (
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    ">",
    "/",
    "|",
    "\N{BULLET}",
    "\N{MIDDLE DOT}",
    "\N{BLACK RIGHT-POINTING SMALL TRIANGLE}",
    "\N{RIGHTWARDS ARROW}",
)

#: marker phrases, by kind (evidence code). A line that *starts* with one and is short,
#: or that ends in ``:`` followed by a list/link, is boilerplate. Matched
#: case-insensitively at a word boundary.
MARKERS: dict[str, tuple[str, ...]] = {
    "source-link": (
        "this article was originally published", "this story was originally published",
        "was originally published", "republished with permission",
        "read the full story", "read the full article", "read the original article",
        "read the original story", "read full article", "read full story",
        "continue reading on", "来源：", "来源:", "原标题：", "原标题:", "出典：", "出典:",
        "출처:", "출처 :", "المصدر:", "المصدر :", "المصدر",
        "source link", "source:", "source :", "original article", "originally published",
        "this article originally appeared", "via:",
        "source de l'article", "source :", "lien source", "quelle:", "quelle :", "quelllink",
        "fuente:", "fuente :", "enlace de origen", "fonte:", "fonte :", "источник:",
        "источник :", "источник", "джерело:", "ссылка на источник",
    ),
    "read-more": (
        "watch:", "video:", "listen:", "more stories like this",
        "trending", "trending now", "most popular", "most read", "popular", "popular now",
        "top stories", "editor's picks", "editors' picks", "don't miss", "more on this story",
        "related", "you may have missed", "more news", "latest news",
        "相关阅读：", "相关阅读:", "相关阅读", "延伸阅读：", "延伸阅读", "相关新闻：", "相关新闻",
        "推荐阅读：", "推荐阅读", "関連記事", "関連記事：", "続きを読む", "관련기사", "관련 기사",
        "اقرأ أيضاً", "اقرأ أيضا", "اقرأ أيضًا", "اقرأ المزيد", "مواضيع ذات صلة",
        "read more", "read more:", "also read", "read also", "see also", "related:",
        "related articles", "related stories", "related posts", "related news",
        "you may also like", "you might also like", "recommended for you", "more from",
        "more stories", "continue reading", "lire aussi", "à lire aussi", "a lire aussi",
        "lire la suite", "voir aussi", "lesen sie auch", "mehr zum thema", "weiterlesen",
        "auch interessant", "lee también", "lea también", "leer más", "te puede interesar",
        "leggi anche", "leia também", "leia mais", "читайте также", "читать далее",
        "подробнее", "по теме", "смотрите также", "recommended", "sigue leyendo",
    ),
    "share": (
        "join our", "subscribe today", "subscribe now", "get the latest news",
        "delivered to your inbox", "support our journalism", "support independent journalism",
        "share on", "share on:", "like this:", "like loading...", "like loading…",
        "teilen auf", "auf facebook teilen", "partager sur facebook", "compartir en facebook",
        "分享到：", "分享到:", "分享到", "分享：", "シェアする", "공유하기",
        "شارك هذا المقال", "شارك المقال", "شارك", "تابعونا", "تابعنا على",
        "share this", "share this:", "share this article", "share on facebook",
        "share on twitter", "share on whatsapp", "share via email", "tweet this",
        "share", "follow us", "follow us on", "like us on facebook",
        "subscribe", "subscribe to our newsletter", "sign up for our newsletter",
        "enter your email", "enter your e-mail", "enter your email address",
        "by signing up you agree", "by signing up, you agree", "by subscribing you agree",
        "by subscribing, you agree", "get the top stories", "get our top stories",
        "get the latest headlines",
        "sign up for", "sign up", "get our newsletter", "join our telegram", "partager",
        "partager sur", "partagez", "suivez-nous", "abonnez-vous", "inscrivez-vous",
        "teilen", "auf facebook teilen", "folgen sie uns", "abonnieren",
        "newsletter abonnieren", "compartir", "compartir en", "síguenos", "suscríbete",
        "condividi", "seguici", "iscriviti", "compartilhe", "siga-nos", "assine",
        "поделиться", "подписывайтесь", "подпишитесь", "мы в телеграм",
    ),
    "cookie-notice": (
        "cookies help us deliver our services", "by using our services, you agree",
        "you agree to our use of cookies", "we use cookies to", "manage cookie preferences",
        "vous acceptez l'utilisation de cookies", "en poursuivant votre navigation",
        "wir nutzen cookies", "diese seite verwendet cookies", "usamos cookies propias",
        "we use cookies", "this website uses cookies", "this site uses cookies",
        "by continuing to use this site", "cookie policy", "accept cookies",
        "accept all cookies", "nous utilisons des cookies", "ce site utilise des cookies",
        "wir verwenden cookies", "diese website verwendet cookies", "utilizamos cookies",
        "este sitio utiliza cookies", "utilizziamo i cookie", "usamos cookies",
        "мы используем файлы cookie", "мы используем cookie", "этот сайт использует",
    ),
    "comments": (
        "save my name, email, and website", "notify me of new comments",
        "notify me of follow-up comments", "notify me of new posts", "comment *",
        "发表评论", "评论：", "コメント",
        "leave a reply", "leave a comment", "your email address will not be published",
        "required fields are marked", "post comment", "add comment", "comments",
        "no comments", "0 comments", "show comments", "view comments", "join the conversation",
        "cancel reply", "laisser un commentaire", "commentaires", "kommentare",
        "kommentar schreiben", "deja un comentario", "deja una respuesta", "comentarios",
        "lascia un commento", "commenti", "deixe um comentário", "комментарии",
        "оставить комментарий", "добавить комментарий",
    ),
    "tags": (
        "标签：", "标签:", "关键词：", "关键词:", "タグ：", "태그:",
        "tags:", "tags :", "tagged:", "tagged with", "filed under", "topics:", "categories:",
        "category:", "posted in", "mots-clés", "mots clés", "étiquettes", "schlagwörter",
        "themen:", "etiquetas:", "temas:", "argomenti:", "теги:", "метки:", "рубрика:",
        "tag:", "từ khóa:", "etiketler:", "etiket:", "tagi:", "taggar:", "tagit:", "štítky:",
        "címkék:", "ετικέτες:", "תגיות:", "كلمات مفتاحية:", "الكلمات المفتاحية:", "برچسب ها:",
        "키워드:", "キーワード:",
    ),
    "copyright": (
        "this material may not be published", "版权所有", "جميع الحقوق محفوظة",
        "©", "(c) 20", "copyright", "all rights reserved", "powered by", "proudly powered by",
        "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados",
        "tutti i diritti riservati", "todos os direitos reservados", "все права защищены",
    ),
    "advertisement": (
        "sponsored:", "advertisement:", "广告", "広告", "광고", "إعلان", "اعلان",
        "advertisement", "advertisements", "sponsored", "sponsored content", "promoted",
        "story continues below", "article continues below", "continue reading below",
        "scroll to continue", "la suite après cette publicité", "weiter nach der anzeige",
        "paid content", "ad", "ads", "publicité", "anzeige", "werbung", "publicidad",
        "pubblicità", "publicidade", "реклама", "партнерский материал",
    ),
    "photo-credit": (
        "photo:", "photo :", "photos:", "photo credit", "image credit", "image:",
        "image source", "picture:", "credit:", "(ap photo/", "ap photo/", "(ap photo)",
        "(reuters/", "reuters/", "(afp", "afp photo", "getty images", "file photo",
        "crédit photo", "photo d'illustration", "foto:", "bild:", "bildquelle",
        "imagen:", "фото:", "фото -", "фото —", "photo by", "photograph by",
        "photo courtesy", "file photo:",
    ),
    "timestamp": (
        "published:", "published on", "updated:", "last updated", "posted on", "posted:",
        "first published", "publié le", "mis à jour le", "veröffentlicht am",
        "aktualisiert am", "publicado el", "actualizado el", "pubblicato il",
        "опубликовано:", "обновлено:", "дата публикации",
    ),
    "call-to-action": (
        "listen to this article", "listen to this story", "turn on notifications",
        "report an error", "report a typo", "report a correction", "suggest a correction",
        "send us feedback", "have a news tip", "got a news tip", "have a story tip",
        "点击查看", "点击阅读", "下载客户端",
        "click here", "tap here", "download our app", "download the app", "get the app",
        "install our app", "cliquez ici", "téléchargez notre application", "hier klicken",
        "app herunterladen", "haga clic aquí", "haz clic aquí", "descarga nuestra app",
        "clicca qui", "clique aqui", "нажмите здесь", "скачайте приложение",
        "please enable javascript", "javascript is disabled", "loading...",
        "sign in to continue", "log in to continue", "subscribe to continue reading",
    ),
    "navigation": (
        "previous article", "next article", "previous post", "next post", "previous story",
        "next story", "older posts", "newer posts", "article précédent", "article suivant",
        "vorheriger artikel", "nächster artikel", "artículo anterior", "artículo siguiente",
        "上一篇", "下一篇",
        # accessibility skip links, the first line of most pages
        "skip to main content", "skip to content", "skip to navigation", "zum inhalt springen",
        "direkt zum inhalt", "ir al contenido", "saltar al contenido", "aller au contenu",
        "passer au contenu", "vai al contenuto", "ir para o conteúdo", "перейти к содержанию",
    ),
    "byline": (
        "责任编辑：", "责任编辑:", "编辑：", "编辑:", "记者：", "记者:", "編集：",
    ),
    "disclaimer": (
        "disclaimer:", "disclaimer :", "this story is auto-aggregated",
        "this story has not been edited by", "auto-generated from a syndicated feed",
        "this article was automatically translated", "this article was machine translated",
        "this article was machine-translated", "this article was translated",
        "this article was automatically generated", "this article was generated",
        "this story was automatically generated", "this story was generated",
    ),
    "proxy-banner": (
        "you are using a free proxy", "you are browsing anonymously",
        "this page is served via", "powered by glype",
        "proxied by", "remove this banner", "glype proxy",
    ),
}

#: markers that are boilerplate only when they are the whole line (common words too)
WHOLE_LINE_ONLY = frozenset(
    {"share", "sign up", "comments", "ad", "ads", "promoted", "sponsored", "subscribe", "источник",
     "commentaires", "kommentare", "comentarios", "commenti", "комментарии", "teilen",
     "partager", "compartir", "condividi", "anzeige", "werbung", "реклама", "publicité",
     "publicidad", "advertisement", "advertisements", "подробнее", "more from", "assine",
     "copyright", "weiterlesen", "recommended", "trending", "trending now", "most popular",
     "most read", "popular", "popular now", "top stories", "related", "don't miss",
     "latest news", "more news", "previous article", "next article", "previous post",
     "next post", "previous story", "next story", "older posts", "newer posts", "شارك",
     "المصدر", "广告", "広告", "광고", "إعلان", "اعلان", "コメント"}
)

#: whole-line-only markers that may still lead a label (``Sponsored: …``, ``Next article: …``)
LABEL_OK = frozenset(
    {"sponsored", "advertisement", "advertisements", "ad", "ads", "promoted", "anzeige",
     "werbung", "реклама", "publicité", "publicidad", "share", "teilen", "partager",
     "compartir", "condividi", "поделиться", "источник", "المصدر", "previous article",
     "next article", "previous post", "next post", "previous story", "next story",
     "related", "trending", "most popular", "most read", "top stories"}
)

#: kinds whose lines are prose by nature (a cookie notice is sentences): a sentence after
#: the marker does not make the line article text
PROSE_KINDS = frozenset({"cookie-notice", "disclaimer", "proxy-banner", "comments"})

#: kinds whose label owns the text after it ("Sponsored: Try our app"): such a line is
#: never cut at its marker (a "Read more: <headline>" line may be: the headline is text)
WHOLE_LABEL_KINDS = frozenset({"advertisement", "disclaimer", "proxy-banner", "cookie-notice"})

#: words that begin the purpose of a call to action ("… to get alerts", "… for updates")
PURPOSE_WORDS = frozenset({"to", "for", "and", "on", "via", "at", "in", "pour", "sur", "um", "auf", "para", "en", "per"})

#: verbs of a reporting clause: "…, the judge said" makes a line article prose
REPORTING_VERBS = (
    "said", "says", "told", "tells", "added", "asked", "argued", "warned", "explained",
    "noted", "wrote", "stated", "insisted", "claimed", "declared", "according to",
    "urged", "announced", "reported", "confirmed", "revealed", "admitted", "denied",
    "a déclaré", "a dit", "a affirmé", "selon", "sagte", "erklärte", "betonte", "dijo",
    "afirmó", "señaló", "según", "ha detto", "disse", "сказал", "заявил", "сообщил",
    "отметил", "сказала", "заявила",
)

#: a line of only these words (and share targets) is a row of share buttons
SHARE_FILLERS = frozenset(
    {"share", "on", "via", "to", "teilen", "auf", "partager", "sur", "compartir", "en",
     "condividi", "su", "compartilhar", "no", "поделиться", "в", "this", "article", "it",
     "post", ":"}
)

#: links of a site's footer (a line of these, separated by | • ·, is the footer)
FOOTER_LINKS = frozenset(
    {"privacy policy", "privacy", "terms of use", "terms of service", "terms & conditions",
     "terms and conditions", "terms", "contact us", "contact", "about us", "about",
     "cookie settings", "cookie policy", "cookies", "sitemap", "site map", "advertise",
     "advertise with us", "careers", "jobs", "imprint", "impressum", "datenschutz",
     "mentions légales", "politique de confidentialité", "aviso legal", "privacidad",
     "política de privacidad", "accessibility", "help", "faq", "rss", "newsletter",
     "subscribe", "log in", "login", "sign in", "register", "home", "archive", "archives",
     "do not sell my personal information", "your privacy choices", "corrections",
     "previous post", "next post", "previous article", "next article", "« previous post",
     "next post »", "« previous", "next »", "older posts", "newer posts"}
)

#: a cookie notice: names cookies and asks for consent (any of these words)
COOKIE_WORDS = ("cookie", "cookies", "файлы cookie")
CONSENT_WORDS = (
    "accept", "accept all", "consent", "use of cookies", "uses cookies", "use cookies",
    "using cookies", "agree to our", "manage preferences", "cookie settings", "cookie policy",
    "learn more", "more info", "privacy policy", "utilisation de cookies", "acceptez",
    "accepter", "en savoir plus", "akzeptieren", "zustimmen", "verwendet cookies", "aceptar",
    "acepta", "consentimiento", "accetta", "acconsenti", "aceitar", "соглашаетесь", "принять",
)

#: a photo caption ends with the agency's credit in brackets: "(AP Photo/John Raoux)"
CAPTION_CREDITS = (
    "ap photo", "ap", "afp", "reuters", "epa", "getty images", "xinhua", "dpa", "anp",
    "photo", "foto", "image", "images", "bild", "credit",
)
#: a caption ending in a credit is at most this long
MAX_CAPTION_LINE = 320

#: lower-case words a page's date line may hold ("Updated 3 hours ago", "Publié le 3 mai")
DATE_WORDS = frozenset(
    {"on", "at", "ago", "hour", "hours", "minute", "minutes", "min", "day", "days", "am",
     "pm", "a.m", "p.m", "updated", "le", "à", "el", "de", "a", "las", "um", "uhr",
     "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo",
     "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "|"}
)

#: a title-like line: at most this many words, and no sentence end
MAX_TITLE_WORDS = 16

#: month names and time-zone words a byline's date may hold ("May 14, 2024 9:12 AM GMT")
BYLINE_DATE_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "gmt", "utc", "bst", "cet", "cest", "edt", "est",
     "et", "pt", "pdt", "pst", "am", "pm", "published", "updated", "posted", "read", "min",
     "mins", "minutes", "minute", "ago"}
)
#: buttons under a reader's comment ("Reply · Like · 4")
COMMENT_ACTIONS = frozenset(
    {"reply", "like", "likes", "share", "report", "flag", "quote", "upvote", "downvote",
     "antworten", "répondre", "responder", "rispondi", "ответить"}
)
#: a short title line directly above a newsletter box ("Morning Briefing"): at most
#: this many words
MAX_BOX_TITLE_WORDS = 4
#: longest author-bio paragraph ("About the author: …")
MAX_BIO_LINE = 600
#: a reader's comment under its header ("Maria R. · 2 hours ago"): at most this many
#: lines of at most this many characters
MAX_COMMENT_LINES = 4
MAX_COMMENT_CHARS = 400

#: longest text (characters) a marker line may have, beyond which it reads as article
#: prose that happens to begin with the marker word
MAX_MARKER_LINE = 160
#: a marker that ends in ``:`` (``Also read:``, ``Tags:``) may carry a longer line
MAX_LIST_LINE = 300
#: a navigation line: at most this many words that are not section names or links
MAX_NAV_PROSE_WORDS = 2
#: a menu block (one section name a line) has at least this many lines
MIN_MENU_LINES = 3

# -- compiled on first use (compare.patterns) -------------------------------------------

URL = lazy(r"(?:https?://|www\.)[^\s<>\"'\N{LEFT DOUBLE QUOTATION MARK}]+", regex.I)
_PROXY_HOST = lazy("|".join(regex.escape(h) for h in PROXY_HOSTS), regex.I)
_PROXY_PATH = lazy("|".join(regex.escape(p) for p in PROXY_PATHS), regex.I)
_NAV_WORD = lazy(
    r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in sorted(NAVIGATION_WORDS, key=len, reverse=True)) + r")(?!\w)",
    regex.I,
)
_SHARE_ROW = lazy(
    r"(?:(?:"
    + "|".join(regex.escape(t) for t in sorted(SHARE_TARGETS, key=len, reverse=True))
    + r")(?!\w)[\s,|/\N{BULLET}\N{MIDDLE DOT}]*){"
    + str(MIN_SHARE_TARGETS)
    + r",}",
    regex.I,
)
_SCHEME = lazy(r"^(?:https?://)?", regex.I)
_TLD = lazy(r"\.(?:com|net|org|me|io|ru|name)$")
_LIST_SPLIT = lazy(r"[\s,|:\N{MIDDLE DOT}\N{BULLET}]+")
_HASHTAGS = lazy(r"(?:[#@][\w.]+[\s,;|]*){2,}")
_SEPARATOR = lazy(
    r"(?<=\s|^)(?:" + "|".join(regex.escape(s) for s in BREADCRUMB_SEPARATORS) + r")(?=\s|$)"
)
#: one item of a menu at the start of a line: a link, a section name or a separator
_MENU_ITEM = lazy(
    r"\s*(?:" + URL.pattern + "|" + _NAV_WORD.pattern + "|" + _SEPARATOR.pattern + r")\s*",
    regex.I,
)


def _marker_pattern(markers: dict[str, tuple[str, ...]]) -> LazyPattern:
    """One pattern for every kind of marker, a named group per kind (in table order: the
    first kind that has a phrase at a place wins), the longest phrase of a kind first.

    A phrase that starts (ends) with a letter or digit must not be glued to a word
    before (after) it; an apostrophe in a phrase matches a straight or a curly one.
    The phrases go in as named lists (set lookups), not as an alternation: compiling
    an alternation of the ~700 phrases took a third of the engine's import.
    """
    phrases = [p for kind in markers.values() for p in kind]
    free_heads = "".join(sorted({regex.escape(p[0]) for p in phrases if not p[0].isalnum()}))
    free_tails = "".join(sorted({regex.escape(p[-1]) for p in phrases if not p[-1].isalnum()}))
    # the first (last) matched character is the phrase's own: when it is one of the
    # phrases' non-alphanumeric first (last) characters, the phrase needs no boundary
    head = rf"(?:(?<!\w)|(?=[{free_heads}]))"
    tail = rf"(?:(?<=[{free_tails}])|(?!\w))"
    lists = {}
    groups = []
    for kind, kind_phrases in markers.items():
        name = kind.replace("-", "_")
        lists[name] = {
            variant
            for p in kind_phrases
            for variant in (p, p.replace("'", "\N{RIGHT SINGLE QUOTATION MARK}"))
        }
        groups.append(rf"(?P<{name}>\L<{name}>{tail})")
    # the head is tested once, not once per kind: a scan rejects a place inside a word
    # at once (sub() over a paragraph was most of the time spent on a marker line)
    return lazy(head + "(?:" + "|".join(groups) + ")", regex.I, **lists)


#: a marker at the start of a line (after optional bullets/punctuation)
_LEAD = lazy(r"^[\s\p{P}\p{S}&&[^©(]]*", regex.V1)
_ALL_MARKERS = _marker_pattern(MARKERS)
#: where a glued marker may start: the text's start, or after a sentence end and space
_SENTENCE_START = lazy(
    r"(?:^|(?<=[.!?:\N{HORIZONTAL ELLIPSIS}\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})|]\s)"
    r"|(?<=[\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}]))[^\s]",
    regex.M,
)
_SENTENCE_END = lazy(
    r"[.!?\N{HORIZONTAL ELLIPSIS}\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]\s+$"
    r"|[\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}]\s*$"
)

#: a reporting clause ("…, the judge said", "said one analyst"): article prose
_REPORTING = lazy(
    r"(?<!\w)(?:" + "|".join(regex.escape(v) for v in REPORTING_VERBS) + r")(?!\w)", regex.I
)
#: ... after a comma, in a line whose marker leads a label ("Read more: Fed chair says
#: rates will stay" is a headline; "Source: filings, the company said" is prose)
_COMMA_REPORTING = lazy(
    r",\s+(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+\s+){0,4}?(?:"
    + "|".join(regex.escape(v) for v in REPORTING_VERBS)
    + r")(?!\w)",
    regex.I,
)
#: words that address the reader: a call to action, not a report
_READER = lazy(
    r"(?<!\w)(?:you|your|our|us|vous|votre|nos|notre|sie|ihr|unser|unsere|usted|nuestro|"
    r"nuestra|nuestros|vostro|nostro|você|nosso|вы|ваш|наш)(?!\w)",
    regex.I,
)
#: what may stand between a label marker and its list: "Tags: …", "Share on | …"
_LABEL_SEPARATOR = lazy(
    r"^\s*[:\N{FULLWIDTH COLON}|\N{EM DASH}\N{EN DASH}\N{RIGHTWARDS ARROW}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}-]"
)
_SENTENCE_SPLIT = lazy(r"(?<=[.!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}])\s+")
_ITEM_SPLIT = lazy(r"\s+[|\N{BULLET}\N{MIDDLE DOT}]\s+|\s*\|\s*")
_SHARE_WORDS = lazy(r"[\s,|/:\N{BULLET}\N{MIDDLE DOT}\N{FULLWIDTH COLON}]+")
_COOKIE = lazy(
    r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in COOKIE_WORDS) + r")(?!\w)", regex.I
)
_CONSENT = lazy(
    r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in CONSENT_WORDS) + r")(?!\w)", regex.I
)
_CAPTION_CREDIT = lazy(
    r"\((?:" + "|".join(regex.escape(w) for w in CAPTION_CREDITS) + r")(?:\s*photo)?\s*[/:,]"
    r"[^()]{0,80}\)\s*\.?$|\((?:AP|AFP|Reuters|EPA|Getty Images)\s+Photo\)\s*\.?$",
    regex.I,
)
#: a byline alone on its line: "By Christopher Rugaber", "By Jane Doe and John Roe, AP"
_BYLINE = lazy(
    r"^(?:By|Par|Von|Por|Di)\s+\p{Lu}[\p{L}.'\N{RIGHT SINGLE QUOTATION MARK}-]+"
    r"(?:\s+(?:and|und|et|y|e|\p{Lu}[\p{L}.'\N{RIGHT SINGLE QUOTATION MARK}-]*)){0,5}"
    r"(?:,\s*(?:\p{Lu}[\p{L}.]*\s*){1,4})?$"
)
#: a wire's credit line: "(Reporting by Jane Doe; Editing by John Roe)"
_CREDIT_LINE = lazy(
    r"^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Translated) by\s+\p{Lu}[^\n]{0,200}\)?$"
)
_COPYRIGHT_SIGN = lazy(r"(?:\N{COPYRIGHT SIGN}|\(c\))\s*(?:copyright\s*)?\d{4}", regex.I)
_FOLLOW = lazy(
    r"^(?:follow|folgen sie|suivez|sigue a|segui)\s.*(?:@\w+|\b(?:on|auf|sur|en|su)\s+"
    r"(?:x|twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|telegram|mastodon)\b)",
    regex.I,
)
#: the page's date line: "Published 2:05 PM EDT, June 12, 2024", "Updated 3 hours ago"
_DATE_LINE = lazy(
    r"^(?:Published|Updated|Posted|Last updated|Publié|Mis à jour|Veröffentlicht|Aktualisiert|"
    r"Publicado|Actualizado)\b[^\n]*\d", regex.I
)
#: the page's reading time: "Reading time: 3 minutes", "5 min read"
_READING_TIME = lazy(
    r"^(?:(?:estimated\s+)?reading time|read time|lesezeit|temps de lecture|tiempo de lectura)"
    r"\s*:?\s*(?:about\s+|ca\.?\s+|~\s*)?\d+\s*(?:min|mins|minutes?|minuten)\.?$"
    r"|^\d+\s*(?:min|mins|minutes?|minute)\.?\s+read$",
    regex.I,
)
#: an embedded tweet's image link, and its signature line ("— Name (@handle) May 14, 2024")
_TWEET_LINK = lazy(r"(?<![\w.])pic\.twitter\.com/\w+", regex.I)
_TWEET_SIGNATURE = lazy(
    r"^[\N{EM DASH}\N{EN DASH}-]\s*[^\n()]{1,60}\(@\w{1,30}\)\s+"
    r"\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}$"
)
#: a count of readers' comments ("12 Comments")
_COMMENT_COUNT = lazy(
    r"^\d[\d,.]*\s+(?:comments?|replies|responses|kommentare|commentaires|comentarios|"
    r"commenti|комментари[йяев])$",
    regex.I,
)
#: the header of a reader's comment: a name and when ("Maria R. · 2 hours ago")
_COMMENT_META = lazy(
    r"^\p{Lu}[\p{L}.' -]{0,40}?\s*[\N{MIDDLE DOT}|\N{BULLET}]\s*(?:\d+\s*(?:minutes?|mins?|hours?|hrs?|"
    r"days?|weeks?|months?|years?)\s+ago|yesterday|just now|"
    r"\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4})$",
    regex.I,
)
#: a reader's comment on one line, its author first: "John: Terrible news, stay safe."
_COMMENT_INLINE = lazy(r"^\p{Lu}[\p{L}.' -]{0,30}:\s+\S")
#: an author's bio paragraph: "About the author: Jane Doe is …"
_AUTHOR_BIO = lazy(
    r"^(?:About the (?:author|writer|reporter)|Author bio|L'auteur|Über den Autor|Sobre el autor)"
    r"\s*[:\N{EM DASH}\N{EN DASH}-]\s*\p{Lu}",
    regex.I,
)
#: a caption whose credit ends the line: "… Photograph: Getty Images", "… REUTERS/Jane Doe"
_CAPTION_TRAIL = lazy(
    r"\S\s+(?:(?:Photograph|Photo|Picture|Image|Foto|Bild)\s*:\s*\p{Lu}[\p{L}\p{M} .'&/-]{1,60}"
    r"|(?:REUTERS|AFP|EPA|AP|ANSA|XINHUA)/\p{Lu}[\p{L}\p{M} .'/-]{1,50})$"
    # an agency credit in ordinary case only after a sentence ("… in a poll by Reuters/Ipsos"
    # is prose)
    r"|[.!?]\s+(?:Reuters|Xinhua|Ansa)/\p{Lu}[\p{L}\p{M} .'/-]{1,50}$"
)
#: a page title: the headline, then "| Site" or "- Site"
_PAGE_TITLE = lazy(
    r"^(?P<title>.{12,}?)\s+[|\N{EM DASH}\N{EN DASH}-]\s+(?P<site>[\p{Lu}\d][\w.&'-]*(?:\s+[\p{Lu}\d][\w.&'-]*){0,3})$"
)
#: a form field of a comment form: "Comment *", "Name *"
_FORM_FIELD = lazy(r"^[\w' ]{2,24}\s?\*$")
#: a proxy named in a line: a known proxy, or "proxy" itself
_PROXY_WORD = lazy(
    r"glype|kproxy|proxysite|croxyproxy|hide\.me|hidester|proxyium|4everproxy|(?<!\w)proxy(?!\w)",
    regex.I,
)
_PROXY_NAME = lazy(r"glype|kproxy|proxysite|croxyproxy|hide\.me|hidester|proxyium|4everproxy", regex.I)
#: what a proxy's banner says
_PROXY_CUE = lazy(
    r"\[\s*go\s*\]|url\s*:|browsing anonymously|served via|proxied by|remove this banner|"
    r"upgrade to remove|free (?:web )?proxy|hide my ip|unblock (?:any|websites)",
    regex.I,
)

_READABLE = {
    "navigation": "previous/next links",
    "byline": "editor credit",
    "disclaimer": "aggregator disclaimer",
    "proxy-banner": "proxy banner",
    "source-link": "source link",
    "read-more": "“read more” link",
    "share": "share/subscribe line",
    "cookie-notice": "cookie notice",
    "comments": "comment form",
    "tags": "tag list",
    "copyright": "copyright line",
    "advertisement": "advertisement marker",
    "photo-credit": "photo credit",
    "call-to-action": "call to action",
    "timestamp": "publication date line",
    "hashtags": "hashtag line",
}


@dataclass(frozen=True, slots=True)
class Finding:
    reason: str
    evidence: tuple[str, ...]
    #: the kind in a few words, for a block's summary (the reason without the quote)
    label: str = ""


def proxy_name(url: str) -> str | None:
    """The proxy a URL goes through (``kproxy``), or None for an ordinary link."""
    host = _SCHEME.sub("", url).split("/", 1)[0]
    match = _PROXY_HOST.search(host)
    if match:
        word = _TLD.sub("", match.group().lower())
        if word == "proxy":  # name it by the host's main part
            parts = host.lower().split(".")
            word = next((p for p in parts if "proxy" in p), host.lower())
        return word
    if _PROXY_PATH.search(url):
        return "redirect"
    return None


def _strip_lead(line: str) -> str:
    return _LEAD.sub("", line)


#: how many lines and blocks :func:`classify_line` and :func:`explain` remember: copies
#: repeat their chrome (the same share row under every paragraph)
EXPLAIN_MEMO = 4096

#: how much of a marker line a reason quotes
QUOTE_CHARS = 44


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return enclose(flat if len(flat) <= QUOTE_CHARS else f"{flat[: QUOTE_CHARS - 1].rstrip()}…")


def marker_kind(line: str) -> str | None:
    """The kind of marker a line is made of, if the line is boilerplate by its marker.

    The whole line must have a marker's shape, not merely begin with a marker phrase:
    the marker alone; a label and its list or link (``Tags: …``, ``Also read: …``);
    the marker and a few words that complete it (``Follow us on Twitter``); or several
    marker sentences (``© 2023 AP. All rights reserved.``). A reporting clause
    (``…, the judge said``) or a sentence running on from the marker (``Share this
    concern, said one analyst.``, ``Powered by solar panels, the village …``) makes it
    article text.
    """
    body = _strip_lead(line.strip())
    if not body:
        return None
    match = _ALL_MARKERS.match(body)
    if not match:
        return None
    if _SENTENCE_SPLIT.search(body.rstrip()) and _marker_sentences(body):
        return marker_kind(_SENTENCE_SPLIT.split(body)[0])
    kind = next(k for k, v in match.groupdict().items() if v is not None).replace("_", "-")
    phrase = match.group().lower()
    rest = body[match.end() :].strip()
    label = phrase.endswith((":", "\N{FULLWIDTH COLON}")) or bool(_LABEL_SEPARATOR.match(rest))
    if (
        phrase in WHOLE_LINE_ONLY
        and rest
        and not (label and phrase in LABEL_OK)
        and not _only_links_or_names(rest)
        and not marker_kind(rest)  # "Advertisement - Scroll to continue"
    ):
        return None
    if len(body) > (MAX_LIST_LINE if label or kind in PROSE_KINDS else MAX_MARKER_LINE):
        return None
    tail = _LABEL_SEPARATOR.sub("", rest).strip() if label else rest
    if tail:
        if _COMMA_REPORTING.search(body) or (not label and _REPORTING.search(tail)):
            return None  # "Click here, the prosecutor said, was the message …"
        if label and _REPORTING.search(tail) and _sentence(tail):
            return None  # "Source: the basin authority said the figures were provisional."
        if (
            not label
            and kind not in PROSE_KINDS
            and _runs_on(phrase, tail, kind)
            and not _marker_sentences(body)
            and not _second_marker(tail)
        ):
            return None
    # a weak marker (one plain word: "Share", "Photo") followed by a sentence of prose
    # ("Share prices fell 3% on ...") is article text
    strong = label or len(phrase.split()) > 1 or not phrase[:1].isalpha()
    if not strong and _prose(rest):
        return None
    return kind


def _runs_on(phrase: str, tail: str, kind: str = "") -> bool:
    """Whether the words after a marker make a sentence of their own.

    ``Sign up for our daily newsletter`` completes its marker; ``Also read into the
    record was a letter from the mayor.`` is a sentence that merely starts like one.
    A marker of four words or more is unmistakable whatever follows it.
    """
    if len(phrase.split()) >= 4 or _READER.search(tail):
        return False  # unmistakable, or speaking to the reader ("… to get your news")
    if (
        kind in ("share", "call-to-action")
        and tail.split()[0].lower() in PURPOSE_WORDS
        and "," not in tail
    ):
        return False  # an imperative and its purpose ("Download our app to get alerts.")
    words = tail.split()
    lower = sum(1 for w in words if w[:1].islower())
    ends = tail.rstrip()[-1:] in ".!?\N{HORIZONTAL ELLIPSIS}"
    return (lower >= 4 and ends) or lower >= 7 or ("," in tail and lower >= 4)


def _second_marker(tail: str) -> bool:
    """Whether the words after a marker hold another unmistakable marker phrase
    (``Click here to download our app for the latest news.``)."""
    return any(
        m.group().lower() not in WHOLE_LINE_ONLY and len(m.group().split()) >= 2
        for m in _ALL_MARKERS.finditer(tail)
    )


def _marker_sentences(body: str) -> bool:
    """A line of several sentences, each of them a marker line (a copyright notice)."""
    sentences = [x for x in _SENTENCE_SPLIT.split(body) if x.strip()]
    return len(sentences) > 1 and all(
        _ALL_MARKERS.match(_strip_lead(x)) and marker_kind(x) for x in sentences
    )


def _only_links_or_names(text: str) -> bool:
    """Text after a marker that is just links, section/network names or separators."""
    rest = URL.sub(" ", text)
    rest = _SEPARATOR.sub(" ", rest)
    words = [w for w in _LIST_SPLIT.split(rest) if w]
    return len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _prose(text: str) -> bool:
    """Whether text reads as a sentence: several lower-case words and an end mark."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and lower >= 5


def _navigation(line: str, whole_text: str = "") -> tuple[int, int, str] | None:
    """(links, proxied links, leftover text) when ``line`` reads as a navigation bar.

    A menu at the start of the line followed by text that stands elsewhere as a line
    of its own (``Home World <headline>``, the headline repeated) is navigation too;
    its leftover is that text, whole (section words inside it are not stripped).
    """
    if whole_text:
        # every place the menu could end (a headline may begin with a section word)
        ends, pos = [], 0
        while (item := _MENU_ITEM.match(line, pos)) and item.end() > pos:
            pos = item.end()
            ends.append(pos)
        for end in reversed(ends):
            rest = line[end:].strip()
            head = line[:end]
            items = _NAV_WORD.findall(URL.sub(" ", head))
            head_urls = URL.findall(head)
            if rest and (len(items) >= 2 or head_urls) and _repeats(rest, whole_text, line):
                return len(head_urls), sum(1 for u in head_urls if proxy_name(u)), rest
    urls = URL.findall(line)
    unlinked = URL.sub(" ", line)
    rest = _SEPARATOR.sub(" ", unlinked)
    nav = _NAV_WORD.findall(rest)
    if not nav and not urls:
        return None
    has_crumbs = bool(_SEPARATOR.search(unlinked))
    if not (urls or has_crumbs or len(nav) >= 3):
        return None
    proxied = sum(1 for u in urls if proxy_name(u))
    leftover = " ".join(_NAV_WORD.sub(" ", rest).split())
    return len(urls), proxied, leftover


@functools.lru_cache(maxsize=EXPLAIN_MEMO)
def classify_line(line: str, whole_text: str = "", strict: bool = False) -> Finding | None:
    """Why one line is boilerplate, or None. ``whole_text`` lets it spot a repeated headline.

    ``strict`` (for text the copy *dropped* from the original) accepts only lines that
    cannot be article text: never a sentence that merely starts like a marker, a
    caption or a repeated line.
    """
    found = _classify_line(line, whole_text, strict)
    if found and strict and _sentence(line.strip()) and not (
        set(found.evidence) & {"copyright", "cookie-notice", "proxy-banner", "proxy-url"}
    ):
        return None
    return found


def _sentence(text: str) -> bool:
    """A sentence of prose: several lower-case words and an end mark."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= 4 and text[-1:] in ".!?\N{HORIZONTAL ELLIPSIS}"


def _classify_line(line: str, whole_text: str, strict: bool) -> Finding | None:
    text = line.strip()
    if not text:
        return None
    kind = marker_kind(text)
    if kind:
        readable = _READABLE[kind]
        # quote the line when it says more than the bare marker ("Also read: …")
        bare = not _ALL_MARKERS.sub("", _strip_lead(text)).strip(" :.-\N{FULLWIDTH COLON}")
        if bare and kind == "read-more" and not regex.match(r"\W*read", text, regex.I):
            # "Trending", "Most Popular", "Related posts:": the heading of a list of links
            return Finding(f"link list heading {_quote(text)}", (kind,), "link list heading")
        return Finding(readable if bare else f"{readable}: {_quote(text)}", (kind,), readable)
    if _SHARE_ROW.fullmatch(text) or _share_words(text):
        return Finding("row of share buttons", ("share",))
    if text.casefold() in SHARE_NETWORKS:
        return Finding("share button", ("share",))
    if _HASHTAGS.fullmatch(text):
        return Finding(_READABLE["hashtags"], ("hashtags",))
    nav = _navigation(text, whole_text)
    if nav:
        links, proxied, leftover = nav
        words = leftover.split()
        repeated = bool(leftover) and _repeats(leftover, whole_text, line)
        if (
            len(words) > MAX_NAV_PROSE_WORDS
            and not repeated
            and not (proxied and links and not _prose(leftover))
        ):
            return _shape(text, whole_text, strict)
        urls = URL.findall(text)
        names = sorted({n for n in (proxy_name(u) for u in urls) if n})
        if proxied:
            label = names[0] if len(names) == 1 else ", ".join(names)
            noun = "link" if proxied == 1 else "links"
            reason = f"proxy navigation bar ({label}) with {proxied} proxied {noun}"
            evidence = ["proxy-url", "navigation"]
        elif links and not _NAV_WORD.search(URL.sub(" ", text)) and not leftover:
            return Finding("bare link" if links == 1 else f"{links} bare links", ("url",))
        else:
            reason = "navigation / breadcrumb line"
            evidence = ["navigation"]
        if repeated:
            reason += " and the repeated headline"
            evidence.append("repeated-headline")
        return Finding(reason, tuple(evidence))
    return _shape(text, whole_text, strict)


def _share_words(text: str) -> bool:
    """A line made only of share targets and share words: ``Teilen auf Facebook | Auf X
    teilen``, ``Compartir en Facebook Compartir en Twitter``."""
    words = [w.casefold() for w in _SHARE_WORDS.split(text) if w]
    if len(words) < 2 or len(words) > 16:
        return False
    targets = {t.casefold() for t in SHARE_TARGETS}
    networks = [w for w in words if w in targets and w not in SHARE_FILLERS]
    return bool(networks) and all(w in targets or w in SHARE_FILLERS for w in words)


def _shape(text: str, whole_text: str, strict: bool) -> Finding | None:
    """Boilerplate recognised by the shape of the whole line rather than a marker."""
    # an embedded tweet: its image link or its signature, whatever the tweet says
    if len(text) <= MAX_CAPTION_LINE and (_TWEET_LINK.search(text) or _TWEET_SIGNATURE.match(text)):
        return Finding(f"embedded tweet: {_quote(text)}", ("embed",), "embedded tweet")
    # an author's bio ("About the author: Jane Doe is a correspondent …")
    if _AUTHOR_BIO.match(text) and len(text) <= MAX_BIO_LINE:
        return Finding(f"author bio: {_quote(text)}", ("byline",), "author bio")
    if _REPORTING.search(text) and not _PROXY_CUE.search(text):
        return None
    # a proxy's banner: names a proxy and says what proxies say (or is a short line
    # naming a known proxy beside a link)
    proxy = _PROXY_NAME.search(text) or _PROXY_WORD.search(text)
    if proxy and len(text) <= MAX_LIST_LINE and (
        _PROXY_CUE.search(text)
        or (_PROXY_NAME.search(text) and URL.search(text) and len(text.split()) <= 12)
    ):
        name = proxy.group().strip()
        return Finding(f"proxy banner ({name})", ("proxy-banner",), "proxy banner")
    # a cookie notice: names cookies and asks for consent
    if _COOKIE.search(text) and _CONSENT.search(text) and len(text) <= MAX_LIST_LINE:
        return Finding(f"cookie notice: {_quote(text)}", ("cookie-notice",), "cookie notice")
    # a footer: short link labels separated by | • ·
    items = [x.strip(" \N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}") for x in _ITEM_SPLIT.split(text)]
    items = [x for x in items if x]
    if len(items) >= 2 and all(
        len(x.split()) <= 4 and (x[:1].isupper() or not x[:1].isalpha()) and x[-1:] not in ".!?"
        for x in items
    ):
        known = [x for x in items if x.casefold() in FOOTER_LINKS]
        if known and (len(known) * 2 >= len(items) or len(items) >= 3):
            return Finding(f"footer links: {_quote(text)}", ("navigation",), "footer links")
    # a copyright notice anywhere in a short line ("All content © 2024 Daily News")
    if (
        _COPYRIGHT_SIGN.search(text)
        and len(text.split()) <= 14
        and (text[-1:] not in ".!?" or "rights reserved" in text.lower())
    ):
        return Finding(f"copyright line: {_quote(text)}", ("copyright",), "copyright line")
    # "Follow Jane Doe on X @janedoe": follow + a network or a handle
    if _FOLLOW.match(text) and len(text.split()) <= 10:
        return Finding(f"share/subscribe line: {_quote(text)}", ("share",), "share/subscribe line")
    # a byline ("By Christopher Rugaber"), a wire's credit line, the page's own date line
    if _BYLINE.match(text) or _CREDIT_LINE.match(text) or _dated_byline(text):
        return Finding(f"byline: {_quote(text)}", ("byline",), "byline")
    if _READING_TIME.match(text):
        return Finding(f"reading time: {_quote(text)}", ("timestamp",), "reading time")
    if _COMMENT_COUNT.match(text):
        return Finding(f"comment count: {_quote(text)}", ("comments",), "comment count")
    if _comment_actions(text):
        return Finding(f"comment buttons: {_quote(text)}", ("comments",), "comment buttons")
    if _DATE_LINE.match(text) and len(text.split()) <= 9 and all(
        not w[:1].islower() or w.strip(",.:").lower() in DATE_WORDS for w in text.split()[1:]
    ):
        return Finding(f"publication date line: {_quote(text)}", ("timestamp",), "publication date line")
    if strict:
        return None
    # a form field of a comment form ("Comment *")
    if _FORM_FIELD.match(text):
        return Finding(f"comment form field: {_quote(text)}", ("comments",), "comment form")
    # a photo caption that ends with the agency's credit
    credit = _CAPTION_CREDIT.search(text)
    if credit and len(text) <= MAX_CAPTION_LINE:
        return Finding(
            f"photo caption with credit {credit.group().strip()}", ("photo-credit",), "photo caption"
        )
    found = caption(text)
    if found:
        return found
    # the page's title: the headline (a line of its own too) and the site's name
    title = _PAGE_TITLE.match(text)
    if (
        title
        and whole_text
        and _title_like(title["title"])
        and _repeats(title["title"], whole_text, text)
    ):
        return Finding(
            f"page title: headline and site name {enclose(title['site'])}",
            ("page-title", "repeated-headline"),
            "page title",
        )
    # the headline again (a scraper prints the title twice)
    if whole_text and _title_like(text) and line_counts(whole_text).get(line_key(text), 0) >= 2:
        return Finding(
            f"headline repeated: {_quote(text)}", ("repeated-headline",), "repeated headline"
        )
    return None


def caption(line: str) -> Finding | None:
    """A photo caption whose credit ends the line (``… Photograph: Getty Images``,
    ``… REUTERS/Jane Doe``), or None. No reporting clause: "…, she said" is prose."""
    text = line.strip()
    if len(text) > MAX_CAPTION_LINE or _REPORTING.search(text):
        return None
    credit = _CAPTION_TRAIL.search(text)
    if not credit:
        return None
    return Finding(
        f"photo caption with credit {enclose(credit.group()[1:].strip())}",
        ("photo-credit",),
        "photo caption",
    )


def _dated_byline(text: str) -> bool:
    """A byline and the story's date, time or reading time: ``By Jane Doe | May 14,
    2024 | 5 min read``, ``By Reuters | Published May 14, 2024 9:12 AM GMT``."""
    items = [x.strip() for x in _ITEM_SPLIT.split(text) if x.strip()]
    if len(items) < 2 or not _BYLINE.match(items[0]):
        return False
    for item in items[1:]:
        words = item.replace(",", " ").split()
        if not words or len(words) > 9 or not any(c.isdigit() for c in item):
            return False
        if not all(
            any(c.isdigit() for c in w)
            or w.strip(".:").casefold() in BYLINE_DATE_WORDS
            or w.strip(".:").casefold() in DATE_WORDS
            for w in words
        ):
            return False
    return True


def _comment_actions(text: str) -> bool:
    """A row of buttons under a reader's comment: ``Reply · Like · 4``."""
    items = [x.strip().casefold() for x in _ITEM_SPLIT.split(text) if x.strip()]
    return (
        len(items) >= 2
        and all(x in COMMENT_ACTIONS or x.isdigit() for x in items)
        and any(x in ("reply", "like") or x in COMMENT_ACTIONS - {"share"} for x in items)
    )


def _title_like(text: str) -> bool:
    """A headline or a link title: a few words, capitalised start, no sentence end."""
    words = text.split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and len(text) >= 12
        and text[-1:] not in ".,;:"
        and (text[:1].isupper() or text[:1].isdigit() or not text[:1].isalpha())
        and not _REPORTING.search(text)
    )


def line_key(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.lru_cache(maxsize=4)
def line_counts(whole_text: str) -> dict[str, int]:
    """How often each line (spacing and case folded) stands in a text."""
    counts: dict[str, int] = {}
    for x in whole_text.split("\n"):
        if x.strip():
            key = line_key(x)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _list_heading(line: str) -> bool:
    """A bare heading of a list of links: ``Related posts:``, ``Trending``, ``相关阅读：``."""
    text = line.strip()
    kind = marker_kind(text)
    if kind not in ("read-more", "navigation"):
        return False
    return not _ALL_MARKERS.sub("", _strip_lead(text)).strip(" :.-\N{FULLWIDTH COLON}")


def _repeats(fragment: str, whole_text: str, line: str) -> bool:
    """Whether ``fragment`` is also a line of its own elsewhere in the text."""
    if len(fragment) < 12 or not whole_text:
        return False
    key = " ".join(fragment.split()).casefold()
    return key in _line_keys(whole_text) and key != " ".join(line.split()).casefold()


@functools.lru_cache(maxsize=4)
def _line_keys(whole_text: str) -> frozenset[str]:
    """Every line of a text, spacing and case folded (cached: asked once per change)."""
    return frozenset(" ".join(x.split()).casefold() for x in whole_text.split("\n") if x.strip())


def _menu(lines: list[str]) -> Finding | None:
    """A block of short lines that are section names: a navigation menu, one item a line."""
    if len(lines) < MIN_MENU_LINES:
        return None
    named = [x for x in lines if _NAV_WORD.fullmatch(x.strip())]
    others = [x.strip() for x in lines if not _NAV_WORD.fullmatch(x.strip())]
    # the other items must look like menu items too: a word or two, no sentence
    plausible = all(len(x.split()) <= 2 and len(x) <= 24 and x[-1:].isalnum() for x in others)
    if plausible and len(named) * 2 >= len(lines):
        return Finding(f"navigation menu ({len(lines)} items)", ("navigation",))
    return None


def classify_block(text: str, whole_text: str = "", strict: bool = False) -> Finding | None:
    """Why an inserted (or deleted) block is boilerplate: every line of it must be.

    Lines under a list heading (``Related posts:``, ``Trending``) that read as link
    titles count as the list's items.
    """
    lines = [x for x in text.split("\n") if x.strip()]
    if not lines:
        return None
    findings = [classify_line(x, whole_text, strict) for x in lines]
    if not strict:
        for i, line in enumerate(lines):
            if findings[i] is None and i and _title_like(line.strip()) and _under_heading(
                lines, findings, i
            ):
                findings[i] = Finding("link title", ("read-more",), "list of links")
        _in_boxes(lines, findings)
    if not all(findings):
        menu = _menu(lines)
        return menu
    menu = _menu(lines)
    if menu:
        return menu
    if len(findings) == 1:
        return findings[0]
    reasons = list(dict.fromkeys(f.label or f.reason for f in findings))
    evidence = tuple(dict.fromkeys(e for f in findings for e in f.evidence))
    head = reasons[0] if len(reasons) == 1 else f"{reasons[0]}, {reasons[1]}"
    more = f" (+{len(reasons) - 2} more)" if len(reasons) > 2 else ""
    return Finding(f"{len(lines)} boilerplate lines, {head}{more}: {_quote(lines[0])}", evidence)


def _in_boxes(lines: list[str], findings: list) -> None:
    """Lines that are chrome only by their place in a block (``findings`` updated):
    a short title above a newsletter box (``Morning Briefing`` over ``Enter your
    email``), and readers' comments (``Maria R. · 2 hours ago`` and the comment under
    it) in a block that holds a comment count or comment buttons."""
    for i, line in enumerate(lines[:-1]):
        after = findings[i + 1]
        if findings[i] is None and _box_title(line) and after and "share" in after.evidence:
            findings[i] = Finding(f"newsletter box title {_quote(line)}", ("share",), "newsletter box")
    if not any(f and "comments" in f.evidence for f in findings):
        return
    body = 0  # lines of a reader's comment still allowed after its header
    for i, line in enumerate(lines):
        if findings[i] is None and _COMMENT_META.match(line.strip()):
            findings[i] = Finding(f"reader comment: {_quote(line)}", ("comments",), "reader comments")
            body = MAX_COMMENT_LINES
        elif findings[i] is None and body and len(line.strip()) <= MAX_COMMENT_CHARS:
            findings[i] = Finding(f"reader comment: {_quote(line)}", ("comments",), "reader comments")
            body -= 1
        elif (
            findings[i] is None
            and i
            and findings[i - 1]
            and "comments" in findings[i - 1].evidence
            and _COMMENT_INLINE.match(line.strip())
            and len(line.strip()) <= MAX_COMMENT_CHARS
        ):
            # "John: Terrible news, stay safe." under "3 comments"
            findings[i] = Finding(f"reader comment: {_quote(line)}", ("comments",), "reader comments")
        else:
            body = 0


def _box_title(line: str) -> bool:
    """A short title (``Morning Briefing``): a few capitalised words, no sentence end."""
    text = line.strip()
    words = text.split()
    return (
        1 <= len(words) <= MAX_BOX_TITLE_WORDS
        and text[:1].isupper()
        and text[-1:].isalnum()
        and not _REPORTING.search(text)
    )


def _under_heading(lines: list[str], findings: list, i: int) -> bool:
    """Whether line ``i`` follows a list heading with only link titles in between."""
    for j in range(i - 1, -1, -1):
        if _list_heading(lines[j]):
            return True
        if findings[j] is None or findings[j].reason != "link title":
            return False
    return False


def line_findings(text: str, whole_text: str = "") -> list[tuple[int, int, bool]]:
    """Split a block into runs of boilerplate / other lines: ``(start, end, boilerplate)``.

    Runs cover ``text`` exactly; blank lines join the run before them. Link titles
    under a list heading (``Related posts:`` then one title a line) are boilerplate, and
    so are lines that are chrome by their place (see :func:`_in_boxes`).
    """
    # the lines of text with their spans (a line keeps its newline)
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line += "\n" if pos + len(line) < len(text) else ""
        if not line:
            break
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line)
    lines = [text[s:e] for s, e in spans]
    findings = [classify_line(x, whole_text) for x in lines]
    flags = [f is not None for f in findings]
    listing = False  # under a list heading, reading its titles
    for i, line in enumerate(lines):
        if not flags[i] and listing and _title_like(line.strip()):
            flags[i] = True
        else:
            listing = flags[i] and _list_heading(line)
    if not all(flags):
        _in_boxes(lines, findings)
        flags = [flag or f is not None for flag, f in zip(flags, findings, strict=True)]
    runs: list[tuple[int, int, bool]] = []
    for (start, end), flag in zip(spans, flags, strict=True):
        if runs and runs[-1][2] == flag:
            runs[-1] = (runs[-1][0], end, flag)
        elif runs:
            runs[-1] = (runs[-1][0], start, runs[-1][2])  # blank lines join the run before
            runs.append((start, end, flag))
        else:
            runs.append((0, end, flag))  # blank lines before the first line join it
    if runs:
        runs[-1] = (runs[-1][0], len(text), runs[-1][2])
    elif text:
        runs.append((0, len(text), False))
    return runs


@functools.lru_cache(maxsize=EXPLAIN_MEMO)
def tail_start(text: str) -> int | None:
    """Where boilerplate glued to the end of ``text`` (one paragraph) begins, if it does.

    The boilerplate must start a sentence (text start, or after ``. `` etc.) and run to
    the end of ``text``. Remembered like :func:`explain` (a copy repeats paragraphs;
    every content block of a line asks), and forgotten with it.
    """
    line_start = text.rfind("\n", 0, len(text.rstrip("\n"))) + 1
    # glued boilerplate is one short marker line: look only at the end of the text
    look_from = max(line_start, len(text) - MAX_LIST_LINE)
    for candidate in _SENTENCE_START.finditer(text, look_from):
        match = _ALL_MARKERS.match(text, candidate.start())
        if not match:
            continue
        start = match.start()
        before = text[line_start:start]
        if before.strip() and not _SENTENCE_END.search(before):
            continue
        if classify_line(text[start:]):
            # include the space before it
            while start > line_start and text[start - 1] in " \t\N{NO-BREAK SPACE}":
                start -= 1
            return start
    return None


def head_end(text: str) -> int | None:
    """Where a short marker glued to the start of ``text`` ends (``ADVERTISEMENT …``).

    Only a marker that is boilerplate on its own and is followed by more text on the
    same line; the end includes the spaces after it.
    """
    match = _ALL_MARKERS.match(text)
    if not match or "\n" in text[: match.end()]:
        return None
    end = match.end()
    if end >= len(text) or not text[end].isspace() or text[end] == "\n":
        return None
    marker = text[:end].strip()
    line = text.split("\n", 1)[0]
    if marker.endswith((":", "\N{FULLWIDTH COLON}")) and marker_kind(line) in WHOLE_LABEL_KINDS:
        return None  # the whole line is the ad's ("Sponsored: Try our app …")
    # one plain word ("Share prices fell") starts prose; a phrase, a label with a colon
    # or a word in capitals ("ADVERTISEMENT") is a marker
    if len(marker.split()) < 2 and not marker.endswith(":") and not marker.isupper():
        return None
    if not classify_line(text[:end]):
        return None
    while end < len(text) and text[end] in " \t\N{NO-BREAK SPACE}":
        end += 1
    return end if end < len(text) and text[end:].strip() else None


@functools.lru_cache(maxsize=EXPLAIN_MEMO)
def explain(text: str, whole_text: str = "", strict: bool = False) -> Finding | None:
    """Boilerplate finding for an inserted block, or None.

    ``strict`` for a block the copy dropped from the original: only unmistakable
    boilerplate (see :func:`classify_line`).
    """
    found = classify_block(text, whole_text, strict)
    if found:
        return found
    start = tail_start(text)
    if start is not None and not text[:start].strip():
        return classify_line(text[start:], whole_text, strict)
    return None
