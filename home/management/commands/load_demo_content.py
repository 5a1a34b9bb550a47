"""Build a realistic demo site from the seeds' content (idempotent)."""

from types import SimpleNamespace

from django.core.management.base import BaseCommand

from home.demo_content import (
    agreements,
    events,
    evidence,
    methods,
    networks,
    offers,
    specialists,
    vocabulary,
)
from home.demo_site import DemoSiteBuilder


class Command(BaseCommand):
    help = (
        "Loads the demo content (framework agreements, methods, evidence, events, "
        "networks, offers and specialists). Running it again creates only what is "
        "missing and never overwrites an editor's changes."
    )

    def handle(self, *args, **options):
        data = SimpleNamespace(
            vocabulary=vocabulary,
            agreements=agreements,
            offers=offers,
            evidence=evidence,
            methods=methods,
            networks=networks,
            events=events,
            specialists=specialists,
        )
        self.stdout.write("Indlæser demoindhold …")
        counts = DemoSiteBuilder(data, progress=self._progress).build()
        created = sum(counts.values())
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Færdig: {created} nye objekter oprettet.")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS("Færdig: demoindholdet var allerede indlæst.")
            )

    def _progress(self, label: str, done: int, total: int, created: int):
        """One line per section; a live counter when writing to a terminal."""
        finished = done == total
        if not finished and not self.stdout.isatty():
            return
        line = f"\r  {label}: {done}/{total}"
        if finished:
            line += f" ({created} nye)\n"
        self.stdout.write(line, ending="")
        self.stdout.flush()
