"""The chrome scorer: chrome by its shape in any language, never article text."""

from __future__ import annotations

import pytest

from compare import Category, compare, load_text
from compare.chrome import CHROME_WEIGHTS, CONTENT_WEIGHTS, READABLE, context, judge_lines
from compare.model import Format

ARTICLE = (
    "Four astronauts are on their way to the International Space Station after a successful "
    "launch of SpaceX rocket Crew Dragon.\n\n"
    "The three U.S. crew members and one from Japan are on NASA’s first crew rotation mission "
    "using a commercial spacecraft.\n\n"
    "They are due to arrive at the International Space Station late Monday, joining two "
    "Russians and one American who flew there last month from Kazakhstan.\n"
)

#: the same story in Russian and Chinese: a line of article text is judged next to an
#: article in its own script (in an English one, a whole line in Cyrillic is the site's)
ARTICLE_RU = (
    "Четыре астронавта летят к Международной космической станции после успешного запуска.\n\n"
    "Трое членов экипажа из США и один из Японии впервые летят на коммерческом корабле.\n\n"
    "Они прибудут на станцию в понедельник, где их ждут двое россиян и один американец.\n"
)
ARTICLE_ZH = (
    "四名宇航员在成功发射后前往国际空间站。\n\n"
    "三名美国宇航员和一名日本宇航员首次乘坐商业飞船执行轮换任务。\n\n"
    "他们将于周一抵达空间站，与两名俄罗斯人和一名美国人会合。\n"
)


def _judge(line: str, text: str = ARTICLE):
    copy = text + "\n" + line + "\n\n" + text
    start = len(text) + 1
    return judge_lines(
        context(text, copy, None), [(start, start + len(line))], (start, start + len(line))
    )[0]


def _placed(lines: list[str], sep: str, after: str) -> tuple[str, list[tuple[int, int]]]:
    """The space-station story, then ``lines`` joined by ``sep``, then ``after``: the
    copy and each line's span in it."""
    copy = ARTICLE + "\n" + sep.join(lines) + after
    spans, pos = [], len(ARTICLE) + 1
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + len(sep)
    return copy, spans


def _void_next_to(code: str, line: str, original: str) -> None:
    """``code`` is said of ``line`` next to the space-station story, not next to
    ``original`` (whose own voice or subjects make it no evidence)."""
    assert code not in _judge(line, original).chrome
    assert code in _judge(line).chrome


def test_every_evidence_code_has_a_weight_and_a_readable_name() -> None:
    assert set(CHROME_WEIGHTS) == set(READABLE)
    assert all(w > 0 for w in CHROME_WEIGHTS.values())
    assert all(w < 0 for w in CONTENT_WEIGHTS.values())


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Residents wait near the river, May 14, 2024. (AP Photo/Jane Doe)", "caption-credit"),
        ("Residents wait near the river. Jane Doe / Reuters", "caption-credit"),
        ("Vecinos esperan junto al río. (AP Foto/Ramón Espinosa, archivo)", "caption-credit"),
        ("Anwohner warten am Fluss. Bild: picture alliance/dpa | Frank Molter", "caption-credit"),
        ("Жители ждут у реки (Фото: REUTERS/Dado Ruvic)", "caption-credit"),
        ("居民在河边等待。REUTERS/Jorge Silva", "caption-credit"),
        ("Síguenos en Instagram: https://www.instagram.com/apnews", "url"),
        ("Vea todas las noticias de hoy", "call-to-action"),
        ("Jetzt Newsletter abonnieren", "call-to-action"),
        ("Поделиться", "call-to-action"),
        ("شارك الخبر على", "call-to-action"),
        ("点击右上角微信好友", "call-to-action"),
        ("Image 2 of 9", "counter"),
        ("0:00 0:01:55 0:00", "symbols"),
        ("RELATED STORY | NASA clears up confusion regarding strange sound", "label"),
        ("+++ Newsticker aktualisieren +++", "decorated"),
        ("spot_img", "code"),
        # bylines: a "by" word and names only, maybe a site or agency after them
        ("Article By Jane Doe and John Roe, Reuters", "byline"),
        ("por Ana Souza, Marta Lima Santos, Rui de Sá - RTP", "byline"),
        ("Gedenken an das Kriegsende  ■ Von Erika Mustermann", "byline"),
        ("【文/本报记者 王小明】", "byline"),
        # a line that is a date and nothing else, a weekday in lower case first
        ("sábado, 15 de marzo de 2014", "date-line"),
        ("jeudi 14 août 2025", "date-line"),
        ("Thu., Oct. 22, 2020 13:29 KSA", "date-line"),
        # Chinese captions and sources: an agency in full-width brackets, "NAME摄", "来源："
        ("居民在河边等待。（美聯社）", "caption-credit"),
        ("居民在河边等待。新华社记者 王小明摄", "caption-credit"),
        ("来源：人民日报客户端、央视网", "source-credit"),
        # agencies, photo and source words of more languages; notices; CJK labels
        ("Jandarma ekipleri bölgede inceleme yaptı. (AA)", "source-credit"),
        ("Etapy otwierania gospodarki. Źródło: Kancelaria Prezesa Rady Ministrów", "source-credit"),
        (
            "デモ参加者を拘束する警官ら(2021年1月23日撮影)。ロイター/Kevin Lamarque",
            "caption-credit",
        ),
        ("Disclaimer: the views expressed here are those of the author alone.", "notice"),
        ("Yasal Uyarı: Haberin tüm hakları yayıncısına aittir.", "notice"),
        ("【写真】上半身裸で冷たい水に漬かる人々", "label"),
        ("(2月24日 17時35分)", "date-line"),
        ("[…]", "excerpt-marker"),
        ("[...] - mehr...", "excerpt-marker"),
        # the page speaking of itself or to its reader, as a sentence
        ("Cet article a été publié il y a plus de dix ans.", "page-talk"),
        ("Dieser Liveblog ist beendet. Vielen Dank für Ihr Interesse.", "page-talk"),
        ("Did you like this story? Tell us what you think of our reporting.", "page-talk"),
        ("Эта статья обновляется.", "page-talk"),
        ("يستخدم الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "page-talk"),
        # the page speaking to its reader; a question to them
        (
            "Thank you for reading. Please consider supporting independent local journalism.",
            "reader-address",
        ),
        ("Hier finden Sie einen Überblick über Beiträge aus anderen Medien.", "reader-address"),
        ("¿Quieres añadir otro usuario a tu suscripción?", "reader-address"),
        # the site speaking as "we" of itself, in a story that never does
        ("We cover the day’s main events with facts and expert opinion.", "writer-voice"),
        (
            "En CTXT podemos mantener nuestra independencia gracias a las suscripciones.",
            "writer-voice",
        ),
        ("Також ми писали, які компенсації отримають аграрії за втрачений урожай.", "writer-voice"),
        ("Мы освещаем главные события дня, предоставляя факты и мнения экспертов.", "writer-voice"),
        # a line about something else than a coherent article, with a label or at an edge
        ("Contenido relacionado: Liverpool aplazó el grito de campeón en el derbi", "off-topic"),
        # a caption run together with its alt text; shapes of links; credit codes
        ("Workers clear snow in Ottawa Workers clear snow in Ottawa", "doubled"),
        ("… Continue lendo Acidente entre ônibus e carreta congestiona a BR-230", "link-shape"),
        ("Докладніше >>", "link-shape"),
        ("Flooded streets in the city centre (ADI/YUS)", "source-credit"),
        ("Обложка © скриншот из видео", "source-credit"),
        ("Office workers gather outside after the quake. (Source: AP)", "caption-credit"),
        ("街頭演説をする代表=2019年7月12日、東京都港区【時事通信社】", "caption-credit"),
        ("Where the quake struck (star)/USGS via AJC", "caption-credit"),
        ("图为9月16日在珠海市拍摄的风浪。", "caption-credit"),
        ("(Ảnh minh họa: Jang)", "caption-credit"),
        ("Nga đồng ý giảm giá bán khí đốt cho Ukraine - Hình 1", "caption-credit"),
        ("Φωτ. από το τροχαίο στη Νέα Χαλκηδόνα / EUROKINISSI", "caption-credit"),
        ("警消到場邊射水避免起火,邊把受傷的男子脫困送醫。翻攝照片", "caption-credit"),
        ("聯合報／ 記者朱冠諭／桃園報導", "byline"),
        # labels alone or in brackets, a way back, calls to action of more languages
        ("Yayınlanma:", "label"),
        ("[ 政治・経済 ]", "label"),
        ("← Back to list", "link-shape"),
        ("Google News'te abone olun ve takip edin", "call-to-action"),
        ("Leia também: Operação Natal termina com menos mortes", "call-to-action"),
        ("Clicca qui e iscriviti al canale", "call-to-action"),
        ("Les også: Slik ble valget", "call-to-action"),
        ("Lue lisää aiheesta", "call-to-action"),
        ("קראו עוד", "call-to-action"),
        ("Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru.", "platform"),
        ("This browser does not support the video element.", "page-talk"),
        ("이 기사의 카테고리는 언론사의 분류를 따릅니다.", "page-talk"),
        # a note wholly in parentheses; a few words naming a photo
        (
            "(Reporte de Joey Roulette en Washington; Editado en Español por Ricardo Figueroa)",
            "parenthesised",
        ),
        ("Ілюстративне фото з відкритих джерел", "photo-line"),
        # bylines with a site, degrees or a date after the name; initials; a "> " label
        ("Por Paulo Alves, para o TechTudo", "byline"),
        ("Oleh: Abdul Majid, S.Si., M.Cs.", "byline"),
        ("di Francesco Rigoni domenica 21 settembre 2014", "byline"),
        ("(NECATİ MALDAR)", "initials"),
        ("LEGGI ANCHE > La lockdown mode di Apple per difendere iPhone e Mac", "label"),
        ("A lire en complément : Les dernières collaborations entre marques et designers", "label"),
        ("Auch für Sie interessant: Für den Frieden - Ostermarsch in München", "label"),
        ("推薦新聞:高市殯儀館爆燒錯遺體! 殯葬處出面痛斥:是謠言", "label"),
        ("Más noticias: Un incendio arrasa siete mil hectáreas en Portugal", "label"),
        ("scritto da Alberto Muraro", "byline"),
        ("中国新闻网[责任编辑:柯宁]", "byline"),
        ("كتب / مصطفي الجزار", "byline"),
        ("نگارش از یورونیوز فارسی", "byline"),
        ("Copyright ⓒ 서울신문 All rights reserved. 무단 전재-재배포 금지", "source-credit"),
        # items cut by pipes; a caption's credit as a name in parentheses; a relative time
        # and a count of views; a line in a script the article never writes; a label
        # about something else ending in a colon
        ("央视网|中国网络电视台|网站地图 |", "separators"),
        ("rit | datum | type rit | start-finish | totaal | winnaar | leider |", "separators"),
        ("Il nuovo Apple iPhone X (LaPresse)", "initials"),
        (
            "Bis alle auf ihren Plätzen sitzen, gilt im Landgericht Maskenpflicht. (Frank Thomas Koch)",
            "initials",
        ),
        ("David BondCanada3 years ago28 Views", "date-time"),
        ("Ατύχημα με πυροσβεστικό όχημα στην εθνική οδό", "other-script"),
        ("Alarmierende Meldung vom Spiegel Online:", "off-topic"),
        # a title of another story, alone among the article's paragraphs
        (
            "Djokovic, Federer y Nadal avanzan en el Masters de Roma tras ganar sus partidos",
            "headline",
        ),
        # the site describing itself, its paywall, its policy: news, sites, readers …
        (
            "Las noticias más destacadas del mundo están aquí, con toda la información al instante.",
            "media-talk",
        ),
        (
            "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger.",
            "media-talk",
        ),
        ("The best news site in Turkey, with the latest headlines every hour.", "media-talk"),
        ("ヤフーニュースのコメントをまとめたブログです。", "media-talk"),
        ("Archeologia – Ultime notizie ed approfondimenti", "media-talk"),
        ("« 返回前頁列印", "link-shape"),
        ("SNSでもご購読できます。", "call-to-action"),
        ("Um Kommentare verfassen zu können, müssen Sie sich anmelden.", "media-talk"),
    ],
)
def test_chrome_shapes_in_any_language_are_chrome(line: str, code: str) -> None:
    judged = _judge(line)
    assert judged.is_chrome, judged
    assert code in judged.chrome


@pytest.mark.parametrize(
    "line",
    [
        # a short article paragraph, a quotation, a dateline inside the story
        "“We will not rule it out,” he said.",
        "MOSCOW (AP) — Russian President Vladimir Putin said on Thursday that there is no need.",
        "Es gilt das gesprochene Wort",
        "El secretario del Tesoro dijo que las medidas son una respuesta al papel de Cuba.",
        "Госдепартамент подтвердил свою поддержку Украине, но заявил, что не знает, когда закончится война.",
        # an address list in a speech: short lines, but each part of one sentence
        "Mitglieder des Bundestages,",
        # a headline the copy added is an edit, not chrome
        "Space station crew: four astronauts arrive after SpaceX launch",
        # "by" words, dates and credit words inside sentences
        "By Monday, the troops had left the city and returned home.",
        "From Berlin, the U.S. crew members flew on to the International Space Station",
        "Por la mañana, el ministro Juan Pérez viajó a Madrid.",
        "On March 3, 2024, the agency said it would act.",
        "记者们在北京拍摄了这些照片。",
        # someone quoted speaking of "our site", and advice about the reader's account
        "“Our site was never breached,” the company’s spokesman told reporters on Monday.",
        "Officials urged residents to check their bank account statements every month.",
        # a verb of a call inside Chinese prose: "drew attention", "shared experience"
        "这一事件引起关注。",
        "两国代表分享了各自的经验。",
        # the news trade inside the story: reporters at the launch are its subject
        "Reporters and news crews watched the launch of the crew from the press site.",
        # an acronym in parentheses closing a line is no credit
        "Turkey’s ruling Justice and Development Party (AKP)",
        # an image named inside a sentence
        "The crater is seen in Image 2.",
    ],
)
def test_article_text_is_not_chrome(line: str) -> None:
    # a Cyrillic or a Han line next to an article in its own script
    own = (
        ARTICLE_RU
        if "\u0400" <= line[0] <= "\u04ff"
        else ARTICLE_ZH
        if "\u4e00" <= line[0] <= "\u9fff"
        else ARTICLE
    )
    judged = _judge(line, own)
    assert not judged.is_chrome, judged


def test_the_article_s_own_voice_is_not_chrome() -> None:
    """A speech or an interview says "you" and asks questions itself: there the page
    speaking to its reader is no evidence."""
    speech = (
        "Thank you all for coming tonight, and thank you for your friendship.\n\n"
        "You have worked hard for this partnership, and you should be proud of it.\n\n"
        "Our two countries have stood together for seventy years.\n"
    )
    # (in a news story it is the page's)
    _void_next_to(
        "reader-address",
        "Thank you, Mr. Minister, and I hope you will join us again next year.",
        speech,
    )


def test_a_line_in_another_script_is_the_site_s_only_where_the_article_never_writes_it() -> None:
    line = "Госдепартамент подтвердил свою поддержку Украине, но заявил, что не знает, когда закончится война."
    assert "other-script" in _judge(line).chrome
    assert "other-script" not in _judge(line, ARTICLE_RU).chrome


def test_we_is_the_site_s_voice_only_where_the_article_never_says_it() -> None:
    """A statement or a speech says "we" itself; a quotation of several paragraphs opens
    each with a mark and closes only the last: neither is the site speaking."""
    statement = (
        "We welcome today’s agreement between the two governments.\n\n"
        "Our countries have worked together for seventy years, and we will go on doing so.\n\n"
        "The agreement takes effect on the first of next month.\n"
    )
    _void_next_to("writer-voice", "We will keep our readers informed of every step.", statement)
    opened = "“We are proud of this crew and of what our teams built together,"
    assert "writer-voice" not in _judge(opened).chrome


def test_a_line_leaning_to_chrome_never_shares_a_change_with_an_added_paragraph() -> None:
    """A link's short label ("More on the crew": a short line, too little evidence to be
    chrome) next to a paragraph the copy added: two changes, not one."""
    added = (
        "The crew will spend six months aboard the station, carrying out experiments "
        "in biology, physics and medicine before they return to Earth in the spring."
    )
    copy = ARTICLE.replace("\n\nThey", f"\n\n{added}\n\nMore on the crew\n\nThey")
    changes = compare(load_text(ARTICLE, label="original"), load_text(copy)).changes
    holding = [c for c in changes if "More on" in c.copy.text]
    assert len(holding) == 1 and "six months" not in holding[0].copy.text
    assert any("six months" in c.copy.text for c in changes if c not in holding)


def test_a_line_about_something_else_says_nothing_in_an_article_about_many_things() -> None:
    """Off-topic is evidence only where the original's own paragraphs share their
    subject: in a gallery of captions every paragraph is about something else."""
    gallery = (
        "Nurses at a hospital in Handan, China, practise smiling with chopsticks in their mouths.\n\n"
        "Supporters celebrate near the Louvre in Paris after the presidential election result.\n\n"
        "A surfer rides a wave during a competition off the coast of Portugal at dawn.\n"
    )
    _void_next_to(
        "off-topic", "Farmers harvest rice in terraced fields of northern Vietnam", gallery
    )


def test_three_questions_in_a_row_are_a_list() -> None:
    """Questions with no answer between them: a table of contents, a list of stories."""
    lines = [
        "- Was ist eine Notlandung genau?",
        "- Was sind die häufigsten Ursachen für eine Notlandung?",
        "- Wie sollten sich Passagiere bei einer Notlandung verhalten?",
    ]
    copy, spans = _placed(lines, "\n", "\n\n" + ARTICLE)
    judged = judge_lines(context(ARTICLE, copy, None), spans, (spans[0][0], spans[-1][1]))
    assert all("list" in j.chrome for j in judged)
    alone = judge_lines(context(ARTICLE, copy, None), spans[:1], spans[0])[0]
    assert "list" not in alone.chrome


def test_a_line_between_two_chrome_lines_is_one_of_them() -> None:
    """A sentence to the reader is not chrome on its own; between two chrome lines of
    the page's tail it is one of them."""
    lines = ["Reisen & Freizeit ›", "Thank you for your interest in the crew.", "Kontakt ›"]
    copy, spans = _placed(lines, "\n\n", "\n")
    ctx = context(ARTICLE, copy, None)
    judged = judge_lines(ctx, spans, (spans[0][0], spans[-1][1]))
    assert all(j.is_chrome for j in judged) and "between-chrome" in judged[1].chrome
    alone = judge_lines(ctx, spans[1:2], spans[1])[0]
    assert not alone.is_chrome and "reader-address" in alone.chrome


def test_a_line_next_to_what_the_phrase_tables_called_boilerplate_is_judged_next_to_it() -> None:
    """Lines the phrase tables know are passed as known chrome: a line between one of
    them and a chrome line is between two chrome lines."""
    lines = [
        "The launch was watched by many.",
        "Thank you for your interest in the crew.",
        "Kontakt ›",
    ]
    copy, spans = _placed(lines, "\n\n", "\n\n" + ARTICLE)
    ctx = context(ARTICLE, copy, None)
    region = (spans[0][0], spans[-1][1])
    assert not judge_lines(ctx, spans, region)[1].is_chrome
    judged = judge_lines(ctx, spans, region, known=frozenset({0}))
    assert judged[1].is_chrome and "between-chrome" in judged[1].chrome


def test_headlines_of_other_stories_under_a_chrome_heading_are_its_list() -> None:
    tail = (
        "\nCONTENIDO RELACIONADO\n"
        "La colaboración entre Pokémon y McDonald's con sus exitosos Happy Meals regresa en 2026.\n"
        "Josef Fares ha hablado sobre el éxito de Split Fiction y de sus próximos juegos.\n"
    )
    changes = compare(load_text(ARTICLE, label="original"), load_text(ARTICLE + tail)).changes
    assert [c.category for c in changes] == [Category.BOILERPLATE]
    assert "under-chrome-heading" in changes[0].evidence


def test_a_few_words_after_the_article_are_chrome_a_sentence_is_not() -> None:
    tail = "\nVidéo suivante dans 5 secondes\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(ARTICLE + tail)).changes
    assert [c.category for c in changes] == [Category.BOILERPLATE]
    assert "page-end-label" in changes[0].evidence
    added = "\nThe crew will spend six months on the International Space Station.\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(ARTICLE + added)).changes
    assert [c.category for c in changes] == [Category.EDIT]


def test_a_heading_over_the_article_s_next_line_is_not_chrome() -> None:
    copy = ARTICLE.replace("\n\nThey are due", "\n\nThe crew members are:\n\nThey are due")
    changes = compare(load_text(ARTICLE, label="original"), load_text(copy)).changes
    assert [c.category for c in changes] == [Category.EDIT]


def test_an_ordinal_date_is_no_sentence_end_to_cut_chrome_at() -> None:
    """``am 8. Mai 2019 die folgende Presseerklärung ab.``: the words after "8." are the
    sentence's own, never glued chrome."""
    original = "Der Außenminister sprach in Berlin.\n\nEr traf den Kanzler.\n"
    added = "Anlässlich des Europatages gab der Minister am 8. Mai 2019 die folgende Presseerklärung ab."
    copy = f"Der Außenminister sprach in Berlin.\n\n{added}\n\nEr traf den Kanzler.\n"
    changes = compare(load_text(original, label="original"), load_text(copy)).changes
    assert [(c.category, c.copy.text.strip()) for c in changes] == [(Category.EDIT, added)]


def test_a_line_the_original_has_is_not_chrome_by_shape() -> None:
    text = ARTICLE + "\nNASA Astronauts\n"
    assert "in-original" in _judge("NASA Astronauts", text).content


def test_chrome_lines_become_boilerplate_changes_with_evidence_the_reader_sees() -> None:
    copy = "Latest Stories\n\n" + ARTICLE + "\nVea todas las noticias de hoy\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(copy)).changes
    assert [c.category for c in changes] == [Category.BOILERPLATE, Category.BOILERPLATE]
    assert "document-head" in changes[0].evidence and "shape" in changes[0].evidence
    assert changes[0].reason.startswith("site chrome by its shape:")
    assert "call-to-action" in changes[1].evidence


def test_a_chrome_line_and_an_added_paragraph_are_two_changes() -> None:
    added = (
        "A redesigned toilet will help prepare for future missions to the Moon and Mars, NASA said."
    )
    copy = ARTICLE + "\nHide Ad\nHide Ad\n" + added + "\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(copy)).changes
    assert [(c.category, c.copy.text.strip()) for c in changes] == [
        (Category.BOILERPLATE, "Hide Ad\nHide Ad"),
        (Category.EDIT, added),
    ]


def test_what_is_glued_to_a_paragraph_and_a_paragraph_added_after_it_are_two_changes() -> None:
    """An unrecognised notice glued to the end of a paragraph never shares a change with
    the article paragraph the copy added right after it."""
    first, rest = ARTICLE.split("\n\n", 1)
    added = (
        "A redesigned toilet will help prepare for future missions to the Moon and Mars, NASA said."
    )
    copy = f"{first} The story is being updated.\n\n{added}\n\n{rest}"
    changes = compare(load_text(ARTICLE, label="original"), load_text(copy)).changes
    assert [c.copy.text.strip() for c in changes] == ["The story is being updated.", added]


def _page(paragraphs: list[str], chrome: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = f"<div class=menu><p><a href='/more'>{chrome}</a></p></div>"
    return f"<html><body>{menu}<article>{body}</article></body></html>"


def test_html_text_outside_the_main_content_is_chrome() -> None:
    paragraphs = [p for p in ARTICLE.split("\n\n") if p.strip()]
    chrome = "More coverage of the International Space Station crew"
    original = load_text(ARTICLE, label="original")
    copy = load_text(_page(paragraphs, chrome), fmt=Format.HTML)
    assert copy.main_content is not None
    changes = [c for c in compare(original, copy).changes if c.category is not Category.TYPOGRAPHY]
    assert [c.category for c in changes] == [Category.BOILERPLATE]
    assert "outside-main-content" in changes[0].evidence
    # the same line as plain text has no such evidence (and is about the article), and is
    # left an edit
    plain = compare(original, load_text(chrome + "\n\n" + ARTICLE)).changes
    assert [c.category for c in plain] == [Category.EDIT]


def test_html_text_inside_the_main_content_needs_stronger_evidence() -> None:
    paragraphs = [p for p in ARTICLE.split("\n\n") if p.strip()]
    short = "Officials declined to comment further"
    copy = load_text(_page([*paragraphs[:2], short, paragraphs[2]], "Home"), fmt=Format.HTML)
    changes = compare(load_text(ARTICLE, label="original"), copy).changes
    by_text = {c.copy.text.strip(): c for c in changes}
    assert by_text[short].category is Category.EDIT


def test_a_vietnamese_line_about_something_else_is_off_topic() -> None:
    """Vietnamese words are mostly two short syllables: they are compared in pairs, so
    a related story's headline shares no words with the article, and a line of the
    article shares its own."""
    from compare import justext_adapter, topic

    article = (
        "Hoa Kỳ và Việt Nam ký thỏa thuận hợp tác thương mại mới tại Hà Nội.\n\n"
        "Thỏa thuận hợp tác thương mại mở rộng xuất khẩu nông sản và thiết bị y tế.\n\n"
        "Các bộ trưởng cho biết thỏa thuận hợp tác sẽ có hiệu lực từ tháng tới.\n"
    )
    stopwords = justext_adapter.stopwords_for(article)[1]
    other = "Cán bộ Cảnh sát kịp thời dập tắt đám cháy nhà dân khi đang trên đường đi làm."
    own = "Thỏa thuận thương mại này giúp doanh nghiệp hai nước mở rộng hợp tác."
    assert topic.off_topic(other, article, stopwords)
    assert not topic.off_topic(own, article, stopwords)


def test_chrome_glued_after_a_sentence_that_ends_inside_a_quotation_is_chrome() -> None:
    original = (
        ARTICLE + "\n“We are ready for this mission,” the commander said. “It is our turn (…)”\n"
    )
    copy = (
        ARTICLE
        + "\n“We are ready for this mission,” the commander said. “It is our turn (…)”Czytaj dalej\n"
    )
    changes = compare(load_text(original, label="original"), load_text(copy)).changes
    assert [(c.category, c.copy.text.strip()) for c in changes] == [
        (Category.BOILERPLATE, "Czytaj dalej")
    ]


def test_after_the_article_a_line_with_some_evidence_below_the_page_s_chrome_is_chrome() -> None:
    """An article does not go on under its site's footer: below a chrome line of the
    page's tail, a line with some evidence of its own (here it speaks to the reader)."""
    tail = "\nLeave a comment\n\nYour email will not be published.\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(ARTICLE + tail)).changes
    assert [c.category for c in changes] == [Category.BOILERPLATE] * len(changes)
    assert any("under-page-chrome" in c.evidence for c in changes)
    # the same line before the chrome, right after the article, needs more evidence
    before = "\nYour email will not be published.\n\nLeave a comment\n"
    changes = compare(load_text(ARTICLE, label="original"), load_text(ARTICLE + before)).changes
    assert not any("under-page-chrome" in c.evidence for c in changes)


def test_before_the_article_a_line_with_some_evidence_above_the_page_s_chrome_is_chrome() -> None:
    """An article does not start over its site's masthead: above a breadcrumb of the
    page's head, a short line is the site's; the article's own headline is not."""
    for first, chrome in (
        ("Stories from the valley and beyond", True),
        ("Four astronauts on their way to the International Space Station", False),
    ):
        lines = [first, "Home › World › Space"]
        copy = "\n\n".join(lines) + "\n\n" + ARTICLE
        spans = [(0, len(first)), (len(first) + 2, len(first) + 2 + len(lines[1]))]
        judged = judge_lines(context(ARTICLE, copy, None), spans, (0, spans[-1][1]))
        assert judged[0].is_chrome is chrome and ("over-page-chrome" in judged[0].chrome) is chrome


THAI = (
    "นักบินอวกาศสี่คนกำลังเดินทางไปยังสถานีอวกาศนานาชาติหลังจากการปล่อยจรวดที่ประสบความสำเร็จ\n\n"
    "ลูกเรือชาวอเมริกันสามคนและชาวญี่ปุ่นหนึ่งคนอยู่ในภารกิจหมุนเวียนลูกเรือครั้งแรกขององค์การนาซา\n\n"
    "พวกเขามีกำหนดจะเดินทางถึงสถานีอวกาศในวันจันทร์ และจะพบกับนักบินอวกาศชาวรัสเซียสองคน\n"
)


@pytest.mark.parametrize(
    ("added", "category"),
    [
        # a sentence of the article: one "word" by its spaces, a dozen by its letters
        ("ภารกิจนี้จะใช้เวลาประมาณหกเดือนก่อนที่ลูกเรือจะเดินทางกลับสู่โลก", Category.EDIT),
        ("อ่านต่อ", Category.BOILERPLATE),  # "read more"
    ],
)
def test_thai_words_are_counted_by_their_letters_not_their_spaces(added: str, category) -> None:
    """Thai (as Lao, Khmer, Burmese) writes no spaces between words: a sentence the copy
    added is not a "short label" of one word."""
    copy = THAI.replace("\n\nพวกเขา", f"\n\n{added}\n\nพวกเขา")
    changes = compare(load_text(THAI, label="original"), load_text(copy)).changes
    assert [c.category for c in changes] == [category]
