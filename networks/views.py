"""Calendar feeds, the news feed and the activity report."""

import csv

from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kb.taxonomy.models import FocusArea, TargetGroup
from methods.models import MethodPage
from networks.calendar import build_calendar
from networks.forms import ActivityReportForm
from networks.models import NetworkPage, ThemeDayPage
from networks.reports import activity_report


def _upcoming():
    return ThemeDayPage.upcoming().prefetch_related("target_groups")


def _ics_response(request, events, *, name: str, filename: str) -> HttpResponse:
    body = build_calendar(
        events, name=name, base_url=request.build_absolute_uri("/")[:-1]
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


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


def ical_event(request, pk):
    event = ThemeDayPage.objects.live().public().filter(pk=pk).first()
    if event is None:
        raise Http404(_("Arrangementet findes ikke."))
    return _ics_response(request, [event], name=event.title, filename=event.slug)


class NewContentFeed(Feed):
    """New methods and events, newest first."""

    title = gettext_lazy("Vidensbanken – nye metoder og arrangementer")
    description = gettext_lazy(
        "Nye metoder og temadage på det specialiserede social- og specialundervisningsområde."
    )
    link = "/"

    def items(self):
        pages = [
            *MethodPage.objects.live().public().order_by("-first_published_at")[:20],
            *ThemeDayPage.objects.live().public().order_by("-first_published_at")[:20],
        ]
        return sorted(pages, key=lambda page: page.first_published_at, reverse=True)[
            :30
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary()

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [str(item._meta.verbose_name)]


class NewContentAtomFeed(NewContentFeed):
    feed_type = Atom1Feed
    subtitle = NewContentFeed.description


CSV_COLUMNS = [
    gettext_lazy("Dato"),
    gettext_lazy("Arrangement"),
    gettext_lazy("Type"),
    gettext_lazy("Målgruppe for arrangementet"),
    gettext_lazy("Afholdt af"),
    gettext_lazy("Fokusområder"),
    gettext_lazy("Rammeaftale"),
    gettext_lazy("Deltagere"),
]


@login_required
@permission_required("networks.view_activity_report", raise_exception=True)
def activity_report_view(request):
    form = ActivityReportForm.from_params(request.GET)
    report = None
    if form.is_valid():
        report = activity_report(
            form.cleaned_data["fra"],
            form.cleaned_data["til"],
            agreement=form.cleaned_data["rammeaftale"],
            focus_area=form.cleaned_data["fokusomraade"],
        )
        if request.GET.get("format") == "csv":
            return _report_csv(report)
    return render(
        request, "networks/activity_report.html", {"form": form, "report": report}
    )


def _report_csv(report) -> HttpResponse:
    # UTF-8 with BOM and semicolons: what Danish Excel opens correctly.
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="aktiviteter-{report.start}-{report.end}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([str(c) for c in CSV_COLUMNS])
    for row in report.rows:
        event = row.event
        writer.writerow(
            [
                f"{timezone.localtime(event.start):%d-%m-%Y}",
                event.title,
                event.get_kind_display(),
                event.audience,
                event.organiser,
                ", ".join(row.focus_areas),
                event.framework_agreement.title if event.framework_agreement else "",
                "" if row.participants is None else row.participants,
            ]
        )
    return response
