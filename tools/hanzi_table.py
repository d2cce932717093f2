"""Write opsplan's traditional-to-simplified table (data/hanzi.json) from OpenCC's dictionaries.

A development tool, not a dependency. OpenCC (Apache-2.0, https://github.com/BYVoid/OpenCC)
ships its dictionaries compiled; its `opencc_dict` tool (Debian: `apt-get install opencc`)
turns them back into text, and this script does that and keeps what matching needs:

- characters: every traditional form of TSCharacters, and the Taiwan and Hong Kong variants
  (TWVariantsRev, HKVariantsRev), to the first simplified form OpenCC gives. A character that
  simplified text itself uses (a key of STCharacters, or a simplified form) is left out, so
  simplified text never changes.
- phrases: where converting character by character gives another word than OpenCC's phrase
  dictionaries (TSPhrases, TWPhrasesRev, TWVariantsRevPhrases, HKVariantsRevPhrases), the phrase
  (伺服器 -> 服务器, 軟體 -> 软件), less Taiwan words that the mainland uses as they are
  (MAINLAND_TOO); and a few of our own (OURS: 帳號 -> 账号, where OpenCC gives 帐号).

    python tools/hanzi_table.py [--dicts /usr/share/opencc] > data/hanzi.json

The output names its source and licence; data/LICENSE-OpenCC.txt is the licence's text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

CHARS = ("TSCharacters", "TWVariantsRev", "HKVariantsRev")
PHRASES = ("TSPhrases", "TWPhrasesRev", "TWVariantsRevPhrases", "HKVariantsRevPhrases")
# Taiwan words that mainland text uses too: turning them into the mainland's other word
# (線上 -> 在线) would part them from the catalogue's simplified phrases (线上活动)
_WORDS = (
    "線上 消息 菜單 複製 截圖 搜尋 裝置 載入 啟用 互動 執行 程序 文件 文字 資料 資訊 通道 建立 "
    "核心 整合 序列 社羣 查詢 模擬 指標 預設 進階 高階 新增 向量 呼叫 類比 存取 簡報 元件 宣告 "
    "傳送 儲存 物件 取樣 連線 列舉 排程 批次"
)
MAINLAND_TOO = frozenset(_WORDS.split())
# mainland wording that OpenCC leaves to the character table (帳 -> 帐)
OURS = {"帳號": "账号", "帳戶": "账户", "帳單": "账单", "帳目": "账目", "對帳": "对账"}


def read(folder: Path, name: str) -> dict[str, str]:
    """One OpenCC dictionary as {source: first target}, via `opencc_dict`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.txt"
        subprocess.run(
            [
                "opencc_dict",
                "-i",
                str(folder / f"{name}.ocd2"),
                "-o",
                str(out),
                "-f",
                "ocd2",
                "-t",
                "text",
            ],
            check=True,
        )
        pairs = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, targets = line.partition("\t")
            if key and targets:
                pairs[key] = targets.split(" ")[0]
        return pairs


# characters of GB 2312 that simplified text uses rarely (a surname, an old form) and
# traditional text all the time: folded all the same
RARE_IN_SIMPLIFIED = frozenset("後於夥")


def simplified(char: str) -> bool:
    """Whether simplified text uses `char`: it is in GB 2312, the simplified character set
    (著 of 显著, 乾 of 乾坤 stay as they are), and not one of RARE_IN_SIMPLIFIED."""
    if char in RARE_IN_SIMPLIFIED:
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def build(folder: Path) -> dict[str, object]:
    """The table: characters as two strings of equal length, and phrases."""
    to_simple = read(folder, "TSCharacters")
    chars: dict[str, str] = {}
    for name in CHARS:
        for key, target in read(folder, name).items():
            if len(key) != 1 or len(target) != 1:
                continue
            target = to_simple.get(target, target)
            if key != target and not simplified(key):
                chars.setdefault(key, target)

    def by_char(text: str) -> str:
        return "".join(chars.get(c, c) for c in text)

    phrases: dict[str, str] = {}
    for name in PHRASES:
        for key, target in read(folder, name).items():
            if len(key) < 2 or key in MAINLAND_TOO:
                continue
            target = by_char(target)
            if by_char(key) != target:
                phrases.setdefault(key, target)
    phrases.update(OURS)
    keys = sorted(chars)
    return {
        "source": "OpenCC (https://github.com/BYVoid/OpenCC), by tools/hanzi_table.py",
        "licence": "Apache-2.0, see LICENSE-OpenCC.txt",
        "traditional": "".join(keys),
        "simplified": "".join(chars[k] for k in keys),
        "phrases": dict(sorted(phrases.items())),
    }


def main() -> None:
    """Print the table as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dicts", default="/usr/share/opencc", type=Path)
    args = parser.parse_args()
    print(json.dumps(build(args.dicts), ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
