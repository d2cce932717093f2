"""The pay file (`data/pay.yaml`): the currency, the employer's on-costs, and per role a
monthly pay band with its source, for `--cost`, `plan` and `compare`.

No `from __future__ import annotations` here (see `opsplan.models.data`).
"""

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from opsplan.i18n import Msg
from opsplan.models.data import Currency, DataModel, Money, RoleId, Source, Text

# cited: the role's own job title; proxy: a neighbouring title's figure; estimate: derived or
# from a weak source (`basis` says from what); none: no figure (never counted as zero).
BandKind = Literal["cited", "proxy", "estimate", "none"]
ON_COST_MAX = 2.0  # 200% of pay


class PayBand(DataModel):
    """A role's monthly pay before on-costs: `low` (10th percentile), `typical` (median) and
    `high` (90th percentile), with its `source` (an id of the file's `sources:`), the `job`
    title (and city) the figure is for, and `kind`: how far to trust it. A band of kind `none`
    has no figures and says why in `basis`; an `estimate` says in `basis` what it comes from.
    Whether a band is complete and in order is checked by validate, not by the schema."""

    kind: BandKind = "cited"
    low: Money | None = None
    typical: Money | None = None
    high: Money | None = None
    source: RoleId | None = None
    job: Text | None = None
    job_zh: Text | None = None
    basis: Text | None = None
    basis_zh: Text | None = None

    def figures(self) -> tuple[float, float, float] | None:
        """(low, typical, high), or None for a band without all three."""
        if self.kind == "none" or self.low is None or self.typical is None or self.high is None:
            return None
        return self.low, self.typical, self.high


def _on_cost_schema(schema: dict[str, Any]) -> None:
    schema.update(minimum=0, maximum=ON_COST_MAX)


class PayTable(DataModel):
    """The pay file: `currency` (ISO 4217), `on_cost` (the employer's costs on top of pay, as a
    fraction: 0.35 is 35%; 0 to 2) with its source and basis, the `sources:` the bands cite,
    and `pay:`, a band per role id. `indicative: true` marks figures that stand in for the
    user's own (the built-in file's), and `note` says how far they go."""

    schema_version: Literal[1] = 1
    indicative: bool = False
    note: Text | None = None
    note_zh: Text | None = None
    currency: Currency
    on_cost: Annotated[float, Field(json_schema_extra=_on_cost_schema)]
    on_cost_source: RoleId | None = None
    on_cost_basis: Text | None = None
    on_cost_basis_zh: Text | None = None
    sources: Annotated[list[Source], Field(max_length=1000)] = Field(default_factory=list)
    pay: Annotated[dict[RoleId, PayBand], Field(max_length=10_000)]

    @field_validator("on_cost")
    @classmethod
    def _on_cost_range(cls, value: float) -> float:
        if not 0 <= value <= ON_COST_MAX:
            raise ValueError(Msg("on_cost_range", got=f"{value:g}", pct=f"{value * 100:g}"))
        return value
