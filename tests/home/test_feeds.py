"""The site-wide feeds (RSS and Atom) list new methods and events."""

from django.urls import reverse

from tests import factories


def test_news_feeds_list_new_methods_and_events(client, db):
    method = factories.method_page(title="Ny metode om overgange")
    event = factories.theme_day(title="Ny temadag om efterværn")
    draft = factories.method_page(title="Metode i kladde", publish=False)
    rss = client.get(reverse("home:feed_rss"))
    assert rss.status_code == 200 and b"<rss" in rss.content
    body = rss.content.decode()
    assert method.title in body
    assert event.title in body
    assert draft.title not in body
    atom = client.get(reverse("home:feed_atom"))
    assert atom.status_code == 200 and b"http://www.w3.org/2005/Atom" in atom.content
    assert method.title in atom.content.decode()
