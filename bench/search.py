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
QUESTIONS = [
    "hvordan hjælper man unge med angst og misbrug",
    "hvad virker for børn med autisme i skolen",
    "hvilke metoder findes til pårørende i psykiatrien",
    "hvordan støtter vi borgere med erhvervet hjerneskade",
    "hjælp til hjemløse med psykisk sårbarhed",
]  # fmt: skip
TYPOS = [
    "autsime", "pårørnde", "hjemløshd", "psykiatrii", "misbrgu",
    "udviklingshæming", "spiseforstyrelser", "bostøtt",
]  # fmt: skip
COMPOUNDS = [
    "familiebehandling", "autismeklasser", "misbrugsbehandling",
    "botilbud", "hjerneskadeområdet", "ungeindsats", "borgerinddragelse",
]  # fmt: skip
SYNONYMS = [
    "autist", "efterværn", "afhængighed", "funktionsnedsættelse",
    "opmærksomhedsforstyrrelse", "uden bolig", "anbringelse",
]  # fmt: skip
QUERY_TYPES = [
    ("word", "single word"),
    ("inflected", "inflected word"),
    ("two_words", "two words"),
    ("question", "question"),
    ("phrase", "quoted phrase"),
    ("empty_facets", "facet, no text"),
    ("two_filters", "word + 2 filters"),
    ("sort_date", "word, sort=date"),
    ("typo", "typo"),
    ("compound", "compound"),
    ("synonym", "synonym"),
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
    if kind == "question":
        return SearchQuery(text=rng.choice(QUESTIONS), now=now)
    if kind == "typo":
        return SearchQuery(text=rng.choice(TYPOS), now=now)
    if kind == "compound":
        return SearchQuery(text=rng.choice(COMPOUNDS), now=now)
    if kind == "synonym":
        return SearchQuery(text=rng.choice(SYNONYMS), now=now)
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
    facets: dict[str, dict] = field(default_factory=dict)
    top: dict[str, list[str]] = field(default_factory=dict)


def site_search(backend, query):
    """What :func:`search.backends.search` does for a view, with the
    backend chosen: the spelling correction first (when the relevance
    features are on), then the search."""
    from dataclasses import replace

    from search.query_words import correct

    corrected = correct(query.text) if query.text else None
    if corrected:
        results = backend.search(replace(query, text=corrected))
        if results.total:
            return results
    return backend.search(query)


def timed_search(backend, query) -> tuple[float, object]:
    started = time.perf_counter()
    results = site_search(backend, query)
    return time.perf_counter() - started, results


def facet_counts(results) -> dict:
    return {
        name: {v.value: v.count for v in values}
        for name, values in results.facets.items()
    }


def run_queries(backends: dict, plan: list[Sample], warmup: list[Sample]) -> None:
    """Interleave the backends query by query (order seeded and alternating),
    so a noisy neighbour on the machine hurts both alike."""
    for sample in warmup:
        for backend in backends.values():
            site_search(backend, sample.query)
    names = list(backends)
    for i, sample in enumerate(plan):
        for name in names if i % 2 == 0 else reversed(names):
            seconds, results = timed_search(backends[name], sample.query)
            sample.seconds[name] = seconds
            sample.totals[name] = results.total
            sample.facets[name] = facet_counts(results)
            sample.top[name] = [hit.doc_id for hit in results.hits[:10]]
        if (i + 1) % 50 == 0:
            log(f"  {i + 1}/{len(plan)} queries")


def percentile(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-pct * len(ordered) // 100) - 1)]  # nearest rank


def p95(values: list[float]) -> float:
    return percentile(values, 95)


def progress_logger(name: str, total: int):
    """Logs every tenth of a rebuild."""
    logged = [0]

    def progress(done: int, _total: int) -> None:
        if done * 10 // total > logged[0] or done == total:
            logged[0] = done * 10 // total
            log(f"  {name}: {done}/{total}")

    return progress


class Prober:
    """Searches once every ``interval`` seconds in a thread while an index is
    rebuilt, to show that searches keep answering (and how fast)."""

    def __init__(self, backend, query, interval: float = 0.25):
        import threading

        self.backend, self.query, self.interval = backend, query, interval
        self.seconds: list[float] = []
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from django.db import connection

        try:
            while not self._stop.wait(self.interval):
                started = time.perf_counter()
                try:
                    self.backend.search(self.query)
                    self.seconds.append(time.perf_counter() - started)
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    self.errors.append(f"{type(exc).__name__}: {exc}"[:200])
        finally:
            connection.close()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        if not self.seconds:
            return f"0 answered, {len(self.errors)} failed"
        ms = [s * 1000 for s in self.seconds]
        return (
            f"{len(ms)} answered, {len(self.errors)} failed, "
            f"p50 {percentile(ms, 50):.0f} ms, max {max(ms):.0f} ms"
        )


def elasticsearch_memory(url: str) -> str:
    """Heap of the node's JVM and the resident size of its process."""
    import json

    def get(path):
        with urllib.request.urlopen(url.rstrip("/") + path, timeout=10) as response:
            return json.load(response)

    stats = get("/_nodes/stats/jvm,indices")["nodes"]
    info = get("/_nodes/process")["nodes"]
    lines = []
    for node_id, node in stats.items():
        heap = node["jvm"]["mem"]
        rss = ""
        pid = info.get(node_id, {}).get("process", {}).get("id")
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        rss = f", RSS {int(line.split()[1]) / 1024:.0f} MB"
        except OSError:
            pass
        lines.append(
            f"node {node['name']}: heap used {heap['heap_used_in_bytes'] / 2**20:.0f}"
            f" of {heap['heap_max_in_bytes'] / 2**20:.0f} MB{rss}, all indices "
            f"{node['indices']['store']['size_in_bytes'] / 2**20:.0f} MB on disk"
        )
    return "; ".join(lines)


# --- report --------------------------------------------------------------------


def ratio(a: float, b: float) -> str:
    return f"{a / b:6.1f}x" if b > 0 else "    n/a"


ES, DB = "elasticsearch", "database"


def latencies(samples: list[Sample], name: str) -> list[float]:
    return [s.seconds[name] * 1000 for s in samples]


def pcts(ms: list[float]) -> str:
    return " ".join(f"{percentile(ms, p):6.0f}" for p in (50, 95, 99))


def print_latency_table(plan: list[Sample], title: str) -> None:
    print(title)
    header = (
        f"{'query type':<17} | {'ES p50':>6} {'p95':>6} {'p99':>6} | "
        f"{'DB p50':>6} {'p95':>6} {'p99':>6} | {'hits ES':>7} {'hits DB':>7} "
        f"{'totals':>7} {'facets':>7}"
    )
    print(header)
    print("-" * len(header))
    for kind, label in QUERY_TYPES:
        samples = [s for s in plan if s.kind == kind]
        same_totals = sum(s.totals[ES] == s.totals[DB] for s in samples)
        same_facets = sum(s.facets[ES] == s.facets[DB] for s in samples)
        print(
            f"{label:<17} | {pcts(latencies(samples, ES))} | "
            f"{pcts(latencies(samples, DB))} | "
            f"{statistics.median(s.totals[ES] for s in samples):7.0f} "
            f"{statistics.median(s.totals[DB] for s in samples):7.0f} "
            f"{same_totals:>3}/{len(samples):<3} {same_facets:>3}/{len(samples):<3}"
        )
    print("-" * len(header))
    print(
        f"{'all queries':<17} | {pcts(latencies(plan, ES))} | "
        f"{pcts(latencies(plan, DB))} |"
    )
    print()


def print_relevance_cost(on: list[Sample], off: list[Sample]) -> None:
    print("Relevance features (synonyms, compound parts, spelling correction): p95 ms")
    header = (
        f"{'query type':<17} | {'ES off':>6} {'on':>6} {'cost':>6} | "
        f"{'DB off':>6} {'on':>6} {'cost':>6}"
    )
    print(header)
    print("-" * len(header))
    for kind, label in [*QUERY_TYPES, ("", "all queries")]:
        a = [s for s in on if s.kind == kind or not kind]
        b = [s for s in off if s.kind == kind or not kind]
        cells = []
        for name in (ES, DB):
            with_, without = p95(latencies(a, name)), p95(latencies(b, name))
            cost = 100 * (with_ - without) / without if without else 0
            cells.append(f"{without:6.0f} {with_:6.0f} {cost:+5.0f}%")
        print(f"{label:<17} | {cells[0]} | {cells[1]}")
    print()


def print_report(args, engine: str, builds: dict, probes: dict, on, off, memory):
    print()
    print(
        f"Search benchmark: {args.docs} documents, {args.queries} measured queries "
        f"per type and backend, database backend on {engine}"
    )
    print(
        "Latency in ms of the whole search as the view sees it (spelling "
        "correction, query, facet counts, labels)."
    )
    print()
    print_latency_table(on, "Relevance features on (as the site runs):")
    print(
        "hits = median result count; totals/facets = queries whose result "
        "count / every facet count is the same on both backends"
    )
    print()
    if off:
        print_latency_table(off, "Relevance features off:")
        print_relevance_cost(on, off)
    header = (
        f"{'index build':<14} {'seconds':>8} {'docs/s':>8}   searches during the build"
    )
    print(header)
    print("-" * len(header))
    for name in (ES, DB):
        print(
            f"{name:<14} {builds[name]:8.1f} {args.docs / builds[name]:8.0f}   "
            f"{probes[name]}"
        )
    print()
    print(f"Elasticsearch memory after the queries: {memory}")
    print()
    es_p95 = {
        k: p95(latencies([s for s in on if s.kind == k], ES)) for k, _ in QUERY_TYPES
    }
    db_p95 = {
        k: p95(latencies([s for s in on if s.kind == k], DB)) for k, _ in QUERY_TYPES
    }
    same = sum(s.totals[ES] == s.totals[DB] for s in on)
    print(
        f"Summary: {args.docs} docs on {engine}: worst p95 Elasticsearch "
        f"{max(es_p95.values()):.0f} ms ({max(es_p95, key=es_p95.get)}), database "
        f"{max(db_p95.values()):.0f} ms ({max(db_p95, key=db_p95.get)}); rebuild "
        f"{args.docs / builds[ES]:.0f} / {args.docs / builds[DB]:.0f} docs/s; "
        f"same result count in {same}/{len(on)} queries."
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
        help="measured queries per type and backend (default 20)",
    )
    parser.add_argument(
        "--skip-relevance-off",
        action="store_true",
        help="do not repeat the queries with the relevance features off",
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
        args.queries = 20
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
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from search.backends import get_search_backend
    from search.backends.base import SearchQuery
    from search.registry import registry

    # Measure every query, however slow: the site's time limit
    # (KB_SEARCH_TIMEOUT_MS) would stop the slowest ones and end the run.
    settings.KB_SEARCH_TIMEOUT_MS = 600_000
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
    now = timezone.now()
    builds, probes = {}, {}
    for name, backend in backends.items():
        log(f"rebuilding the {name} index with {len(documents)} documents …")
        progress = progress_logger(name, len(documents))
        probe_query = SearchQuery(text="børn", now=now)
        started = time.perf_counter()
        with Prober(backend, probe_query) as prober:
            count = backend.rebuild(
                iter(documents), total=len(documents), progress=progress
            )
        builds[name] = time.perf_counter() - started
        probes[name] = prober.summary()
        if prober.errors:
            log(f"  searches failed during the build: {prober.errors[:3]}")
        if count != len(documents):
            raise RuntimeError(f"{name} indexed {count} of {len(documents)} documents")
    if engine == "postgresql":
        # What autovacuum would do shortly after a rebuild: fresh planner stats.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    ids = {name: backend.document_ids() for name, backend in backends.items()}
    if ids["elasticsearch"] != ids["database"]:
        raise RuntimeError(
            "The backends hold different documents: "
            f"{len(ids['elasticsearch'] ^ ids['database'])} ids differ"
        )
    log(f"both backends hold the same {len(ids['database'])} documents")

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
    off = []
    if not args.skip_relevance_off:
        log("the same queries with the relevance features off …")
        settings.KB_SEARCH_RELEVANCE_FEATURES = False
        try:
            off = [Sample(s.kind, s.query) for s in plan]
            run_queries(backends, off, warmup[: len(QUERY_TYPES)])
        finally:
            settings.KB_SEARCH_RELEVANCE_FEATURES = True
    memory = elasticsearch_memory(args.es_url)
    print_report(args, engine, builds, probes, plan, off, memory)


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
