"""Everything that speaks to GitHub's REST and GraphQL APIs; the only module that imports PyGithub."""

from __future__ import annotations

import base64
import contextlib
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import requests
from github import Auth, Github, GithubException
from github.GithubRetry import GithubRetry
from urllib3.exceptions import MaxRetryError
from github.PullRequest import ReviewComment

from bot.diff import ChangedFile, FileStatus, parse_patch
from bot.errors import CannotGetDiff, CannotPostReview
from bot.model import Author, Comment, Thread


class Rejected(CannotPostReview):
    """GitHub answered 422: the request itself was refused (e.g. a comment off the diff)."""


class Forbidden(CannotPostReview):
    """GitHub answered 403 or 404 to a write: not this token's to change (or gone)."""


@dataclass(frozen=True, kw_only=True)
class PostedComment:
    id: int
    body: str
    author: Author
    path: str
    in_reply_to: int | None
    line: int | None = None  # where a review comment sits now, or first sat once outdated


@dataclass(frozen=True, kw_only=True)
class PostedReview:
    id: int
    body: str
    author: Author
    state: str


@dataclass(frozen=True, kw_only=True)
class FileListing:
    files: tuple[ChangedFile, ...]
    total: int  # the pull request's changed_files: more than listed past GitHub's 3,000-file cap

    @property
    def unlisted(self) -> int:
        return self.total - len(self.files)


def _describe(exc: GithubException) -> str:
    # The message only: PyGithub's exceptions carry response data, never the
    # request headers, so the token cannot leak through them.
    data = exc.data if isinstance(exc.data, dict) else {}
    message = str(data.get("message", "")) or str(exc.message or "")
    details = data.get("errors")
    if details:
        message += f" ({details})"
    return f"HTTP {exc.status}: {message}".strip()


@contextlib.contextmanager
def _calling(what: str, error: type[Exception]) -> Iterator[None]:
    try:
        yield
    except GithubException as exc:
        kind = error
        if issubclass(error, CannotPostReview):
            kind = {422: Rejected, 403: Forbidden, 404: Forbidden}.get(exc.status, error)
        raise kind(f"{what}: {_describe(exc)}") from None
    except (requests.exceptions.RetryError, MaxRetryError):
        raise error(f"{what}: GitHub kept failing after retries within the time allowed") from None
    except requests.RequestException as exc:
        # Only the exception's class: its text holds the URL, and the cause
        # chain is cut so no traceback can carry request details.
        raise error(f"{what}: cannot reach GitHub ({type(exc).__name__})") from None


def _author(user: Any) -> Author:
    login = str(getattr(user, "login", "") or "")
    return Author(login=login, is_bot=getattr(user, "type", "") == "Bot" or login.endswith("[bot]"))


MAX_WAIT = 60.0  # the longest single wait, whatever Retry-After says


class BoundedRetry(GithubRetry):
    """PyGithub's retry (5xx, resets, timeouts, secondary rate limits), for idempotent methods only,
    with each wait capped and all waits together bounded by a deadline.

    POSTs are not retried here: a POST whose response was lost may have landed,
    so GitHubApi._post checks before sending it again.
    """

    IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

    def __init__(self, *, deadline: float, **kwargs: Any) -> None:
        self.deadline = deadline
        kwargs.setdefault("allowed_methods", self.IDEMPOTENT)
        super().__init__(**kwargs)

    def new(self, **kw: Any) -> BoundedRetry:
        kw["deadline"] = self.deadline
        return super().new(**kw)  # type: ignore[no-any-return]

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        return None if value is None else min(value, MAX_WAIT)

    def sleep(self, response: Any = None) -> None:
        if time.monotonic() >= self.deadline:
            raise MaxRetryError(None, "", "the time allowed for GitHub requests is used up")  # type: ignore[arg-type]
        super().sleep(response)


def _transient(exc: BaseException) -> float | None:
    """Seconds to wait before trying again, or None when the failure is final."""
    if isinstance(exc, GithubException):
        headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
        message = str((exc.data or {}).get("message", "")) if isinstance(exc.data, dict) else ""
        if exc.status in (403, 429) and ("retry-after" in headers or "rate limit" in message.lower()):
            try:
                return min(float(headers.get("retry-after", 5)), MAX_WAIT)
            except ValueError:
                return 5.0
        return 1.0 if exc.status >= 500 else None
    if isinstance(exc, (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)):
        return 1.0
    return None


_THREADS_QUERY = """
query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}"""
_RESOLVE = "mutation($input: %sReviewThreadInput!) { %sReviewThread(input: $input) { thread { id isResolved } } }"


class GitHubApi:
    def __init__(
        self, *, api_url: str, token: str, repository: str, timeout: int = 30, max_wait: float = 300.0,
        backoff: float = 0.5,
    ) -> None:
        self._deadline = time.monotonic() + max_wait
        self._backoff = backoff
        # A marker unique to this run, in every review it posts: if a POST's
        # answer is lost, the next attempt first looks for it.
        self.run_marker = f"<!-- jwt-session-guard:run={uuid.uuid4().hex} -->"
        # lazy: repository, pull and commit objects are built from their URLs
        # without a GET each; per_page=100 keeps paginated reads to few calls.
        # GitHub asks for serial requests and a second between writes, not a
        # pause between reads: PyGithub's default 0.25 s per read cost ~1.5 s a run.
        retry = BoundedRetry(deadline=self._deadline, total=6, backoff_factor=backoff, secondary_rate_wait=30,
                             max_rate_limit_wait=MAX_WAIT)
        self._gh = Github(
            base_url=api_url, auth=Auth.Token(token), per_page=100, lazy=True, timeout=timeout,
            seconds_between_requests=0.0, seconds_between_writes=1.0, retry=retry,
        )
        # GraphQL queries travel as POSTs, which PyGithub paces like writes;
        # they are reads, so they go through a client that does not wait.
        self._graphql_reader = Github(
            base_url=api_url, auth=Auth.Token(token), lazy=True, timeout=timeout,
            seconds_between_requests=0.0, seconds_between_writes=0.0, retry=retry,
        ).requester
        self._repository = repository
        self._repo = self._gh.get_repo(repository)

    def _post(self, send: Callable[[], Any], landed: Callable[[], Any] | None = None) -> Any:
        """Send a POST, retrying transient failures; before each retry ask `landed` whether it already did."""
        attempt = 0
        while True:
            try:
                return send()
            except (GithubException, requests.RequestException) as exc:
                wait = _transient(exc)
                if wait is None or time.monotonic() + wait > self._deadline or attempt >= 4:
                    raise
            attempt += 1
            time.sleep(min(MAX_WAIT, max(wait, self._backoff * 2 ** (attempt - 1))))
            if landed is not None:
                found = landed()
                if found is not None:
                    return found

    # reads -------------------------------------------------------------
    def pull_files(self, number: int) -> FileListing:
        files: list[ChangedFile] = []
        with _calling(f"cannot list the files of pull request #{number}", CannotGetDiff):
            pull = self._repo.get_pull(number)
            for item in pull.get_files():
                status = FileStatus.from_github(item.status)
                files.append(
                    parse_patch(
                        path=item.filename,
                        patch=item.patch,
                        status=status,
                        old_path=item.previous_filename if status is FileStatus.RENAMED else None,
                    )
                )
            # GitHub lists at most 3,000 files; the pull request says how many there are.
            total = pull.changed_files
        return FileListing(files=tuple(files), total=max(int(total or 0), len(files)))

    def pull_head(self, number: int) -> tuple[str, str]:
        """The PR's current head SHA and state (open, closed)."""
        with _calling(f"cannot read pull request #{number}", CannotGetDiff):
            pull = self._repo.get_pull(number)
            return str(pull.head.sha), str(pull.state)

    def pull_meta(self, number: int) -> tuple[str, str, str, str]:
        """The PR's head SHA, base SHA, state and author (an issue_comment event carries none of them)."""
        with _calling(f"cannot read pull request #{number}", CannotGetDiff):
            pull = self._repo.get_pull(number)
            return str(pull.head.sha), str(pull.base.sha), str(pull.state), str(pull.user.login)

    def permission(self, login: str) -> str:
        """The account's role on the repository (none, read, triage, write, maintain, admin).

        `role_name` tells maintain and triage apart; `permission` folds them into write and read."""
        try:
            with _calling(f"cannot read the permission of {login}", CannotPostReview):
                data = self._gh.requester.requestJsonAndCheck(
                    "GET", f"/repos/{self._repository}/collaborators/{urllib.parse.quote(login)}/permission"
                )[1]
        except CannotPostReview:
            return "none"  # not a collaborator (404), or the token may not ask: no triage
        role = str(data.get("role_name") or "")
        known = ("read", "triage", "write", "maintain", "admin")
        return role if role in known else str(data.get("permission") or "none")

    def token_login(self) -> str | None:
        """The account the token posts as, when GitHub will say (personal tokens; not GITHUB_TOKEN)."""
        try:
            with _calling("GET /user", CannotPostReview):
                return str(self._gh.get_user().login)
        except CannotPostReview:
            return None  # installation tokens get 403 here

    def review_comments(self, number: int) -> list[PostedComment]:
        with _calling(f"cannot list the review comments of #{number}", CannotPostReview):
            return [
                PostedComment(id=c.id, body=c.body or "", author=_author(c.user), path=c.path or "",
                              in_reply_to=c.in_reply_to_id,
                              # (replies are nobody's findings: their lines are not read)
                              line=(c.line or c.original_line) if c.in_reply_to_id is None else None)
                for c in self._repo.get_pull(number).get_review_comments()
            ]

    def reviews(self, number: int) -> list[PostedReview]:
        with _calling(f"cannot list the reviews of #{number}", CannotPostReview):
            return [
                PostedReview(id=r.id, body=r.body or "", author=_author(r.user), state=r.state or "")
                for r in self._repo.get_pull(number).get_reviews()
            ]

    def issue_comments(self, number: int) -> list[PostedComment]:
        with _calling(f"cannot list the comments of #{number}", CannotPostReview):
            return [
                PostedComment(id=c.id, body=c.body or "", author=_author(c.user), path="", in_reply_to=None)
                for c in self._repo.get_issue(number).get_comments()
            ]

    def threads(self, number: int) -> dict[int, Thread] | None:
        """Review threads by their first comment's id; None when GraphQL is not available."""
        owner, name = self._repository.split("/", 1)
        found: dict[int, Thread] = {}
        after: str | None = None
        try:
            while True:
                with _calling("GraphQL reviewThreads", CannotPostReview):
                    _, data = self._post(lambda: self._graphql_reader.graphql_query(
                        _THREADS_QUERY, {"owner": owner, "name": name, "number": number, "after": after}
                    ))
                threads = data["data"]["repository"]["pullRequest"]["reviewThreads"]
                for node in threads["nodes"]:
                    first = node["comments"]["nodes"]
                    if first:
                        found[int(first[0]["databaseId"])] = Thread(id=node["id"], resolved=bool(node["isResolved"]))
                if not threads["pageInfo"]["hasNextPage"]:
                    return found
                after = threads["pageInfo"]["endCursor"]
        except (CannotPostReview, KeyError, TypeError):
            # GHES without GraphQL, a token without the permission, or an
            # error payload: the caller falls back to editing bodies only.
            return None

    def file_at(self, path: str, sha: str) -> bytes | None:
        try:
            with _calling(f"cannot read {path} at {sha[:12]}", CannotGetDiff):
                content = self._repo.get_contents(path, ref=sha)
        except CannotGetDiff as exc:
            if "HTTP 404" in str(exc):
                return None
            raise
        if isinstance(content, list) or content.type != "file":
            return None
        if content.encoding == "base64":
            data = base64.b64decode(content.content or "")
        else:
            # Past 1 MB the JSON answer has no content (encoding "none"): the
            # blobs API serves files up to 100 MB.
            with _calling(f"cannot read {path} at {sha[:12]}", CannotGetDiff):
                blob = self._repo.get_git_blob(content.sha)
            data = base64.b64decode(blob.content or "") if blob.encoding == "base64" else b""
        if len(data) != content.size:
            # Never scan a partial or empty copy as if it were the file.
            raise CannotGetDiff(f"cannot read {path} at {sha[:12]}: GitHub sent {len(data):,} of "
                                f"{content.size:,} bytes")
        return data

    # writes ------------------------------------------------------------
    def post_review(
        self, number: int, *, sha: str, body: str, comments: Sequence[Comment], event: str = "COMMENT"
    ) -> PostedReview:
        payload: list[ReviewComment] = [self._inline(c) for c in comments]  # type: ignore[misc]
        body = f"{body}\n\n{self.run_marker}"
        pull = self._repo.get_pull(number)

        def landed() -> Any:
            return next((r for r in pull.get_reviews() if self.run_marker in (r.body or "")), None)

        with _calling("GitHub rejected the review", CannotPostReview):
            review = self._post(
                lambda: pull.create_review(commit=self._repo.get_commit(sha), body=body, event=event, comments=payload),
                landed,
            )
        return PostedReview(id=review.id, body=review.body or "", author=_author(review.user), state=review.state)

    def _comment_landed(self, number: int, body: str) -> Callable[[], Any]:
        def landed() -> Any:
            return next((c for c in self._repo.get_pull(number).get_review_comments() if c.body == body), None)

        return landed

    @staticmethod
    def _inline(c: Comment) -> dict[str, Any]:
        item: dict[str, Any] = {"path": c.path, "line": c.line, "side": "RIGHT", "body": c.body}
        if c.start_line is not None and c.start_line < c.line:
            item.update(start_line=c.start_line, start_side="RIGHT")
        return item

    def post_comment(self, number: int, *, sha: str, comment: Comment) -> None:
        """One inline comment on its own (GitHub wraps it in a review of its own)."""
        extra: dict[str, Any] = {}
        if comment.start_line is not None and comment.start_line < comment.line:
            extra = {"start_line": comment.start_line, "start_side": "RIGHT"}
        with _calling(f"GitHub rejected the comment on {comment.path}:{comment.line}", CannotPostReview):
            self._post(
                lambda: self._repo.get_pull(number).create_review_comment(
                    body=comment.body, commit=sha, path=comment.path, line=comment.line, side="RIGHT", **extra
                ),
                self._comment_landed(number, comment.body),
            )

    def post_file_comment(self, number: int, *, sha: str, path: str, body: str) -> None:
        with _calling(f"GitHub rejected the file comment on {path}", CannotPostReview):
            self._post(
                lambda: self._repo.get_pull(number).create_review_comment(
                    body=body, commit=sha, path=path, subject_type="file"
                ),
                self._comment_landed(number, body),
            )

    def edit_review_comment(self, comment_id: int, body: str) -> None:
        with _calling(f"cannot edit review comment {comment_id}", CannotPostReview):
            self._gh.requester.requestJsonAndCheck(
                "PATCH", f"/repos/{self._repository}/pulls/comments/{comment_id}", input={"body": body}
            )

    def reply_review_comment(self, number: int, comment_id: int, body: str) -> None:
        with _calling(f"cannot reply to review comment {comment_id}", CannotPostReview):
            self._post(
                lambda: self._gh.requester.requestJsonAndCheck(
                    "POST", f"/repos/{self._repository}/pulls/{number}/comments/{comment_id}/replies",
                    input={"body": body},
                ),
                self._comment_landed(number, body),
            )

    def set_thread_resolved(self, thread_id: str, resolved: bool) -> bool:
        verb = "resolve" if resolved else "unresolve"
        try:
            with _calling(f"GraphQL {verb}ReviewThread", CannotPostReview):
                # Resolving is idempotent: a lost answer is simply asked again.
                _, data = self._post(lambda: self._gh.requester.graphql_query(
                    _RESOLVE % (verb.capitalize(), verb), {"input": {"threadId": thread_id}}
                ))
        except CannotPostReview:
            return False
        return not data.get("errors")

    def upsert_issue_comment(self, number: int, *, body: str, comment_id: int | None) -> None:
        with _calling("cannot post the summary comment", CannotPostReview):
            if comment_id is None:
                issue = self._repo.get_issue(number)
                self._post(
                    lambda: issue.create_comment(body),
                    lambda: next((c for c in issue.get_comments() if c.body == body), None),
                )
            else:
                self._gh.requester.requestJsonAndCheck(
                    "PATCH", f"/repos/{self._repository}/issues/comments/{comment_id}", input={"body": body}
                )

    def dismiss_review(self, number: int, review_id: int, message: str) -> None:
        with _calling(f"cannot dismiss review {review_id}", CannotPostReview):
            self._gh.requester.requestJsonAndCheck(
                "PUT", f"/repos/{self._repository}/pulls/{number}/reviews/{review_id}/dismissals",
                input={"message": message, "event": "DISMISS"},
            )

    def create_check_run(
        self, *, sha: str, conclusion: str, title: str, summary: str, annotations: Sequence[dict[str, Any]]
    ) -> None:
        """A completed check run; annotations go 50 a request, as the API allows."""
        batches = [list(annotations[i : i + 50]) for i in range(0, len(annotations), 50)] or [[]]
        now = datetime.now(timezone.utc)
        with _calling("cannot create the check run", CannotPostReview):
            # A duplicate check run is harmless (the newest counts), so no landed check.
            run = self._post(lambda: self._repo.create_check_run(
                name="jwt-session-guard", head_sha=sha, status="completed", conclusion=conclusion,
                completed_at=now, output={"title": title, "summary": summary, "annotations": batches[0]},
            ))
            for batch in batches[1:]:
                run.edit(output={"title": title, "summary": summary, "annotations": batch})
