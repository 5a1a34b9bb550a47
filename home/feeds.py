"""Site-wide feeds of new content (RSS and Atom)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy

from methods.models import MethodPage
from networks.models import ThemeDayPage


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
