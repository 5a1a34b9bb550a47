"""A health endpoint for load balancers and monitoring (``/sundhed/``).

It says whether the database answers (without it the site is down: 503),
whether Elasticsearch answers (without it search falls back to the database:
degraded, not down, so still 200) and how many background tasks wait. It
names no host, version or setting, and is never cached.
"""

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from kb.core.tasks import pending_count
from search.backends import status as search_status

logger = logging.getLogger(__name__)


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return False


@never_cache
@require_GET
def health(request):
    if not database_ok():
        return JsonResponse(
            {
                "database": "unavailable",
                "elasticsearch": search_status(),
                "tasks": None,
            },
            status=503,
        )
    return JsonResponse(
        {"database": "ok", "elasticsearch": search_status(), "tasks": pending_count()}
    )
