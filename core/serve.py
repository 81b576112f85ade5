"""``perskamer serve``: a local preview of the output folder with live reload.

A small HTTP server (the standard library's, in a thread) on 127.0.0.1 serves the
output folder. Into every HTML *response* (never into the files on disk, which are
published as they are) it adds one line that loads ``/__perskamer/live.js``; that
script listens to ``/__perskamer/events`` (Server-Sent Events) and

* reloads the page when a rebuild wrote or removed HTML or CSS (or the page itself),
* shows a banner with the problems when the last rebuild had errors (a broken
  report, a config that does not validate, a crashing plugin), and hides it again
  when they are fixed.

Only files inside the output folder are served: no ``..``, no hidden files, no
symlinks that lead out, no directory listings.
"""

from __future__ import annotations

import json
import mimetypes
import queue
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

PREFIX = "/__perskamer/"
#: Comment lines sent on an idle event stream, to notice clients that went away.
KEEPALIVE_SECONDS = 20.0

LIVE_JS = r"""// perskamer preview: live reload and the error banner (not part of the published site)
(function () {
  "use strict";
  var me = document.currentScript;
  var loaded = me ? me.getAttribute("data-generation") : null;
  var here = decodeURIComponent(location.pathname.replace(/^\/+/, ""));
  if (here === "" || here.slice(-1) === "/") { here += "index.html"; }
  var banner = null;
  var note = null;
  var noteClosed = false;

  function box(id, role, css) {
    var el = document.createElement("div");
    el.id = id;
    el.setAttribute("role", role);
    el.style.cssText = css;
    document.body.appendChild(el);
    return el;
  }

  // el's content: an optional first element, a bold title and a list (at most 30 lines)
  function fill(el, first, heading, lines) {
    el.textContent = "";
    if (first) { el.appendChild(first); }
    var title = document.createElement("strong");
    title.textContent = heading;
    el.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:.4em 0 0;padding-left:1.2em";
    lines.slice(0, 30).forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      list.appendChild(item);
    });
    el.appendChild(list);
  }

  // reports whose ambition is only a suggestion: a note for the editors, which they can close
  function suggest(status) {
    var items = (status && status.ok && status.suggestions) || [];
    if (!items.length || noteClosed) {
      if (note) { note.remove(); note = null; }
      return;
    }
    if (!note) {
      note = box("perskamer-preview-suggestions", "status",
        "position:fixed;right:1em;bottom:1em;z-index:2147483646;max-width:32em;max-height:40vh;" +
        "overflow:auto;padding:.6em 1em;background:#fff4ce;color:#3b2f00;border:1px solid #c9a227;border-radius:6px;" +
        "font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25)");
    }
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", "Sluiten");
    close.style.cssText = "float:right;border:0;background:none;font-size:16px;cursor:pointer";
    close.onclick = function () { noteClosed = true; suggest(null); };
    fill(note, close, items.length + " verslag(en) zonder zekere ambitie. Voorstel (bevestig met ambitions_override):",
      items);
  }

  function show(status) {
    suggest(status);
    if (!status || status.ok) {
      if (banner) { banner.remove(); banner = null; }
      return;
    }
    if (!banner) {
      banner = box("perskamer-preview-banner", "alert",
        "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:45vh;overflow:auto;" +
        "margin:0;padding:.8em 1.2em;background:#8b0000;color:#fff;font:14px/1.45 system-ui,sans-serif;" +
        "box-shadow:0 -2px 8px rgba(0,0,0,.35);white-space:pre-wrap");
    }
    fill(banner, null, "perskamer: de laatste build had fouten" + (status.error ? " \u2013 " + status.error : "") +
      ". Wat online staat, is de laatste goede versie.", status.problems || []);
  }

  function concerns(paths) {
    for (var i = 0; i < paths.length; i++) {
      var p = paths[i];
      if (p === here || /\.(html|css)$/.test(p)) { return true; }
    }
    return false;
  }

  if (!window.EventSource) { return; }
  var source = new EventSource("/__perskamer/events");
  source.addEventListener("hello", function (e) {
    var data = JSON.parse(e.data);
    if (loaded !== null && String(data.generation) !== loaded && data.generation > Number(loaded)) {
      location.reload();
      return;
    }
    show(data.status);
  });
  source.addEventListener("reload", function (e) {
    var data = JSON.parse(e.data);
    if (concerns(data.paths || [])) {
      source.close();
      location.reload();
    }
  });
  source.addEventListener("status", function (e) { show(JSON.parse(e.data)); });
  window.addEventListener("pagehide", function () { source.close(); });
})();
"""

NOT_FOUND_HTML = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Niet gevonden</title></head>
<body><h1>Niet gevonden</h1><p>Deze pagina bestaat (nog) niet. Ze verschijnt hier vanzelf zodra ze gebouwd is.</p>
<p><a href="/index.html">Naar de startpagina</a></p></body></html>
"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    preview: PreviewServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "perskamer-preview"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        if self.server.preview.verbose:
            super().log_message(format, *args)

    # -- routing -----------------------------------------------------------------------
    def do_GET(self) -> None:
        self._handle(head=False)

    def do_HEAD(self) -> None:
        self._handle(head=True)

    def _handle(self, *, head: bool) -> None:
        preview = self.server.preview
        if not self._host_allowed():
            self._send(HTTPStatus.MISDIRECTED_REQUEST, b"only this computer's own names are served here\n", "text/plain; charset=utf-8", head=head)
            return
        path = urlsplit(self.path).path
        if path.startswith(PREFIX):
            name = path[len(PREFIX) :]
            if name == "events" and not head:
                self._events()
            elif name == "live.js":
                self._send(HTTPStatus.OK, LIVE_JS.encode(), "text/javascript; charset=utf-8", head=head)
            elif name == "status":
                body = json.dumps({"generation": preview.generation, "status": preview.status}).encode()
                self._send(HTTPStatus.OK, body, "application/json", head=head)
            elif (page := preview.plugin_page(name)) is not None:  # e.g. the anonymiser's review list
                self._send(HTTPStatus.OK, page, "text/html; charset=utf-8", head=head)
            else:
                self._not_found(head)
            return
        target, redirect = preview.resolve(path)
        if redirect:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if target is None:
            if path == "/favicon.ico":  # browsers ask for it on their own; the site need not have one
                self.send_response(HTTPStatus.NO_CONTENT)
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                return
            self._not_found(head)
            return
        try:
            data = target.read_bytes()
        except OSError:
            self._not_found(head)
            return
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype == "text/html":
            data = preview.inject(data)
            ctype = "text/html; charset=utf-8"
        elif ctype.startswith("text/") or ctype in ("application/json", "application/javascript"):
            ctype += "; charset=utf-8"
        self._send(HTTPStatus.OK, data, ctype, head=head)

    def _host_allowed(self) -> bool:
        """DNS rebinding guard (see :mod:`perskamer.hostcheck`)."""
        from .hostcheck import host_allowed

        bound, port = self.server.server_address[:2]
        return host_allowed(self.headers.get("Host"), str(bound), int(port))

    def _send(self, status: HTTPStatus, body: bytes, ctype: str, *, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    def _not_found(self, head: bool) -> None:
        body = self.server.preview.inject(NOT_FOUND_HTML.encode())
        self._send(HTTPStatus.NOT_FOUND, body, "text/html; charset=utf-8", head=head)

    def _events(self) -> None:
        preview = self.server.preview
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        inbox = preview.subscribe()
        try:
            self._write_event("hello", {"generation": preview.generation, "status": preview.status}, retry=1000)
            while not preview.stopping:
                try:
                    item = inbox.get(timeout=KEEPALIVE_SECONDS)
                except queue.Empty:
                    self.wfile.write(b": keepalive\n\n")
                    self.wfile.flush()
                    continue
                if item is None:
                    break
                self._write_event(*item)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        finally:
            preview.unsubscribe(inbox)
            self.close_connection = True

    def _write_event(self, event: str, data: Any, retry: int | None = None) -> None:
        chunk = ""
        if retry is not None:
            chunk += f"retry: {retry}\n"
        chunk += f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
        self.wfile.write(chunk.encode("utf-8"))
        self.wfile.flush()


class PreviewServer:
    """Serves ``root`` on ``host:port`` (port 0: any free port) with live reload."""

    def __init__(self, root: Path, *, port: int = 8000, host: str = "127.0.0.1", verbose: bool = False):
        if host not in ("127.0.0.1", "localhost"):
            raise ValueError("the preview server only listens on this computer (127.0.0.1)")
        self.root = Path(root).resolve()
        self.verbose = verbose
        self.generation = 0
        self.status: dict[str, Any] = {"ok": True, "problems": [], "error": None}
        self.stopping = False
        self._clients: set[queue.Queue[Any]] = set()
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.preview = self
        self._thread: threading.Thread | None = None
        self._pages_written: dict[int, int] = {}
        #: The last build's reports and its builder, for pages plugins serve (``perskamer_preview_page``).
        self.page_reports: list[Any] = []
        self.page_builder: Any = None

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._httpd.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        return f"http://{host}:{port}/"

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> PreviewServer:
        # A long poll interval keeps an idle server asleep; stop() wakes it with a connection.
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 30}, name="perskamer-serve", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping = True
        with self._lock:
            for inbox in self._clients:
                inbox.put(None)
        if self._thread is not None:
            stopper = threading.Thread(target=self._httpd.shutdown, daemon=True)
            stopper.start()
            for _ in range(50):
                try:
                    socket.create_connection(self.address, timeout=0.5).close()
                except OSError:
                    pass
                stopper.join(0.1)
                if not stopper.is_alive():
                    break
            self._thread.join(2)
        self._httpd.server_close()

    # -- files -------------------------------------------------------------------------------
    def resolve(self, url_path: str) -> tuple[Path | None, str | None]:
        """(file to serve, None) or (None, redirect) or (None, None) for "not found"."""
        path = unquote(url_path)
        if "\x00" in path or "\\" in path:
            return None, None
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if any(p == ".." or p.startswith(".") for p in parts):
            return None, None
        target = self.root.joinpath(*parts)
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError):
            return None, None
        if not resolved.is_relative_to(self.root):
            return None, None
        if resolved.is_dir():
            if not path.endswith("/"):
                return None, path + "/"
            resolved = resolved / "index.html"
        if not resolved.is_file():
            return None, None
        return resolved, None

    def inject(self, html: bytes) -> bytes:
        """The page with the live-reload script added (only in the response)."""
        tag = f'<script src="{PREFIX}live.js" data-generation="{self.generation}" defer></script>'.encode()
        lower = html.lower()
        at = lower.rfind(b"</body>")
        if at == -1:
            return html + tag
        return html[:at] + tag + html[at:]

    # -- events --------------------------------------------------------------------------------
    def subscribe(self) -> queue.Queue[Any]:
        inbox: queue.Queue[Any] = queue.Queue()
        with self._lock:
            self._clients.add(inbox)
        return inbox

    def unsubscribe(self, inbox: queue.Queue[Any]) -> None:
        with self._lock:
            self._clients.discard(inbox)

    @property
    def clients(self) -> int:
        with self._lock:
            return len(self._clients)

    def broadcast(self, event: str, data: Any) -> None:
        with self._lock:
            for inbox in self._clients:
                inbox.put((event, data))

    def notify(self, generation: int, paths: list[str], status: dict[str, Any]) -> None:
        """Tell the browsers: these output paths changed (reload if they show one) and the status."""
        self.status = status
        if generation:
            self.generation = max(self.generation, generation)
        self.broadcast("status", status)
        if paths:
            self.broadcast("reload", {"generation": self.generation, "paths": paths})

    def plugin_page(self, name: str) -> bytes | None:
        """The page a plugin serves at ``/__perskamer/<name>`` (``perskamer_preview_page``), or None."""
        builder = self.page_builder
        if builder is None or not name or "/" in name:
            return None
        results = builder.host.call("perskamer_preview_page", problems=[], first=True, name=name,
                                    reports=list(self.page_reports), context=builder.context)
        return results[0][1] if results else None

    def attach(self, watcher: Any) -> None:
        """Follow a :class:`~perskamer.watch.Watcher`: reload after each rebuild, banner on errors."""

        def on_rebuild(kind: str, rebuild: Any) -> None:
            result = rebuild.result
            if result is not None and getattr(result, "reports", None) is not None and kind == "pages":
                self.page_reports = list(result.reports)
                self.page_builder = getattr(watcher, "builder", None)
            if kind == "pages":
                paths = (list(result.written) + list(result.removed)) if result is not None else []
                self._pages_written[rebuild.number] = len(result.written) if result is not None else 0
                for old in [n for n in self._pages_written if n < rebuild.number - 20]:
                    del self._pages_written[old]
                self.notify(rebuild.number, paths, rebuild.status())
            elif kind == "slow":
                start = self._pages_written.pop(rebuild.number, 0)
                paths = list(result.written[start:]) if result is not None else []
                self.notify(0, paths, rebuild.status())
            else:
                self.notify(0, [], rebuild.status())

        watcher.listeners.append(on_rebuild)
        if watcher.last is not None:
            self.generation = watcher.last.number
            self.status = watcher.last.status()
