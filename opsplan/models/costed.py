"""The results of `--cost`: a recommendation or a team report with what it costs (a module of
its own, so that plan and compare, which use the amounts, do not import the team's models)."""

from opsplan.models.cost import CostSummary
from opsplan.models.recommend import Recommendation
from opsplan.models.team import TeamReport


class CostedRecommendation(Recommendation):
    """`opsplan recommend --cost`: the recommendation and what it costs."""

    cost: CostSummary


class CostedTeamReport(TeamReport):
    """`opsplan team --cost`: the team report and what the team costs."""

    cost: CostSummary
