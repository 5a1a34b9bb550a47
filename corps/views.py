"""Booking pages: request a specialist, my bookings (and the coordinator's
queue, calendar and ratings), a booking with its history, the status actions
and the close-out (report and rating); the coordinator's availability
screen; the specialist's private calendar feed and the page that makes and
revokes its address.

Every booking is looked up among those the booking policy
(:mod:`corps.permissions`) lets the user view, by its random reference: a
booking the user may not see is a 404, whoever guesses its address.
Specialists and unavailable periods are looked up among those the user may
manage, so the same holds for them. What a page offers (the status actions,
the close-out forms) is what the policy allows; the services ask it again.
"""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from accounts.models import affiliation_of
from accounts.views import booking_refused
from corps import calendar, notifications, queries, services
from corps.forms import (
    BookingRatingForm,
    BookingReportForm,
    BookingRequestForm,
    ReasonForm,
    UnavailablePeriodForm,
)
from corps.models import (
    BookingRating,
    BookingReport,
    BookingRequest,
    CalendarFeed,
    SpecialistPage,
)
from corps.permissions import (
    booking_policy,
    cancel_needs_reason,
    is_specialist,
    specialist_policy,
    unavailable_period_policy,
)
from kb.core import ical as kb_ical
from kb.core.exceptions import ActionRefused
from kb.core.http import private_page
from kb.core.ical import ics_response
from kb.core.site import absolute_url


@private_page
@login_required
def request_booking(request, specialist_id: int):
    specialist = get_object_or_404(
        SpecialistPage.objects.live().public().select_related("home_offer"),
        pk=specialist_id,
    )
    if not booking_policy.user_has_permission(request.user, "request"):
        return booking_refused(request, specialist=specialist)
    if not specialist.bookable:
        raise Http404
    form = BookingRequestForm(request.POST or None, specialist=specialist)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            booking = services.request_booking(
                requested_by=request.user,
                specialist=specialist,
                start=data["start"],
                end=data["end"],
                offer=data["offer"],
                address=data["address"],
                target_group=data["target_group"],
                purpose=data["purpose"],
                case_description=data["case_description"],
            )
        except ActionRefused as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                gettext(
                    "Anmodningen er sendt. Korpskoordinatoren får besked og "
                    "svarer dig på e-mail."
                ),
            )
            return redirect("corps:booking_detail", reference=booking.reference)
    queue = queries.queue_summary(specialist)
    return render(
        request,
        "corps/booking_form.html",
        {
            "specialist": specialist,
            "form": form,
            "queue": queue,
            "typical_response": queries.describe_duration(queue.typical_response),
            "busy_periods": specialist.busy_periods(),
        },
    )


@private_page
@login_required
def my_bookings(request):
    user = request.user
    visible = visible_bookings_for_lists(user)
    affiliation = affiliation_of(user)
    context = {"affiliation": affiliation}
    if booking_policy.user_has_permission(user, "request"):
        organisation = (
            {"municipality": affiliation.municipality}
            if affiliation.municipality_id
            else {"region": affiliation.region}
        )
        context["organisation_bookings"] = visible.filter(**organisation).order_by(
            "-start"
        )
    if specialist_policy.user_has_permission(user, "coordinate"):
        coordinated = specialist_policy.instances_user_has_permission_for(
            user, "coordinate"
        )
        corps = visible.filter(specialist__in=coordinated)
        context["queue"] = corps.filter(status=BookingRequest.REQUESTED).order_by(
            "created_at"
        )
        upcoming = corps.filter(
            status=BookingRequest.ACCEPTED, end__gte=timezone.now()
        ).order_by("specialist__title", "start")
        context["calendar"] = [
            (specialist, list(bookings))
            for specialist, bookings in groupby(upcoming, key=lambda b: b.specialist)
        ]
        context["ratings"] = queries.rating_summary(coordinated)
        # The availability screen only helps those with specialists to manage.
        context["may_manage_availability"] = (
            specialist_policy.instances_user_has_permission_for(
                user, "manage_availability"
            ).exists()
        )
    if is_specialist(user):
        context["own_bookings"] = visible.filter(
            specialist=user.specialist_page, status__in=BookingRequest.BUSY_STATUSES
        ).order_by("start")
    return render(request, "corps/booking_list.html", context)


@private_page
@login_required
def booking_detail(request, reference):
    booking = _get_visible(request, reference)
    return _render_detail(request, booking)


@private_page
@login_required
@require_GET
def booking_ics(request, reference):
    """An accepted (or completed) booking as a calendar file, for those who
    may see the booking; private, never cached."""
    booking = _get_visible(request, reference)
    if booking.status not in BookingRequest.BUSY_STATUSES:
        raise Http404
    body = kb_ical.build_calendar(
        [calendar.booking_event(booking)],
        name=str(booking.specialist.title),
        prodid=calendar.PRODID,
    )
    return ics_response(body, f"booking-{booking.reference}.ics", private=True)


def _render_detail(request, booking, *, report_form=None, rating_form=None):
    """The booking page; a close-out form is offered to those who may fill
    it in, bound to their input when it was refused."""
    user = request.user
    report = BookingReport.objects.filter(booking=booking).first()
    rating = BookingRating.objects.filter(booking=booking).first()
    completed = booking.status == BookingRequest.COMPLETED
    if report_form is None and (
        completed
        and report is None
        and booking_policy.user_has_permission_for_instance(user, "report", booking)
    ):
        report_form = BookingReportForm()
    if rating_form is None and (
        completed
        and rating is None
        and booking_policy.user_has_permission_for_instance(user, "rate", booking)
    ):
        rating_form = BookingRatingForm()
    actions = booking_policy.offered_actions(user, booking)
    # "Accept" would only be refused while the specialist is taken; say why.
    accept_conflict = (
        services.acceptance_conflict(booking) if "accepter" in actions else ""
    )
    if accept_conflict:
        actions.remove("accepter")
    return render(
        request,
        "corps/booking_detail.html",
        {
            "booking": booking,
            "history": booking.history.select_related("by"),
            "actions": actions,
            "accept_conflict": accept_conflict,
            "cancel_needs_reason": cancel_needs_reason(user, booking),
            "coordinators": notifications.coordinators_of(booking),
            "booking_period_over": booking.end <= timezone.now(),
            "specialist_email": notifications.specialist_email(booking),
            "reason_form": ReasonForm(),
            "report": report,
            "rating": rating,
            "report_form": report_form,
            "rating_form": rating_form,
        },
    )


ACTIONS = {
    "accepter": (services.accept_booking, False, _("Bookingen er accepteret.")),
    "afvis": (services.decline_booking, True, _("Bookingen er afvist.")),
    "aflys": (services.cancel_booking, True, _("Bookingen er aflyst.")),
    "afslut": (services.complete_booking, True, _("Bookingen er afsluttet.")),
}


@private_page
@login_required
@require_POST
def booking_action(request, reference, action: str):
    if action not in ACTIONS:
        raise Http404
    booking = _get_visible(request, reference)
    service, takes_reason, done = ACTIONS[action]
    form = ReasonForm(request.POST)
    form.is_valid()
    arguments = {"booking": booking, "by": request.user}
    if takes_reason:
        arguments["reason"] = form.cleaned_data.get("reason", "")
    try:
        service(**arguments)
    except ActionRefused as error:
        messages.error(request, error.message)
    else:
        messages.success(request, str(done))
    return redirect("corps:booking_detail", reference=booking.reference)


def _closeout_form(request, reference, *, action, form_class, form_name, save, done):
    """Post a close-out form (report or rating) for a booking the user may
    ``action``; on errors the booking page shows the form again."""
    booking = _get_visible(request, reference)
    if not booking_policy.user_has_permission_for_instance(
        request.user, action, booking
    ):
        raise PermissionDenied
    form = form_class(request.POST)
    if form.is_valid():
        try:
            save(booking=booking, by=request.user, **form.cleaned_data)
        except ActionRefused as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, str(done))
            return redirect("corps:booking_detail", reference=booking.reference)
    return _render_detail(request, booking, **{form_name: form})


@private_page
@login_required
@require_POST
def write_report(request, reference):
    return _closeout_form(
        request,
        reference,
        action="report",
        form_class=BookingReportForm,
        form_name="report_form",
        save=services.write_report,
        done=_("Rapporten er gemt."),
    )


@private_page
@login_required
@require_POST
def rate_booking(request, reference):
    return _closeout_form(
        request,
        reference,
        action="rate",
        form_class=BookingRatingForm,
        form_name="rating_form",
        save=services.rate_booking,
        done=_("Tak for din bedømmelse."),
    )


def visible_bookings_for_lists(user):
    return booking_policy.instances_user_has_permission_for(
        user, "view"
    ).select_related("specialist", "municipality", "region", "target_group", "offer")


def _get_visible(request, reference) -> BookingRequest:
    return get_object_or_404(
        visible_bookings_for_lists(request.user).select_related("requested_by"),
        reference=reference,
    )


# --- Availability -------------------------------------------------------------


@private_page
@login_required
def availability(request):
    """The coordinator marks periods when their specialists cannot be booked,
    and removes them again."""
    if not specialist_policy.user_has_permission(request.user, "manage_availability"):
        raise PermissionDenied
    specialists = specialist_policy.instances_user_has_permission_for(
        request.user, "manage_availability"
    )
    form = UnavailablePeriodForm(request.POST or None, specialists=specialists)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            period = services.mark_unavailable(
                specialist=data["specialist"],
                start=data["start"],
                end=data["end"],
                reason=data["reason"],
                by=request.user,
            )
        except ActionRefused as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                gettext("%(specialist)s kan ikke bookes i perioden.")
                % {"specialist": period.specialist.title},
            )
            return redirect("corps:availability")
    periods = (
        unavailable_period_policy.instances_user_has_permission_for(
            request.user, "view"
        )
        .filter(end__gte=timezone.now())
        .select_related("specialist")
        .order_by("specialist__title", "start")
    )
    return render(
        request,
        "corps/availability.html",
        {
            "form": form,
            "specialists": specialists.order_by("title"),
            "periods": [
                (specialist, list(rows))
                for specialist, rows in groupby(periods, key=lambda p: p.specialist)
            ],
        },
    )


@private_page
@login_required
@require_POST
def remove_unavailable(request, pk: int):
    period = get_object_or_404(
        unavailable_period_policy.instances_user_has_permission_for(
            request.user, "remove"
        ),
        pk=pk,
    )
    try:
        services.remove_unavailable(period=period, by=request.user)
    except ActionRefused as error:
        messages.error(request, error.message)
    else:
        messages.success(request, gettext("Perioden er fjernet."))
    return redirect("corps:availability")


# --- Calendar feed --------------------------------------------------------------


def _session_key(specialist: SpecialistPage) -> str:
    return f"corps-feed-token-{specialist.pk}"


@private_page
@login_required
def calendar_settings(request, specialist_id: int):
    """Make, replace or revoke the specialist's secret feed address. The new
    address is shown once (only its hash is stored)."""
    specialist = get_object_or_404(
        specialist_policy.instances_user_has_permission_for(
            request.user, "manage_calendar_feed"
        ),
        pk=specialist_id,
    )
    if request.method == "POST":
        try:
            if request.POST.get("handling") == "tilbagekald":
                services.revoke_calendar_feed(specialist=specialist, by=request.user)
                request.session.pop(_session_key(specialist), None)
                messages.success(
                    request,
                    gettext("Kalenderadressen er tilbagekaldt og virker ikke mere."),
                )
            else:
                token = services.create_calendar_feed(
                    specialist=specialist, by=request.user
                )
                request.session[_session_key(specialist)] = token
                messages.success(
                    request, gettext("Der er lavet en ny kalenderadresse.")
                )
        except ActionRefused as error:
            messages.error(request, error.message)
        return redirect("corps:calendar_settings", specialist_id=specialist.pk)
    token = request.session.pop(_session_key(specialist), None)
    feed_url = (
        absolute_url(reverse("corps:calendar_feed", args=[token])) if token else ""
    )
    return render(
        request,
        "corps/calendar_settings.html",
        {
            "specialist": specialist,
            "feed": CalendarFeed.objects.filter(specialist=specialist)
            .select_related("created_by")
            .first(),
            "feed_url": feed_url,
        },
    )


@require_GET
def calendar_feed(request, token: str):
    """The specialist's accepted and completed bookings as iCalendar, for a
    calendar client holding the secret address; anything else is a 404."""
    specialist = calendar.specialist_for_token(token)
    if specialist is None:
        raise Http404
    body = calendar.build_feed(specialist, calendar.feed_bookings(specialist))
    return ics_response(body, "bookinger.ics", private=True)
