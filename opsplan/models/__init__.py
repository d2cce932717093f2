"""The pydantic models: the data files (`data`), the results (`results`, `overload`, `team`)
and the problems found in files (`problems`).

Importing this package imports none of them: each name loads its module on first use, so a
command builds only the model classes it needs (each costs start-up time).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opsplan.models.data import (
        SIZES as SIZES,
    )
    from opsplan.models.data import (
        Catalogue as Catalogue,
    )
    from opsplan.models.data import (
        Company as Company,
    )
    from opsplan.models.data import (
        DataModel as DataModel,
    )
    from opsplan.models.data import (
        Driver as Driver,
    )
    from opsplan.models.data import (
        Duty as Duty,
    )
    from opsplan.models.data import (
        Keywords as Keywords,
    )
    from opsplan.models.data import (
        Matching as Matching,
    )
    from opsplan.models.data import (
        Norm as Norm,
    )
    from opsplan.models.data import (
        NormRole as NormRole,
    )
    from opsplan.models.data import (
        NormSet as NormSet,
    )
    from opsplan.models.data import (
        Person as Person,
    )
    from opsplan.models.data import (
        Profile as Profile,
    )
    from opsplan.models.data import (
        ProfileDuty as ProfileDuty,
    )
    from opsplan.models.data import (
        Role as Role,
    )
    from opsplan.models.data import (
        Size as Size,
    )
    from opsplan.models.data import (
        SizeValues as SizeValues,
    )
    from opsplan.models.data import (
        Source as Source,
    )
    from opsplan.models.data import (
        Team as Team,
    )
    from opsplan.models.matching import (
        MatchReport as MatchReport,
    )
    from opsplan.models.matching import (
        PhraseMatch as PhraseMatch,
    )
    from opsplan.models.matching import (
        RoleScore as RoleScore,
    )
    from opsplan.models.overload import (
        ContextSwitching as ContextSwitching,
    )
    from opsplan.models.overload import (
        HandoffStep as HandoffStep,
    )
    from opsplan.models.overload import (
        OverloadReport as OverloadReport,
    )
    from opsplan.models.overload import (
        OverloadRole as OverloadRole,
    )
    from opsplan.models.overload import (
        TaskMatch as TaskMatch,
    )
    from opsplan.models.overload import (
        UnmatchedTask as UnmatchedTask,
    )
    from opsplan.models.problems import (
        FileCheck as FileCheck,
    )
    from opsplan.models.problems import (
        Finding as Finding,
    )
    from opsplan.models.problems import (
        Problem as Problem,
    )
    from opsplan.models.problems import (
        ValidationReport as ValidationReport,
    )
    from opsplan.models.results import (
        DriverInfo as DriverInfo,
    )
    from opsplan.models.results import (
        DriverList as DriverList,
    )
    from opsplan.models.results import (
        FileKindInfo as FileKindInfo,
    )
    from opsplan.models.results import (
        FileKindList as FileKindList,
    )
    from opsplan.models.results import (
        Note as Note,
    )
    from opsplan.models.results import (
        Range as Range,
    )
    from opsplan.models.results import (
        Recommendation as Recommendation,
    )
    from opsplan.models.results import (
        RecommendTotal as RecommendTotal,
    )
    from opsplan.models.results import (
        Result as Result,
    )
    from opsplan.models.results import (
        RoleInfo as RoleInfo,
    )
    from opsplan.models.results import (
        RoleList as RoleList,
    )
    from opsplan.models.results import (
        RoleRecommendation as RoleRecommendation,
    )
    from opsplan.models.results import (
        SourceRef as SourceRef,
    )
    from opsplan.models.team import (
        HireStep as HireStep,
    )
    from opsplan.models.team import (
        PersonRole as PersonRole,
    )
    from opsplan.models.team import (
        SinglePoint as SinglePoint,
    )
    from opsplan.models.team import (
        TeamPerson as TeamPerson,
    )
    from opsplan.models.team import (
        TeamReport as TeamReport,
    )
    from opsplan.models.team import (
        TeamRole as TeamRole,
    )

_HOME = {
    "Catalogue": "data",
    "Company": "data",
    "DataModel": "data",
    "Driver": "data",
    "Duty": "data",
    "Keywords": "data",
    "Matching": "data",
    "Norm": "data",
    "NormRole": "data",
    "NormSet": "data",
    "Person": "data",
    "Profile": "data",
    "ProfileDuty": "data",
    "Role": "data",
    "SIZES": "data",
    "Size": "data",
    "SizeValues": "data",
    "Source": "data",
    "Team": "data",
    "FileCheck": "problems",
    "FileKindInfo": "results",
    "FileKindList": "results",
    "Finding": "problems",
    "Problem": "problems",
    "ValidationReport": "problems",
    "DriverInfo": "results",
    "DriverList": "results",
    "Note": "results",
    "Range": "results",
    "RecommendTotal": "results",
    "Recommendation": "results",
    "Result": "results",
    "RoleInfo": "results",
    "RoleList": "results",
    "RoleRecommendation": "results",
    "SourceRef": "results",
    "MatchReport": "matching",
    "PhraseMatch": "matching",
    "RoleScore": "matching",
    "ContextSwitching": "overload",
    "HandoffStep": "overload",
    "OverloadReport": "overload",
    "OverloadRole": "overload",
    "TaskMatch": "overload",
    "UnmatchedTask": "overload",
    "HireStep": "team",
    "PersonRole": "team",
    "SinglePoint": "team",
    "TeamPerson": "team",
    "TeamReport": "team",
    "TeamRole": "team",
}
__all__ = sorted(_HOME)


def __getattr__(name: str) -> object:
    """A model (or SIZES, Size) from the module that defines it, imported on first use."""
    if name in _HOME:
        return getattr(importlib.import_module(f"opsplan.models.{_HOME[name]}"), name)
    raise AttributeError(f"module 'opsplan.models' has no attribute {name!r}")
