"""Every test runs in English unless it asks for Chinese: the user's locale must not leak in.

Under mutation testing (tools/mutate.py sets OPSPLAN_MUTATION=1) hypothesis loads the profile
"mutation": a property runs once per mutant there, so its examples are the same on every run
(derandomized, no example database) and a failure is not shrunk (a killed mutant needs no
minimal example); `helpers.examples` lowers the explicit example counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MUTATION
from hypothesis import Phase, settings

settings.register_profile(
    "mutation",
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    deadline=None,
    print_blob=False,
)
if MUTATION:
    settings.load_profile("mutation")


@pytest.fixture(autouse=MUTATION)
def _fresh_matches(request: pytest.FixtureRequest) -> None:
    """Under mutation, forget the matches that a test module's matcher (`MATCHER`, made once
    when the module is imported) keeps: in mutmut's forked processes they were made by the
    unmutated matcher in the first run, and would hide every mutant of core/matcher.py."""
    from opsplan.core.matcher import TaskMatcher

    matcher = getattr(request.module, "MATCHER", None)
    if isinstance(matcher, TaskMatcher):
        matcher._cache.clear()
        matcher._folded.clear()


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPSPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


# 12 people: two promoters at 44 h carrying the promotion, SEO 0.6 and SEM 0.4 of one person,
# half a copywriter, a technician at 44 h, and 3.5 FTE in roles outside the medium marketing
# norm (security, data, IT assets, desktop support)
TRIAL_ROSTER = """姓名,岗位,占比,周工时
张伟,网络推广专员,1,44
王芳,网络推广专员,1,44
李娜,SEO 专员,0.6,
李娜,SEM 竞价专员,0.4,
刘洋,美工,1,
陈静,文案,0.5,
陈静,网站编辑,0.5,
杨帆,网络管理员,1,44
赵磊,新媒体运营,1,
黄敏,跟单员,1,
周杰,网络安全专员,1,
吴昊,数据分析师,1,
徐丽,网站编辑,0.5,
徐丽,IT 资产管理员,0.5,
孙强,技术支持与培训,1,
"""


@pytest.fixture
def trial_roster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The roster as `roster.csv` in the working directory (outputs name it so)."""
    (tmp_path / "roster.csv").write_text(TRIAL_ROSTER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "roster.csv"
