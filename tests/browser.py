"""Headless Chromium, driven over the Chrome DevTools protocol, for tests of HTML pages.

    with Browser() as browser:
        browser.open(path)
        browser.text()              # what a reader sees, after the page's scripts ran
        browser.evaluate("js")      # run JavaScript in the page and get its value
        browser.console             # console messages, script exceptions, CSP and network errors
        browser.requests            # every URL the page asked for, the page itself included

`render(path)` does the common case in one call. Tests that need the browser call
`chromium_or_skip()`: without a Chromium binary they skip and say why.
"""
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import websocket

BINARIES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# Without the background-networking flags Chromium phones home, which a closed network refuses.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--remote-debugging-port=0"]
TIMEOUT = 20.0


def find_chromium() -> str | None:
    """The Chromium binary: $CHROMIUM if set, else the first of BINARIES on the PATH."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    return next((found for name in BINARIES if (found := shutil.which(name))), None)


def chromium_or_skip() -> str:
    import pytest
    binary = find_chromium()
    if binary is None:
        pytest.skip("NO CHROMIUM: browser tests need a Chromium binary (Debian package `chromium`, "
                    "or set $CHROMIUM); they did not run.")
    return binary


class Browser:
    def __init__(self, binary: str | None = None, width: int = 1280, height: int = 900):
        self.binary = binary or find_chromium()
        self.size = (width, height)
        self.console: list[str] = []
        self.requests: list[str] = []
        self._events: list[dict] = []
        self._next_id = 0

    # ---- process ----
    def __enter__(self):
        self._profile = tempfile.mkdtemp(prefix="chromium-profile-")
        self._process = subprocess.Popen(
            [self.binary, *FLAGS, f"--user-data-dir={self._profile}",
             f"--window-size={self.size[0]},{self.size[1]}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            port = self._wait_for_port()
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT) as answer:
                page = next(t for t in json.load(answer) if t["type"] == "page")
            self._socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=TIMEOUT,
                                                       suppress_origin=True)
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.send(f"{domain}.enable")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        if getattr(self, "_socket", None):
            try:
                self.send("Browser.close")
            except Exception:  # the browser may close the socket before answering
                pass
            self._socket.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    def _wait_for_port(self) -> int:
        port_file = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if port_file.exists() and (lines := port_file.read_text().split()):
                return int(lines[0])
            if self._process.poll() is not None:
                raise RuntimeError(f"{self.binary} exited with code {self._process.returncode}")
            time.sleep(0.05)
        raise TimeoutError(f"{self.binary} did not open its DevTools port")

    # ---- protocol ----
    def send(self, method: str, **params):
        self._next_id += 1
        call_id = self._next_id
        self._socket.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def _receive(self) -> dict:
        message = json.loads(self._socket.recv())
        if "method" in message:
            self._record(message["method"], message.get("params", {}))
        return message

    def _record(self, method: str, params: dict):
        self._events.append({"method": method})
        if method == "Runtime.consoleAPICalled":
            values = [str(a.get("value", a.get("description", ""))) for a in params.get("args", [])]
            self.console.append(f"console.{params['type']}: {' '.join(values)}")
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.console.append(f"exception: {details.get('exception', {}).get('description', details['text'])}")
        elif method == "Log.entryAdded":
            entry = params["entry"]
            self.console.append(f"log.{entry['level']} ({entry['source']}): {entry['text']}")
        elif method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])

    def _wait_for_event(self, method: str):
        deadline = time.monotonic() + TIMEOUT
        while not any(e["method"] == method for e in self._events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {method} within {TIMEOUT} s")
            self._receive()

    # ---- what a test does ----
    def open(self, path, width: int | None = None, height: int | None = None):
        """Load a file at a viewport size; returns once its load event fired (scripts have run)."""
        self.console.clear()
        self.requests.clear()
        self._events.clear()
        self.send("Emulation.setDeviceMetricsOverride", width=width or self.size[0],
                  height=height or self.size[1], deviceScaleFactor=1, mobile=False)
        answer = self.send("Page.navigate", url=Path(path).resolve().as_uri())
        if answer.get("errorText"):
            raise RuntimeError(f"cannot open {path}: {answer['errorText']}")
        self._wait_for_event("Page.loadEventFired")
        return self

    def evaluate(self, expression: str):
        answer = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in answer:
            raise RuntimeError(f"{expression!r} threw: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def text(self) -> str:
        return self.evaluate("document.body.innerText")

    def dom(self) -> str:
        return self.evaluate("document.documentElement.outerHTML")

    def screenshot(self, path) -> Path:
        """A PNG of the whole page at the current viewport width."""
        size = self.send("Page.getLayoutMetrics")["cssContentSize"]
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        Path(path).write_bytes(base64.b64decode(shot["data"]))
        return Path(path)


@dataclass
class Rendered:
    text: str  # the page's visible text after its scripts ran
    dom: str  # the serialized DOM
    console: list[str]
    requests: list[str]
    screenshot: Path | None


def render(path, screenshot=None, width: int = 1280) -> Rendered:
    """Open a file in a fresh headless Chromium and return what it rendered."""
    with Browser(width=width) as browser:
        browser.open(path)
        shot = browser.screenshot(screenshot) if screenshot else None
        return Rendered(browser.text(), browser.dom(), list(browser.console), list(browser.requests), shot)
