"""A page of graph.html in Debian's Chromium, driven by Playwright, offline: the fixtures the
browser tests share (``browser``, ``explorer``) and the :class:`Explorer` that records every
request and console error a page makes.

Skipped when Chromium or Playwright is missing, except under CI=true, where that is a failure.
Never run `playwright install`: the tests use /usr/bin/chromium.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.export.html import write_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
CI = os.environ.get("CI") == "true"
READY_TIMEOUT_MS = 30_000


def _unavailable(message: str):
    if CI:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        _unavailable(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Explorer:
    """One page of graph.html, with every request and console error it caused."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900},
                                           bypass_csp=bypass_csp, accept_downloads=True)
        self.page = self.context.new_page()
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        self.page.route("**/*", self._route)

    def _console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def open(self) -> "Explorer":
        started = time.monotonic()
        self.page.goto(self.url)
        # A selector, not wait_for_function: the page's CSP forbids the eval that polling uses.
        self.page.wait_for_selector("body[data-ready=true]", state="attached",
                                    timeout=READY_TIMEOUT_MS)
        self.load_seconds = time.monotonic() - started
        return self

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def settle(self, timeout: float = 5.0):
        """Wait until the view stops moving (focus animations, canvas resizes)."""
        state = ("JSON.stringify([kgExplorer.network.getViewPosition(),"
                 " kgExplorer.network.getScale()])")
        deadline, last = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            current = self.js(state)
            if current == last:
                return
            last = current
            self.page.wait_for_timeout(150)

    def panel_text(self) -> str:
        return self.js("window.kgExplorer.panelText()")

    def node_point(self, node_id: str) -> dict:
        """Page coordinates of a node's centre."""
        return self.js(
            """(id) => {
                const net = window.kgExplorer.network;
                const dom = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.querySelector('#kg-network canvas').getBoundingClientRect();
                return {x: box.left + dom.x, y: box.top + dom.y};
            }""",
            node_id,
        )

    def download(self, selector: str) -> tuple[str, bytes]:
        """Click ``selector`` and return the name and bytes of the file the page offers."""
        with self.page.expect_download() as info:
            self.page.click(selector)
        download = info.value
        return download.suggested_filename, Path(download.path()).read_bytes()

    def network_requests(self) -> list[str]:
        """Every request but the page itself and the page's own downloads (blob: URLs)."""
        return [url for url in self.requests if url != self.url and not url.startswith("blob:")]

    def close(self):
        self.context.close()


@pytest.fixture
def explorer(browser, tmp_path):
    opened = []

    def open_graph(graph, **options):
        bypass_csp = options.pop("bypass_csp", False)
        path = tmp_path / f"graph{len(opened)}.html"
        write_html(graph, path, **options)
        page = Explorer(browser, path, bypass_csp=bypass_csp)
        opened.append(page)
        return page.open()

    yield open_graph
    for page in opened:
        page.close()
