"""The one date range (kb.core.dates) in the model, the database and the
arithmetic that reads stored dates."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from corps.models import UnavailablePeriod
from kb.core import dates
from methods.models import MethodPage
from networks.models import NetworkMeeting, NetworkPage

UTC = dt.UTC


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (dt.date(2000, 1, 1), True),
        (dt.date(2100, 12, 31), True),
        (dt.date(1999, 12, 31), False),
        (dt.date(2101, 1, 1), False),
        (dt.date.min, False),
        (dt.date.max, False),
        (dt.datetime(2000, 1, 1, tzinfo=dates.FIRST_MOMENT.tzinfo), True),
        (dt.datetime(1999, 12, 31, 23, 30, tzinfo=UTC), True),  # 00:30 Danish
        (dt.datetime(1999, 12, 31, 22, 30, tzinfo=UTC), False),
        (dates.LAST_MOMENT, True),  # a whole-day period ends at this midnight
        (dates.LAST_MOMENT + dt.timedelta(minutes=1), False),
        (dt.datetime(1, 1, 1, tzinfo=UTC), False),
        (dt.datetime(9999, 12, 31, 23, 59, tzinfo=UTC), False),
        (dt.datetime(1, 1, 1, tzinfo=dates.FIRST_MOMENT.tzinfo), False),
    ],
)
def test_the_range(value, ok):
    assert dates.is_in_range(value) is ok
    if not ok:
        with pytest.raises(ValidationError, match="Datoen skal ligge mellem"):
            dates.validate_in_range(value)


def test_adding_days_never_overflows():
    assert dates.add_days(dt.date(2024, 2, 28), 1) == dt.date(2024, 2, 29)
    assert dates.add_days(dt.date.max, 1) == dt.date.max
    assert dates.add_days(dt.date.min, -1) == dt.date.min
    assert dates.clamp(dt.date(1, 1, 1)) == dates.EARLIEST


def test_the_model_refuses_a_date_out_of_range(db):
    method = MethodPage.objects.live().first()
    method.next_review = dt.date(1, 1, 1)
    with pytest.raises(ValidationError) as error:
        method.full_clean()
    assert (
        "Datoen skal ligge mellem 1.1.2000 og 31.12.2100."
        in error.value.message_dict["next_review"]
    )


@pytest.mark.parametrize(
    "moment", [dt.datetime(1, 1, 2, tzinfo=UTC), dt.datetime(9999, 12, 30, tzinfo=UTC)]
)
def test_the_database_refuses_what_bypasses_the_forms(db, moment):
    from corps.models import SpecialistPage

    specialist = SpecialistPage.objects.live().first()
    network = NetworkPage.objects.live().first()
    with pytest.raises(IntegrityError), transaction.atomic():
        UnavailablePeriod.objects.create(
            specialist=specialist, start=moment, end=moment + dt.timedelta(hours=1)
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        NetworkMeeting.objects.create(network=network, title="Møde", start=moment)
    with pytest.raises(IntegrityError), transaction.atomic():
        MethodPage.objects.filter(pk=MethodPage.objects.first().pk).update(
            last_reviewed=moment.date()
        )
