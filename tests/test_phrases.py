"""Phrases as the matcher compares them (core/phrases.py): the English stem, a text's words,
phrases with gaps and where they are found, phrases tied to the start of a line, the clause
marks and the negative-context rule. The stems are cached once a process: these tests start
from an empty cache, so that each stem is worked out here."""

from __future__ import annotations

import pytest

from opsplan import api
from opsplan.core import phrases
from opsplan.core.phrases import (
    GapIndex,
    Gapped,
    clause_marks,
    outermost,
    phrase_key,
    stem,
    words_of,
)


@pytest.fixture(autouse=True)
def _fresh_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "_STEMS", {"news": "news"})


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["printer", "printers"], "printer"),
        (["retouch", "retouching"], "retouch"),
        (["ship", "shipping", "shipped", "ships"], "ship"),
        (["write", "writing", "writes"], "writ"),
        (["service", "services"], "servic"),
        (["rank", "ranking", "rankings"], "rank"),
        (["company", "companies"], "company"),
        (["fly", "flies"], "fly"),
        (["tie", "ties"], "tie"),
        (["fix", "fixes", "fixed", "fixing"], "fix"),
        (["box", "boxes"], "box"),
        (["class", "classes"], "class"),
        (["watch", "watches"], "watch"),
        (["wish", "wishes"], "wish"),
        (["buzz", "buzzes", "buzzing"], "buzz"),
        (["fill", "fills", "filling"], "fill"),
        (["miss", "missed"], "miss"),
        (["plan", "plans", "planned", "planning"], "plan"),
        (["run", "runs", "running"], "run"),
        (["add", "adds", "added", "adding"], "add"),  # a double letter of the word itself
        (["see", "sees", "seeing"], "see"),
        (["code", "codes", "coded", "coding"], "cod"),
        (["email", "emails", "emailed"], "email"),
        (["study", "studies"], "study"),
        (["news"], "news"),
        (["bus"], "bus"),
        (["ads"], "ads"),  # three letters stay
        (["ops"], "ops"),
        (["status"], "status"),
        (["analysis"], "analysis"),
        (["bring"], "bring"),
        (["used"], "used"),
        (["make"], "mak"),
    ],
)
def test_the_forms_of_an_english_word_stem_alike(words: list[str], expected: str) -> None:
    assert [stem(w) for w in words] == [expected] * len(words)
    assert [stem(w) for w in words] == [expected] * len(words)  # from the cache, the same


def test_a_texts_words_are_stemmed_with_their_places() -> None:
    text = "fixed 2 printers, then routers"
    words = words_of(text)
    assert words.stems == ["fix", "2", "printer", "then", "router"]
    assert words.joined == " fix 2 printer then router "
    assert [text[a:b] for a, b in words.spans] == ["fixed", "2", "printers", "then", "routers"]
    assert words_of("维护网站").stems == []


def test_a_phrase_tied_to_the_start_needs_more_than_the_mark() -> None:
    assert phrase_key("^") == ""  # no phrase: validate says it is empty
    assert phrase_key("^熟") == "^熟"
    assert phrase_key("^C") == "^c"
    assert phrase_key("^ Familiar with") == "^familiar with"


@pytest.mark.parametrize(
    ("duty", "role", "not_duty"),
    [
        ("熟悉SEO优化", None, "^熟悉"),
        ("1. 熟悉SEO优化", None, "^熟悉"),  # after a list item's number
        ("• 精通Photoshop", None, "^精通"),
        ("Familiar with SEO", None, "^familiar"),
        ("- Strong communication skills", None, "^strong"),
        ("负责网站SEO，熟悉百度算法", "seo", None),  # noqa: RUF001 (not at the start: a duty)
        ("需要熟悉SEO", "seo", None),
    ],
)
def test_a_phrase_tied_to_the_start_counts_only_there(
    duty: str, role: str | None, not_duty: str | None
) -> None:
    found = api.match([duty]).phrases[0]
    assert (found.role, found.not_duty) == (role, not_duty)


def test_the_first_phrase_of_no_duty_in_the_catalogues_order_is_the_one_named() -> None:
    # 遵守…制度 comes before 本科 in the catalogue's not_duties, wherever the line has them
    for duty in ("本科以上学历，遵守公司制度", "遵守公司制度，本科以上学历"):  # noqa: RUF001
        assert api.match([duty]).phrases[0].not_duty == "遵守…制度"


def _spans(parts: tuple[str, ...], text: str, gap: int) -> list[tuple[int, int]] | None:
    return Gapped(parts, False).spans(text, words_of(text), gap)


def test_where_a_phrase_with_gaps_is_found() -> None:
    text = "set up the new printers for sales, then teach them to use it"
    assert _spans(("set up", "printer"), text, 2) == [(0, 6), (15, 23)]  # words of the text
    assert _spans(("set up", "printer"), text, 1) is None  # 2 words apart
    assert _spans(("teach", "to use"), text, 1) == [(40, 45), (51, 57)]
    assert _spans(("lead", "team"), "lead team", 0) == [(0, 4), (5, 9)]  # next to each other
    assert _spans(("带领", "团队"), "带领销售团队", 2) == [(0, 2), (4, 6)]
    assert _spans(("带领", "团队"), "带领公司销售团队", 2) is None


def test_a_phrase_with_gaps_tries_each_place_of_its_first_part() -> None:
    # the first 带领 is too far from 团队, the second is near, the third is after it
    assert _spans(("带领", "团队"), "带领各部门同事，带领团队，带领", 4) == [(8, 10), (10, 12)]  # noqa: RUF001
    assert _spans(("哈哈", "团队"), "哈哈哈团队", 0) == [(1, 3), (3, 5)]  # overlapping places


def test_the_gap_index_finds_phrases_in_the_order_given() -> None:
    index = GapIndex([(Gapped(("团队",), False), "b"), (Gapped(("带领", "团队"), False), "a")])
    text = "带领团队"
    assert [item for _, item in index.find(text, words_of(text), 2)] == ["b", "a"]
    assert index.find("fix it", words_of("fix it"), 2) == []


def test_clause_marks_longer_first_and_english_ones_as_whole_words() -> None:
    marks = clause_marks(["并", "并且", "", " ", "And"])
    assert marks is not None
    assert marks.split("写文案并且做海报") == ["写文案", "做海报"]
    assert marks.split("brand design and copywriting") == ["brand design ", " copywriting"]
    assert clause_marks(["", " "]) is None


def test_a_hit_inside_a_longer_one_is_dropped() -> None:
    assert outermost([(0, 4, "long"), (1, 3, "inside")]) == [(0, 4, "long")]
    assert outermost([(0, 1, "a"), (2, 3, "b")]) == [(0, 1, "a"), (2, 3, "b")]
    assert outermost([(2, 5, "b"), (0, 3, "a"), (0, 1, "c")]) == [(0, 3, "a"), (2, 5, "b")]
