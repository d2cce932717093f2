"""The data-file models: role catalogue, norms, and the one-person profile.

Strict (a quoted "6" is not a number, "yes" is not a boolean), frozen, and no unknown keys, so a
typo in a hand-written file is reported instead of ignored. Every number has a documented range
(README, "Data files"), so what validates can be computed. Text fields with a `_zh` twin hold the
Chinese wording; where a user's file leaves it out, Chinese output falls back to the English.

No `from __future__ import annotations` here: pydantic would have to evaluate every
annotation string at import, which doubles this module's share of start-up.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Size = Literal["small", "medium", "large"]
SIZES: tuple[Size, ...] = ("small", "medium", "large")
# Chinese input: the sizes as the sources write them.
SIZE_WORDS: dict[str, Size] = {"小型": "small", "中型": "medium", "大型": "large"}
SIZE_WORDS |= {"小": "small", "中": "medium", "大": "large"}
SIZE_WORDS |= {f"{w}{kind}": s for w, s in list(SIZE_WORDS.items()) for kind in ("企业", "公司")}
# `marketing:` as people write it (YAML 1.2 reads yes and no as text): 是/否, yes/no
YES_NO = {"是": True, "否": False, "yes": True, "no": False}
Family = Literal[
    "promotion",
    "content",
    "design",
    "tech",
    "operations",
    "management",
    "commerce",
    "analytics",
    "support",
]
RoleId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
DriverName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
WeekHours = Annotated[float, Field(ge=0, le=168)]
# A driver's value: employees, platforms, orders a day... a million is beyond any department.
DriverValue = Annotated[float, Field(ge=0, le=1_000_000)]
Capacity = Annotated[float, Field(ge=1, le=168)]
# A month's pay of one person, in the currency of the file; ten million is beyond any salary.
Money = Annotated[float, Field(gt=0, le=10_000_000)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]  # ISO 4217: CNY, USD


class DataModel(BaseModel):
    """Base of the data-file models: strict types, no unknown keys, immutable."""

    # defer_build: a model's validator is built when first used, not at import, so a command
    # pays only for the models it uses.
    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True
    )


class Source(DataModel):
    """A source document or benchmark: cited by its title (and date where known), never by a
    file name. A benchmark names its publisher and year (an undated page: the year it was
    `accessed`), and whether opsplan read its figures at first hand or `second_hand` (`via`
    says where)."""

    id: RoleId
    title: Text
    title_zh: Text | None = None
    language: Literal["en", "zh"]
    date: Text | None = None
    publisher: Text | None = None
    publisher_zh: Text | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    accessed: Annotated[int, Field(ge=1900, le=2100)] | None = (
        None  # the year an undated page was read
    )
    second_hand: bool = False
    via: Text | None = None
    via_zh: Text | None = None
    url: Text | None = None
    contributes: Text
    contributes_zh: Text | None = None


BasisKind = Literal["cited", "derived", "assumption"]
BENCHMARKED: tuple[BasisKind, ...] = ("cited", "derived")


class Basis(DataModel):
    """Where an effort or a driver's default comes from: a `cited` benchmark (its `sources`
    and the `figure` used), a figure `derived` from benchmarks (and the `derivation`), or an
    `assumption` with its `reason`. Whether one is complete is checked by validate (an
    error in the built-in data, a warning in a user's), not by the schema."""

    kind: BasisKind
    sources: Annotated[list[RoleId], Field(max_length=20)] = []
    figure: Text | None = None
    figure_zh: Text | None = None
    derivation: Text | None = None
    derivation_zh: Text | None = None
    reason: Text | None = None
    reason_zh: Text | None = None


DriverNames = Annotated[list[DriverName], Field(min_length=1, max_length=5)]


class Duty(DataModel):
    """One duty of a role: `hours` per week for each unit of its driver (or flat, if none).

    Several drivers multiply (`[employees, tickets]`: hours per employee per ticket a month);
    a monthly driver counts 12/52 of its value a week. `basis` says where `hours` comes from;
    `named_by` are words that name this duty in a profile, so that a task naming it is estimated
    as this duty's share of the role's work.
    """

    name: Text
    name_zh: Text | None = None
    hours: WeekHours
    driver: DriverName | DriverNames | None = None
    source: Text | None = None
    basis: Basis | None = None
    named_by: Annotated[list[Text], Field(max_length=100)] = []

    def drivers(self) -> tuple[str, ...]:
        """The drivers this duty's hours multiply by (none for a flat duty)."""
        if self.driver is None:
            return ()
        return (self.driver,) if isinstance(self.driver, str) else tuple(self.driver)


Phrases = Annotated[list[Text], Field(max_length=500)]
Weight = Annotated[float, Field(ge=0, le=100)]


class Keywords(DataModel):
    """Phrases that tie free-text duties to a role, in English and Chinese (either script).

    `strong` ones name the role's own field (SEO, 竞价, 公众号) and outweigh the plain `en` and
    `zh` ones; `weak` ones are generic (`google`, `order`, 百度) and count for less; `negative`
    ones look like the role's but are not (系统设计 is not the designer's 设计): they claim
    their words for no role. `platform` ones name where the work happens (淘宝, TikTok, CMS):
    they decide a duty that names no task, but give way to another role's task phrase (店铺装修
    on 淘宝 is the designer's). A phrase may hold a gap, `带领…团队` (`...` too): its parts in
    that order, at most the catalogue's `gap` apart. `leads` (on a manager's role) names the
    families or role ids it manages: a duty with a management verb (`lead_verbs`) about their
    work is the manager's. `acts` are the role's verbs of working on things (安装, 教…用,
    install): a platform named beside one is what it works on (安装微信 is IT support's, not
    new media's). `general` ones are work every team has that is this role's unless the duty
    names another role's work (带新人, 例会, 面试 for the department manager; `客服团队考核` is
    the customer-service lead's): they weigh and give way as platform ones do. Weights are the
    catalogue's `matching:` settings (`acts` weigh `normal`, `general` as `platform`).
    """

    strong: Phrases = []
    en: Phrases = []
    zh: Phrases = []
    weak: Phrases = []
    platform: Phrases = []
    acts: Phrases = []
    general: Phrases = []
    negative: Phrases = []
    leads: Annotated[list[RoleId], Field(max_length=200)] = []

    def terms(self, lang: str = "en") -> list[str]:
        """The phrases that count for the role, strongest first, `lang`'s before the other's."""
        plain = [*self.zh, *self.en] if lang == "zh" else [*self.en, *self.zh]
        return [*self.strong, *plain, *self.acts, *self.general, *self.platform, *self.weak]


class Matching(DataModel):
    """How free-text duties are matched to roles: the catalogue's `matching:` block.

    A duty's score for a role is the sum of the weights of the role's phrases found in it
    (each once; `platform` phrases count `beside_task` times their weight where another role's
    task phrase reaches the threshold), plus `description` times what it shares with the role's
    own description (names, summary, duties), distinctive words counting more than common ones.
    A management verb (`lead_verbs`) gives the manager who `leads` the best role that role's
    score plus `lead`. The best role is taken when it scores at least `threshold` and `margin`
    times the second, and is found by two phrases or by one of at least `alone` (a strong
    one); otherwise the duty stays unmatched and the best one or two are offered. `ignore`
    phrases (boilerplate such as 完成领导交办的其他任务) belong to no role, and a duty with a
    `not_duties` phrase (a requirement or a trait: 具备…能力, 性格, 者优先) is no duty at all.
    A duty no role wins is cut at its `clauses` marks (、, 和, and): where each part names a
    role surely and they name two or more, the duty is theirs, its hours shared.
    """

    strong: Weight = 2.0
    normal: Weight = 1.0
    weak: Weight = 0.4
    platform: Weight = 2.0
    beside_task: Annotated[float, Field(ge=0, le=1)] = 0.25
    description: Weight = 0.3
    threshold: Annotated[float, Field(gt=0, le=1000)] = 1.0
    alone: Weight = 0.0
    margin: Annotated[float, Field(ge=1, le=100)] = 1.3
    lead: Weight = 2.0
    gap: Annotated[int, Field(ge=1, le=100)] = 10
    lead_verbs: Phrases = []
    not_duties: Phrases = []
    ignore: Phrases = []
    clauses: Phrases = []


class Role(DataModel):
    """A role of the catalogue, with its duties and their weekly effort.

    `aliases` are its former or other names (网站程序员 for 网站开发工程师): accepted wherever the
    role is named, and counted as its words when matching duties, but never shown.
    """

    id: RoleId
    name: Text
    name_zh: Text
    aliases: Annotated[list[Text], Field(max_length=50)] = []
    family: Family
    summary: Text
    summary_zh: Text | None = None
    duties: Annotated[list[Duty], Field(max_length=200)] = []
    keywords: Keywords = Keywords()
    source: list[Text] = Field(min_length=1, max_length=50)


class Catalogue(DataModel):
    """The role catalogue (`roles.yaml`)."""

    schema_version: Literal[1] = 1
    sources: Annotated[list[Source], Field(max_length=1000)] = []
    roles: list[Role] = Field(min_length=1, max_length=10_000)
    matching: Matching = Matching()

    def by_id(self) -> dict[str, Role]:
        """The roles keyed by id (the first one wins if an id repeats)."""
        out: dict[str, Role] = {}
        for role in self.roles:
            out.setdefault(role.id, role)
        return out


class SizeValues(DataModel):
    """One number per company size."""

    small: DriverValue
    medium: DriverValue
    large: DriverValue

    def at(self, size: Size) -> float:
        """The value for `size`."""
        return float(getattr(self, size))


class Driver(DataModel):
    """A workload driver (employees, platforms, ...) with its default per company size.

    `name_zh` is its short Chinese name (平台数), accepted wherever the name is; `period` is
    `month` for a value per month (tickets per employee a month); `basis` says where the
    defaults come from; `counted` lists the things it counts, each by the names it goes by,
    so that a task listing them sets the value (公众号、抖音、小红书 is 3 platforms).
    """

    name_zh: Annotated[str, Field(min_length=1, max_length=20)] | None = None
    description: Text
    description_zh: Text | None = None
    unit: Text
    unit_zh: Text | None = None
    period: Literal["week", "month"] = "week"
    default: SizeValues
    basis: Basis | None = None
    counted: Annotated[
        list[Annotated[list[Text], Field(min_length=1, max_length=20)]], Field(max_length=200)
    ] = []


class NormRole(DataModel):
    """One role's headcount range in a norm; `covers` names roles the same people also do."""

    role: RoleId
    min: Annotated[int, Field(ge=0, le=10_000)]
    max: Annotated[int, Field(ge=0, le=10_000)]
    label: Text | None = None
    label_zh: Text | None = None
    covers: list[RoleId] = []
    optional: bool = False
    note: Text | None = None
    note_zh: Text | None = None


class Norm(DataModel):
    """The staffing norm of one company size and focus."""

    size: Size
    marketing: bool
    roles: list[NormRole] = Field(min_length=1, max_length=1000)
    notes: Annotated[list[Text], Field(max_length=50)] = []
    notes_zh: Annotated[list[Text], Field(max_length=50)] = []
    source: Text
    section: Text | None = None


class NormSet(DataModel):
    """The norms file (`norms.yaml`): capacity, drivers and the six norm tables."""

    schema_version: Literal[1] = 1
    catalogue: Text | None = None
    sources: list[Source] = []
    capacity_hours: Capacity
    utilization: Annotated[float, Field(ge=0.1, le=1)]
    drivers: Annotated[dict[DriverName, Driver], Field(max_length=1000)]
    norms: list[Norm] = Field(min_length=1, max_length=1000)

    def norm(self, size: Size, marketing: bool) -> Norm | None:
        """The norm for this size and focus, if the file has one."""
        for norm in self.norms:
            if norm.size == size and norm.marketing == marketing:
                return norm
        return None

    def source(self, source_id: str) -> Source | None:
        """The source of this id, if the file lists it."""
        return next((s for s in self.sources if s.id == source_id), None)
