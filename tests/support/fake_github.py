"""A stateful fake of the GitHub REST API on 127.0.0.1, strict where GitHub is strict.

Real PyGithub talks real HTTP to it. It validates reviews the way GitHub does:
a review whose comments include one line that is not on the RIGHT side of a
hunk of that file's patch is rejected whole with 422. Its hunk arithmetic is
its own (not the bot's diff parser), so a bug there cannot hide itself.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOT_LOGIN = "github-actions[bot]"
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def right_side_hunks(patch: str) -> list[set[int]]:
    """New-side line numbers of each hunk of a GitHub per-file patch."""
    hunks: list[set[int]] = []
    line = 0
    for raw in patch.split("\n"):
        m = _HUNK.match(raw)
        if m:
            hunks.append(set())
            line = int(m.group(1))
            continue
        if not hunks or raw.startswith("\\"):
            continue
        if raw.startswith("-"):
            continue
        if raw.startswith(("+", " ")):
            hunks[-1].add(line)
            line += 1
    return hunks


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    status: int


@dataclass
class PullState:
    number: int
    head_sha: str
    base_sha: str
    files: list[dict[str, Any]]
    review_comments: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    state: str = "open"


class FakeGitHub:
    def __init__(self, *, token: str = "test-token", owner: str = "acme", repo: str = "webapp") -> None:
        self.token = token
        self.full_name = f"{owner}/{repo}"
        self.pulls: dict[int, PullState] = {}
        self.contents: dict[tuple[str, str], bytes] = {}
        self.requests: list[Recorded] = []
        self.login = BOT_LOGIN
        self._ids = itertools.count(1000)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # lifecycle ---------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeGitHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # state -------------------------------------------------------------
    def add_pull(self, pull: PullState) -> None:
        self.pulls[pull.number] = pull

    def writes(self) -> list[Recorded]:
        return [r for r in self.requests if r.method != "GET"]

    # HTTP --------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def _reply(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str) -> None:
                parsed = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(parsed.query)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                auth = self.headers.get("Authorization", "")
                if auth not in (f"token {fake.token}", f"Bearer {fake.token}"):
                    status, payload, headers = 401, {"message": "Bad credentials"}, {}
                else:
                    with fake._lock:
                        status, payload, headers = fake._route(method, parsed.path, query, body)
                fake.requests.append(Recorded(method, parsed.path, query, body, status))
                self._reply(status, payload, headers)

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

            def do_PATCH(self) -> None:
                self._handle("PATCH")

            def do_PUT(self) -> None:
                self._handle("PUT")

            def do_DELETE(self) -> None:
                self._handle("DELETE")

        return Handler

    def _page(self, path: str, query: dict[str, list[str]], items: list[Any]) -> tuple[int, Any, dict[str, str]]:
        per_page = min(int(query.get("per_page", ["30"])[0]), 100)
        page = int(query.get("page", ["1"])[0])
        last = max(1, -(-len(items) // per_page))
        chunk = items[(page - 1) * per_page : page * per_page]
        links = []
        if page < last:
            links.append(f'<{self.url}{path}?per_page={per_page}&page={page + 1}>; rel="next"')
            links.append(f'<{self.url}{path}?per_page={per_page}&page={last}>; rel="last"')
        if page > 1:
            links.append(f'<{self.url}{path}?per_page={per_page}&page=1>; rel="first"')
            links.append(f'<{self.url}{path}?per_page={per_page}&page={page - 1}>; rel="prev"')
        return 200, chunk, ({"Link": ", ".join(links)} if links else {})

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, Any, dict[str, str]]:
        prefix = f"/repos/{self.full_name}"
        if not path.startswith(prefix + "/"):
            return 404, {"message": "Not Found"}, {}
        rest = path[len(prefix) :]
        m = re.fullmatch(r"/pulls/(\d+)(/files|/comments|/reviews)?", rest)
        if m:
            pull = self.pulls.get(int(m.group(1)))
            if pull is None:
                return 404, {"message": "Not Found"}, {}
            sub = m.group(2)
            if method == "GET" and sub == "/files":
                return self._page(path, query, pull.files[:3000])
            if method == "GET" and sub == "/comments":
                return self._page(path, query, pull.review_comments)
            if method == "GET" and sub == "/reviews":
                return self._page(path, query, pull.reviews)
            if method == "POST" and sub == "/reviews":
                return self._create_review(pull, body or {})
            if method == "GET" and sub is None:
                return 200, {"number": pull.number, "state": pull.state,
                             "head": {"sha": pull.head_sha}, "base": {"sha": pull.base_sha}}, {}
        m = re.fullmatch(r"/contents/(.+)", rest)
        if m and method == "GET":
            file_path = urllib.parse.unquote(m.group(1))
            ref = query.get("ref", [""])[0]
            data = self.contents.get((ref, file_path))
            if data is None:
                return 404, {"message": "Not Found"}, {}
            return 200, {"type": "file", "encoding": "base64", "path": file_path,
                         "name": file_path.rsplit("/", 1)[-1], "sha": "0" * 40, "size": len(data),
                         "content": base64.b64encode(data).decode()}, {}
        m = re.fullmatch(r"/commits/([0-9a-f]{7,40})", rest)
        if m and method == "GET":
            return 200, {"sha": m.group(1)}, {}
        return 404, {"message": "Not Found"}, {}

    def _create_review(self, pull: PullState, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        event = body.get("event")
        if event not in (None, "COMMENT", "APPROVE", "REQUEST_CHANGES"):
            return 422, {"message": "Unprocessable Entity", "errors": [f"bad event {event!r}"]}, {}
        commit_id = body.get("commit_id") or pull.head_sha
        if commit_id != pull.head_sha:
            return 422, {"message": "Unprocessable Entity", "errors": ["commit_id is not the PR head"]}, {}
        patches = {f["filename"]: f.get("patch") for f in pull.files}
        comments = body.get("comments") or []
        for c in comments:
            error = self._comment_error(c, patches)
            if error:
                return 422, {"message": "Unprocessable Entity", "errors": [error]}, {}
        review_id = next(self._ids)
        user = {"login": self.login, "type": "Bot", "id": 41898282}
        review = {"id": review_id, "user": user, "body": body.get("body", ""),
                  "state": "COMMENTED" if event in (None, "COMMENT") else event + "D",
                  "commit_id": commit_id, "submitted_at": "2026-11-27T10:00:00Z"}
        pull.reviews.append(review)
        for c in comments:
            pull.review_comments.append({
                "id": next(self._ids), "pull_request_review_id": review_id, "user": user,
                "body": c["body"], "path": c["path"], "line": c["line"], "original_line": c["line"],
                "start_line": c.get("start_line"), "side": "RIGHT", "commit_id": commit_id,
                "original_commit_id": commit_id, "created_at": "2026-11-27T10:00:00Z",
                "updated_at": "2026-11-27T10:00:00Z",
            })
        return 200, review, {}

    @staticmethod
    def _comment_error(c: dict[str, Any], patches: dict[str, str | None]) -> str | None:
        for key in ("path", "body", "line"):
            if key not in c:
                return f"comment lacks {key}"
        if c.get("side", "RIGHT") != "RIGHT" or c.get("start_side", "RIGHT") != "RIGHT":
            return "only RIGHT-side comments are expected"
        if c["path"] not in patches or patches[c["path"]] is None:
            return f"Path could not be resolved: {c['path']}"
        hunks = right_side_hunks(patches[c["path"]] or "")
        hunk = next((h for h in hunks if c["line"] in h), None)
        if hunk is None:
            return "Pull request review thread line must be part of the diff"
        start = c.get("start_line")
        if start is not None and (start >= c["line"] or start not in hunk):
            return "Pull request review thread start line must be part of the same hunk as the line."
        if len(c["body"]) > 65536:
            return "body is too long (maximum is 65536 characters)"
        return None
