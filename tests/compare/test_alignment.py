"""The paragraph aligner on its own: links 1-1, 1-0, 0-1, 2-1 and 1-2 (compare.alignment)."""

from __future__ import annotations

from compare.alignment import align, paragraphs
from compare.facts import find_facts

EN = [
    "The fleet has 28 planes and 4 helicopters in 10 countries this summer.",
    "Commissioner Janez Lenarčič said the aircraft would be ready by 1 June 2024. "
    "The cost will be €600 million, he told the press conference in Brussels.",
    "Firefighters from 12 countries will be stationed in France, Greece and Spain.",
    "The Commission will report on the season in October.",
]
FR = [
    "La flotte compte 28 avions et 4 hélicoptères dans 10 pays cet été.",
    "Le commissaire Janez Lenarčič a déclaré que les appareils seraient prêts le 1er juin 2024. "
    "Le coût sera de 600 millions d'euros, a-t-il déclaré lors de la conférence de presse à Bruxelles.",
    "Des pompiers de 12 pays seront stationnés en France, en Grèce et en Espagne.",
    "La Commission fera rapport sur la saison en octobre.",
]


def _links(a_paragraphs: list[str], b_paragraphs: list[str], b_lang: str = "fr"):
    a, b = "\n\n".join(a_paragraphs), "\n\n".join(b_paragraphs)
    pa = paragraphs(a, find_facts(a, "en"))
    pb = paragraphs(b, find_facts(b, b_lang))
    return [((k.a0, k.a1), (k.b0, k.b1)) for k in align(pa, pb)]


def test_a_faithful_translation_links_one_to_one() -> None:
    assert _links(EN, FR) == [((i, i + 1), (i, i + 1)) for i in range(4)]


def test_a_paragraph_missing_in_the_copy_is_a_gap_not_a_merge() -> None:
    links = _links(EN, FR[:1] + FR[2:])
    assert ((1, 2), (1, 1)) in links
    assert ((2, 3), (1, 2)) in links


def test_a_paragraph_only_the_copy_has_is_a_gap_on_the_original_side() -> None:
    extra = "Plus de détails figurent dans le communiqué de presse publié aujourd'hui à Bruxelles."
    links = _links(EN, [*FR[:2], extra, *FR[2:]])
    assert ((2, 2), (2, 3)) in links
    assert ((2, 3), (3, 4)) in links


def test_a_paragraph_split_in_two_is_one_link_of_one_to_two() -> None:
    # split at the sentence boundary, as translators and editors split paragraphs
    split = ["Le commissaire Janez Lenarčič a déclaré que les appareils seraient prêts le 1er juin 2024.",
             "Le coût sera de 600 millions d'euros, a-t-il déclaré lors de la conférence de presse à Bruxelles."]
    links = _links(EN, FR[:1] + split + FR[2:])
    assert ((1, 2), (1, 3)) in links
    assert ((2, 3), (3, 4)) in links


def test_two_paragraphs_merged_in_the_copy_are_one_link_of_two_to_one() -> None:
    merged = FR[1] + " " + FR[2]
    links = _links(EN, [FR[0], merged, FR[3]])
    assert ((1, 3), (1, 2)) in links
