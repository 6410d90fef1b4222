"""HTML -> the text a reader sees, plus the two questions asked before decoding.

* :func:`looks_like_html` — does a text start like an HTML page (the browser's
  MIME sniffing rule: a known tag as the first thing after white space)?
* :func:`declared_charset` — the charset label a page declares in its first
  bytes (``<meta charset>``, ``<meta http-equiv="content-type">``, XML
  declaration).
* :func:`extract_text` (and :func:`html_to_text`, its text alone) — visible text: block elements become paragraph breaks,
  ``<br>`` a line break, white space collapses as a browser collapses it (not in
  ``<pre>``), entities are decoded, and whatever a browser does not show
  (``<head>``, scripts, styles, templates, SVG, elements hidden by their attributes
  or by a page style sheet's ``display:none`` / ``visibility:hidden`` rule for
  their class or id) is dropped. Navigation, headers and footers are kept: they
  are the boilerplate the editor must see.
* :func:`main_content_spans` — where in that text the page's main content is, by
  the field's main-content extractor (jusText, through
  :mod:`compare.justext_adapter`): evidence for the chrome scorer.

Built on the standard library's ``html.parser``. Where that parser gives up on
malformed markup (it raises on some declarations, such as ``<![x[]]>``), reading
goes on after the construct, whose ``<`` is kept as text; each recovery is said
in :attr:`HtmlText.notes`. No text after a parse error is ever dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

# ---------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------

#: Elements rendered as blocks: a paragraph break before and after them.
BLOCK_ELEMENTS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
        "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "xmp",
    }
)  # fmt: skip

#: Table cells: separated by a tab on their row, as a browser's innerText does.
CELL_ELEMENTS = frozenset({"td", "th"})

#: Elements whose content a browser does not show. ``title`` is in ``<head>``;
#: ``noscript`` is not shown when scripts run; ``svg``/``math`` text is drawing.
HIDDEN_ELEMENTS = frozenset(
    {
        "head", "title", "script", "style", "template", "noscript", "svg", "math",
        "iframe", "noembed", "noframes", "object", "canvas", "datalist", "select",
        "audio", "video", "map",
    }
)  # fmt: skip

#: Inline elements drawn as separate boxes (buttons): their words never run into
#: the neighbours' ("Share" "Tweet" buttons side by side read "Share Tweet")
BOXED_INLINE_ELEMENTS = frozenset({"button", "select", "input", "textarea"})

#: An inline style that hides an element (and all inside it) from the reader.
HIDING_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)

#: A style sheet rule: its selectors and its declarations (no nesting).
STYLE_RULE = re.compile(r"([^{}@]+)\{([^{}]*)\}")
#: A ``@media`` (or other at-rule) block: its rules apply only sometimes (print, small
#: screens), so they do not count as hiding.
AT_RULE_BLOCK = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[^{};]*;")
#: A selector that names one class or one id, optionally after a tag name.
SIMPLE_SELECTOR = re.compile(r"^\s*[a-zA-Z0-9]*([.#])([-\w]+)\s*$")
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)

#: main content found by the extractor must cover at least this share of the page's
#: visible characters to be used as evidence (less: the extractor missed the article)
MAIN_CONTENT_MIN_SHARE = 0.2

#: Void elements never have content or an end tag; a start tag of one must not open
#: a hidden region.
VOID_ELEMENTS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr",
    }
)  # fmt: skip

#: Elements that may appear in ``<head>``; any other start tag ends the head, as in
#: a browser (a page that forgets ``<body>`` still shows its text).
HEAD_CONTENT = frozenset(
    {"base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template",
     "title", "head"}
)  # fmt: skip

#: White space a browser collapses (not NO-BREAK SPACE: that is visible spacing).
COLLAPSIBLE_SPACE = re.compile("[ \t\n\r\f]+")

#: WHATWG MIME sniffing: an HTML page starts (after white space) with one of these,
#: followed by a space or ">" (https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type).
HTML_SNIFF_PATTERN = re.compile(
    r"""\A[\t\n\f\r \N{ZERO WIDTH NO-BREAK SPACE}]*
        (?: <!doctype[\t\n\f\r ]+html
          | <(?:html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)
          | <!--
        )[\t\n\f\r >]""",
    re.IGNORECASE | re.VERBOSE,
)
#: XHTML: an XML declaration with an <html> element soon after it.
XHTML_SNIFF_PATTERN = re.compile(
    r"\A[\t\n\f\r \N{ZERO WIDTH NO-BREAK SPACE}]*<\?xml[^>]*\?>.{0,1000}?<html[\t\n\f\r >]",
    re.IGNORECASE | re.DOTALL,
)

#: an unterminated construct at the end of the input longer than this is dropped
#: unparsed (html.parser's end-of-input recovery is quadratic in its length)
UNTERMINATED_TAIL_CHARS = 4096

#: after this many parse errors in one page, the rest is taken as plain text
MAX_RECOVERIES = 1000
#: recoveries described one by one in the notes (the rest are summed up)
MAX_NOTED_RECOVERIES = 3
#: characters of a malformed construct quoted in a note
PREVIEW_CHARS = 24

#: how far into a file a charset declaration is looked for
DECLARATION_SCAN_BYTES = 4096

_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.DOTALL)
_XML_DECLARATION = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml\s[^<>]*?encoding\s*=\s*["']\s*([^"'\s]+)""",
    re.IGNORECASE,
)
_META_TAG = re.compile(rb"<meta[\t\n\f\r /]([^<>]*)", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    rb"""([^\t\n\f\r />=]+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]*)))?"""
)
_CONTENT_CHARSET = re.compile(
    rb"""charset[\t\n\f\r ]*=[\t\n\f\r ]*["']?([^\t\n\f\r "';]+)""", re.IGNORECASE
)


# ---------------------------------------------------------------------------
# before decoding
# ---------------------------------------------------------------------------


def looks_like_html(head: str) -> bool:
    """True when ``head`` (the start of a text) starts like an HTML page.

    Plain text that merely mentions a tag later on ("use the <p> element") is
    not HTML.
    """
    head = head[:2048]
    return bool(HTML_SNIFF_PATTERN.match(head) or XHTML_SNIFF_PATTERN.match(head))


def declared_charset(data: bytes) -> str | None:
    """The charset label declared in the first bytes of an HTML page, lower case.

    ``<meta charset>`` and ``<meta http-equiv="Content-Type" content="...;
    charset=...">`` are read as a browser's pre-scan reads them (comments
    skipped); an XML declaration's ``encoding`` is used when no meta declares one.
    """
    head = _COMMENT.sub(b"", data[:DECLARATION_SCAN_BYTES])
    for match in _META_TAG.finditer(head):
        attributes: dict[bytes, bytes] = {}
        for name, double, single, bare in _ATTRIBUTE.findall(match.group(1)):
            attributes.setdefault(name.lower(), double or single or bare)
        if attributes.get(b"charset", b"").strip():
            return _label(attributes[b"charset"])
        if attributes.get(b"http-equiv", b"").strip().lower() == b"content-type":
            found = _CONTENT_CHARSET.search(attributes.get(b"content", b""))
            if found:
                return _label(found.group(1))
    xml = _XML_DECLARATION.match(head)
    return _label(xml.group(1)) if xml else None


#: a charset (or XML encoding) declaration with its label, for blanking it out
_ANY_DECLARATION = re.compile(
    rb"""(?:charset|encoding)[\t\n\f\r ]*=[\t\n\f\r ]*["']?[^\t\n\f\r "';>/?]*""",
    re.IGNORECASE,
)


def without_declaration(data: bytes) -> bytes:
    """``data`` with its charset declarations blanked (same length), so that a
    detector that honours them (chardet does) judges the bytes alone."""
    head = data[:DECLARATION_SCAN_BYTES]
    blanked = _ANY_DECLARATION.sub(lambda match: b" " * len(match.group()), head)
    return blanked + data[DECLARATION_SCAN_BYTES:]


def _label(raw: bytes) -> str | None:
    label = raw.decode("ascii", errors="replace").strip().lower()
    return label or None


# ---------------------------------------------------------------------------
# visible text
# ---------------------------------------------------------------------------

#: pending-break levels
_NONE, _LINE, _PARAGRAPH = 0, 1, 2


class _TextExtractor(HTMLParser):
    """Collects visible text; never raises on bad markup (see html.parser)."""

    def __init__(self, hidden_classes: frozenset[str] = frozenset(), hidden_ids: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        # classes and ids the page's style sheets hide (display:none, visibility:hidden)
        self._hidden_classes = hidden_classes
        self._hidden_ids = hidden_ids
        self._hidden: dict[str, int] = {}  # open hidden elements by name
        self._hidden_depth = 0
        self._in_head = False
        self._pre = 0
        self._pre_start = False  # just after <pre>: a first newline is dropped
        self._breaks = _NONE  # break owed before the next text
        self._space = False  # a collapsed space owed before the next text
        self._cell = False  # a tab owed before the next text (between cells)
        self._row_has_cell = False
        # an element hidden by its attributes (hidden, style="display:none"): its tag
        # name and how many elements of that name are open inside it
        self._veil_tag: str | None = None
        self._veil_depth = 0
        # parse-error recovery: where the construct being parsed starts and how far
        # the text is handled (both indices into ``rawdata``); what was recovered
        self._construct: int | None = None
        self._done = 0
        self._consumed = 0  # characters of the input before ``rawdata``
        self.notes: list[str] = []
        self._recoveries = 0

    # -- output ------------------------------------------------------------

    def _request_break(self, level: int) -> None:
        self._breaks = max(self._breaks, level)
        self._space = False
        self._cell = False

    def _line_break(self) -> None:
        # <br>: one line break each, but never more than one blank line
        self._breaks = min(_PARAGRAPH, self._breaks + 1)
        self._space = False
        self._cell = False

    def _emit(self, text: str) -> None:
        if self.out:
            if self._breaks:
                self.out.append("\n" * self._breaks)
            elif self._cell:
                self.out.append("\t")
            elif self._space:
                self.out.append(" ")
        self._breaks = _NONE
        self._space = self._cell = False
        self.out.append(text)

    # -- parser callbacks --------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._veil_tag is not None:
            if tag == self._veil_tag and tag not in VOID_ELEMENTS:
                self._veil_depth += 1
            return
        if tag not in VOID_ELEMENTS and (
            _hidden_by_attributes(attrs) or self._hidden_by_stylesheet(attrs)
        ):
            self._veil_tag, self._veil_depth = tag, 1
            return
        if self._in_head and tag not in HEAD_CONTENT:
            self._in_head = False
        if tag == "head":
            self._in_head = True
            return
        if tag in HIDDEN_ELEMENTS and tag not in VOID_ELEMENTS:
            if tag == "noscript" and self._in_head:
                return  # inside <head> anyway
            self._hidden[tag] = self._hidden.get(tag, 0) + 1
            self._hidden_depth += 1
            return
        if self._hidden_depth or self._in_head:
            return
        if tag == "br":
            self._line_break()
        elif tag in BLOCK_ELEMENTS:
            self._request_break(_PARAGRAPH)
            if tag == "tr":
                self._row_has_cell = False
            if tag in ("pre", "listing", "xmp", "plaintext"):
                self._pre += 1
                self._pre_start = True
        elif tag in BOXED_INLINE_ELEMENTS:
            self._space = bool(self.out) and not self._breaks
        elif tag in CELL_ELEMENTS:
            if self._row_has_cell and self.out and not self._breaks:
                self._cell = True
                self._space = False
            self._row_has_cell = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <p/>: a self-closing HTML element is just a start tag; an empty hidden
        # element (<svg/>, <script/>) has nothing to hide
        if tag in HIDDEN_ELEMENTS:
            return
        self.handle_starttag(tag, attrs)
        if tag in ("pre", "listing", "xmp", "plaintext") and self._pre:
            self._pre -= 1

    def handle_endtag(self, tag: str) -> None:
        if self._veil_tag is not None:
            if tag == self._veil_tag:
                self._veil_depth -= 1
                if not self._veil_depth:
                    self._veil_tag = None
            return
        if tag == "head":
            self._in_head = False
            return
        if tag in self._hidden:
            self._hidden[tag] -= 1
            self._hidden_depth -= 1
            if not self._hidden[tag]:
                del self._hidden[tag]
            return
        if self._hidden_depth or self._in_head:
            return
        if tag == "br":  # "</br>" is a <br> in browsers
            self._line_break()
        elif tag in BOXED_INLINE_ELEMENTS:
            self._space = bool(self.out) and not self._breaks
        elif tag in BLOCK_ELEMENTS:
            self._request_break(_PARAGRAPH)
            if tag in ("pre", "listing", "xmp", "plaintext") and self._pre:
                self._pre -= 1
                self._pre_start = False

    def handle_data(self, data: str) -> None:
        if self._hidden_depth or self._veil_tag is not None:
            return
        if self._in_head:
            if not data.strip(" \t\n\r\f"):
                return
            self._in_head = False  # text in <head> starts the body, as in a browser
        if self._pre:
            data = data.replace("\r\n", "\n").replace("\r", "\n")
            if self._pre_start and data.startswith("\n"):
                data = data[1:]
            self._pre_start = False
            if data:
                self._emit_preformatted(data)
            return
        data = COLLAPSIBLE_SPACE.sub(" ", data)
        if not data:
            return
        if data[0] == " ":
            self._space = True
            data = data[1:]
        if not data:
            return
        trailing = data[-1] == " "
        if trailing:
            data = data[:-1]
        self._emit(data)
        self._space = trailing

    def _emit_preformatted(self, data: str) -> None:
        if self.out and self._breaks:
            self.out.append("\n" * self._breaks)
        elif self.out and self._space:
            self.out.append(" ")
        self._breaks = _NONE
        self._space = self._cell = False
        self.out.append(data)

    def _hidden_by_stylesheet(self, attrs: list[tuple[str, str | None]]) -> bool:
        if not self._hidden_classes and not self._hidden_ids:
            return False
        for name, value in attrs:
            if name == "class" and value and self._hidden_classes.intersection(value.split()):
                return True
            if name == "id" and value and value.strip() in self._hidden_ids:
                return True
        return False

    # comments, doctype, processing instructions, CDATA (a bogus comment in HTML)
    # are not text: the base class's no-op handlers are what we want

    # -- parsing that survives html.parser's errors -------------------------

    def parse_html_declaration(self, i: int) -> int:
        self._construct = i
        if self.rawdata.startswith("<![", i):
            # a browser reads "<![...>" outside SVG/MathML as a bogus comment up to the
            # first ">" (html.parser raises on anything but a few SGML keywords)
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1
        return super().parse_html_declaration(i)

    def parse_starttag(self, i: int) -> int:
        self._construct = i
        return super().parse_starttag(i)

    def parse_endtag(self, i: int) -> int:
        self._construct = i
        return super().parse_endtag(i)

    def parse_comment(self, i: int, report: bool = True) -> int:
        self._construct = i
        return super().parse_comment(i, report)

    def parse_pi(self, i: int) -> int:
        self._construct = i
        return super().parse_pi(i)

    def updatepos(self, i: int, j: int) -> int:
        self._done = j
        return super().updatepos(i, j)

    def read(self, markup: str) -> None:
        """Parse all of ``markup``, recovering from the parser's errors."""
        self._advance(markup, end=False)
        if (
            len(self.rawdata) > UNTERMINATED_TAIL_CHARS
            and self.rawdata.startswith("<")
            and not self.cdata_elem
        ):
            # a long unterminated comment, tag or declaration runs to the end of
            # the input: a browser shows none of it, and html.parser would re-scan
            # it from every "<" in it (quadratic time)
            self.notes.append(
                f"unterminated markup ({_preview(self.rawdata)}) hides the last "
                f"{len(self.rawdata):,} characters, as in a browser"
            )
            self.rawdata = ""
        self._advance("", end=True)

    def _advance(self, data: str, *, end: bool) -> None:
        """``feed(data)`` (or ``close()`` when ``end``), going on after a parse error.

        On an error the construct being parsed is abandoned: its ``<`` becomes text
        and parsing starts again right after it, so every later character is read.
        """
        self.rawdata += data
        while True:
            self._construct, self._done = None, 0
            buffer = self.rawdata
            try:
                self.goahead(end)
            except Exception as error:  # html.parser's asserts and AttributeErrors
                self.rawdata = buffer
                self._recover(error)
                continue
            self._consumed += len(buffer) - len(self.rawdata)
            return

    def _recover(self, error: Exception) -> None:
        buffer = self.rawdata
        start = self._construct if self._construct is not None else self._done
        start = min(max(start, 0), len(buffer))
        self._recoveries += 1
        where = self._consumed + start
        if self._recoveries > MAX_RECOVERIES or start >= len(buffer):
            rest = buffer[start:]
            if rest:
                self.handle_data(unescape(rest))
            self.notes.append(
                f"too many markup errors: the last {len(rest):,} characters (from "
                f"character {where:,}) are taken as plain text"
            )
            self._consumed += len(buffer)
            self.rawdata = ""
            return
        if self._recoveries <= MAX_NOTED_RECOVERIES:
            self.notes.append(
                f"malformed markup at character {where:,} ({_preview(buffer[start:])}): "
                f"the parser stopped ({type(error).__name__}); its '{buffer[start]}' "
                "is kept as text and reading goes on"
            )
        elif self._recoveries == MAX_NOTED_RECOVERIES + 1:
            self.notes.append("more malformed markup recovered the same way")
        self.handle_data(buffer[start])
        self._consumed += start + 1
        self.rawdata = buffer[start + 1 :]


def _hidden_by_attributes(attrs: list[tuple[str, str | None]]) -> bool:
    """``hidden`` or an inline ``display:none`` / ``visibility:hidden`` style."""
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value and HIDING_STYLE.search(value):
            return True
    return False


def hidden_selectors(markup: str) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids the page's ``<style>`` sheets hide from every reader: rules
    whose selectors are one class or id (``.promo``, ``div#ad``) and whose
    declarations say ``display:none`` or ``visibility:hidden``. Rules inside
    ``@media`` blocks apply only sometimes and are left out."""
    classes: set[str] = set()
    ids: set[str] = set()
    for sheet in _STYLE_ELEMENT.findall(markup):
        sheet = AT_RULE_BLOCK.sub("", _CSS_COMMENT.sub("", sheet))
        for selectors, declarations in STYLE_RULE.findall(sheet):
            if not HIDING_STYLE.search(declarations):
                continue
            for selector in selectors.split(","):
                m = SIMPLE_SELECTOR.match(selector)
                if m:
                    (classes if m.group(1) == "." else ids).add(m.group(2))
    return frozenset(classes), frozenset(ids)


@dataclass(frozen=True, slots=True)
class HtmlText:
    """The visible text of a page and what extraction had to say about it."""

    text: str
    #: parse errors recovered from, markup that hides the rest of the page
    notes: tuple[str, ...] = ()


def extract_text(markup: str) -> HtmlText:
    """The visible text of an HTML page or fragment (see the module docstring).

    Paragraph breaks are ``"\\n\\n"`` (never more), line breaks ``"\\n"``; the
    result never starts or ends with white space that came from markup, and has
    no ``"\\r"``. Never raises: malformed markup is recovered from and noted.
    """
    parser = _TextExtractor(*hidden_selectors(markup))
    parser.read(markup)
    text = "".join(parser.out)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return HtmlText(text, tuple(parser.notes))


def html_to_text(markup: str) -> str:
    """The visible text of ``markup`` (:func:`extract_text` without the notes)."""
    return extract_text(markup).text


def _preview(text: str) -> str:
    """A short, one-line, quoted start of a construct for a note."""
    head = text[:PREVIEW_CHARS]
    shown = "".join(ch if ch.isprintable() else " " for ch in head)
    return repr(shown + ("\N{HORIZONTAL ELLIPSIS}" if len(text) > PREVIEW_CHARS else ""))


def main_content_spans(markup: str, text: str) -> tuple[tuple[int, int], ...] | None:
    """Spans of ``text`` (the page's visible text) that are its main content, by
    jusText; None when that is not known (extractor unavailable, or what it kept is
    too little of the page to trust)."""
    from .justext_adapter import main_content

    paragraphs = main_content(markup, text)
    if not paragraphs:
        return None
    # the text with white space collapsed, and where each of its characters came from
    flat: list[str] = []
    where: list[int] = []
    space = False
    for i, c in enumerate(text):
        if c.isspace():
            space = bool(flat)
            continue
        if space:
            flat.append(" ")
            where.append(i)
            space = False
        flat.append(c)
        where.append(i)
    joined = "".join(flat)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for paragraph in paragraphs:
        needle = " ".join(paragraph.split())
        if not needle:
            continue
        at = joined.find(needle, cursor)
        if at < 0:
            at = joined.find(needle)
        if at < 0:
            continue
        spans.append((where[at], where[at + len(needle) - 1] + 1))
        cursor = at + len(needle)
    covered = sum(e - s for s, e in spans)
    visible = len(text) - sum(1 for c in text if c.isspace())
    if not spans or covered < MAIN_CONTENT_MIN_SHARE * max(1, visible):
        return None
    return tuple(sorted(spans))
