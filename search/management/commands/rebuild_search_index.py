"""Rebuild the search indexes (zero downtime), or retry failed updates."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from kb.core.progress import progress_bar
from search.backends import all_backends, get_search_backend
from search.backends.base import SearchUnavailable
from search.index import apply_pending
from search.models import PendingIndexUpdate
from search.registry import registry


class Command(BaseCommand):
    help = (
        "Builds a new search index from all published content and swaps it in "
        "atomically; searches keep answering meanwhile. With --pending, only "
        "retries index updates that failed earlier (the task worker does that "
        "by itself)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backend", help="Only this backend alias (default: all).")
        parser.add_argument(
            "--pending", action="store_true", help="Retry failed updates only."
        )

    def handle(self, *args, backend=None, pending=False, **options):
        backends = [get_search_backend(backend)] if backend else all_backends()
        if pending:
            self._retry_pending([b.alias for b in backends])
            return
        failed = []
        for search_backend in backends:
            started = timezone.now()
            total = registry.count_indexable()
            self.stdout.write(
                f"Genopbygger søgeindekset «{search_backend.alias}» ({total} dokumenter) …"
            )
            clock = time.monotonic()
            try:
                count = search_backend.rebuild(
                    registry.indexable_documents(),
                    total=total,
                    progress=progress_bar(self.stdout),
                )
            except SearchUnavailable as exc:
                self.stderr.write(
                    f"\nSøgeindekset «{search_backend.alias}» kunne ikke genopbygges: {exc}. "
                    "Det gamle indeks svarer stadig."
                )
                failed.append(search_backend.alias)
                continue
            PendingIndexUpdate.objects.filter(
                backend=search_backend.alias, created_at__lt=started
            ).delete()
            self.stdout.write(
                self.style.SUCCESS(
                    f"\n  {count} dokumenter indekseret på {time.monotonic() - clock:.1f} s."
                )
            )
        if failed:
            raise CommandError(f"Genopbygning mislykkedes for: {', '.join(failed)}")

    def _retry_pending(self, aliases):
        waiting = PendingIndexUpdate.objects.filter(backend__in=aliases)
        count = waiting.values("doc_id").distinct().count()
        self.stdout.write(f"Prøver {count} ventende opdateringer igen …")
        left = apply_pending(aliases)
        self.stdout.write(
            self.style.SUCCESS(f"Færdig; {left} opdateringer venter stadig.")
        )
