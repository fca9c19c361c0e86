"""Everything that speaks to GitHub's REST API; the only module that imports PyGithub."""

from __future__ import annotations

import base64
import contextlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import requests
from github import Auth, Github, GithubException
from github.PullRequest import ReviewComment

from bot.diff import ChangedFile, FileStatus, parse_patch
from bot.errors import CannotGetDiff, CannotPostReview
from bot.render import MARKER_PREFIX, Comment

_MARKER = re.compile(re.escape(MARKER_PREFIX) + r"([0-9a-f]+) -->")


def fingerprints_in(body: str | None) -> set[str]:
    return set(_MARKER.findall(body or ""))


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
        raise error(f"{what}: {_describe(exc)}") from None
    except requests.RequestException as exc:
        # Only the exception's class: its text holds the URL, and the cause
        # chain is cut so no traceback can carry request details.
        raise error(f"{what}: cannot reach GitHub ({type(exc).__name__})") from None


class GitHubApi:
    def __init__(self, *, api_url: str, token: str, repository: str, timeout: int = 30) -> None:
        # lazy: repository, pull and commit objects are built from their URLs
        # without a GET each; per_page=100 keeps paginated reads to few calls.
        self._gh = Github(
            base_url=api_url, auth=Auth.Token(token), per_page=100, lazy=True, timeout=timeout
        )
        self._repo = self._gh.get_repo(repository)

    def pull_files(self, number: int) -> list[ChangedFile]:
        files: list[ChangedFile] = []
        with _calling(f"cannot list the files of pull request #{number}", CannotGetDiff):
            for item in self._repo.get_pull(number).get_files():
                status = FileStatus.from_github(item.status)
                files.append(
                    parse_patch(
                        path=item.filename,
                        patch=item.patch,
                        status=status,
                        old_path=item.previous_filename if status is FileStatus.RENAMED else None,
                    )
                )
        return files

    def commented_fingerprints(self, number: int) -> set[str]:
        """Fingerprints already posted on this PR, so a re-run never comments twice."""
        seen: set[str] = set()
        pull = self._repo.get_pull(number)
        with _calling(f"cannot list the reviews of #{number}", CannotPostReview):
            for comment in pull.get_review_comments():
                seen |= fingerprints_in(comment.body)
            # Findings that could not be inline are listed in review bodies.
            for review in pull.get_reviews():
                seen |= fingerprints_in(review.body)
        return seen

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
        return base64.b64decode(content.content or "")

    def post_review(self, number: int, *, sha: str, body: str, comments: Sequence[Comment]) -> None:
        payload: list[ReviewComment] = []
        for c in comments:
            item: dict[str, Any] = {"path": c.path, "line": c.line, "side": "RIGHT", "body": c.body}
            if c.start_line is not None and c.start_line < c.line:
                item.update(start_line=c.start_line, start_side="RIGHT")
            payload.append(item)  # type: ignore[arg-type]
        with _calling("GitHub rejected the review", CannotPostReview):
            self._repo.get_pull(number).create_review(
                commit=self._repo.get_commit(sha), body=body, event="COMMENT", comments=payload
            )
