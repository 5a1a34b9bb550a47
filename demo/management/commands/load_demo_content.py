"""Build a realistic demo site from the seeds' content (idempotent)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from demo.loader import DATA_DIR, DemoDataError, DemoLoader
from demo.specs import SPECS


class Command(BaseCommand):
    help = (
        "Loads the demo content from demo/data/*.toml (framework agreements, "
        "methods, evidence, events, networks, offers and specialists). Running it "
        "again creates only what is missing and never overwrites an editor's changes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=DATA_DIR,
            help="Folder with the TOML files (default: demo/data).",
        )

    def handle(self, *args, data_dir, **options):
        self.stdout.write("Indlæser demoindhold …")
        loader = DemoLoader(SPECS, data_dir=data_dir, progress=self._progress)
        try:
            counts = loader.load()
        except DemoDataError as error:
            raise CommandError(f"Demoindholdet blev ikke indlæst: {error}") from error
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
        """One line per table; a live counter when writing to a terminal."""
        finished = done == total
        if not finished and not self.stdout.isatty():
            return
        line = f"\r  {label}: {done}/{total}"
        if finished:
            line += f" ({created} nye)\n"
        self.stdout.write(line, ending="")
        self.stdout.flush()
