"""Calendar feeds, the news feed and the activity report."""

from collections import Counter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

from accounts.models import affiliation_of
from kb.core import exports
from kb.core.exceptions import ActionRefused, TooManyRequests
from kb.core.http import client_address, private_page
from kb.core.ical import ics_response
from kb.taxonomy.models import FocusArea, TargetGroup
from networks import services
from networks.calendar import build_calendar
from networks.forms import (
    ActivityReportForm,
    EventRegistrationForm,
    GuestChangeForm,
    GuestRegistrationForm,
    MembershipRequestForm,
    ParticipantMessageForm,
)
from networks.models import (
    EventRegistration,
    NetworkMembership,
    NetworkPage,
    ThemeDayPage,
)
from networks.permissions import (
    document_policy,
    event_policy,
    membership_policy,
    registration_policy,
)
from networks.reports import activity_report


def _upcoming():
    return ThemeDayPage.upcoming().prefetch_related("target_groups")


def _base_url(request) -> str:
    return request.build_absolute_uri("/")[:-1]


def _ics_response(request, events, *, name: str, filename: str) -> HttpResponse:
    """A public feed: anyone may fetch, cache and index it."""
    body = build_calendar(events, name=name, base_url=_base_url(request))
    return ics_response(body, filename, private=False)


def ical_all(request):
    return _ics_response(
        request,
        _upcoming(),
        name=_("Vidensbanken – alle arrangementer"),
        filename="vidensbanken",
    )


def ical_network(request, slug):
    network = get_object_or_404(NetworkPage.objects.live().public(), slug=slug)
    events = _upcoming().descendant_of(network)
    return _ics_response(
        request, events, name=f"Vidensbanken – {network.title}", filename=slug
    )


def ical_target_group(request, slug):
    group = get_object_or_404(TargetGroup, slug=slug)
    events = _upcoming().filter(target_groups=group).distinct()
    return _ics_response(
        request, events, name=f"Vidensbanken – {group.name}", filename=slug
    )


def ical_focus_area(request, slug):
    area = get_object_or_404(FocusArea, slug=slug)
    events = _upcoming().filter(focus_areas=area).distinct()
    return _ics_response(
        request, events, name=f"Vidensbanken – {area.name}", filename=slug
    )


@require_GET
def ical_member(request, token):
    """A member's private feed: the network's public events and its
    member-only meetings. The token is the only key (only its hash is
    stored); leaving the network or a new token closes it. Never cached,
    never indexed."""
    membership = services.membership_for_calendar_token(token)
    if membership is None:
        raise Http404
    network = membership.network.specific
    events = list(_upcoming().descendant_of(network))
    meetings = network.meetings.filter(start__gte=timezone.now())
    body = build_calendar(
        events,
        name=f"Vidensbanken – {network.title} ({_('medlem')})",
        base_url=_base_url(request),
        meetings=meetings,
    )
    return ics_response(body, f"{network.slug}-medlem", private=True)


def _calendar_session_key(membership: NetworkMembership) -> str:
    return f"networks-calendar-token-{membership.pk}"


@private_page
@login_required
def member_calendar(request, pk):
    """Where a member gets the address of their private calendar. Only the
    token's hash is stored, so the address can be shown only right after it
    is issued (once); otherwise the page offers to issue a new one."""
    membership = get_object_or_404(
        membership_policy.instances_user_has_permission_for(
            request.user, "issue_calendar_token"
        ).select_related("network"),
        pk=pk,
    )
    token = request.session.pop(_calendar_session_key(membership), None)
    feed_url = (
        _base_url(request) + reverse("networks:ical_member", args=[token])
        if token
        else ""
    )
    return render(
        request,
        "networks/member_calendar.html",
        {
            "membership": membership,
            "network": membership.network,
            "feed_url": feed_url,
            "has_address": membership.calendar_token_hash is not None,
        },
    )


@private_page
@login_required
@require_POST
def new_member_calendar_token(request, pk):
    """Issue a new calendar address (the old one stops working) and show it
    once on the calendar page."""
    membership = get_object_or_404(NetworkMembership, pk=pk, user=request.user)
    try:
        token = services.issue_calendar_token(membership=membership, user=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect(membership.network.url)
    request.session[_calendar_session_key(membership)] = token
    messages.success(
        request,
        _(
            "Du har fået en ny kalenderadresse. Kopiér den nu: den vises kun "
            "denne ene gang. En tidligere adresse virker ikke længere."
        ),
    )
    return redirect("networks:member_calendar", pk=membership.pk)


def ical_event(request, pk):
    event = ThemeDayPage.objects.live().public().filter(pk=pk).first()
    if event is None:
        raise Http404(_("Arrangementet findes ikke."))
    return _ics_response(request, [event], name=event.title, filename=event.slug)


REPORT_COLUMNS = [
    gettext_lazy("Dato"),
    gettext_lazy("Arrangement"),
    gettext_lazy("Type"),
    gettext_lazy("Målgruppe for arrangementet"),
    gettext_lazy("Afholdt af"),
    gettext_lazy("Fokusområder"),
    gettext_lazy("Rammeaftale"),
    gettext_lazy("Deltagere"),
    gettext_lazy("Tilmeldte"),
    gettext_lazy("Mødt op"),
]


@private_page
@login_required
def activity_report_view(request):
    if not event_policy.user_has_permission(request.user, "view_activity_report"):
        raise PermissionDenied
    form = ActivityReportForm.from_params(request.GET)
    report = None
    if form.is_valid():
        report = activity_report(
            form.cleaned_data["fra"],
            form.cleaned_data["til"],
            agreement=form.cleaned_data["rammeaftale"],
            focus_area=form.cleaned_data["fokusomraade"],
            request=request,
        )
        export_format = exports.requested_format(request)
        if export_format:
            return exports.spreadsheet_response(
                _report_table(report),
                filename=f"aktiviteter-{report.start}-{report.end}",
                format=export_format,
            )
    return render(
        request, "networks/activity_report.html", {"form": form, "report": report}
    )


def _report_table(report) -> exports.Table:
    return exports.Table(
        columns=[str(c) for c in REPORT_COLUMNS],
        rows=(
            [
                timezone.localtime(row.event.start).date(),
                row.event.title,
                row.event.get_kind_display(),
                row.event.audience,
                row.event.organiser,
                ", ".join(row.focus_areas),
                row.event.framework_agreement.title
                if row.event.framework_agreement
                else "",
                row.participants,
                row.registered,
                row.attended if row.attendance_marked else _("Ikke registreret"),
            ]
            for row in report.rows
        ),
        title=_("Aktiviteter"),
    )


# --- registration ------------------------------------------------------------


def _public_page_or_404(model, pk, *, missing: str):
    """A live, public page of ``model``; anything else is a Danish 404."""
    page = model.objects.live().public().filter(pk=pk).first()
    if page is None:
        raise Http404(missing)
    return page


def _event_or_404(pk) -> ThemeDayPage:
    return _public_page_or_404(
        ThemeDayPage, pk, missing=_("Arrangementet findes ikke.")
    )


@private_page
@login_required
def register(request, pk):
    event = _event_or_404(pk)
    closed = event.registration_closed_reason()
    existing = event.registrations.filter(
        user=request.user, status__in=EventRegistration.ACTIVE
    ).first()
    if request.method == "POST" and not closed and not existing:
        form = EventRegistrationForm(request.POST)
        if form.is_valid():
            try:
                registration = services.register_for_event(
                    event=event, user=request.user, **form.cleaned_data
                )
            except ActionRefused as refused:
                form.add_error(None, refused.message)
            else:
                if registration.status == EventRegistration.Status.CONFIRMED:
                    messages.success(
                        request,
                        _(
                            "Du er tilmeldt. Vi har sendt en bekræftelse med en kalenderfil."
                        ),
                    )
                else:
                    messages.info(
                        request, _("Arrangementet er fuldt. Du er sat på venteliste.")
                    )
                return redirect("networks:my_events")
    else:
        affiliation = affiliation_of(request.user)
        form = EventRegistrationForm(
            initial={
                "name": request.user.get_full_name(),
                "email": request.user.email,
                # What the site knows of the user's organisation.
                "organisation": str(affiliation.organisation) if affiliation else "",
                "municipality": affiliation.municipality if affiliation else None,
            }
        )
    return render(
        request,
        "networks/register.html",
        {"event": event, "form": form, "closed": closed, "existing": existing},
    )


@private_page
@login_required
def my_events(request):
    registrations = (
        EventRegistration.objects.filter(user=request.user)
        .exclude(status=EventRegistration.Status.CANCELLED)
        .select_related("event")
        .order_by("event__start")
    )
    now = timezone.now()
    return render(
        request,
        "networks/my_events.html",
        {
            "upcoming": [r for r in registrations if r.event.end >= now],
            "past": [r for r in registrations if r.event.end < now],
        },
    )


@private_page
@login_required
def cancel_registration(request, pk):
    """A confirmation page (GET) before the cancellation (POST), so a slip
    of the finger cannot give away a seat."""
    # Only a registration the user may cancel: another id is simply not found.
    registration = get_object_or_404(
        registration_policy.instances_user_has_permission_for(
            request.user, "cancel"
        ).select_related("event"),
        pk=pk,
        status__in=EventRegistration.ACTIVE,
    )
    if request.method != "POST":
        return render(
            request,
            "networks/cancel_registration.html",
            {
                "registration": registration,
                "event": registration.event,
                "closed": registration.cancellation_closed_reason(),
            },
        )
    try:
        services.cancel_registration(registration=registration, by_user=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _(
                "Du er afmeldt. Vi har sendt en kvittering, der fjerner arrangementet fra din kalender."
            ),
        )
    return redirect("networks:my_events")


# --- guests (no account) -----------------------------------------------------


@private_page
def guest_register(request, pk):
    """Registration without an account. The form sits on the event's page
    too; here it is shown again with the errors and everything typed (with
    HTTP 429 when the guests' rate limit refused it)."""
    event = _event_or_404(pk)
    if request.user.is_authenticated:
        return redirect("networks:register", pk=event.pk)
    closed = event.registration_closed_reason()
    form = GuestRegistrationForm(request.POST if request.method == "POST" else None)
    too_many = False
    if form.is_bound and not closed and form.is_valid():
        try:
            services.request_guest_registration(
                event=event,
                client_address=client_address(request),
                **form.cleaned_data,
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
            too_many = isinstance(refused, TooManyRequests)
        else:
            return redirect("networks:guest_check_mail", pk=event.pk)
    return render(
        request,
        "networks/guest_register.html",
        {"event": event, "form": form, "closed": closed},
        status=429 if too_many else 400 if form.errors else 200,
    )


def guest_check_mail(request, pk):
    """After a guest's registration: the next step is in their inbox."""
    return render(
        request, "networks/guest_check_mail.html", {"event": _event_or_404(pk)}
    )


def _guest_page(request, template: str, context: dict, *, status: int = 200):
    """A page reached by a guest's personal link: never indexed (the link is
    the key to the registration). Every view that answers with it is a
    ``private_page``, which keeps it out of caches."""
    response = render(request, template, context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _guest_registration_or_page(request, token):
    """The registration the link opens, or the page that says why the link
    does not work (a 404 for a wrong link, a 410 for an expired one)."""
    registration = services.guest_registration_for_token(token)
    if registration is None:
        return None, _guest_page(
            request, "networks/guest_link_invalid.html", {}, status=404
        )
    if registration.confirmation_expired():
        return None, _guest_page(
            request,
            "networks/guest_link_invalid.html",
            {"expired": True, "event": registration.event},
            status=410,
        )
    return registration, None


@private_page
def guest_registration(request, token):
    """The guest's personal page: status, confirm, change, cancel."""
    registration, refusal = _guest_registration_or_page(request, token)
    if refusal:
        return refusal
    form = GuestChangeForm.for_registration(
        registration, request.POST if request.method == "POST" else None
    )
    if form.is_bound and form.is_valid():
        try:
            services.change_guest_registration(
                registration=registration, **form.cleaned_data
            )
        except ActionRefused as refused:
            # The state changed (confirmed, cancelled, begun): the page says why.
            messages.error(request, refused.message)
        else:
            messages.success(request, _("Dine oplysninger er gemt."))
        return redirect(registration.guest_url())
    return _guest_page(
        request,
        "networks/guest_registration.html",
        {
            "registration": registration,
            "event": registration.event,
            "form": form,
            "change_closed": registration.change_closed_reason(),
            "cancel_closed": registration.cancellation_closed_reason(),
        },
        status=400 if form.errors else 200,
    )


@private_page
@require_POST
def confirm_guest_registration(request, token):
    registration, refusal = _guest_registration_or_page(request, token)
    if refusal:
        return refusal
    try:
        registration = services.confirm_guest_registration(registration=registration)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        if registration.status == EventRegistration.Status.CONFIRMED:
            messages.success(
                request,
                _(
                    "Tak, din e-mailadresse er bekræftet, og du er tilmeldt. Vi har "
                    "sendt en bekræftelse med en kalenderfil."
                ),
            )
        elif registration.status == EventRegistration.Status.WAITING:
            messages.info(
                request,
                _(
                    "Tak, din e-mailadresse er bekræftet. Arrangementet er fuldt, "
                    "så du er sat på venteliste."
                ),
            )
    return redirect(registration.guest_url())


@private_page
def cancel_guest_registration(request, token):
    """As :func:`cancel_registration`, from the guest's personal link."""
    registration, refusal = _guest_registration_or_page(request, token)
    if refusal:
        return refusal
    if request.method != "POST":
        return _guest_page(
            request,
            "networks/cancel_registration.html",
            {
                "registration": registration,
                "event": registration.event,
                "closed": registration.cancellation_closed_reason(),
                "back_url": registration.guest_url(),
                "back_title": _("Din tilmelding"),
            },
        )
    try:
        services.cancel_guest_registration(registration=registration)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _(
                "Du er afmeldt. Vi har sendt en kvittering, der fjerner arrangementet fra din kalender."
            ),
        )
    return redirect(registration.guest_url())


def _organised_event_or_404(request, pk, action: str) -> ThemeDayPage:
    """An event ``request.user`` may ``action``; any other id is not found."""
    return get_object_or_404(
        event_policy.instances_user_has_permission_for(request.user, action),
        pk=pk,
    )


@private_page
@login_required
def participants(request, pk):
    event = _organised_event_or_404(request, pk, "view_participants")
    export_format = exports.requested_format(request)
    if export_format:
        if not event_policy.user_has_permission_for_instance(
            request.user, "export_participants", event
        ):
            raise Http404(_("Arrangementet findes ikke."))
        confirmed, waiting = _participant_lists(event)
        return exports.spreadsheet_response(
            _participants_table(confirmed + waiting),
            filename=f"deltagere-{event.slug}",
            format=export_format,
        )
    return _participants_page(request, event)


def _participant_lists(event):
    registrations = event.registrations.exclude(
        status=EventRegistration.Status.CANCELLED
    ).select_related("municipality")
    confirmed = [
        r for r in registrations if r.status == EventRegistration.Status.CONFIRMED
    ]
    waiting = [r for r in registrations if r.status == EventRegistration.Status.WAITING]
    return confirmed, waiting


def _participants_page(request, event, *, message_form=None, status=200):
    """The participant list with the organiser's tools, each shown only to
    those the policy lets use it."""
    confirmed, waiting = _participant_lists(event)
    user = request.user
    per_municipality = Counter(
        r.municipality.name if r.municipality else _("Ingen kommune") for r in confirmed
    )
    can_email = event_policy.user_has_permission_for_instance(
        user, "email_participants", event
    )
    can_record = event_policy.user_has_permission_for_instance(
        user, "record_attendance", event
    )
    return render(
        request,
        "networks/participants.html",
        {
            "event": event,
            "confirmed": confirmed,
            "waiting": waiting,
            "per_municipality": sorted(
                per_municipality.items(), key=lambda item: (-item[1], item[0])
            ),
            "can_export": event_policy.user_has_permission_for_instance(
                user, "export_participants", event
            ),
            # A cancelled event gives no seats (the service refuses).
            "can_give_seat": bool(waiting)
            and not event.is_cancelled
            and registration_policy.instances_user_has_permission_for(user, "give_seat")
            .filter(event=event)
            .exists(),
            "message_form": (message_form or ParticipantMessageForm())
            if can_email
            else None,
            "can_record_attendance": can_record,
            "attendance_closed": services.attendance_closed_reason(event),
            "attendance_marked": any(r.attended is not None for r in confirmed),
            "attended_count": sum(1 for r in confirmed if r.attended),
        },
        status=status,
    )


@private_page
@login_required
@require_POST
def email_participants(request, pk):
    """The organiser's e-mail to the participants; a form with an error is
    shown again on the participant list with everything typed kept."""
    event = _organised_event_or_404(request, pk, "email_participants")
    form = ParticipantMessageForm(request.POST)
    if form.is_valid():
        try:
            sent = services.email_participants(
                event=event,
                by_user=request.user,
                subject=form.cleaned_data["subject"],
                message=form.cleaned_data["message"],
                include_waiting=form.include_waiting,
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(
                request,
                ngettext(
                    "Din besked er sendt til %(count)s deltager.",
                    "Din besked er sendt til %(count)s deltagere.",
                    sent,
                )
                % {"count": sent},
            )
            return redirect("networks:participants", pk=event.pk)
    return _participants_page(request, event, message_form=form, status=400)


@private_page
@login_required
@require_POST
def record_attendance(request, pk):
    event = _organised_event_or_404(request, pk, "record_attendance")
    try:
        attended, confirmed = services.record_attendance(
            event=event,
            by_user=request.user,
            attended_ids=[
                value for value in request.POST.getlist("attended") if value.isdigit()
            ],
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("Fremmødet er gemt: %(attended)s af %(confirmed)s tilmeldte mødte op.")
            % {"attended": attended, "confirmed": confirmed},
        )
    return redirect("networks:participants", pk=event.pk)


@private_page
@login_required
@require_POST
def give_seat(request, pk):
    """The organiser moves one person from the waiting list to a seat."""
    registration = get_object_or_404(
        registration_policy.instances_user_has_permission_for(
            request.user, "give_seat"
        ).select_related("event"),
        pk=pk,
    )
    event = registration.event
    try:
        services.give_seat_by_hand(registration=registration, by_user=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("%(name)s har fået en plads og får besked på e-mail.")
            % {"name": registration.name},
        )
    return redirect("networks:participants", pk=event.pk)


def _participants_table(registrations) -> exports.Table:
    return exports.Table(
        columns=[
            _("Navn"),
            _("Organisation"),
            _("Kommune"),
            _("E-mail"),
            _("Behov"),
            _("Status"),
            _("Tilmeldt"),
        ],
        rows=(
            [
                r.name,
                r.organisation,
                r.municipality.name if r.municipality else "",
                r.email,
                r.needs,
                r.get_status_display(),
                r.created_at,
            ]
            for r in registrations
        ),
        title=_("Deltagere"),
    )


# --- network membership ------------------------------------------------------


def _network_or_404(pk) -> NetworkPage:
    return _public_page_or_404(NetworkPage, pk, missing=_("Netværket findes ikke."))


@private_page
@login_required
@require_POST
def join_network(request, pk):
    network = _network_or_404(pk)
    form = MembershipRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Angiv din organisation for at melde dig ind."))
        return redirect(network.url)
    try:
        membership = services.join_network(
            network=network,
            user=request.user,
            organisation=form.cleaned_data["organisation"],
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        if membership.status == NetworkMembership.Status.MEMBER:
            messages.success(request, _("Du er nu medlem."))
        else:
            messages.info(
                request, _("Din anmodning er sendt til netværkets koordinator.")
            )
    return redirect(network.url)


@private_page
@login_required
@require_POST
def leave_network(request, pk):
    network = _network_or_404(pk)
    services.leave_network(network=network, user=request.user)
    messages.success(request, _("Du er meldt ud af netværket."))
    return redirect(network.url)


@private_page
def meeting_document(request, pk):
    """Member-only files: anyone else gets 404, as if it did not exist."""
    document = get_object_or_404(
        document_policy.instances_user_has_permission_for(request.user, "view"),
        pk=pk,
    )
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.file.name.rsplit("/", 1)[-1],
    )
