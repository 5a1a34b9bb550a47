"""Fuzzing with hypothesis: settings and the summary of cases per endpoint.

Examples of one test share its database transaction (rolled back at the
end), so what one example stores is there for the next one's pages: a value
that was stored and breaks a later page fails the run.

``KB_FUZZ_EXAMPLES`` scales the number of examples (default 1: the numbers
in the tests; 10 for a long run).
"""

import os

from django.conf import settings as django_settings
from hypothesis import HealthCheck, settings

from tests.corps.conftest import (  # noqa: F401  (fixtures)
    booker,
    coordinator,
    make_booking,
    make_user,
    municipality,
    specialist,
    target_group,
)
from tests.fuzz.strategies import OUTCOMES, TALLY

settings.register_profile(
    "kb-fuzz",
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
settings.load_profile("kb-fuzz")

SCALE = int(os.environ.get("KB_FUZZ_EXAMPLES", "1"))


def examples(n: int) -> settings:
    return settings(max_examples=n * SCALE)


def pytest_terminal_summary(terminalreporter):
    if not TALLY:
        return
    database = django_settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    lines = [f"Fuzz cases per endpoint (database: {database})"]
    total = errors = 0
    for endpoint in sorted(TALLY):
        statuses = TALLY[endpoint]
        cases = sum(statuses.values())
        total += cases
        errors += sum(n for status, n in statuses.items() if status >= 500)
        detail = ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items()))
        if OUTCOMES.get(endpoint):
            detail += "; " + ", ".join(
                f"{outcome}: {n}" for outcome, n in OUTCOMES[endpoint].items()
            )
        lines.append(f"{cases:6d}  {endpoint}  ({detail})")
    lines.append(f"{total:6d}  cases in all; HTTP 5xx: {errors}")
    terminalreporter.write_sep("-", "fuzz summary")
    for line in lines:
        terminalreporter.write_line(line)
    path = django_settings.VAR_DIR / f"fuzz-summary-{database}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    terminalreporter.write_line(f"(written to {path})")
