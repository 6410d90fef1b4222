"""The chrome scorer's patterns (:mod:`compare.chrome`): credits, bylines, labels, links,
calls to action, dates, the page's and the reader's voice — built from the word tables of
:mod:`compare.chrome_tables` and compiled once, on first use.
"""

from __future__ import annotations

import functools
import re

import regex

from .chrome_tables import (
    AGENCIES,
    BYLINE_WORDS,
    CALL_TO_ACTION_STEMS,
    CJK_BYLINE_WORDS,
    DATE_FILLERS,
    MEDIA_WORDS,
    MORE_MONTHS,
    NAME_PARTICLES,
    NOTICE_WORDS,
    PAGE_TALK,
    PHOTO_WORDS,
    PLATFORMS,
    READER_ADDRESS,
    READER_ADDRESS_CASED,
    SECTION_WORDS,
    SOURCE_WORDS,
    WEEKDAYS,
    WRITER_VOICE,
    WRITER_VOICE_CASED,
)
from .facts import MONTH_STEMS


def alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


#: a letter of a script without capitals, as names are written in it
_CASELESS = r"[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Thai}]"
#: a person's name: capitalised words, maybe a particle between them ("Maria da Silva")
PERSON = (
    rf"(?:\p{{Lu}}[\p{{L}}'’.\-]+(?:\s+(?:(?:{alternation(NAME_PARTICLES)})\s+)?"
    rf"\p{{Lu}}[\p{{L}}'’.\-]+){{0,4}}"
    # a name in a script without capitals (Arabic, Persian, Hebrew, Devanagari): one to
    # three words of it ("كتب / مصطفي الجزار", "نگارش از یورونیوز فارسی")
    rf"|{_CASELESS}+(?:\s+{_CASELESS}+){{0,2}})"
)


@functools.cache
def patterns() -> dict[str, regex.Pattern]:
    """Every pattern of the scorer by name (compiled on first use, not at import)."""
    agency = alternation(AGENCIES)
    photo = alternation(PHOTO_WORDS)
    name = r"\p{Lu}[\p{L}'.\-]+(?:\s+\p{Lu}[\p{L}'.\-]+){0,3}"
    return {
        "caption-credit": regex.compile(
            # (AP Photo/NAME), (Photo: NAME/PA Wire), (Фото: REUTERS/…), (AP Foto/NAME, archivo)
            rf"\((?:[\p{{L}} ]{{0,20}}\s)?(?:{photo})(?:\s+\p{{L}}+){{0,2}}\s*[:/]\s*[^()\n]{{2,80}}\)\s*$"
            # (Source: AP) closing a caption; a caption's credit in lenticular brackets
            # (…=2019年7月12日、東京都港区【時事通信社】); "… via AJC"
            rf"|\((?:{alternation(SOURCE_WORDS)})\s*[:：]\s*[^()\n]{{2,40}}\)\s*$"
            rf"|【[^】\n]{{1,12}}】\s*$"
            rf"|\b(?:via|vía|über)\s+\p{{Lu}}{{2,}}(?:\s+\p{{Lu}}{{2,}})?\)?\.?\s*$"
            rf"|\s/\s*\p{{Lu}}{{3,}}(?:\s+\p{{Lu}}{{2,}})?\s*$"  # "… Νέα Χαλκηδόνα / EUROKINISSI"
            # a Chinese caption's opening: 图为 (pictured), 圖為
            rf"|^\s*(?:图为|圖為|图片为|圖片為)"
            # REUTERS/NAME, NAME/PA Wire, NAME / Reuters, … via REUTERS, Getty Images
            rf"|(?<![\p{{L}}\d])(?:{agency})\s*/\s*{name}\.?\s*$"
            rf"|{name}\s*/\s*(?:[\p{{L}} ]{{1,30}}/)*(?:{agency})\)?\.?\s*$"
            rf"|\b(?:via|vía|über)\s+(?:{agency})\)?\.?\s*$"
            rf"|\bGetty Images\)?\.?\s*$"
            # Photo: NAME …, Bild: picture alliance/dpa | NAME, Photo by NAME, 攝影師:NAME
            rf"|(?<![\p{{L}}])(?:{photo})(?:/[\p{{L}}]+)?\s*(?:by\s+|[:：]\s*)[^\n]{{0,80}}$"
            rf"|\((?:{photo})\)"
            # an image's name closing the line: "Nga đồng ý giảm giá … - Hình 1", "… Image 2"
            rf"|(?<![\p{{L}}])(?i:{photo}|Hình)\s*\d{{1,2}}\s*$"
            # a Chinese caption's closing credit: （美聯社）, 新华社记者 NAME摄
            rf"|[(（]\s*(?:{agency})(?:[\s/／,，][^()（）\n]{{0,20}})?\s*[)）]\s*[。.]?\s*$"
            rf"|(?:(?:记者|記者|通讯员|通訊員)\s*|[\s(（])\p{{Han}}{{2,4}}\s*(?:摄|攝)\s*[)）]?\s*$"
            # 記者NAME／翻攝, …。翻攝照片: a Taiwanese credit for a photo taken off a screen
            rf"|(?:翻攝|翻摄)(?:照片|畫面|画面)?\s*[)）]?\s*$",
            regex.V1,
        ),
        "source-credit": regex.compile(
            rf"(?<![\p{{L}}])(?:{agency})(?![\p{{L}}])"
            rf"|(?<![\p{{L}}])(?:{alternation(SOURCE_WORDS)})\s*[:：]\s*\S"
            # an editors' or agencies' code in parentheses closing
            # the line, with a slash: (ADI/YUS), (dpa/AFP), (提供/人民網日本語版・編集/KS)
            r"|\(\s*[^\W\d_][^()\n/]{0,30}/[^()\n]{1,40}\)\s*\.?\s*$"
        ),
        "platform": regex.compile(rf"(?<![\p{{L}}])(?:{alternation(PLATFORMS)})(?![\p{{L}}])"),
        # (the stdlib engine, as page-talk below: "[\W\d_]" is any character but a letter)
        # (those scripts have no spaces: a Chinese or Japanese verb may follow the
        # polite or urging word that makes it a call, "ご購読", "请关注", "欢迎订阅",
        # "立即下载" — not any letter: "引起关注" is "drew attention")
        "call-to-action": re.compile(
            rf"(?:^|[\W\d_]|ご|お|请|請|欢迎|歡迎|立即|马上|馬上)(?:{alternation(CALL_TO_ACTION_STEMS)})",
            re.I,
        ),
        "url": regex.compile(
            r"(?:https?://|www\.)\S+|\b[\w.-]+@[\w-]+\.\w+|(?<!\w)[@#]\w{2,}"
            r"|\b[\w-]+\.(?:com|net|org|ru|ua|de|es|me|io|news|gov|sa|cn)(?:/\S*)?\b"
        ),
        "code": regex.compile(
            r"\b[a-z]+_[a-z_]+\b|[{};]\s*$|\bfunction\s*\(|\bvar\s+\w+\s*=|</?\w+[^>]*>"
            r"|\[\w+_\d+\]|^\s*[.#][\w-]+\s*\{|\bdisplay\s*:\s*none|\{\s*\"\w+\"\s*:"
        ),
        "counter": regex.compile(
            r"^\W*\d+(?:[.,]\d+)?[KkMm]?\W*$|\b\d+\s*(?:of|/|de|von|из|з|من|之)\s*\d+\b"
            r"|^\W*-?\d+\s*°\s*[CF]?\W*$"  # a weather widget's temperature
            r"|^\W*\d+(?:[.,]\d+)?[KkMm]?\s+\w+\s*$|\(\s*\d+\s+\w+\s*\)"
        ),
        "date-time": regex.compile(
            r"\b\d{1,2}:\d{2}\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
            r"|\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{4}\b|\b\d+\s*(?:min|mins|minutes?|h|hrs?|hours?"
            r"|мин|хв|год|ч|分钟|小时|دقائق|ساعة|años?|Jahren?|Uhr)\b"
            r"|(?<!\d)[\d\N{ARABIC-INDIC DIGIT ZERO}-\N{ARABIC-INDIC DIGIT NINE}]+\s*(?:سنوات|ساعة|دقيقة)"
            # a relative time, a count of views: "3 years ago", "hace 2 horas", "3 ore fa",
            # "5 giờ trước", "3小时前", "28 Views", "19 بازدید"
            # (run together with the words around them on a scraped page: "3 years ago28 Views")
            r"|(?<!\d)\d+\s*\p{L}+\s+(?:ago|назад|тому|önce|trước|lalu|fa)(?!\p{L})"
            r"|\b(?i:hace|vor|il y a|há)\s+\d+\s+\w+|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|時間|시간|분|일)\s*前"
            r"|(?<!\d)\d+\s*(?:views?|просмотр\w*|переглядів|visualizzazioni|vistas|visualizações|Aufrufe"
            r"|görüntülenme|lượt xem|kali dibaca|بازدید|مشاهدة)(?!\w)"
        ),
        # items between ">", "›", "»", "·", "•"; or cut by pipes: two or more, or one
        # closing the line ("央视网|中国网络电视台|网站地图 |", "rit | datum | type rit |")
        "separators": regex.compile(r"\S\s*(?:[>›»·•]{1,2})\s*\S|\|[^|\n]+\||\S\s*\|\s*$"),
        "list-item": regex.compile(r"^\s*(?:[-+•·*▪►»›]|\d+[.)])\s+"),
        "item-row": regex.compile(r"\S(?:\s{3,}|\t+)\S"),
        "decorated": regex.compile(r"^\s*([^\w\s])\1+.*[^\w\s]{2,}\s*$"),
        "form-field": regex.compile(r"\s\*\s*$"),
        "label": regex.compile(
            r"^[\W\d]*[\p{Lu}\d][\p{Lu}\d ]{1,30}\s*[:|>»]|^[^|\n]{1,40}\s\|\s"
            r"|^【[^】\n]{1,8}】"  # a CJK label in lenticular brackets: 【写真】, 【关联阅读】
            r"|^\s*\[\s*[^\]\n.…]{1,20}\]"  # a label in brackets: "[ 政治・経済 ]", "[VIDEO]"
            r"|^\s*\S+(?:\s\S+)?\s*[:：]\s*$"  # a label of a word or two, and nothing after
        ),
        "byline": regex.compile(
            # a "by" word, one or more names, maybe ", SITE" or " - SITE", and nothing else
            rf"(?:^|[■|•·—–]\s*)(?i:{alternation(BYLINE_WORDS)})\s*[:/]?\s+{PERSON}"
            rf"(?:\s*(?:,|&|\b(?:and|und|et|y|e|i|и)\b)\s*{PERSON})*"
            # then a site, an agency or degrees (", Reuters", " - RTP", ", S.Si., M.Cs."),
            # or "for SITE" (", para o TechTudo"), and nothing else
            rf"(?:\s*[,/–—|-]\s*(?:(?i:para(?:\s+[oa])?|for|für|pour|per|для)\s+)?"
            rf"\p{{Lu}}[\p{{L}}.]*(?:\s+\p{{Lu}}[\p{{L}}.]*){{0,3}}){{0,3}}\s*$"
            rf"|^[【\[(（]?\s*(?:{alternation(CJK_BYLINE_WORDS)})\s*[/／:：|]"
            rf"|[【\[(（]\s*(?:{alternation(CJK_BYLINE_WORDS)})\s*[/／:：|][^】\])）\n]{{1,12}}[】\])）]\s*$"
            rf"|^[【\[(（]?\s*(?:记者|記者)\s+\p{{Han}}{{2,4}}"
            # 聯合報／ 記者NAME／桃園報導: a reporter between slashes, a "reports from"
            rf"|(?:记者|記者)\s*\p{{Han}}{{2,4}}\s*[／/|]|[／/]\s*\p{{Han}}{{2,4}}(?:报导|報導|报道|報道)\s*$",
            regex.V1,
        ),
        # an editor's initials or name in parentheses: "(Rin)", "(micm)", "(NECATİ MALDAR)"
        "initials": regex.compile(
            r"^\s*\(\s*\p{L}[\p{L}.]{1,15}(?:\s\p{L}[\p{L}.]{1,15}){0,2}\s*\)\s*$"
        ),
        # a name in parentheses closing a caption, not an acronym: "… Maskenpflicht.
        # (Frank Thomas Koch)", "Il nuovo Apple iPhone X (LaPresse)"
        "closing-name": regex.compile(
            r"(?:(?<=[.!?。])|\s)\(\s*\p{Lu}\p{Ll}[\p{L}.\-]{1,20}(?:\s\p{Lu}[\p{L}.\-]{1,20}){0,2}\s*\)\s*$"
        ),
        # (the stdlib engine: these case-insensitive alternations compile in a tenth of
        # the time the regex module takes, ~12 ms each, and need none of its features)
        "page-talk": re.compile("|".join(PAGE_TALK), re.I),
        "reader-address": re.compile(
            "|".join(READER_ADDRESS) + "|(?-i:" + READER_ADDRESS_CASED + ")", re.I | re.M
        ),
        "media-talk": re.compile("|".join(MEDIA_WORDS), re.I),
        # news, articles, sites and blogs only: what a section's label names
        "media-label": re.compile("|".join(SECTION_WORDS), re.I),
        "writer-voice": re.compile(
            "|".join(WRITER_VOICE) + "|(?-i:" + WRITER_VOICE_CASED + ")", re.I | re.M
        ),
        # a link's shape: an ellipsis then words ("… Continue lendo TITLE", "...devamı"),
        # or an arrow closing a short line ("Докладніше >>", "متابعة القراءة »")
        "link-shape": regex.compile(
            r"^\s*(?:…|\.{3})\s*\p{L}|(?:»|>>|→|☟|▶|►|⟶|⇒)\s*$|^\s*(?:←|<<|«|⇐)\s*\p{L}"
        ),
        # a line wholly in parentheses or brackets: an editor's or agency's note
        # ("(Reporte de NAME en Washington; Editado por NAME)", "(Updated at 5 p.m.)")
        "parenthesised": regex.compile(r"^\s*[(（\[【][^()（）\[\]【】\n]+[)）\]】]\s*\.?\s*$"),
        "photo-word": regex.compile(rf"(?<![\p{{L}}])(?i:{photo})(?![\p{{L}}])"),
        "excerpt-marker": re.compile(
            r"^\s*[\[(]\s*(?:…|\.{3})\s*[\])]\s*(?:[-–—]?\s*\w+(?:\.{3}|…)?)?\s*$"
        ),
        "notice": re.compile(rf"^\W*(?:{alternation(NOTICE_WORDS)})\s*[:：]", re.I),
        "date-line": re.compile(
            rf"(?i:\b(?:{WEEKDAYS}|{MORE_MONTHS}|{'|'.join(MONTH_STEMS.values())}|{DATE_FILLERS})\b\.?)"
            r"|\d+(?:st|nd|rd|th|er|º|\.)?|[年月日号號時时分秒]|[\s,.:/\-–—|()（）]+",
        ),
        "word-of-three": regex.compile(r"\p{L}{3}"),
        # a line ending in an abbreviation, not a sentence: "M.Cs.", "Jr.", "Ph.D."
        "abbreviation-end": regex.compile(r"(?<![\p{L}])\p{Lu}\p{L}{0,2}\.(?:\p{L}{1,3}\.)*\s*$"),
        "sentence-end": regex.compile(r"[.!?。！？؟]\s*[\"'”»)]*\s*$|[。！？]"),
        "cjk": regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"),
    }
