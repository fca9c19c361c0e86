"""`review`: the pipeline for one pull request on GitHub, from the runner's environment."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

from bot.errors import CannotGetDiff, ConfigError
from bot.gate import exit_code
from bot.github_api import GitHubApi
from bot.gitrepo import GitRepo
from bot.pipeline import scan_files
from bot.render import Renderer, marker
from bot.report import Outcome, append_summary, finding_rows, severity_counts, write_outputs
from bot.scan import Finding
from bot.settings import GitHubContext, Settings
from bot.sources import Reader, git_reader, worktree_reader

PR_EVENTS = ("pull_request", "pull_request_target")


@dataclass(frozen=True, kw_only=True)
class PullRequestRef:
    number: int
    head_sha: str
    base_sha: str

    @classmethod
    def from_event(cls, event_name: str, event: dict[str, Any]) -> PullRequestRef:
        pr = event.get("pull_request")
        if event_name not in PR_EVENTS or not isinstance(pr, dict):
            raise ConfigError(
                f"`review` needs a pull_request or pull_request_target event, not {event_name!r}; "
                "run it from `on: pull_request`, or use `jwt-session-guard scan --base <ref>` "
                "for other events"
            )
        try:
            return cls(
                number=int(pr["number"]),
                head_sha=str(pr["head"]["sha"]),
                base_sha=str(pr["base"]["sha"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"the event's pull_request lacks {exc}") from exc


def head_reader(ctx: GitHubContext, api: GitHubApi, head_sha: str) -> Reader:
    """Read files as they are at the PR head, which is not what actions/checkout checks out.

    On pull_request events the workspace holds GitHub's merge commit, whose line
    numbers can differ from the head's; review comments anchor on the head.
    """
    try:
        repo: GitRepo | None = GitRepo.discover(ctx.workspace)
    except ConfigError:
        repo = None
    if repo is not None:
        if repo.head() == head_sha:
            return worktree_reader(repo.root)
        if repo.has_commit(head_sha) or repo.fetch_commit(head_sha):
            return git_reader(repo, head_sha)
    return lambda path: api.file_at(path, head_sha)


def run_review(
    *, ctx: GitHubContext, settings: Settings, renderer: Renderer, api: GitHubApi, log: IO[str] = sys.stderr
) -> int:
    pr = PullRequestRef.from_event(ctx.event_name, dict(ctx.event))
    changed = api.pull_files(pr.number)
    if not changed:
        raise CannotGetDiff(f"GitHub lists no changed files for pull request #{pr.number}")
    review = scan_files(changed, read=head_reader(ctx, api, pr.head_sha), settings=settings)
    for err in review.scan.errors:
        log.write(f"semgrep {err.level}: {err.path or ''} {err.message}\n")

    def rows(findings: Sequence[Finding], note: str = "") -> list[dict[str, Any]]:
        return finding_rows(findings, server_url=ctx.server_url, repository=ctx.repository,
                            sha=pr.head_sha, note=note)

    already = api.commented_fingerprints(pr.number)
    fresh = [m for m in review.kept if m.finding.fingerprint not in already]
    anchored = [m for m in fresh if m.anchor is not None]
    inline = anchored[: settings.max_comments]
    inline_ids = {m.finding.fingerprint for m in inline}
    elsewhere = [m.finding for m in fresh if m.finding.fingerprint not in inline_ids]
    outcome = Outcome(findings=review.findings, fail_on=settings.fail_on, scanned=len(review.scan.scanned))
    counts = severity_counts(outcome.findings)

    # Everything is rendered before anything is posted: a broken template
    # (exit 2) must leave the pull request untouched.
    comments = renderer.comments(inline, all_kept=review.kept)
    body = renderer.review_body(
        total=len(outcome.findings),
        counts=counts,
        blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label,
        findings=rows(outcome.findings),
        not_inline=rows(elsewhere),
        over_cap=len(anchored) > len(inline),
        max_comments=settings.max_comments,
    )
    summary = renderer.job_summary(
        findings=rows(outcome.findings), counts=counts, blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label, scanned=outcome.scanned,
    )
    if elsewhere:
        # Findings listed in the body carry their marker too, so the next run
        # does not list them again.
        body += "\n\n" + "\n".join(marker(f.fingerprint) for f in elsewhere)
    if comments or elsewhere:
        api.post_review(pr.number, sha=pr.head_sha, body=body, comments=comments)
    log.write(
        f"jwt-session-guard: {len(outcome.findings)} finding(s) on PR #{pr.number}; "
        f"{len(comments)} new inline comment(s), {len(elsewhere)} listed in the review body, "
        f"{len(review.kept) - len(fresh)} already commented\n"
    )
    if ctx.output_file:
        write_outputs(ctx.output_file, outcome)
    if ctx.summary_file:
        append_summary(ctx.summary_file, summary)
    return exit_code(outcome.findings, settings.fail_on)
