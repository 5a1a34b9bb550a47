"""The browser-test harness: a real server process with its own database,
the e-mails it writes, and checks run in Debian's Chromium through
Playwright (axe-core for accessibility, no sideways scrolling, screenshots).

The fixtures in ``conftest.py`` wire these together; tests import the
helpers from here::

    from tests.browser.harness import assert_accessible, log_in

Nothing here touches Django's ORM in the pytest process: everything that
needs the server's database runs in a subprocess against it
(:meth:`SiteServer.run_python`), so Playwright's event loop never meets
Django's async-safety checks.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
BROWSER_DIR = Path(__file__).resolve().parent
VAR_DIR = ROOT / "var"
SCREENSHOT_DIR = VAR_DIR / "screenshots"
SERVER_LOG = VAR_DIR / "browser" / "server.log"

CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = BROWSER_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps calling home and logs refused connections.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The known users: the superuser is created with the server; more with
# SiteServer.create_user(). Users log in on the site with their e-mail.
EDITOR_EMAIL = "redaktoer@example.dk"
PASSWORD = "hemmelig-kode-123"

SERVER_SETTINGS = "kb.settings.test"
SERVER_START_TIMEOUT = 60
# Variables of the pytest process that must not leak into the server's.
_SERVER_ENV_DROP = {
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "ELASTICSEARCH_INDEX",
    "KB_TEST_ELASTICSEARCH_INDEX",
    "KB_VAR_DIR",
    "MEDIA_ROOT",
    "PRIVATE_MEDIA_ROOT",
    "KB_EMAIL_FILE_PATH",
    "WAGTAILADMIN_BASE_URL",
}


# --- requirements ------------------------------------------------------------


def missing_requirements() -> list[str]:
    """What the browser tests lack on this machine, as readable reasons."""
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Chromium is not installed at {CHROMIUM}")
    if not AXE_JS.is_file():
        missing.append(
            f"axe-core is not installed ({AXE_JS.relative_to(ROOT)} is missing)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright is not installed")
    return missing


# --- the server process ------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_database(work_dir: Path, parent_url: str | None) -> Iterator[str]:
    """Yield the DATABASE_URL of a fresh, empty database for the server.

    SQLite (the default): a file in ``work_dir``. When the pytest run is on
    PostgreSQL (``parent_url``), a separate database ``<name>_browser`` on
    the same cluster, dropped again at the end.
    """
    if not parent_url or parent_url.startswith("sqlite"):
        yield f"sqlite:///{work_dir / 'browser.sqlite3'}"
        return

    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(parent_url)
    if "postgresql" not in config["ENGINE"]:
        raise RuntimeError(
            f"The browser tests support SQLite and PostgreSQL, not {config['ENGINE']}."
        )
    name = f"{config['NAME']}_browser"
    url = urlunsplit(urlsplit(parent_url)._replace(path=f"/{name}"))
    connect = {
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "autocommit": True,
    }

    def admin(statement: str) -> None:
        query = sql.SQL(statement).format(sql.Identifier(name))
        try:
            conn = psycopg.connect(dbname="postgres", **connect)
        except psycopg.OperationalError:
            conn = psycopg.connect(dbname=config["NAME"], **connect)
        with conn:
            conn.execute(query)

    # Without FORCE, so a run still using it (another checkout, say) makes
    # this one fail instead of losing its database.
    admin("DROP DATABASE IF EXISTS {}")
    admin("CREATE DATABASE {}")
    try:
        yield url
    finally:
        admin("DROP DATABASE IF EXISTS {} WITH (FORCE)")


_RUNNER = textwrap.dedent(
    """
    import json, os, sys
    import django
    django.setup()
    namespace = {"args": json.loads(os.environ["KB_BROWSER_ARGS"])}
    exec(compile(sys.stdin.read(), "<browser test helper>", "exec"), namespace)
    print("\\n@@result@@" + json.dumps(namespace.get("result"), default=str))
    """
)

_CREATE_USER = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.models import Affiliation
from kb.taxonomy.models import Municipality, Region

User = get_user_model()
email = args["email"]
user, _created = User.objects.get_or_create(
    username=args["username"] or email, defaults={"email": email}
)
user.email = email
user.first_name = args["first_name"]
user.last_name = args["last_name"]
user.is_superuser = user.is_staff = args["superuser"]
user.set_password(args["password"])
user.save()
if args["groups"]:
    user.groups.set(Group.objects.filter(name__in=args["groups"]))
    missing = set(args["groups"]) - set(user.groups.values_list("name", flat=True))
    assert not missing, f"unknown groups: {sorted(missing)}"
if args["municipality"] or args["region"]:
    Affiliation.objects.update_or_create(
        user=user,
        defaults={
            "municipality": (
                Municipality.objects.get(name=args["municipality"])
                if args["municipality"]
                else None
            ),
            "region": Region.objects.get(name=args["region"]) if args["region"] else None,
        },
    )
result = {"id": user.pk, "username": user.username, "email": user.email}
"""

_DELETE_SEARCH_INDEX = """
from django.conf import settings

from search.backends import get_search_backend

if "elasticsearch" in settings.KB_SEARCH_BACKENDS:
    get_search_backend("elasticsearch").delete_all_indices()
"""

# One process for the whole set-up (each Django start costs seconds). The
# demo content fills the search index (if any) through the signals.
_SET_UP_DATABASE = (
    _DELETE_SEARCH_INDEX
    + """
from django.core.management import call_command
from wagtail.models import Site

call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo_content")
# Full URLs (e-mails, iCal) point at the test server.
Site.objects.filter(is_default_site=True).update(
    hostname="127.0.0.1", port=args["port"]
)
"""
)


@dataclass
class SiteServer:
    """A running ``manage.py runserver`` with its own database and mailbox."""

    url: str
    env: dict[str, str]
    work_dir: Path
    mail_dir: Path
    log_path: Path
    process: subprocess.Popen | None = field(default=None, repr=False)

    # -- running Django code against the server's database --

    def manage(self, *args: str, timeout: float = 600) -> str:
        """Run ``manage.py <args>`` against the server's database; return
        its output, raise with the output when it fails."""
        return self._run(
            [sys.executable, "manage.py", *args],
            label=f"manage.py {' '.join(args)}",
            timeout=timeout,
        )

    def run_python(self, code: str, /, timeout: float = 120, **args: Any) -> Any:
        """Run Django code in a subprocess against the server's database.

        The keyword arguments are available to the code as the dict ``args``
        (JSON round-trip); whatever it assigns to ``result`` is returned
        (JSON, with ``str`` for anything else)::

            count = site_server.run_python(
                "from networks.models import Registration\\n"
                "result = Registration.objects.filter(email=args['email']).count()",
                email="a@example.dk",
            )
        """
        first_line = code.strip().splitlines()[0] if code.strip() else ""
        output = self._run(
            [sys.executable, "-c", _RUNNER],
            label=f"run_python: {first_line} …",
            timeout=timeout,
            stdin=textwrap.dedent(code),
            extra_env={"KB_BROWSER_ARGS": json.dumps(args)},
        )
        return json.loads(output.rsplit("@@result@@", 1)[1])

    def create_user(
        self,
        email: str,
        password: str = PASSWORD,
        *,
        username: str | None = None,
        superuser: bool = False,
        groups: tuple[str, ...] | list[str] = (),
        municipality: str | None = None,
        region: str | None = None,
        first_name: str = "",
        last_name: str = "",
    ) -> dict:
        """Create (or update) a user who logs in with ``username`` (default:
        the e-mail) and ``password``; optionally a superuser, a member of
        groups (e.g. ``accounts.models.BOOKER_GROUP``) and of one
        municipality or region (by name, e.g. "Odense"). Returns
        ``{"id", "username", "email"}``."""
        return self.run_python(
            _CREATE_USER,
            email=email,
            password=password,
            username=username,
            superuser=superuser,
            groups=list(groups),
            municipality=municipality,
            region=region,
            first_name=first_name,
            last_name=last_name,
        )

    def _run(
        self,
        command: list[str],
        *,
        label: str,
        timeout: float,
        stdin: str | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> str:
        result = subprocess.run(
            command,
            cwd=ROOT,
            env={**self.env, **(extra_env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        with self.log_path.open("a", encoding="utf-8") as log:
            log.write(f"$ {label}\n{result.stdout}{result.stderr}\n")
        if result.returncode != 0:
            raise RuntimeError(
                f"{label} failed (exit {result.returncode}):\n"
                f"{result.stdout[-3000:]}{result.stderr[-5000:]}"
            )
        return result.stdout

    # -- e-mail --

    def read_mails(
        self, *, to: str | None = None, subject: str | None = None
    ) -> list[Mail]:
        """The e-mails the server has sent, oldest first (see :func:`read_mails`)."""
        return read_mails(self.mail_dir, to=to, subject=subject)

    def find_mail(
        self, *, to: str | None = None, subject: str | None = None, timeout: float = 5
    ) -> Mail:
        """The newest e-mail to ``to`` whose subject contains ``subject``,
        waiting up to ``timeout`` seconds for it; fails with a list of what
        was sent."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.read_mails(to=to, subject=subject)
            if found:
                return found[-1]
            if time.monotonic() >= deadline:
                sent = "\n".join(
                    f"  - to {', '.join(mail.to)}: {mail.subject}"
                    for mail in self.read_mails()
                )
                raise AssertionError(
                    f"No e-mail to {to!r} with subject containing {subject!r}; "
                    f"sent so far:\n{sent or '  (none)'}"
                )
            time.sleep(0.1)

    def clear_mails(self) -> None:
        for path in self.mail_dir.glob("*"):
            path.unlink()


@contextmanager
def start_site_server(*, log_path: Path = SERVER_LOG) -> Iterator[SiteServer]:
    """Build a database with the demo content and the editor, start
    ``manage.py runserver`` on a free port, yield the :class:`SiteServer`,
    then stop it and remove its database and files."""
    work_dir = Path(tempfile.mkdtemp(prefix="kb-browser-"))
    mail_dir = work_dir / "mail"
    mail_dir.mkdir()
    work_log = work_dir / "server.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    parent = os.environ
    try:
        with server_database(work_dir, parent.get("DATABASE_URL")) as database_url:
            env = {k: v for k, v in parent.items() if k not in _SERVER_ENV_DROP}
            env.update(
                {
                    "DJANGO_SETTINGS_MODULE": SERVER_SETTINGS,
                    "DATABASE_URL": database_url,
                    "KB_VAR_DIR": str(work_dir),
                    "MEDIA_ROOT": str(work_dir / "media"),
                    "PRIVATE_MEDIA_ROOT": str(work_dir / "private"),
                    "KB_EMAIL_FILE_PATH": str(mail_dir),
                    "WAGTAILADMIN_BASE_URL": url,
                    "PYTHONUNBUFFERED": "1",
                }
            )
            # Elasticsearch only when this run has it, in an index of its own.
            if parent.get("ELASTICSEARCH_URL"):
                # Derived from the run's own index so parallel runs stay apart.
                base = parent.get("KB_TEST_ELASTICSEARCH_INDEX", "kb-test")
                env["KB_TEST_ELASTICSEARCH_INDEX"] = f"{base}-browser"
            server = SiteServer(
                url=url,
                env=env,
                work_dir=work_dir,
                mail_dir=mail_dir,
                log_path=work_log,
            )
            try:
                with _running(server, port):
                    yield server
            finally:
                if parent.get("ELASTICSEARCH_URL"):
                    try:
                        server.run_python(_DELETE_SEARCH_INDEX)
                    except (RuntimeError, subprocess.TimeoutExpired):
                        pass  # best effort; the next run deletes it first
    finally:
        if work_log.exists():
            log_path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work_log, log_path)
        shutil.rmtree(work_dir, ignore_errors=True)


@contextmanager
def _running(server: SiteServer, port: int) -> Iterator[None]:
    server.run_python(_SET_UP_DATABASE, timeout=900, port=port)
    server.create_user(
        EDITOR_EMAIL, superuser=True, first_name="Rikke", last_name="Redaktør"
    )

    with server.log_path.open("a", encoding="utf-8") as log:
        log.write(f"$ manage.py runserver 127.0.0.1:{port}\n")
        log.flush()
        # --insecure: serve the static files from the finders with DEBUG off.
        server.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--insecure",
                "--skip-checks",
            ],
            cwd=ROOT,
            env=server.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_answering(server)
        yield
    finally:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


def _wait_until_answering(server: SiteServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(server.url + "/", timeout=5):
                return
        except urllib.error.HTTPError as exc:
            exc.close()
            return  # it answers, even if not with 200; the tests will say
        except OSError:
            time.sleep(0.2)
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    raise RuntimeError(
        f"The test server at {server.url} did not answer within "
        f"{SERVER_START_TIMEOUT} s (exit code {server.process.poll()}):\n{log[-5000:]}"
    )


# --- e-mail ------------------------------------------------------------------


@dataclass
class Attachment:
    filename: str
    content_type: str
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8")


@dataclass
class Mail:
    subject: str
    from_email: str
    to: list[str]
    cc: list[str]
    body: str
    html: str | None
    attachments: list[Attachment]
    message: email.message.EmailMessage = field(repr=False, compare=False)

    def attachment(self, suffix: str) -> Attachment:
        """The attachment whose file name ends with ``suffix`` (e.g. ".ics")."""
        for attachment in self.attachments:
            if attachment.filename.endswith(suffix):
                return attachment
        names = [attachment.filename for attachment in self.attachments]
        raise AssertionError(f"No attachment ending in {suffix!r} in {names}")


# Django's file backend writes each message followed by a line of 79 dashes;
# one file holds the messages of one connection.
_MAIL_SEPARATOR = re.compile(rb"\r?\n-{79}\r?\n")


def read_mails(
    mail_dir: Path, *, to: str | None = None, subject: str | None = None
) -> list[Mail]:
    """Parse the e-mails Django's file backend wrote into ``mail_dir``,
    oldest first; ``to`` keeps those with that recipient (case-insensitive,
    To or Cc), ``subject`` those whose subject contains it."""
    files = sorted(mail_dir.glob("*.log"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    mails = []
    for path in files:
        for chunk in _MAIL_SEPARATOR.split(path.read_bytes()):
            if chunk.strip():
                mails.append(_parse_mail(chunk))
    if to is not None:
        mails = [m for m in mails if to.lower() in {a.lower() for a in m.to + m.cc}]
    if subject is not None:
        mails = [m for m in mails if subject in m.subject]
    return mails


def _addresses(message: email.message.EmailMessage, header: str) -> list[str]:
    return [
        addr for _name, addr in email.utils.getaddresses(message.get_all(header, []))
    ]


def _parse_mail(raw: bytes) -> Mail:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    attachments = [
        Attachment(
            filename=part.get_filename() or "",
            content_type=part.get_content_type(),
            content=part.get_payload(decode=True) or b"",
        )
        for part in message.iter_attachments()
    ]
    return Mail(
        subject=str(message["Subject"] or ""),
        from_email=str(message["From"] or ""),
        to=_addresses(message, "To"),
        cc=_addresses(message, "Cc"),
        body=plain.get_content() if plain is not None else "",
        html=html.get_content() if html is not None else None,
        attachments=attachments,
        message=message,
    )


# --- checks in the browser ---------------------------------------------------


def log_in(
    page, username: str = EDITOR_EMAIL, password: str = PASSWORD, *, next: str = "/"
) -> None:
    """Log in through the site's own form at /konto/login/ (allauth: e-mail
    and password; ``username`` is the user's e-mail) and land on ``next``."""
    page.goto(f"/konto/login/?next={quote(next)}")
    page.get_by_label("E-mail").fill(username)
    page.get_by_label("Adgangskode").fill(password)
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name="Log ind").click()
    if page.get_by_role("button", name="Log ud").count() == 0:
        alert = page.get_by_role("alert")
        message = alert.first.inner_text() if alert.count() else page.url
        raise AssertionError(f"Logging in as {username!r} failed: {message}")


def open_site_menu(page) -> None:
    """Open the header's "Menu" where it is folded (phones); from 700 px it
    is always open and its button hidden, so this does nothing there."""
    summary = page.locator("header details.site-menu > summary")
    if summary.is_visible() and not page.locator("details.site-menu[open]").count():
        summary.click()


def publish_in_admin(page) -> None:
    """Click "Publicér" in Wagtail's editor footer, as an editor does; it
    sits behind the actions toggle."""
    button = page.locator('button[name="action-publish"]')
    if not button.is_visible():
        page.locator("footer").get_by_role(
            "button", name=re.compile("handlinger|actions", re.I)
        ).first.click()
    with page.expect_navigation():
        button.click()


def search_user_picker(page, chooser, query: str):
    """Open the admin's user picker ``chooser`` (the field's ``.chooser``
    element, e.g. ``page.locator("#id_user-chooser")``), type ``query`` (part
    of a name or e-mail) and wait until the list shows the one match;
    returns the results, whose link (the person's name) chooses them."""
    from playwright.sync_api import expect

    chooser.scroll_into_view_if_needed()
    chooser.locator("[data-chooser-action-choose]:visible").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Søg efter navn eller e-mail").fill(query)
    results = dialog.locator("#search-results")
    expect(results.locator("tbody tr")).to_have_count(1)
    return results


def assert_accessible(
    page,
    context: str = "",
    *,
    include: str | None = None,
    disable_rules: tuple[str, ...] = (),
) -> None:
    """Run axe-core (WCAG 2.0/2.1 A and AA) on the page, or on the element
    matched by the CSS selector ``include``; fail listing every violation
    with its rule id, help text and target selectors. ``context`` is a
    label for the failure message (e.g. "front page")."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through DevTools, not as a <script> tag, which the
        # site's Content-Security-Policy (no inline script) would block.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    options = {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in disable_rules},
    }
    # Wagtail's userbar bundles axe too and runs it on page load for
    # editors; axe refuses a second run while one is going, so wait for it.
    results = page.evaluate(
        """async ([include, options]) => {
            for (let waited = 0; axe._running && waited < 15000; waited += 50) {
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            return axe.run(include ? {include: [include]} : document, options);
        }""",
        [include, options],
    )
    violations = results["violations"]
    if violations:
        lines = [
            f"axe found {len(violations)} accessibility violation(s) on "
            f"{context + ' – ' if context else ''}{page.url} "
            f"({_viewport_label(page)}):"
        ]
        for violation in violations:
            lines.append(
                f"- {violation['id']} [{violation.get('impact')}]: {violation['help']}"
                f" ({violation['helpUrl']})"
            )
            for node in violation["nodes"][:10]:
                target = " ".join(
                    " >> ".join(t) if isinstance(t, list) else t for t in node["target"]
                )
                lines.append(f"    {target}")
                summary = " ".join(node.get("failureSummary", "").split())
                if summary:
                    lines.append(f"      {summary[:300]}")
            if len(violation["nodes"]) > 10:
                lines.append(f"    … and {len(violation['nodes']) - 10} more")
        raise AssertionError("\n".join(lines))


def watch_csp_violations(page) -> list[str]:
    """The browser's console reports of Content-Security-Policy violations
    on ``page`` from now on (a script or style the policy blocked), so a
    test can assert there were none."""
    violations: list[str] = []

    def record(message) -> None:
        if "Content Security Policy" in message.text:
            violations.append(f"{page.url}: {message.text}")

    page.on("console", record)
    return violations


def assert_no_sideways_scroll(page, context: str = "") -> None:
    """Fail when the page is wider than the viewport (it scrolls sideways),
    naming the elements that stick out on the right."""
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    if widths["scroll"] <= widths["inner"]:
        return
    culprits = page.evaluate(
        """(inner) => {
            const describe = (el) => el.tagName.toLowerCase()
                + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim()
                    ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const wide = [...document.body.querySelectorAll('*')].filter(
                (el) => el.getBoundingClientRect().right > inner + 0.5);
            // Only the innermost ones: an element whose children all fit.
            return wide.filter((el) => ![...el.children].some((c) => wide.includes(c)))
                .slice(0, 10)
                .map((el) => describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
        }""",
        widths["inner"],
    )
    raise AssertionError(
        f"{context + ' – ' if context else ''}{page.url} scrolls sideways at "
        f"{_viewport_label(page)}: scrollWidth {widths['scroll']}px > "
        f"innerWidth {widths['inner']}px. Sticking out:\n  "
        + "\n  ".join(culprits or ["(no single element found)"])
    )


def _viewport_label(page) -> str:
    size = page.viewport_size
    return f"{size['width']}x{size['height']}" if size else "no viewport"


# --- screenshots -------------------------------------------------------------


def screenshot_path(test_name: str, label: str = "") -> Path:
    """var/screenshots/<test name>[-<label>].png with a file-name-safe name;
    "test_x[375]" becomes "test_x-375"."""
    name = test_name.replace("[", "-").replace("]", "")
    if label:
        name = f"{name}-{label}"
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_")
    return SCREENSHOT_DIR / f"{name}.png"


def save_screenshot(
    page, test_name: str, label: str = "", *, full_page: bool = True
) -> Path:
    path = screenshot_path(test_name, label)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=full_page)
    return path
