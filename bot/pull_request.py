"""The pull request a run is about, from the event payload, and what publishing it needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.commands import Waiver
from bot.diff import ChangedFile
from bot.diff_filter import FilteredFinding
from bot.errors import ConfigError
from bot.model import Finding
from bot.suppress import Suppression

PR_EVENTS = ("pull_request", "pull_request_target", "pull_request_review_comment")
# Events of a comment: the run re-evaluates the head commit with the triage commands applied.
COMMENT_EVENTS = ("pull_request_review_comment", "issue_comment")
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
                f"`review` needs a pull_request, pull_request_target, pull_request_review_comment or "
                f"issue_comment event, not {event_name!r}; "
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


def commented_pull(event: dict[str, Any]) -> int | None:
    """The pull request an issue_comment event is about; None for a comment on a plain issue."""
    issue = event.get("issue")
    if not isinstance(issue, dict) or not issue.get("pull_request"):
        return None
    number = issue.get("number")
    if isinstance(number, bool) or not str(number).isdigit():
        raise ConfigError("the issue_comment event's issue.number is not a number")
    return int(str(number))


def mentions_command(event: dict[str, Any]) -> bool:
    """Does the comment of a comment event (as it is now, or was before an edit) hold a triage command?"""
    comment = event.get("comment") if isinstance(event.get("comment"), dict) else {}
    if (comment.get("user") or {}).get("type") == "Bot":
        return False  # a bot never triages (the bot's own answers quote the commands)
    changes = event.get("changes") if isinstance(event.get("changes"), dict) else {}
    before = (changes.get("body") or {}).get("from") if isinstance(changes.get("body"), dict) else ""
    return any("/jwt-session-guard" in str(text or "") for text in (comment.get("body"), before))


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
    waivers: tuple[Waiver, ...] = ()  # findings waived by a triage command in the pull request

    @property
    def open(self) -> tuple[Finding, ...]:
        """The reported findings nobody waived: what the gate counts."""
        waived = {w.fingerprint for w in self.waivers}
        return tuple(m.finding for m in self.kept if m.finding.fingerprint not in waived)

    @property
    def unreadable(self) -> frozenset[str]:
        """Files whose findings are unknown: an earlier comment there is not "fixed"."""
        return frozenset(path for path, _ in self.not_reviewed if path != WHOLE_SCAN)
