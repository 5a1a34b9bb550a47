import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests import factories


def make_user(username, **fields):
    return get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.dk",
        password="hemmelig-kode-123",
        **fields,
    )


@pytest.fixture
def small_event(db):
    """An upcoming theme day with two seats and a deadline in a week."""
    start = timezone.now() + dt.timedelta(days=30)
    return factories.theme_day(
        title="Temadag om overgange fra barn til voksen",
        start=start,
        end=start + dt.timedelta(hours=6),
        audience="Sagsbehandlere og ledere",
        intro="En dag om overgangen fra børne- til voksenområdet.",
        capacity=2,
        registration_deadline=start - dt.timedelta(days=7),
    )


@pytest.fixture
def people(db):
    return [make_user(name) for name in ("anne", "bent", "carla", "dorte")]
