"""Make the measurement copies: public-domain originals + damage and chrome found in
the wild (see README.md for where each pattern was seen). Run once; the copies are
committed so the measurement never changes under us. ``python make_copies.py``."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

HERE = Path(__file__).parent


def rewrap(text: str, width: int = 72) -> str:
    """A hard re-wrap of every paragraph (mailing-list archives, plain-text mirrors)."""
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def straight(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 (aus-city.com's mail archive of NASA advisories)."""
    return text.replace("\u2019", "\u00e2\u20ac\u2122")


def subs(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def write(name: str, copy: str) -> None:
    (HERE / name / "copy.txt").write_text(copy, encoding="utf-8")


def main() -> None:
    o = {p.parent.name: p.read_text(encoding="utf-8") for p in HERE.glob("*/original.txt")}
    # a feed reader's page (FreshRSS): its chrome, straight apostrophes, hard re-wrap
    write(
        "state-egypt",
        "Normal view\n\nThere are new articles available, click to refresh the page.\n"
        "Before yesterdayPress Releases \u2013 United States Department of State\n\n"
        + rewrap(straight(o["state-egypt"])),
    )
    # a spun copy (machine re-translation, as globalschronicles.xyz did to NASA):
    # word swaps all over, U.S. → US, and a share row
    write(
        "dod-austin",
        subs(
            o["dod-austin"],
            [
                ("U.S.", "US"),
                ("difficult few days", "hard few days"),
                ("entire Department", "whole Department"),
                ("outrage and sorrow", "anger and grief"),
                ("mourn the loss", "grieve the loss"),
                ("thoughts and prayers", "ideas and prayers"),
                ("loved ones", "enjoyed ones"),
                ("teammates were killed", "colleagues were eliminated"),
                ("gather the facts", "collect the truths"),
                ("deadly attack", "lethal attack"),
                ("fallen soldiers", "dropped soldiers"),
                ("vital mission", "crucial objective"),
                ("lasting defeat", "enduring loss"),
                ("fellow Americans", "other Americans"),
                ("global terrorism", "worldwide terrorism"),
                ("I'll -- I'll", "I'll-- I'll"),
            ],
        ).replace("the death of three", "the death of 3")
        + "\nShare this:\nTwitter\nFacebook\n",
    )
    # mojibake throughout (aus-city.com's archive), NBSP garbled after the code
    write("nasa-crew6", mojibake(o["nasa-crew6"]).replace("M23-105\n", "M23-105\u00c2\u00a0\n"))
    # en-GB copy-edit, indentation added (a forum repost), double spaces after stops
    copy = subs(
        o["state-paraguay"],
        [("cooperation", "co-operation"), ("long-standing", "longstanding")],
    )
    copy = "\n".join("    " + line if line.strip() else line for line in copy.split("\n"))
    write("state-paraguay", re.sub(r"\. (?=[A-Z])", ".  ", copy))
    # Title-Case headline, straight quotes, a photo credit dropped
    write(
        "nasa-crew3",
        straight(o["nasa-crew3"])
        .replace("NASA, SpaceX update crew launch and return dates", "NASA, SpaceX Update Crew Launch And Return Dates")
        .replace(" Photo credit: NASA/Ben Smegelsky", "")
        .replace("early-to-mid November", "early-to-mid-November"),
    )
    # a re-keyed transcript: contractions spelled out, apostrophes lost, a quotation
    # opened curly and closed straight, the spelling copy-edited for en-GB
    write(
        "state-briefing",
        subs(
            o["state-briefing"],
            [
                ("we\u2019ve been", "we have been"),
                ("doesn\u2019t allow", "does not allow"),
                ("You didn\u2019t \u2013", "You did not \u2013"),
                ("that\u2019s not", "thats not"),
                ("I\u2019ve gotten", "Ive gotten"),
                ("\u201cfriends,\u201d", "\u201cfriends,\""),
                ("gray hair", "grey hair"),
                ("traveled", "travelled"),
                ("could not be more important", "could not be more vital"),
            ],
        ),
    )


if __name__ == "__main__":
    main()
