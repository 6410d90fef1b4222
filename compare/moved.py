"""Reasons of moved pairs: what moved where, and what the move also changed.

Part of the classify stage (:mod:`compare.classify`): a moved block is never judged
by category (the diff decided it moved), only explained.
"""

from __future__ import annotations

from .classify import Verdict, classify, clip, quote
from .diffing import char_details, move_key, word_changes
from .model import Category

#: a reworded move is explained word by word only when it has at most this many
#: word-level differences
MIXED_MAX_SUBCHANGES = 16


def moved_reason(
    text: str, other_text: str, deleted: bool, down: bool
) -> tuple[str, tuple[str, ...]]:
    """Reason and evidence of one half of a moved pair.

    Evidence: ``same-text-elsewhere`` (the same text, typography aside) or ``reworded``
    (found by word overlap, some words differ); ``typography-differences`` when the
    two halves differ in quote/dash/spacing style only; ``moved-down`` / ``moved-up``;
    ``with-corruption`` (and the damage's own codes, e.g. ``mojibake``) when a word
    differs by damaged characters only: the reason names the damage, not a rewording.
    """
    words = len(text.split())
    what = f"paragraph ({words} words)" if words != 1 else "paragraph (1 word)"
    if deleted:
        where = "moved further down in the copy" if down else "moved further up in the copy"
    else:
        where = "moved here from further up" if down else "moved here from further down"
    reason = f"{what} {where}"
    evidence = ["moved-down" if down else "moved-up"]
    if move_key(text) != move_key(other_text):
        # found by word overlap: say what the move also changed
        old, new = (text, other_text) if deleted else (other_text, text)
        damage, edited, edit_evidence = _moved_differences(old, new)
        if edited:
            gone, added = _word_changes(*edited)
            reason += f", and reworded: {gone} → {added}"
            evidence.insert(0, "reworded")
            # what an editor looks for in an edit (a number, a name, a quotation)
            evidence.extend(e for e in edit_evidence if e in MOVED_EDIT_EVIDENCE)
        else:
            evidence.insert(0, "same-text-elsewhere")
        if damage:
            reason += f", with damaged characters: {damage[0].reason}"
            evidence.extend(dict.fromkeys(e for v in damage for e in v.evidence))
            evidence.append("with-corruption")
    else:
        evidence.insert(0, "same-text-elsewhere")
        if text.strip() != other_text.strip():
            reason += ", typography differs"
            evidence.append("typography-differences")
    return clip(reason), tuple(evidence)


#: edit evidence a reworded move carries over from the words that changed in it
MOVED_EDIT_EVIDENCE = ("number", "name", "inside-quote", "negation")


def _moved_differences(
    old: str, new: str
) -> tuple[list[Verdict], tuple[str, str] | None, tuple[str, ...]]:
    """What differs between the two halves of a reworded move.

    The damage (each word-level difference the classifier calls corruption), the
    words really changed (old and new text of the other differences, None if none),
    and the evidence codes of those edits. Mojibake inside a moved paragraph is then
    named as damage, not as "reworded".
    """
    old, new = old.strip(), new.strip()  # the halves' separators may differ
    subs = word_changes(old, new, 0, len(old), 0, len(new))
    if len(subs) > MIXED_MAX_SUBCHANGES:
        return [], (old, new), ()
    damage: list[Verdict] = []
    gone: list[str] = []
    added: list[str] = []
    edit_evidence: dict[str, None] = {}
    for a0, a1, b0, b1 in subs:
        verdict = classify(old, new, a0, a1, b0, b1, char_details(old, new, a0, a1, b0, b1))
        if verdict.category is Category.CORRUPTION:
            damage.append(verdict)
        elif verdict.category is not Category.TYPOGRAPHY and (old[a0:a1] + new[b0:b1]).strip():
            gone.append(old[a0:a1])
            added.append(new[b0:b1])
            edit_evidence.update(dict.fromkeys(verdict.evidence))
    edited = (" ".join(gone), " ".join(added)) if gone or added else None
    return damage, edited, tuple(edit_evidence)


def _word_changes(old: str, new: str) -> tuple[str, str]:
    """The words only one side has, in order, quoted (for a reworded move)."""
    a, b = old.split(), new.split()
    sa, sb = set(b), set(a)
    gone = " ".join(w for w in a if w not in sa) or "…"
    added = " ".join(w for w in b if w not in sb) or "…"
    return quote(gone, 30), quote(added, 30)
