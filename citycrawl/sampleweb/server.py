"""One HTTP/1.1 server that answers for every host of the sample web, as a forward proxy does.

Requests come either in proxy form (``GET http://www.ville.fr/path HTTP/1.1``) or in origin form
with a ``Host`` header. A host the sample web does not know gets its connection closed without a
response: what a crawler sees behind a proxy when DNS fails.
"""
import asyncio
import collections
import contextlib
import hashlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .web import Reply, Web

logger = logging.getLogger(__name__)

MAX_HEAD = 64 * 1024  # request line + headers
MAX_REQUEST_BODY = 1024 * 1024
# The request log keeps the most recent requests only, so that long benchmarks stay bounded.
REQUEST_LOG_SIZE = 500_000

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request",
            403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error",
            503: "Service Unavailable"}


class RequestLog:
    """(host, path) of the latest requests in arrival order. The server's loop thread appends while a test or a
    benchmark reads it during a crawl, so every read is a snapshot taken under a lock (iterating a deque that
    another thread appends to raises "deque mutated during iteration")."""

    def __init__(self, size: int):
        self._items = collections.deque(maxlen=size)
        self._lock = threading.Lock()

    def append(self, item: tuple[str, str]) -> None:
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __iter__(self):
        with self._lock:
            return iter(list(self._items))

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


@dataclass
class Request:
    method: str
    host: str
    target: str  # path and query, as requested
    headers: dict = field(default_factory=dict)
    port: int = 0  # the port the server listens on (some hostile pages link to it)


class SampleWebServer:
    def __init__(self, web: Web):
        self.web = web
        self.requests = RequestLog(REQUEST_LOG_SIZE)
        self.user_agents = collections.Counter()  # User-Agent header -> requests that sent it
        self.bodies_sent = 0  # 200 answers with a page
        self.not_modified = 0  # 304 answers to a conditional request
        self.port = 0
        self._server = None
        self._tasks = set()

    async def start(self, host="127.0.0.1", port=0):
        self._server = await asyncio.start_server(self._connection, host, port, backlog=1024, limit=MAX_HEAD)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self):
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _connection(self, reader, writer):
        task = asyncio.current_task()
        self._tasks.add(task)
        try:
            while await self._one_exchange(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()

    async def _one_exchange(self, reader, writer) -> bool:
        """Serve one request; False when the connection must end."""
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        try:
            method, target, version = lines[0].split(" ")
        except ValueError:
            await self._send(writer, "HTTP/1.1", "HEAD", Reply.text(400, "Bad Request"), keep_alive=False)
            return False
        headers = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        if length > MAX_REQUEST_BODY:
            return False
        if length:
            await reader.readexactly(length)

        host, path = _host_and_path(target, headers.get("host", ""))
        self.requests.append((host, path))
        self.user_agents[headers.get("user-agent", "")] += 1
        site = self.web.host(host)
        if site is None:
            _abort(writer)
            return False
        if method not in ("GET", "HEAD"):
            reply = Reply.text(405, "Method Not Allowed")
        else:
            try:
                reply = site.respond(Request(method, host, path, headers, self.port))
            except Exception:  # a bug in one page must not take the connection down silently
                logger.exception("sampleweb: error answering %s%s", host, path)
                reply = Reply.text(500, "Internal Server Error")
        reply = self._conditional(reply, headers)
        if reply.action == "hang":
            await reader.read()  # wait until the client gives up; other connections go on
            return False
        if reply.action == "reset":
            _reset(writer)
            return False
        connection = (headers.get("connection") or headers.get("proxy-connection") or "").lower()
        keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"
        await self._send(writer, version, method, reply, keep_alive)
        return keep_alive

    def _conditional(self, reply, headers):
        """Pages carry an ETag, as most real sites' do; a request that already has the page gets
        304 Not Modified and no body (what a re-crawl with an HTTP cache should cost a site)."""
        if reply.status != 200 or not isinstance(reply.body, bytes):
            return reply
        etag = '"' + hashlib.blake2b(reply.body, digest_size=12).hexdigest() + '"'
        if headers.get("if-none-match") == etag:
            self.not_modified += 1
            return Reply(304, [("ETag", etag)], b"")
        self.bodies_sent += 1
        return Reply(reply.status, [*reply.headers, ("ETag", etag)], reply.body, reply.length, reply.action)

    async def _send(self, writer, version, method, reply, keep_alive):
        body = reply.body
        size = reply.length if reply.length is not None else len(body)
        head = [f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Unknown')}",
                f"Content-Length: {size}",
                "Connection: keep-alive" if keep_alive else "Connection: close"]
        head += [f"{name}: {value}" for name, value in reply.headers]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        if method != "HEAD":
            if isinstance(body, bytes):
                writer.write(body)
            else:
                for chunk in body:  # streamed: never the whole body in memory
                    writer.write(chunk)
                    await writer.drain()
        await writer.drain()


def _host_and_path(target: str, host_header: str):
    if "://" in target:
        parts = urlsplit(target)
        host = parts.hostname or ""
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return host.rstrip(".").lower(), path
    host = host_header.rsplit(":", 1)[0] if not host_header.startswith("[") else host_header
    return host.rstrip(".").lower(), target or "/"


def _abort(writer):
    writer.transport.abort()


def _reset(writer):
    sock = writer.get_extra_info("socket")
    if sock is not None:
        # Linger 0: closing sends a TCP reset instead of an orderly FIN.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@dataclass
class RunningServer:
    """A server running in a background thread (see ``serve``)."""
    server: SampleWebServer
    host: str

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def proxy_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def requests(self):
        return self.server.requests

    @property
    def web(self) -> Web:
        return self.server.web

    def __getattr__(self, name):  # bodies_sent, not_modified: the server's counters
        return getattr(self.server, name)


@contextlib.contextmanager
def serve(port=0, generated=0, seed=0, hostile=False, host="127.0.0.1", pages=None, scripted=False, holdout=False):
    """Run the sample web (or its holdout alone) in a background thread for the duration of the ``with`` block."""
    server = SampleWebServer(Web(generated=generated, seed=seed, hostile=hostile, pages=pages, scripted=scripted,
                                 holdout=holdout))
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    failure = []

    def run():
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.start(host, port))
        except OSError as exc:
            failure.append(exc)
            ready.set()
            return
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.close())
        loop.close()

    thread = threading.Thread(target=run, name="sampleweb", daemon=True)
    thread.start()
    ready.wait()
    if failure:
        raise failure[0]
    try:
        yield RunningServer(server, host)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)


def run_forever(port, host="127.0.0.1", generated=0, seed=0, hostile=False, pages=None, announce=print,
                holdout=False):
    """Serve in the foreground until interrupted (the CLI)."""
    async def main():
        server = SampleWebServer(Web(generated=generated, seed=seed, hostile=hostile, pages=pages, holdout=holdout))
        await server.start(host, port)
        announce(f"sampleweb listening on http://{host}:{server.port}")
        try:
            await asyncio.Event().wait()
        finally:
            await server.close()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
