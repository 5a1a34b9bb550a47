"""Benchmark: listing pages with 1,000 methods.

Loads the demo site into a scratch database, adds ``--methods`` published
methods in bulk (all tagged with one target group and one focus area of a
framework agreement, and used by an offer in that agreement's region, so every
measured page has them to list), then requests each listing page through
Django's test ``Client`` (the whole middleware stack, URL routing, Wagtail's
page serving and template rendering, in this process; no network, no web
server) and prints the median and p95 per page against the target of 200 ms.

Usage (from the project root)::

    .venv/bin/python bench/listings.py [--methods N] [--requests M]
                                       [--database sqlite|postgres]
                                       [--page-size K]

Everything is scratch: a temporary KB_VAR_DIR (SQLite) or a temporary
PostgreSQL database next to ``kb``, removed at the end, also after an error or
Ctrl-C. Elasticsearch is not used (search answers from the database). See
bench/README.md, "Listing pages".
"""

import argparse
import importlib.util
import io
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT_DIR = BENCH_DIR.parent
TARGET_P95_MS = 200

# bench/search.py sits next to this file: without this, "import search" would
# import that benchmark instead of the project's search package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != BENCH_DIR]
sys.path.insert(0, str(ROOT_DIR))


def _load_search_bench():
    """bench/search.py's scratch-database helpers, without a second copy."""
    spec = importlib.util.spec_from_file_location(
        "bench_search", BENCH_DIR / "search.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench_search = _load_search_bench()
Refused, ScratchPostgres, log, p95 = (
    bench_search.Refused,
    bench_search.ScratchPostgres,
    bench_search.log,
    bench_search.p95,
)


def setup_django(var_dir: Path, database_url: str) -> None:
    """Point the dev settings at scratch data before Django reads them."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "kb.settings.dev"
    os.environ["KB_VAR_DIR"] = str(var_dir)
    os.environ["MEDIA_ROOT"] = str(var_dir / "media")
    os.environ["DATABASE_URL"] = database_url
    # Never index the scratch content into a real Elasticsearch index.
    os.environ.pop("ELASTICSEARCH_URL", None)
    import django

    django.setup()
    from django.conf import settings

    # As in production: no SQL kept per query, no debug pages.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


# --- content -----------------------------------------------------------------


def add_methods(count: int) -> dict:
    """``count`` live, public methods under the method index, written with a
    few bulk inserts (no signals: the search index is not what is measured).
    Returns what they are tagged with and the agreement that lists them."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from agreements.models import FrameworkAgreementPage
    from kb.taxonomy.models import TargetGroup
    from methods.models import (
        MethodFocusArea,
        MethodIndexPage,
        MethodPage,
        MethodTargetGroup,
    )
    from offers.models import Offer

    agreement = next(
        a
        for a in FrameworkAgreementPage.objects.live().order_by("-period_start")
        if a.focus_area_entries.exists() and Offer.objects.filter(region=a.region)
    )
    focus_area = agreement.focus_area_entries.first().focus_area
    offer = Offer.objects.filter(region=agreement.region).first()
    target_group = TargetGroup.objects.get(slug="autisme")
    parent = MethodIndexPage.objects.get()
    content_type = ContentType.objects.get_for_model(MethodPage)
    now = timezone.now()
    first_step = parent.numchild + 1
    with transaction.atomic():
        pages = Page.objects.bulk_create(
            [
                Page(
                    title=f"Syntetisk metode {n:04}",
                    draft_title=f"Syntetisk metode {n:04}",
                    slug=f"syntetisk-metode-{n:04}",
                    content_type=content_type,
                    path=MethodPage._get_path(parent.path, parent.depth + 1, step),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}syntetisk-metode-{n:04}/",
                    locale_id=parent.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
                for n, step in enumerate(range(first_step, first_step + count))
            ],
            batch_size=200,
        )
        if pages[0].pk is None:  # a database without RETURNING
            pages = list(
                Page.objects.filter(slug__startswith="syntetisk-metode-").order_by(
                    "path"
                )
            )
        methods = [
            MethodPage(
                page_ptr_id=page.pk,
                summary="En syntetisk metode til benchmark af oversigterne.",
                purpose="At fylde oversigterne.",
                evidence_level=(page.pk % 5) + 1,
            )
            for page in pages
        ]
        fields = MethodPage._meta.local_concrete_fields
        for start in range(0, len(methods), 200):
            MethodPage._base_manager._insert(
                methods[start : start + 200], fields=fields, raw=True
            )
        MethodTargetGroup.objects.bulk_create(
            [
                MethodTargetGroup(content_object_id=p.pk, tag=target_group)
                for p in pages
            ],
            batch_size=500,
        )
        MethodFocusArea.objects.bulk_create(
            [MethodFocusArea(content_object_id=p.pk, tag=focus_area) for p in pages],
            batch_size=500,
        )
        through = MethodPage.offers.through
        through.objects.bulk_create(
            [through(methodpage_id=p.pk, offer_id=offer.pk) for p in pages],
            batch_size=500,
        )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    return {
        "target_group": target_group,
        "focus_area": focus_area,
        "agreement": agreement,
        "method_index": parent,
        "offer": offer,
    }


def pages_to_measure(content: dict) -> list[tuple[str, str]]:
    target_group = content["target_group"].get_absolute_url()
    return [
        ("method index", content["method_index"].url),
        ("method index, page 25", content["method_index"].url + "?side=25"),
        (
            "method index, filtered, page 2",
            content["method_index"].url
            + f"?malgruppe={content['target_group'].slug}&side=2",
        ),
        ("target group page", target_group),
        ("target group, all methods, page 10", target_group + "?type=metoder&side=10"),
        ("focus area page", content["focus_area"].get_absolute_url()),
        ("framework agreement page", content["agreement"].url),
        ("offer page", content["offer"].get_absolute_url()),
        (
            "offer page, methods page 25",
            content["offer"].get_absolute_url() + "?side=25",
        ),
    ]


# --- measuring -----------------------------------------------------------------


def measure(pages: list[tuple[str, str]], requests: int) -> list[dict]:
    """Every page ``requests`` times, interleaved (one round over all pages
    at a time), after three warm-up rounds; also the queries per request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for _ in range(3):
        for name, url in pages:
            response = client.get(url)
            if response.status_code != 200:
                raise RuntimeError(f"{name} ({url}) answered {response.status_code}")
    timings = {name: [] for name, _ in pages}
    cpu = {name: [] for name, _ in pages}
    for _ in range(requests):
        for name, url in pages:
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            timings[name].append((time.perf_counter() - started) * 1000)
            cpu[name].append((time.process_time() - started_cpu) * 1000)
    rows = []
    for name, url in pages:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        rows.append(
            {
                "name": name,
                "url": url,
                "p50": statistics.median(timings[name]),
                "p95": p95(timings[name]),
                "cpu_p50": statistics.median(cpu[name]),
                "cpu_p95": p95(cpu[name]),
                "queries": len(queries),
                "kb": len(response.content) / 1024,
            }
        )
    return rows


def print_report(args, engine: str, methods_total: int, rows: list[dict]) -> None:
    from django.conf import settings

    print()
    print(
        f"Listing pages, {methods_total} live methods ({args.methods} added), "
        f"{engine}, Django test Client, {args.requests} requests per page, "
        f"page size {settings.KB_LISTING_PAGE_SIZE}, agreement lists "
        f"{settings.KB_AGREEMENT_LIST_SIZE}"
    )
    print()
    print(
        "| page | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | queries | KiB "
        "| p95 ≤ 200 ms |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in rows:
        ok = "yes" if row["p95"] <= TARGET_P95_MS else "NO"
        print(
            f"| {row['name']} | {row['p50']:.0f} | {row['p95']:.0f} | "
            f"{row['cpu_p50']:.0f} | {row['cpu_p95']:.0f} | "
            f"{row['queries']} | {row['kb']:.0f} | {ok} |"
        )
    worst = max(rows, key=lambda r: r["p95"])
    print()
    print(
        "CPU: this process only (Django, templates and, on SQLite, the "
        "database); wall-clock includes waiting for a busy machine."
    )
    print(
        f"Worst p95: {worst['p95']:.0f} ms ({worst['name']}); target "
        f"{TARGET_P95_MS} ms: {'met' if worst['p95'] <= TARGET_P95_MS else 'MISSED'}"
    )


def benchmark(args, engine: str) -> None:
    from django.conf import settings
    from django.core.management import call_command

    from methods.models import MethodPage

    if args.page_size:
        settings.KB_LISTING_PAGE_SIZE = args.page_size
        settings.KB_AGREEMENT_LIST_SIZE = args.page_size
    log("migrating the scratch database …")
    call_command("migrate", verbosity=0, interactive=False)
    log("loading the demo content …")
    call_command("load_demo_content", stdout=io.StringIO())
    log(f"adding {args.methods} methods in bulk …")
    started = time.perf_counter()
    content = add_methods(args.methods)
    log(f"… in {time.perf_counter() - started:.1f} s")
    if engine == "postgresql":
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    total = MethodPage.objects.live().public().count()
    pages = pages_to_measure(content)
    log(f"measuring {len(pages)} pages × {args.requests} requests …")
    print_report(args, engine, total, measure(pages, args.requests))


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Time the listing pages with many methods."
    )
    parser.add_argument(
        "--methods", type=int, default=1000, help="methods to add (default 1000)"
    )
    parser.add_argument(
        "--requests", type=int, default=30, help="requests per page (default 30)"
    )
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--pg-url",
        help="PostgreSQL URL of any database on the cluster; the benchmark "
        "creates its own database next to it (default: scripts/postgres url)",
    )
    parser.add_argument(
        "--page-size",
        type=int,
        help="items per listing page and per agreement list instead of "
        "KB_LISTING_PAGE_SIZE and KB_AGREEMENT_LIST_SIZE (e.g. 100000 to see "
        "the cost of listing everything, as before paging)",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.methods <= 100_000:
        parser.error("--methods must be between 1 and 100000")
    if not 1 <= args.requests <= 10_000:
        parser.error("--requests must be between 1 and 10000")
    if args.page_size is not None and args.page_size < 1:
        parser.error("--page-size must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    # A plain `kill` acts like Ctrl-C, so the cleanup below still runs.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    started = time.perf_counter()
    scratch_pg = None
    var_dir = Path(tempfile.mkdtemp(prefix="kb-bench-listings-"))
    try:
        if args.database == "postgres":
            scratch_pg = ScratchPostgres(
                args.pg_url or bench_search.default_postgres_url()
            )
            database_url = scratch_pg.create()
            log(f"scratch PostgreSQL database {scratch_pg.name}")
        else:
            database_url = f"sqlite:///{var_dir / 'bench.sqlite3'}"
            log(f"scratch SQLite database in {var_dir}")
        setup_django(var_dir, database_url)
        from django.db import connection

        benchmark(args, connection.vendor)
    except Refused as exc:
        print(f"bench/listings.py: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench/listings.py: interrupted", file=sys.stderr)
        return 130
    finally:
        cleanup(scratch_pg, var_dir)
    log(f"done in {time.perf_counter() - started:.0f} s")
    return 0


def cleanup(scratch_pg, var_dir: Path) -> None:
    if scratch_pg is not None and scratch_pg.created:
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # Django may not be set up yet
            pass
        try:
            scratch_pg.drop()
            log(f"dropped PostgreSQL database {scratch_pg.name}")
        except Exception as exc:
            log(f"could not drop {scratch_pg.name}: {exc}")
    shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
