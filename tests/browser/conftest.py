"""Fixtures of the browser tests: a real server process, Debian's Chromium
through Playwright, and a ``page`` at two viewports.

Every test in this folder is marked ``browser`` (deselect them with
``-m "not browser"``). Without Chromium or axe-core (``scripts/browser``
installs both) they are skipped, and fail when ``CI=true``.

Fixtures (one per run of this package, torn down after its last test,
unless noted):

- ``site_server`` – :class:`~tests.browser.harness.SiteServer`: ``.url``,
  ``.create_user(email, password=PASSWORD, *, superuser, groups,
  municipality, region, …)``, ``.run_python(code, **args)``,
  ``.manage(*args)``, ``.read_mails(to=, subject=)``,
  ``.find_mail(to=, subject=, timeout=5)``, ``.clear_mails()``.
- ``base_url`` – the server's address, e.g. ``http://127.0.0.1:43121``.
- ``read_mails`` – ``site_server.read_mails``.
- ``browser`` – the Playwright ``Browser`` (Chromium).
- ``viewport`` (per test) – ``Viewport`` "1280" (desktop 1280x900) or "375"
  (phone 375x812); parametrizes every test that uses it.
- ``browser_context`` (per test) – a fresh context (no cookies) at that
  viewport, Danish locale, Copenhagen time, ``base_url`` set so
  ``page.goto("/soeg/")`` works.
- ``new_page`` (per test) – ``new_page() -> Page`` in a context of its own
  (another person, other cookies) at the same viewport.
- ``page`` (per test) – a page in it; on failure a screenshot is saved as
  ``var/screenshots/<module>.<test>-<viewport>-failure.png``.
- ``screenshot`` (per test) – ``screenshot(label="") -> Path`` saves a
  full-page screenshot under ``var/screenshots/`` named after the test.

Django's ORM in the pytest process is of no use here: it would talk to the
test database, not the server's, and while Playwright runs it refuses with
SynchronousOnlyOperation. Use ``site_server.run_python`` instead.

Helpers to import from :mod:`tests.browser.harness`: ``log_in(page,
username=EDITOR_EMAIL, password=PASSWORD, *, next="/")``,
``assert_accessible(page, context="", *, include=None, disable_rules=())``,
``assert_no_sideways_scroll(page, context="")``, ``EDITOR_EMAIL``,
``PASSWORD``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser import harness

_reports = pytest.StashKey[dict]()


@dataclass(frozen=True)
class Viewport:
    id: str
    width: int
    height: int
    mobile: bool


VIEWPORTS = [
    Viewport("1280", 1280, 900, mobile=False),
    Viewport("375", 375, 812, mobile=True),
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if harness.BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.stash.setdefault(_reports, {})[report.when] = report
    return report


@pytest.fixture(scope="package")
def browser_requirements():
    """Skip (or, with CI=true, fail) when Chromium or axe-core is missing."""
    missing = harness.missing_requirements()
    if missing:
        reason = "; ".join(missing) + ". Run scripts/browser to install them."
        if os.environ.get("CI") == "true":
            pytest.fail(f"Browser tests cannot run in CI: {reason}", pytrace=False)
        pytest.skip(f"Browser tests skipped: {reason}")


@pytest.fixture(scope="package")
def site_server(browser_requirements):
    with harness.start_site_server() as server:
        yield server


@pytest.fixture(scope="package")
def base_url(site_server) -> str:
    return site_server.url


@pytest.fixture(scope="package")
def read_mails(site_server):
    return site_server.read_mails


@pytest.fixture(scope="package")
def playwright(browser_requirements):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="package")
def browser(playwright):
    browser = playwright.chromium.launch(
        executable_path=str(harness.CHROMIUM),
        args=harness.CHROMIUM_ARGS,
        headless=True,
    )
    yield browser
    browser.close()


@pytest.fixture(params=VIEWPORTS, ids=[viewport.id for viewport in VIEWPORTS])
def viewport(request) -> Viewport:
    return request.param


def _new_context(browser, base_url, viewport):
    """A browser context as a Danish user at ``viewport`` has it."""
    context = browser.new_context(
        base_url=base_url,
        viewport={"width": viewport.width, "height": viewport.height},
        is_mobile=viewport.mobile,
        has_touch=viewport.mobile,
        locale="da-DK",
        timezone_id="Europe/Copenhagen",
    )
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def browser_context(browser, base_url, viewport):
    context = _new_context(browser, base_url, viewport)
    yield context
    context.close()


@pytest.fixture
def new_page(browser, base_url, viewport):
    """Makes pages in browsers of their own (another person, other
    cookies), at the test's viewport."""
    contexts = []

    def make():
        contexts.append(_new_context(browser, base_url, viewport))
        return contexts[-1].new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(browser_context, request):
    page = browser_context.new_page()
    yield page
    reports = request.node.stash.get(_reports, {})
    if any(report.failed for report in reports.values()):
        try:
            path = harness.save_screenshot(page, _test_name(request), "failure")
        except Exception as exc:  # a screenshot must never hide the real failure
            print(f"Could not save a failure screenshot: {exc}")
        else:
            print(f"Failure screenshot: {path.relative_to(harness.ROOT)}")
    page.close()


@pytest.fixture
def screenshot(page, request):
    def take(label: str = "", *, full_page: bool = True) -> Path:
        return harness.save_screenshot(
            page, _test_name(request), label, full_page=full_page
        )

    return take


def _test_name(request) -> str:
    return f"{request.node.module.__name__.rsplit('.', 1)[-1]}.{request.node.name}"
