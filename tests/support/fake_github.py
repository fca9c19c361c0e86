"""A stateful fake of the GitHub REST API on 127.0.0.1, strict where GitHub is strict.

Real PyGithub talks real HTTP to it. It validates reviews the way GitHub does:
a review whose comments include one line that is not on the RIGHT side of a
hunk of that file's patch is rejected whole with 422. Its hunk arithmetic is
its own (not the bot's diff parser), so a bug there cannot hide itself.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jsonschema

BOT_LOGIN = "github-actions[bot]"
CONTENTS_JSON_LIMIT = 1024 * 1024
BOT_USER = {"login": BOT_LOGIN, "type": "Bot", "id": 41898282}
_SCHEMAS = Path(__file__).with_name("github_openapi.json")


@cache
def _operations() -> list[tuple[str, re.Pattern[str], dict[str, Any] | None, str]]:
    """(method, path regex, request schema, operation id) from GitHub's OpenAPI description."""
    ops = json.loads(_SCHEMAS.read_text())["operations"]
    out = []
    for op_id, op in ops.items():
        regex = re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(op["path"]))
        out.append((op["method"], re.compile(regex + "$"), op["schema"], op_id))
    return out


def schema_error(method: str, path: str, body: Any) -> str | None:
    """Why GitHub's published schema refuses this write, or None. Unknown writes are refused too."""
    for op_method, regex, schema, op_id in _operations():
        if op_method == method and regex.match(path):
            if schema is None:
                return None
            try:
                # OpenAPI 3.0's `nullable` is not JSON Schema: a None is allowed where it says so.
                jsonschema.Draft4Validator(schema).validate(_drop_nulls(body, schema))
            except jsonschema.ValidationError as exc:
                return f"{op_id}: {exc.message} at {list(exc.absolute_path)}"
            return None
    return f"no GitHub operation {method} {path} is vendored for the fake"


def _drop_nulls(value: Any, schema: dict[str, Any]) -> Any:
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {k: _drop_nulls(v, props.get(k, {})) for k, v in value.items()
                if not (v is None and props.get(k, {}).get("nullable"))}
    if isinstance(value, list):
        return [_drop_nulls(v, schema.get("items", {})) for v in value]
    return value
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
    received: float = 0.0  # time.monotonic() when the request arrived


@dataclass
class PullState:
    number: int
    head_sha: str
    base_sha: str
    files: list[dict[str, Any]]
    review_comments: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    issue_comments: list[dict[str, Any]] = field(default_factory=list)
    # thread id -> {"resolved": bool, "comment_ids": [...]}
    threads: dict[str, dict[str, Any]] = field(default_factory=dict)
    state: str = "open"
    author: str = "octocat"

    def thread_of(self, comment_id: int) -> str | None:
        return next((t for t, v in self.threads.items() if comment_id in v["comment_ids"]), None)


class FakeGitHub:
    def __init__(self, *, token: str = "test-token", owner: str = "acme", repo: str = "webapp") -> None:
        self.token = token
        self.full_name = f"{owner}/{repo}"
        self.pulls: dict[int, PullState] = {}
        self.contents: dict[tuple[str, str], bytes] = {}
        self.requests: list[Recorded] = []
        self.user = dict(BOT_USER)
        # GITHUB_TOKEN is an installation token: GET /user answers 403 for it.
        self.token_is_installation = True
        # A read-only token (a fork's pull request under `pull_request`, Dependabot):
        # every write, GraphQL mutations included, answers 403.
        self.read_only = False
        self.graphql_enabled = True
        self.check_runs: list[dict[str, Any]] = []
        # Paths GitHub refuses comments on for reasons the bot cannot see
        # (its diff view lags a force-push, a file became too large to diff, ...).
        self.unresolvable_paths: set[str] = set()
        # GitHub lists at most 3,000 files of a pull request (changed_files counts them all).
        self.listing_cap = 3000
        # A path suffix whose writes answer 500 (an outage of one endpoint).
        self.fail_writes_to: str | None = None
        # Outages: the first N requests to every (method, path) answer 502;
        # one write meets a secondary rate limit; the first review is created
        # but its answer is lost (a 502 after the fact).
        self.fail_first = 0
        self.secondary_rate_limit_once = False
        self.lose_first_review_answer = False
        # Repository roles by login (GET .../collaborators/{user}/permission); others are not collaborators.
        self.roles: dict[str, str] = {}
        self._seen: dict[tuple[str, str], int] = {}
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
        return [r for r in self.requests if r.method != "GET" and r.path != "/graphql"
                or (r.path == "/graphql" and "mutation" in str((r.body or {}).get("query", "")))]

    def human_reply(self, number: int, to_comment_id: int, body: str, login: str = "octocat") -> int:
        """A person answers in a bot thread (no request: this is GitHub's own state)."""
        pull = self.pulls[number]
        reply_id = next(self._ids)
        # GitHub points every reply at the thread's first comment.
        to_comment_id = (self._find_comment(to_comment_id) or {}).get("in_reply_to_id") or to_comment_id
        reply = {"id": reply_id, "in_reply_to_id": to_comment_id, "body": body,
                 "url": f"{self.url}/repos/{self.full_name}/pulls/comments/{reply_id}",
                 "user": {"login": login, "type": "User", "id": 1}, "path": "", "line": None,
                 "original_line": None}
        pull.review_comments.append(reply)
        thread = pull.thread_of(to_comment_id)
        if thread:
            pull.threads[thread]["comment_ids"].append(reply["id"])
        return reply_id

    def human_review_comment(self, number: int, path: str, line: int, body: str, login: str = "octocat") -> int:
        """A person starts a review thread of their own on a line."""
        pull = self.pulls[number]
        comment = self._new_comment(pull, {"path": path, "line": line, "body": body}, 0, pull.head_sha)
        comment["user"] = {"login": login, "type": "User", "id": 1}
        return int(comment["id"])

    def human_comment(self, number: int, body: str, login: str = "octocat") -> int:
        """A person comments on the pull request's conversation."""
        comment_id = next(self._ids)
        self.pulls[number].issue_comments.append(
            {"id": comment_id, "body": body, "user": {"login": login, "type": "User", "id": 1},
             "url": f"{self.url}/repos/{self.full_name}/issues/comments/{comment_id}",
             "created_at": "2026-11-27T10:00:00Z", "updated_at": "2026-11-27T10:00:00Z"})
        return comment_id

    def delete_comment(self, number: int, comment_id: int) -> None:
        """Someone deletes a comment (a review reply or a conversation comment)."""
        pull = self.pulls[number]
        pull.review_comments = [c for c in pull.review_comments if c["id"] != comment_id]
        pull.issue_comments = [c for c in pull.issue_comments if c["id"] != comment_id]
        for thread in pull.threads.values():
            if comment_id in thread["comment_ids"]:
                thread["comment_ids"].remove(comment_id)

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
                received = time.monotonic()
                auth = self.headers.get("Authorization", "")
                if auth not in (f"token {fake.token}", f"Bearer {fake.token}"):
                    status, payload, headers = 401, {"message": "Bad credentials"}, {}
                else:
                    with fake._lock:
                        status, payload, headers = fake._route(method, parsed.path, query, body)
                fake.requests.append(Recorded(method, parsed.path, query, body, status, received))
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
        key = (method, path)
        self._seen[key] = self._seen.get(key, 0) + 1
        if self._seen[key] <= self.fail_first:
            return 502, {"message": "Server Error"}, {}
        if method != "GET" and self.secondary_rate_limit_once:
            self.secondary_rate_limit_once = False
            return 403, {"message": "You have exceeded a secondary rate limit. Please wait a few minutes."}, {"Retry-After": "1"}
        status, payload, headers = self._route_ok(method, path, query, body)
        if self.lose_first_review_answer and method == "POST" and path.endswith("/reviews") and status == 200:
            self.lose_first_review_answer = False
            return 502, {"message": "Server Error"}, {}
        return status, payload, headers

    def _route_ok(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, Any, dict[str, str]]:
        if self.read_only and method != "GET" and (
                path != "/graphql" or str((body or {}).get("query", "")).lstrip().startswith("mutation")):
            return 403, {"message": "Resource not accessible by integration"}, {}
        if method != "GET" and self.fail_writes_to and path.endswith(self.fail_writes_to):
            return 500, {"message": "Server Error"}, {}
        if method != "GET" and path != "/graphql":
            error = schema_error(method, path, body)
            if error:
                return 422, {"message": "Invalid request.", "errors": [error]}, {}
        if path == "/user" and method == "GET":
            if self.token_is_installation:
                return 403, {"message": "Resource not accessible by integration"}, {}
            return 200, self.user, {}
        if path == "/graphql" and method == "POST":
            return self._graphql(body or {})
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
                # Keys starting with "_" are the fake's own (e.g. the true patch
                # of a file GitHub deems too large to send a patch for).
                visible = [{k: v for k, v in f.items() if not k.startswith("_")} for f in pull.files[: self.listing_cap]]
                return self._page(path, query, visible)
            if method == "GET" and sub == "/comments":
                return self._page(path, query, pull.review_comments)
            if method == "POST" and sub == "/comments":
                return self._create_review_comment(pull, body)
            if method == "GET" and sub == "/reviews":
                return self._page(path, query, pull.reviews)
            if method == "POST" and sub == "/reviews":
                return self._create_review(pull, body or {})
            if method == "GET" and sub is None:
                return 200, {"number": pull.number, "state": pull.state,
                             "user": {"login": pull.author, "type": "User", "id": 7},
                             "head": {"sha": pull.head_sha}, "base": {"sha": pull.base_sha},
                             "changed_files": len(pull.files)}, {}
        m = re.fullmatch(r"/collaborators/([^/]+)/permission", rest)
        if m and method == "GET":
            login = urllib.parse.unquote(m.group(1))
            role = self.roles.get(login)
            if role is None:
                return 404, {"message": f"{login} is not a user"}, {}
            # `permission` folds maintain into write and triage into read; `role_name` is exact.
            folded = {"maintain": "write", "triage": "read"}.get(role, role)
            return 200, {"permission": folded, "role_name": role,
                         "user": {"login": login, "type": "User", "id": 1}}, {}
        m = re.fullmatch(r"/pulls/(\d+)/comments/(\d+)/replies", rest)
        if m and method == "POST":
            pull = self.pulls[int(m.group(1))]
            parent = self._find_comment(int(m.group(2)))
            if parent is None:
                return 404, {"message": "Not Found"}, {}
            top = parent.get("in_reply_to_id") or parent["id"]
            reply_id = next(self._ids)
            reply = {"id": reply_id, "in_reply_to_id": top, "body": body["body"], "user": dict(self.user),
                     "url": f"{self.url}/repos/{self.full_name}/pulls/comments/{reply_id}",
                     "path": parent["path"], "line": parent.get("line"), "original_line": parent.get("original_line"),
                     "commit_id": parent.get("commit_id"), "created_at": "2026-11-27T10:00:00Z",
                     "updated_at": "2026-11-27T10:00:00Z"}
            pull.review_comments.append(reply)
            thread = pull.thread_of(top)
            if thread:
                pull.threads[thread]["comment_ids"].append(reply_id)
            return 201, reply, {}
        m = re.fullmatch(r"/pulls/(\d+)/reviews/(\d+)/dismissals", rest)
        if m and method == "PUT":
            pull = self.pulls[int(m.group(1))]
            review = next((r for r in pull.reviews if r["id"] == int(m.group(2))), None)
            if review is None:
                return 404, {"message": "Not Found"}, {}
            if review["state"] != "CHANGES_REQUESTED":
                return 422, {"message": "Can not dismiss a commented pull request review"}, {}
            review["state"] = "DISMISSED"
            return 200, review, {}
        m = re.fullmatch(r"/pulls/comments/(\d+)", rest)
        if m and method == "PATCH":
            comment = self._find_comment(int(m.group(1)))
            if comment is None:
                return 404, {"message": "Not Found"}, {}
            if comment["user"]["login"] != self.user["login"]:
                return 403, {"message": "Must have admin rights to Repository."}, {}
            comment["body"] = body["body"]
            return 200, comment, {}
        m = re.fullmatch(r"/issues/(\d+)/comments", rest)
        if m:
            pull = self.pulls[int(m.group(1))]
            if method == "GET":
                return self._page(path, query, pull.issue_comments)
            comment_id = next(self._ids)
            comment = {"id": comment_id, "body": body["body"], "user": dict(self.user),
                       "url": f"{self.url}/repos/{self.full_name}/issues/comments/{comment_id}",
                       "created_at": "2026-11-27T10:00:00Z", "updated_at": "2026-11-27T10:00:00Z"}
            pull.issue_comments.append(comment)
            return 201, comment, {}
        m = re.fullmatch(r"/issues/comments/(\d+)", rest)
        if m and method == "PATCH":
            comment = next((c for p in self.pulls.values() for c in p.issue_comments
                            if c["id"] == int(m.group(1))), None)
            if comment is None:
                return 404, {"message": "Not Found"}, {}
            comment["body"] = body["body"]
            return 200, comment, {}
        if rest == "/check-runs" and method == "POST":
            run_id = next(self._ids)
            run = {"id": run_id, "url": f"{self.url}/repos/{self.full_name}/check-runs/{run_id}", **body,
                   "annotations": list((body.get("output") or {}).get("annotations", []))}
            if len(run["annotations"]) > 50:
                return 422, {"message": "Only 50 annotations are allowed per request"}, {}
            self.check_runs.append(run)
            return 201, run, {}
        m = re.fullmatch(r"/check-runs/(\d+)", rest)
        if m and method == "PATCH":
            run = next((r for r in self.check_runs if r["id"] == int(m.group(1))), None)
            if run is None:
                return 404, {"message": "Not Found"}, {}
            extra = list((body.get("output") or {}).get("annotations", []))
            if len(extra) > 50:
                return 422, {"message": "Only 50 annotations are allowed per request"}, {}
            run.update({k: v for k, v in body.items() if k != "output"})
            run["annotations"] += extra
            run["output"] = {**(run.get("output") or {}), **{k: v for k, v in (body.get("output") or {}).items() if k != "annotations"}}
            return 200, run, {}
        m = re.fullmatch(r"/contents/(.+)", rest)
        if m and method == "GET":
            file_path = urllib.parse.unquote(m.group(1))
            ref = query.get("ref", [""])[0]
            data = self.contents.get((ref, file_path))
            if data is None:
                return 404, {"message": "Not Found"}, {}
            blob_sha = hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
            # Like GitHub: past 1 MB the JSON answer carries no content
            # (encoding "none"); the raw media type or the blobs API has it.
            large = len(data) > CONTENTS_JSON_LIMIT
            return 200, {"type": "file", "encoding": "none" if large else "base64", "path": file_path,
                         "name": file_path.rsplit("/", 1)[-1], "sha": blob_sha, "size": len(data),
                         "content": "" if large else base64.b64encode(data).decode()}, {}
        m = re.fullmatch(r"/git/blobs/([0-9a-f]{40})", rest)
        if m and method == "GET":
            blob = next((d for d in self.contents.values()
                         if hashlib.sha1(b"blob %d\0" % len(d) + d).hexdigest() == m.group(1)), None)
            if blob is None:
                return 404, {"message": "Not Found"}, {}
            return 200, {"sha": m.group(1), "size": len(blob), "encoding": "base64", "url": "",
                         "node_id": "B_1", "content": base64.b64encode(blob).decode()}, {}
        m = re.fullmatch(r"/commits/([0-9a-f]{7,40})", rest)
        if m and method == "GET":
            return 200, {"sha": m.group(1)}, {}
        return 404, {"message": "Not Found"}, {}

    def _find_comment(self, comment_id: int) -> dict[str, Any] | None:
        return next((c for p in self.pulls.values() for c in p.review_comments if c["id"] == comment_id), None)

    def _new_comment(self, pull: PullState, c: dict[str, Any], review_id: int, commit_id: str) -> dict[str, Any]:
        comment_id = next(self._ids)
        comment = {
            "id": comment_id, "pull_request_review_id": review_id, "user": dict(self.user),
            "url": f"{self.url}/repos/{self.full_name}/pulls/comments/{comment_id}",
            "in_reply_to_id": None,
            "body": c["body"], "path": c["path"], "line": c.get("line"), "original_line": c.get("line"),
            "start_line": c.get("start_line"), "side": "RIGHT", "commit_id": commit_id,
            "original_commit_id": commit_id, "subject_type": c.get("subject_type", "line"),
            "created_at": "2026-11-27T10:00:00Z", "updated_at": "2026-11-27T10:00:00Z",
        }
        pull.review_comments.append(comment)
        pull.threads[f"PRRT_{comment['id']}"] = {"resolved": False, "comment_ids": [comment["id"]]}
        return comment

    def _create_review_comment(self, pull: PullState, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        if body.get("commit_id") != pull.head_sha:
            return 422, {"message": "Validation Failed", "errors": ["commit_id is not part of the pull request"]}, {}
        patches = {f["filename"]: f.get("patch", f.get("_true_patch")) for f in pull.files}
        if body.get("subject_type") == "file":
            if body["path"] not in patches:
                return 422, {"message": "Validation Failed", "errors": ["Path could not be resolved"]}, {}
        else:
            error = self._comment_error(body, patches)
            if error:
                return 422, {"message": "Validation Failed", "errors": [error]}, {}
        review_id = next(self._ids)
        pull.reviews.append({"id": review_id, "user": dict(self.user), "body": "", "state": "COMMENTED",
                             "url": f"{self.url}/repos/{self.full_name}/pulls/{pull.number}/reviews/{review_id}",
                             "commit_id": body["commit_id"], "submitted_at": "2026-11-27T10:00:00Z"})
        return 201, self._new_comment(pull, body, review_id, body["commit_id"]), {}

    def _create_review(self, pull: PullState, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        event = body.get("event")
        commit_id = body.get("commit_id") or pull.head_sha
        if commit_id != pull.head_sha:
            return 422, {"message": "Unprocessable Entity", "errors": ["commit_id is not the PR head"]}, {}
        if event == "REQUEST_CHANGES" and pull.author == self.user["login"]:
            return 422, {"message": "Unprocessable Entity",
                         "errors": ["Review Can not request changes on your own pull request"]}, {}
        if event in ("REQUEST_CHANGES", "COMMENT") and not body.get("body"):
            return 422, {"message": "Unprocessable Entity", "errors": ["Body is required for this event"]}, {}
        patches = {f["filename"]: f.get("patch", f.get("_true_patch")) for f in pull.files}
        comments = body.get("comments") or []
        for c in comments:
            error = self._comment_error(c, patches)
            if error:
                return 422, {"message": "Unprocessable Entity", "errors": [error]}, {}
        review_id = next(self._ids)
        state = {None: "PENDING", "COMMENT": "COMMENTED", "APPROVE": "APPROVED",
                 "REQUEST_CHANGES": "CHANGES_REQUESTED"}[event]
        review = {"id": review_id, "user": dict(self.user), "body": body.get("body", ""),
                  "url": f"{self.url}/repos/{self.full_name}/pulls/{pull.number}/reviews/{review_id}",
                  "state": state, "commit_id": commit_id, "submitted_at": "2026-11-27T10:00:00Z"}
        pull.reviews.append(review)
        for c in comments:
            self._new_comment(pull, c, review_id, commit_id)
        return 200, review, {}

    def _comment_error(self, c: dict[str, Any], patches: dict[str, str | None]) -> str | None:
        for key in ("path", "body", "line"):
            if key not in c:
                return f"comment lacks {key}"
        if c.get("side", "RIGHT") != "RIGHT" or c.get("start_side", "RIGHT") != "RIGHT":
            return "only RIGHT-side comments are expected"
        if c["path"] not in patches or patches[c["path"]] is None or c["path"] in self.unresolvable_paths:
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

    # GraphQL: just the review-thread queries and mutations the bot uses ----------
    def _graphql(self, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        if not self.graphql_enabled:
            return 404, {"message": "Not Found"}, {}
        query = str(body.get("query", ""))
        variables = body.get("variables") or {}
        for name, resolved in (("unresolveReviewThread", False), ("resolveReviewThread", True)):
            if re.search(rf"\b{name}\s*\(", query):
                thread_id = (variables.get("input") or variables).get("threadId")
                pull = next((p for p in self.pulls.values() if thread_id in p.threads), None)
                if pull is None:
                    return 200, {"data": None, "errors": [{"message": f"Could not resolve to a node with the global id of '{thread_id}'"}]}, {}
                pull.threads[thread_id]["resolved"] = resolved
                return 200, {"data": {name: {"thread": {"id": thread_id, "isResolved": resolved}}}}, {}
        if "reviewThreads" in query:
            number = int(variables["number"])
            pull = self.pulls[number]
            items = list(pull.threads.items())
            after = int(variables.get("after") or 0)
            chunk = items[after : after + 100]
            nodes = []
            for thread_id, thread in chunk:
                comments = [c for c in pull.review_comments if c["id"] in thread["comment_ids"]]
                nodes.append({"id": thread_id, "isResolved": thread["resolved"],
                              "comments": {"totalCount": len(comments), "nodes": [
                                  {"databaseId": c["id"], "author": {"login": c["user"]["login"]}}
                                  for c in comments[:1]]}})
            has_next = after + 100 < len(items)
            return 200, {"data": {"repository": {"pullRequest": {"reviewThreads": {
                "nodes": nodes, "pageInfo": {"hasNextPage": has_next, "endCursor": str(after + 100)}}}}}}, {}
        return 200, {"data": None, "errors": [{"message": "unsupported query in the fake"}]}, {}
