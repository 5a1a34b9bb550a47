"""Benchmark: the Elasticsearch backend against the database backend.

Both backends are measured in one run, on the same documents, through their
own ``search()`` and ``rebuild()``: that is what views and the rebuild command
call, so the figures show what a visitor and an operator would notice. Results
are printed as ratios (database / Elasticsearch) because absolute numbers on a
shared 2-core machine mean little; ratios from one interleaved run do.

Usage (from the project root)::

    .venv/bin/python bench/search.py [--docs N] [--queries M]
                                     [--database sqlite|postgres]

Everything is scratch: a temporary KB_VAR_DIR (SQLite) or a temporary
PostgreSQL database, and an Elasticsearch index alias of its own. Both are
removed at the end, also after an error or Ctrl-C. See bench/README.md.
"""

import argparse
import io
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH_DIR = Path(__file__).resolve().parent
ROOT_DIR = BENCH_DIR.parent
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SEED = 20240611

# This file is called search.py: without this, "import search" would import
# the benchmark itself instead of the project's search package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != BENCH_DIR]
sys.path.insert(0, str(ROOT_DIR))


STARTED = time.monotonic()


def log(message: str) -> None:
    # Elapsed time, not wall clock: Django's setup changes the process's TZ.
    print(f"[bench {time.monotonic() - STARTED:5.1f}s] {message}", file=sys.stderr)


class Refused(Exception):
    """A precondition is not met; the message tells the user what to do."""


# --- services ----------------------------------------------------------------


def require_local(url: str, what: str) -> None:
    host = urlsplit(url).hostname
    if host not in LOCAL_HOSTS:
        raise Refused(
            f"{what} at {url} is not on 127.0.0.1; this benchmark only "
            "talks to local services."
        )


def check_elasticsearch(url: str) -> str:
    """Fail fast, before any scratch data exists, when the node is down."""
    require_local(url, "Elasticsearch")
    health_url = url.rstrip("/") + "/_cluster/health"
    try:
        with urllib.request.urlopen(health_url, timeout=3) as response:
            body = response.read().decode()
    except (urllib.error.URLError, OSError) as exc:
        raise Refused(
            f"Elasticsearch is not reachable at {url} ({exc}). "
            "Start it with: scripts/elasticsearch start"
        ) from exc
    if '"status":"red"' in body.replace(" ", ""):
        raise Refused(f"Elasticsearch at {url} is red: {body}")
    return url


def default_postgres_url() -> str:
    if os.environ.get("KB_BENCH_POSTGRES_URL"):
        return os.environ["KB_BENCH_POSTGRES_URL"]
    try:
        return subprocess.run(
            [str(ROOT_DIR / "scripts" / "postgres"), "url"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        raise Refused(
            f"Could not get the PostgreSQL URL ({exc}). "
            "Start it with: scripts/postgres start"
        ) from exc


class ScratchPostgres:
    """A throw-away database next to ``kb`` on the local cluster; never
    touches any database it did not create."""

    def __init__(self, url: str):
        require_local(url, "PostgreSQL")
        self.url = url
        self.name = f"kb_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.created = False

    def _admin(self):
        import psycopg

        parts = urlsplit(self.url)
        admin_url = urlunsplit(parts._replace(path="/postgres"))
        try:
            return psycopg.connect(admin_url, autocommit=True, connect_timeout=3)
        except psycopg.OperationalError as exc:
            raise Refused(
                f"PostgreSQL is not reachable at {parts.hostname}:{parts.port} "
                f"({exc}). Start it with: scripts/postgres start"
            ) from exc

    def create(self) -> str:
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE \"{self.name}\" ENCODING 'UTF8'")
        self.created = True
        return urlunsplit(urlsplit(self.url)._replace(path=f"/{self.name}"))

    def drop(self) -> None:
        if not self.created:
            return
        assert self.name.startswith("kb_bench_")
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.created = False


# --- corpus --------------------------------------------------------------------

PLACES = [
    "Aalborg", "Odense", "Næstved", "Holbæk", "Vejle", "Esbjerg", "Randers",
    "Silkeborg", "Roskilde", "Hjørring", "Thisted", "Frederikshavn", "Svendborg",
    "Slagelse", "Herning", "Viborg", "Kolding", "Sønderborg", "Køge", "Horsens",
]  # fmt: skip
TITLE_PATTERNS = [
    "{title}",
    "{title} i {place}",
    "{title}: erfaringer fra {place}",
    "{title} – status {year}",
    "{title} for {group}",
    "Temadag om {title_lower} i {place}",
]
# Weights of synthetic content types: mostly methods, evidence and events.
TYPE_WEIGHTS = {
    "method": 35,
    "evidence": 25,
    "event": 25,
    "network": 5,
    "offer": 5,
    "specialist": 5,
}
REGION_TYPES = {"network", "offer", "specialist"}


def _sentences(text: str) -> list[str]:
    out = []
    for line in (text or "").splitlines():
        for piece in line.replace(". ", ".\n").splitlines():
            piece = piece.strip()
            if len(piece) > 12:
                out.append(piece)
    return out


@dataclass
class Vocabulary:
    """Slug → name of every controlled tag, so the database backend (which
    stores relations by slug) and Elasticsearch see the same facets."""

    target_groups: dict[str, str]
    focus_areas: dict[str, str]
    regions: list[str]
    evidence_levels: list[int]


def load_vocabulary() -> Vocabulary:
    from kb.taxonomy.models import FocusArea, Region, TargetGroup
    from methods.rating import EvidenceLevel

    return Vocabulary(
        target_groups=dict(TargetGroup.objects.values_list("slug", "name")),
        focus_areas=dict(FocusArea.objects.values_list("slug", "name")),
        regions=list(Region.objects.values_list("slug", flat=True)),
        evidence_levels=list(EvidenceLevel.values),
    )


def synthetic_documents(
    real: list[dict], vocab: Vocabulary, count: int, rng: random.Random
) -> list[dict]:
    """Documents shaped exactly like ``registry.build_document``'s, with Danish text
    recombined from the demo content so stems, phrases and word frequencies
    stay realistic."""
    by_type: dict[str, list[dict]] = {}
    for doc in real:
        by_type.setdefault(doc["content_type"], []).append(doc)
    summaries = {
        k: [s for d in v for s in _sentences(d["summary"])] for k, v in by_type.items()
    }
    bodies = {
        k: [s for d in v for s in _sentences(d["body"])] for k, v in by_type.items()
    }
    all_body = [s for pool in bodies.values() for s in pool]
    types = [t for t in TYPE_WEIGHTS if by_type.get(t)]
    weights = [TYPE_WEIGHTS[t] for t in types]
    groups = list(vocab.target_groups)
    areas = list(vocab.focus_areas)
    now = datetime.now(UTC).replace(microsecond=0)
    docs = []
    for i in range(count):
        kind = rng.choices(types, weights)[0]
        template = rng.choice(by_type[kind])
        object_id = 1_000_000 + i
        tgs = rng.sample(groups, rng.choice([0, 1, 1, 2, 2, 3]))
        fas = rng.sample(areas, rng.choice([0, 1, 1, 2]))
        title = rng.choice(TITLE_PATTERNS).format(
            title=template["title"],
            title_lower=template["title"][:1].lower() + template["title"][1:],
            place=rng.choice(PLACES),
            year=rng.randint(2016, 2027),
            group=vocab.target_groups[tgs[0]].lower() if tgs else "voksne",
        )
        summary_pool = summaries.get(kind) or all_body
        body = rng.sample(bodies[kind], min(len(bodies[kind]), rng.randint(4, 14)))
        body += rng.sample(all_body, rng.randint(0, 4))
        rng.shuffle(body)
        date = now - timedelta(
            days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 1440)
        )
        doc = {
            "doc_id": f"{kind}-{object_id}",
            "content_type": kind,
            "object_id": object_id,
            "title": title,
            "url": f"/bench/{kind}/{object_id}/",
            "summary": " ".join(rng.sample(summary_pool, min(2, len(summary_pool)))),
            "body": "\n".join(body),
            "target_groups": tgs,
            "target_group_names": [vocab.target_groups[s] for s in tgs],
            "focus_areas": fas,
            "focus_area_names": [vocab.focus_areas[s] for s in fas],
            "regions": [rng.choice(vocab.regions)] if kind in REGION_TYPES else [],
            "evidence_level": (
                rng.choice(vocab.evidence_levels)
                if kind in ("method", "evidence")
                else None
            ),
            "date": None if kind == "offer" else date,
            "event_end": None,
        }
        if kind == "event":
            # A spread of past and upcoming events, so event_time matters.
            start = now + timedelta(days=rng.randint(-4 * 365, 365), hours=9)
            doc["date"] = start
            doc["event_end"] = start + timedelta(hours=rng.randint(2, 8))
        docs.append(doc)
    return docs


# --- queries -------------------------------------------------------------------

WORDS = [
    "autisme", "børn", "unge", "misbrug", "hjemløshed", "hjerneskade",
    "bostøtte", "pårørende", "psykiatri", "recovery", "spiseforstyrrelser",
    "udviklingshæmning", "angst", "demens",
]  # fmt: skip
INFLECTED = [
    "borgerens", "kommunernes", "familierne", "netværket", "metoderne",
    "indsatserne", "forældrenes", "børnenes", "pårørendes", "botilbuddet",
    "lidelser", "medarbejderne",
]  # fmt: skip
TWO_WORDS = [
    "unge misbrug", "autisme voksne", "tidlig indsats", "bostøtte hjemløshed",
    "psykisk sårbarhed", "erhvervet hjerneskade", "børn familier",
    "socialpsykiatri recovery", "pårørende inddragelse", "specialiserede tilbud",
]  # fmt: skip
PHRASES = [
    '"erhvervet hjerneskade"', '"det specialiserede socialområde"',
    '"psykisk sårbarhed"', '"tidlig indsats"', '"Housing First"',
    '"udskrivning fra psykiatrien"',
]  # fmt: skip
QUERY_TYPES = [
    ("word", "single word"),
    ("inflected", "inflected word"),
    ("two_words", "two words"),
    ("phrase", "quoted phrase"),
    ("empty_facets", "empty + 1 facet"),
    ("two_filters", "word + 2 filters"),
    ("sort_date", "word, sort=date"),
]


def random_filter(facet: str, vocab: Vocabulary, rng: random.Random) -> tuple:
    if facet == "content_type":
        return (rng.choice(["method", "evidence", "event"]),)
    if facet == "target_groups":
        return (rng.choice(list(vocab.target_groups)),)
    if facet == "focus_areas":
        return (rng.choice(list(vocab.focus_areas)),)
    if facet == "regions":
        return (rng.choice(vocab.regions),)
    if facet == "evidence_level":
        return (str(rng.choice([2, 3, 4, 5])),)
    return (rng.choice(["upcoming", "past"]),)


def make_query(kind: str, vocab: Vocabulary, rng: random.Random, now):
    from search.backends.base import SearchQuery

    if kind == "word":
        return SearchQuery(text=rng.choice(WORDS), now=now)
    if kind == "inflected":
        return SearchQuery(text=rng.choice(INFLECTED), now=now)
    if kind == "two_words":
        return SearchQuery(text=rng.choice(TWO_WORDS), now=now)
    if kind == "phrase":
        return SearchQuery(text=rng.choice(PHRASES), now=now)
    if kind == "empty_facets":
        facet = rng.choice(
            [
                "content_type",
                "target_groups",
                "focus_areas",
                "regions",
                "evidence_level",
                "event_time",
            ]
        )
        return SearchQuery(filters={facet: random_filter(facet, vocab, rng)}, now=now)
    if kind == "two_filters":
        pair = rng.choice(
            [
                ("target_groups", "content_type"),
                ("focus_areas", "evidence_level"),
                ("target_groups", "focus_areas"),
                ("content_type", "event_time"),
            ]
        )
        filters = {f: random_filter(f, vocab, rng) for f in pair}
        if pair == ("content_type", "event_time"):
            filters["content_type"] = ("event",)
        return SearchQuery(
            text=rng.choice(WORDS + TWO_WORDS[:4]), filters=filters, now=now
        )
    return SearchQuery(text=rng.choice(WORDS + INFLECTED), sort="date", now=now)


# --- measuring -----------------------------------------------------------------


@dataclass
class Sample:
    kind: str
    query: object
    seconds: dict[str, float] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    top: dict[str, list[str]] = field(default_factory=dict)


def timed_search(backend, query) -> tuple[float, object]:
    started = time.perf_counter()
    results = backend.search(query)
    return time.perf_counter() - started, results


def run_queries(backends: dict, plan: list[Sample], warmup: list[Sample]) -> None:
    """Interleave the backends query by query (order seeded and alternating),
    so a noisy neighbour on the machine hurts both alike."""
    for sample in warmup:
        for backend in backends.values():
            backend.search(sample.query)
    names = list(backends)
    for i, sample in enumerate(plan):
        for name in names if i % 2 == 0 else reversed(names):
            seconds, results = timed_search(backends[name], sample.query)
            sample.seconds[name] = seconds
            sample.totals[name] = results.total
            sample.top[name] = [hit.doc_id for hit in results.hits[:10]]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]  # nearest rank


# --- report --------------------------------------------------------------------


def ratio(a: float, b: float) -> str:
    return f"{a / b:6.1f}x" if b > 0 else "    n/a"


def print_report(args, engine: str, builds: dict, plan: list[Sample]) -> None:
    es, db = "elasticsearch", "database"
    print()
    print(
        f"Search benchmark: {args.docs} documents, {args.queries} measured queries "
        f"per type and backend, database backend on {engine}"
    )
    print(
        "Latency in ms; x = database / Elasticsearch (above 1: Elasticsearch is faster)"
    )
    print()
    header = (
        f"{'query type':<18} {'ES med':>7} {'ES p95':>7} {'DB med':>7} "
        f"{'DB p95':>7} {'x med':>7} {'x p95':>7}   {'hits ES':>7} "
        f"{'hits DB':>7} {'diff':>5} {'top10':>6}"
    )
    print(header)
    print("-" * len(header))
    all_es, all_db = [], []
    for kind, label in QUERY_TYPES:
        samples = [s for s in plan if s.kind == kind]
        es_ms = [s.seconds[es] * 1000 for s in samples]
        db_ms = [s.seconds[db] * 1000 for s in samples]
        all_es += es_ms
        all_db += db_ms
        differing = sum(s.totals[es] != s.totals[db] for s in samples)
        overlaps = [
            len(set(s.top[es]) & set(s.top[db])) / max(len(s.top[es]), len(s.top[db]))
            for s in samples
            if s.top[es] or s.top[db]
        ]
        es_med, db_med = statistics.median(es_ms), statistics.median(db_ms)
        print(
            f"{label:<18} {es_med:7.1f} {p95(es_ms):7.1f} {db_med:7.1f} "
            f"{p95(db_ms):7.1f} {ratio(db_med, es_med):>7} "
            f"{ratio(p95(db_ms), p95(es_ms)):>7}   "
            f"{statistics.median(s.totals[es] for s in samples):7.0f} "
            f"{statistics.median(s.totals[db] for s in samples):7.0f} "
            f"{differing:>2}/{len(samples):<2} "
            f"{100 * statistics.mean(overlaps) if overlaps else 0:5.0f}%"
        )
    print("-" * len(header))
    es_med, db_med = statistics.median(all_es), statistics.median(all_db)
    print(
        f"{'all queries':<18} {es_med:7.1f} {p95(all_es):7.1f} {db_med:7.1f} "
        f"{p95(all_db):7.1f} {ratio(db_med, es_med):>7} "
        f"{ratio(p95(all_db), p95(all_es)):>7}"
    )
    print()
    print(
        "hits = median result count; diff = queries whose counts differ between "
        "the backends; top10 = mean overlap of the first 10 hits"
    )
    print()
    print(
        f"{'index build':<18} {'ES s':>7} {'DB s':>7} {'DB/ES':>7} "
        f"{'ES doc/s':>9} {'DB doc/s':>9}"
    )
    print(
        f"{f'{args.docs} documents':<18} {builds[es]:7.2f} {builds[db]:7.2f} "
        f"{ratio(builds[db], builds[es]):>7} {args.docs / builds[es]:9.0f} "
        f"{args.docs / builds[db]:9.0f}"
    )
    differing = sum(s.totals[es] != s.totals[db] for s in plan)
    print()
    print(
        f"Summary: {args.docs} docs, database backend on {engine}: latency "
        f"database/Elasticsearch {db_med / es_med:.1f}x median "
        f"({db_med:.1f} vs {es_med:.1f} ms), {p95(all_db) / p95(all_es):.1f}x p95; "
        f"index build {builds[db] / builds[es]:.1f}x "
        f"({builds[db]:.1f} vs {builds[es]:.1f} s); result counts differ in "
        f"{differing}/{len(plan)} queries."
    )


# --- main ----------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Compare the Elasticsearch and database search backends."
    )
    parser.add_argument(
        "--docs", type=int, default=3000, help="documents in the index (default 3000)"
    )
    parser.add_argument(
        "--queries",
        type=int,
        help="measured queries per type and backend (default 30 on SQLite, "
        "5 on PostgreSQL, whose database backend takes seconds per text query)",
    )
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument(
        "--es-url",
        default=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9250"),
        help="Elasticsearch URL (default $ELASTICSEARCH_URL or http://127.0.0.1:9250)",
    )
    parser.add_argument(
        "--pg-url",
        help="PostgreSQL URL of any database on the cluster; the benchmark "
        "creates its own database next to it (default: scripts/postgres url)",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.docs <= 100_000:
        parser.error("--docs must be between 1 and 100000")
    if args.queries is None:
        args.queries = 30 if args.database == "sqlite" else 5
    if not 1 <= args.queries <= 1000:
        parser.error("--queries must be between 1 and 1000")
    return args


def setup_django(var_dir: Path, database_url: str, es_url: str, index: str) -> None:
    """Point the dev settings at scratch data before Django reads them."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "kb.settings.dev"
    os.environ["KB_VAR_DIR"] = str(var_dir)
    os.environ["MEDIA_ROOT"] = str(var_dir / "media")
    os.environ["DATABASE_URL"] = database_url
    os.environ["ELASTICSEARCH_URL"] = es_url
    os.environ["ELASTICSEARCH_INDEX"] = index
    os.environ.setdefault("ELASTICSEARCH_TIMEOUT", "30")  # bulk on a busy machine
    import django

    django.setup()


def benchmark(args, engine: str) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from search.backends import get_search_backend
    from search.registry import registry

    log("migrating the scratch database …")
    call_command("migrate", verbosity=0, interactive=False)
    log("loading the demo content (indexed into both backends by the signals) …")
    call_command("load_demo_content", stdout=io.StringIO())

    rng = random.Random(SEED)
    vocab = load_vocabulary()
    real = list(registry.indexable_documents())
    documents = real[: args.docs]
    documents += synthetic_documents(real, vocab, args.docs - len(documents), rng)
    log(
        f"corpus: {len(real)} demo documents + {len(documents) - len(real[: args.docs])}"
        " synthetic"
    )

    backends = {
        "elasticsearch": get_search_backend("elasticsearch"),
        "database": get_search_backend("database"),
    }
    builds = {}
    for name, backend in backends.items():
        log(f"rebuilding the {name} index with {len(documents)} documents …")
        started = time.perf_counter()
        count = backend.rebuild(iter(documents), total=len(documents))
        builds[name] = time.perf_counter() - started
        if count != len(documents):
            raise RuntimeError(f"{name} indexed {count} of {len(documents)} documents")
    if engine == "postgresql":
        # What autovacuum would do shortly after a rebuild: fresh planner stats.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    ids = {name: backend.document_ids() for name, backend in backends.items()}
    if ids["elasticsearch"] != ids["database"]:
        raise RuntimeError(
            "The backends hold different documents: "
            f"{len(ids['elasticsearch'] ^ ids['database'])} ids differ"
        )
    log(f"both backends hold the same {len(ids['database'])} documents")

    now = timezone.now()
    plan = [
        Sample(kind, make_query(kind, vocab, rng, now))
        for kind, _label in QUERY_TYPES
        for _ in range(args.queries)
    ]
    rng.shuffle(plan)
    # Warm-up, not measured: every query type on both backends, up to three
    # times (JIT and caches of Elasticsearch, page cache of the database).
    warmup = [
        Sample(kind, make_query(kind, vocab, rng, now))
        for kind, _label in QUERY_TYPES
        for _ in range(min(3, max(1, args.queries // 5)))
    ]
    log(f"warm-up {len(warmup)} and {len(plan)} measured queries per backend …")
    run_queries(backends, plan, warmup)
    print_report(args, engine, builds, plan)


def main(argv=None) -> int:
    args = parse_args(argv)
    # A plain `kill` acts like Ctrl-C, so the cleanup below still runs.
    # (Not SystemExit: Django's immediate task backend swallows that one.)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    started = time.perf_counter()
    scratch_pg = None
    var_dir = Path(tempfile.mkdtemp(prefix="kb-bench-"))
    index = f"kb-bench-{os.getpid()}"
    es_backend = None
    try:
        es_url = check_elasticsearch(args.es_url)
        if args.database == "postgres":
            scratch_pg = ScratchPostgres(args.pg_url or default_postgres_url())
            database_url = scratch_pg.create()
            log(f"scratch PostgreSQL database {scratch_pg.name}")
        else:
            database_url = f"sqlite:///{var_dir / 'bench.sqlite3'}"
            log(f"scratch SQLite database in {var_dir}")
        setup_django(var_dir, database_url, es_url, index)
        from django.db import connection

        from search.backends import get_search_backend

        es_backend = get_search_backend("elasticsearch")
        log(f"Elasticsearch index alias {index} on {es_url}")
        benchmark(args, connection.vendor)
    except Refused as exc:
        print(f"bench/search.py: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench/search.py: interrupted", file=sys.stderr)
        return 130
    finally:
        cleanup(es_backend, scratch_pg, var_dir)
    log(f"done in {time.perf_counter() - started:.0f} s")
    return 0


def cleanup(es_backend, scratch_pg, var_dir: Path) -> None:
    """Remove everything this run created, each step on its own so one
    failure does not leave the others behind."""
    if es_backend is not None:
        try:
            es_backend.delete_all_indices()
            log(f"deleted Elasticsearch indices {es_backend.index_alias}-*")
        except Exception as exc:  # report and go on cleaning
            log(f"could not delete the Elasticsearch index: {exc}")
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
            log(f"could not drop PostgreSQL database {scratch_pg.name}: {exc}")
    shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
