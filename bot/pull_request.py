"""The pull request a run is about, from the event payload, and what publishing it needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.diff import ChangedFile
from bot.diff_filter import FilteredFinding
from bot.errors import ConfigError
from bot.model import Finding
from bot.suppress import Suppression

PR_EVENTS = ("pull_request", "pull_request_target")
# The not-reviewed entry of a scan error that names no file.
WHOLE_SCAN = "(whole scan)"


@dataclass(frozen=True, kw_only=True)
class PullRequestRef:
    number: int
    head_sha: str
    base_sha: str
    state: str = "open"

    @classmethod
    def from_event(cls, event_name: str, event: dict[str, Any]) -> PullRequestRef:
        if event_name not in PR_EVENTS:
            raise ConfigError(
                f"`review` needs a pull_request or pull_request_target event, not {event_name!r}; "
                "run it from `on: pull_request`, or use `jwt-session-guard scan --base <ref>` "
                "for other events"
            )
        pr = event.get("pull_request")
        if not isinstance(pr, dict):
            raise ConfigError(
                f"the {event_name} event's payload (GITHUB_EVENT_PATH) has no pull_request object"
            )
        try:
            number = pr["number"]
            head_sha, base_sha = pr["head"]["sha"], pr["base"]["sha"]
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"the event's pull_request has no {_key(exc)}") from None
        if isinstance(number, bool) or not isinstance(number, int) and not str(number).isdigit():
            raise ConfigError(f"the event's pull_request.number is not a number: {str(number)[:40]!r}")
        return cls(number=int(number), head_sha=str(head_sha), base_sha=str(base_sha),
                   state=str(pr.get("state") or "open"))


def _key(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return {"'number'": "number", "'head'": "head", "'base'": "base", "'sha'": "head.sha or base.sha"}.get(
            str(exc), str(exc))
    return "head.sha or base.sha"


@dataclass(frozen=True, kw_only=True)
class Published:
    """What the publishing step needs, whether the scan ran in this job or in an analyze job."""

    pr: PullRequestRef
    changed: tuple[ChangedFile, ...]
    present: tuple[Finding, ...]
    kept: tuple[FilteredFinding, ...]
    suppressions: tuple[Suppression, ...]
    scanned: int
    # (path, why) for changed files the scan did not cover, scan errors included.
    not_reviewed: tuple[tuple[str, str], ...] = ()
    listing_complete: bool = True  # False past GitHub's 3,000-file listing
    skipped_tests: int = 0  # changed files left out as test code

    @property
    def unreadable(self) -> frozenset[str]:
        """Files whose findings are unknown: an earlier comment there is not "fixed"."""
        return frozenset(path for path, _ in self.not_reviewed if path != WHOLE_SCAN)
