"""Booking pages: request a specialist, my bookings (and the coordinator's
queue and calendar), a booking with its history and the status actions.

Every booking is looked up through :func:`corps.access.visible_bookings`, by
its random reference: a booking the user may not see is a 404, whoever
guesses its address.
"""

from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from corps import access, queries, services
from corps.forms import BookingRequestForm, ReasonForm
from corps.models import BookingRequest, SpecialistPage
from corps.services import BookingError


@login_required
def request_booking(request, specialist_id: int):
    specialist = get_object_or_404(
        SpecialistPage.objects.live().public().select_related("home_offer"),
        pk=specialist_id,
    )
    if not access.is_booker(request.user):
        raise PermissionDenied
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
        except BookingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                "Anmodningen er sendt. Korpskoordinatoren får besked og svarer "
                "dig på e-mail.",
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
            "busy_periods": queries.busy_periods(specialist),
        },
    )


@login_required
def my_bookings(request):
    user = request.user
    visible = visible_bookings_for_lists(user)
    membership = access.membership_of(user)
    context = {"membership": membership}
    if access.is_booker(user):
        organisation = (
            {"municipality": membership.municipality}
            if membership.municipality_id
            else {"region": membership.region}
        )
        context["organisation_bookings"] = visible.filter(**organisation).order_by(
            "-start"
        )
    if access.is_coordinator(user):
        corps = visible.filter(specialist__in=access.coordinated_specialists(user))
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
    if hasattr(user, "specialist_page"):
        context["own_bookings"] = visible.filter(
            specialist=user.specialist_page, status__in=BookingRequest.BUSY_STATUSES
        ).order_by("start")
    return render(request, "corps/booking_list.html", context)


@login_required
def booking_detail(request, reference):
    booking = _get_visible(request, reference)
    return render(
        request,
        "corps/booking_detail.html",
        {
            "booking": booking,
            "history": booking.history.select_related("by"),
            "actions": allowed_actions(request.user, booking),
            "reason_form": ReasonForm(),
        },
    )


ACTIONS = {
    "accepter": (services.accept_booking, False, "Bookingen er accepteret."),
    "afvis": (services.decline_booking, True, "Bookingen er afvist."),
    "aflys": (services.cancel_booking, True, "Bookingen er aflyst."),
    "afslut": (services.complete_booking, False, "Bookingen er afsluttet."),
}


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
    except BookingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)
    return redirect("corps:booking_detail", reference=booking.reference)


def allowed_actions(user, booking: BookingRequest) -> list[str]:
    """The actions to offer ``user`` on ``booking`` (the services decide)."""
    coordinates = access.coordinates(user, booking.specialist)
    actions = []
    if booking.status == BookingRequest.REQUESTED and coordinates:
        actions += ["accepter", "afvis"]
    if booking.status in BookingRequest.OPEN_STATUSES and (
        coordinates
        or (booking.requested_by_id == user.pk and not booking.has_started())
    ):
        actions.append("aflys")
    if (
        booking.status == BookingRequest.ACCEPTED
        and booking.has_started()
        and (coordinates or access.is_the_specialist(user, booking.specialist))
    ):
        actions.append("afslut")
    return actions


def visible_bookings_for_lists(user):
    return access.visible_bookings(user).select_related(
        "specialist", "municipality", "region", "target_group", "offer"
    )


def _get_visible(request, reference) -> BookingRequest:
    return get_object_or_404(
        visible_bookings_for_lists(request.user).select_related("requested_by"),
        reference=reference,
    )
