"""Total counts for list pages, computed only where counting is cheap.

COUNT(*) visits every matching row, so on a large table a broad filter (a whole city, a common
word) costs far more than the page itself. The first page therefore counts at most
API_COUNT_LIMIT rows: when the planner expects more (EXPLAIN, nothing is run) it does not count
at all, and otherwise it counts with a LIMIT one past the bound, so that a wrong estimate (joins
can be far off) costs at most that many rows. A count over the bound is reported as null;
`?count=true` always counts exactly.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.db.models import QuerySet


def estimated_rows(queryset: QuerySet) -> int:
    """The planner's estimate of how many rows `queryset` matches (the query is not run)."""
    plan = json.loads(queryset.order_by().values("pk").explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def count_up_to(queryset: QuerySet, limit: int) -> int | None:
    """COUNT(*) of `queryset` if it is at most `limit`, else None; visits at most limit+1 rows."""
    total = queryset.order_by()[: limit + 1].count()
    return total if total <= limit else None


def cheap_count(queryset: QuerySet) -> int | None:
    """The exact count when at most API_COUNT_LIMIT rows match, else None."""
    limit = settings.API_COUNT_LIMIT
    if estimated_rows(queryset) > limit:
        return None
    return count_up_to(queryset, limit)
