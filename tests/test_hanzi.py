"""Traditional Chinese folded to simplified (core/hanzi.py), the table read afresh as on a run's
first traditional text: every phrase of the table reads as its mainland word, a longer phrase
before a shorter one it starts with, and a traditional duty matches as its mainland wording."""

from __future__ import annotations

import json

import pytest
from helpers import DATA, run

from opsplan import api
from opsplan.core import hanzi
from opsplan.core.hanzi import fold

TABLE = json.loads((DATA / "hanzi.json").read_text("utf-8"))


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """hanzi's tables empty, as before a run's first text beyond ASCII (another test of the
    process has most likely read them)."""
    for name in ("_DATA", "_TABLE", "_PHRASES", "_TARGETS"):
        monkeypatch.setattr(hanzi, name, {})
    monkeypatch.setattr(hanzi, "_TRADITIONAL", set())


@pytest.mark.usefixtures("fresh")
def test_every_phrase_of_the_table_reads_as_its_mainland_word() -> None:
    phrases: dict[str, str] = TABLE["phrases"]
    assert len(phrases) > 500
    # beside a traditional character: phrases are looked for only in traditional text
    folded = {phrase: fold(f"{phrase}、網") for phrase in phrases}
    wrong = {p: f for p, f in folded.items() if f != f"{phrases[p].casefold()}、网"}
    assert wrong == {}


@pytest.mark.usefixtures("fresh")
def test_a_phrase_goes_before_a_shorter_one_it_starts_with() -> None:
    # 位元 -> 比特, 位元組 -> 字节, 位元率 -> 比特率: one first character, two of one length
    assert fold("位元組與位元率的位元") == "字节与比特率的比特"
    assert fold("資料庫與資料夾、資料") == "数据库与文件夹、资料"
    assert fold("帳戶、帳單與帳號") == "账户、账单与账号"


@pytest.mark.usefixtures("fresh")
def test_a_phrase_with_latin_letters_is_found_in_folded_text() -> None:
    assert fold("防止SQL隱碼攻擊") == "防止sql注入"
    assert fold("隨身碟") == "u盘"  # the word case folded, as the rest of the text
    assert fold(fold("隨身碟、PN接面")) == fold("隨身碟、PN接面") == "u盘、pn结"


@pytest.mark.usefixtures("fresh")
def test_only_the_tables_characters_change() -> None:
    assert fold("网站帐号") == "网站帐号"  # simplified text: the table not even built
    assert hanzi._TABLE == {}
    assert fold("帳號\x00\x01abc") == "账号\x00\x01abc"


@pytest.mark.usefixtures("fresh")
def test_a_traditional_duty_matches_as_its_mainland_wording() -> None:
    # 資料庫 is 数据库 (the programmer's), not 资料库 character by character
    duties = ["資料庫備份與效能調校", "数据库备份与性能调优"]
    found = api.match(duties).phrases
    assert [d.role for d in found] == ["website-programmer"] * 2
    assert found[0].candidates[0].words == found[1].candidates[0].words == ["数据库", "备份"]
    result = run(["match", duties[0]])
    assert result.exit_code == 0
    assert "数据库" in result.stdout
