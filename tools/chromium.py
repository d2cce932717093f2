"""Headless Chromium driven over the DevTools protocol, for the browser test and the README's
screenshots (not shipped; standard library only).

The protocol runs over a pair of pipes (`--remote-debugging-pipe`: commands in on fd 3, replies
and events out on fd 4, each a JSON message ending in a NUL byte), so no port is opened and
nothing is left listening. Chromium gets a new empty profile, and no network: the flags turn
its own traffic off and every host name resolves to nothing.

    with Chromium() as browser:
        page = browser.open(Path("report.html"))   # waits for the load event and the fonts
        page.evaluate("document.title")
        page.errors                                 # console errors and exceptions so far
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # no host resolves: nothing leaves the machine
    "--remote-debugging-pipe",
]
TIMEOUT = 60.0  # seconds for one reply: a busy machine is slow, a hung browser is an error


def find() -> str | None:
    """The Chromium binary: $OPSPLAN_CHROMIUM, else `chromium` or `chromium-browser` on PATH."""
    given = os.environ.get("OPSPLAN_CHROMIUM")
    if given:
        return given if os.access(given, os.X_OK) else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


class BrowserError(RuntimeError):
    """Chromium ended, did not answer in time, or answered a command with an error."""


class Chromium:
    """One headless Chromium process and its protocol connection."""

    def __init__(self, binary: str | None = None, env: dict[str, str] | None = None) -> None:
        self.binary = binary or find()
        if self.binary is None:
            raise BrowserError("no Chromium found (install Debian's chromium package)")
        self.env = env
        self.profile = tempfile.TemporaryDirectory(prefix="opsplan-chromium-")
        self.next_id = 0
        self.buffer = b""
        self.events: list[dict[str, Any]] = []
        commands_r, self.commands = os.pipe()
        self.replies, replies_w = os.pipe()

        def plumb() -> None:  # in the child: the two pipe ends on fds 3 and 4
            high_r = fcntl.fcntl(commands_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(replies_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self.process = subprocess.Popen(
            [self.binary, *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,
            pass_fds=(3, 4),
            preexec_fn=plumb,  # the test process runs no threads
            env=self.env,
        )
        os.close(commands_r)
        os.close(replies_w)

    def __enter__(self) -> Chromium:
        """The browser, closed at the end of the block."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Close the browser."""
        self.close()

    def close(self) -> None:
        """End Chromium (asked first, then killed) and remove its profile."""
        if self.process.poll() is None:
            with contextlib.suppress(BrowserError, OSError):
                self.send("Browser.close", timeout=10)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self.commands, self.replies):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.log.close()
        self.profile.cleanup()

    def output(self) -> str:
        """What Chromium printed (for a failure message)."""
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-3000:]

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None,
        timeout: float = TIMEOUT,
    ) -> dict[str, Any]:  # fmt: skip
        """Send a command and wait for its reply (events that arrive meanwhile are kept)."""
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_for(self, method: str, session: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The first event `method` of `session` (one that already came, or the next)."""
        deadline = time.monotonic() + timeout
        while True:
            for n, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self.events[n]
                    return event
            self.events.append(self._read(deadline))

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"Chromium did not answer in time\n{self.output()}")
            ready, _, _ = select.select([self.replies], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.replies, 1 << 20)
            if not chunk:
                raise BrowserError(f"Chromium ended\n{self.output()}")
            self.buffer += chunk
        raw, _, self.buffer = self.buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def open(self, path: Path, *, width: int = 860, height: int = 1200) -> Page:
        """A new tab showing `path`, once it has loaded and its fonts are ready."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, target, session)
        for domain in ("Runtime", "Log", "Page"):
            self.send(f"{domain}.enable", session=session)
        page.viewport(width, height)
        url = path.resolve().as_uri()
        self.send("Page.navigate", {"url": url}, session=session)
        loaded = f"location.href === {json.dumps(url)} && document.readyState === 'complete'"
        while True:  # a load event of the blank page may come first: wait for this one's
            self.wait_for("Page.loadEventFired", session)
            if page.evaluate(loaded):
                break
        page.evaluate("document.fonts.ready.then(() => true)")
        return page


class Page:
    """A tab: evaluate JavaScript in it (the DevTools protocol's, which the page's own policy
    does not govern), emulate print, take a screenshot; its console errors so far."""

    def __init__(self, browser: Chromium, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A command to this tab."""
        return self.browser.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (awaited when it is a promise)."""
        reply = self.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
        )
        if "exceptionDetails" in reply:
            raise BrowserError(f"evaluate: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def viewport(self, width: int, height: int) -> None:
        """Lay the page out `width` CSS pixels wide."""
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
        self.send("Emulation.setDeviceMetricsOverride", metrics)

    def media(self, media: str) -> None:
        """Lay the page out for `print` or `screen`."""
        self.send("Emulation.setEmulatedMedia", {"media": media})

    @property
    def errors(self) -> list[str]:
        """The console errors, exceptions and failed loads of this tab so far."""
        found = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            params = event.get("params", {})
            if event.get("method") == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(params["entry"].get("text", ""))
            elif event.get("method") == "Runtime.exceptionThrown":
                found.append(str(params.get("exceptionDetails", {}).get("text", "")))
            elif event.get("method") == "Runtime.consoleAPICalled" and params["type"] in (
                "error",
                "assert",
            ):
                found.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
        return found

    def screenshot(self, path: Path, *, scale: float = 1.0) -> None:
        """A PNG of the whole page, `scale` device pixels a CSS pixel."""
        size = self.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        metrics = {"width": size[0], "height": size[1], "deviceScaleFactor": scale}
        self.send("Emulation.setDeviceMetricsOverride", {**metrics, "mobile": False})
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.write_bytes(base64.b64decode(shot["data"]))

    def pdf(self) -> bytes:
        """The page printed as the browser prints it (the page's own @page size)."""
        printed = self.send("Page.printToPDF", {"preferCSSPageSize": True})
        return base64.b64decode(printed["data"])

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.closeTarget", {"targetId": self.target})
