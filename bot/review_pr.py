"""`review`: the pipeline for one pull request on GitHub, from the runner's environment."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

from bot.errors import CannotGetDiff, ConfigError
from bot.gate import exit_code
from bot.diff import by_path
from bot.errors import CannotPostReview
from bot.github_api import GitHubApi, Rejected
from bot.lifecycle import gather_prior, plan
from bot.markers import read_marks
from bot.gitrepo import GitRepo
from bot.pipeline import scan_files
from bot.render import Comment, Renderer
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


@dataclass
class Tally:
    """What this run did on GitHub, for the log line and for the error message if it stops."""

    inline: int = 0
    file_level: int = 0
    listed: int = 0
    edited: int = 0
    resolved: int = 0
    reopened: int = 0
    rejected: int = 0

    def __str__(self) -> str:
        return (
            f"{self.inline} new inline comment(s), {self.file_level} file-level, {self.listed} listed in the "
            f"summary, {self.edited} edited, {self.resolved} marked fixed, {self.reopened} reopened, "
            f"{self.rejected} rejected by GitHub"
        )


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

    def rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
        return finding_rows(findings, server_url=ctx.server_url, repository=ctx.repository, sha=pr.head_sha)

    login = settings.bot_login or api.token_login()
    prior = gather_prior(api, pr.number, login)
    steps = plan(
        kept=review.kept, present=review.present, prior=prior, changed=by_path(changed),
        max_comments=settings.max_comments,
        unreadable={e.path for e in review.scan.errors if e.path},
    )
    outcome = Outcome(findings=review.findings, fail_on=settings.fail_on, scanned=len(review.scan.scanned))
    counts = severity_counts(outcome.findings)
    blocking = bool(outcome.blocking)

    # Everything is rendered before anything is posted: a broken template
    # (exit 2) must leave the pull request untouched.
    comments = renderer.comments(steps.inline, all_kept=review.kept)
    file_bodies = [(f, renderer.finding_body(f)) for f in steps.file_level]
    refreshed = [(c, renderer.finding_body(f)) for c, f in steps.still]
    fixed = [(c, renderer.fixed_body(c.body, fingerprint=c.fingerprint, sha=pr.head_sha)) for c in steps.fixed]
    body = renderer.review_body(
        total=len(outcome.findings), counts=counts, blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label, findings=rows([m.finding for m in steps.inline]),
        not_inline=[], over_cap=False, max_comments=settings.max_comments,
    )
    job_summary = renderer.job_summary(
        findings=rows(outcome.findings), counts=counts, blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label, scanned=outcome.scanned,
    )
    tally = Tally()
    listed = list(steps.listed)
    current_head, state = api.pull_head(pr.number)
    if current_head != pr.head_sha or state != "open":
        # A newer push (or a merge) overtook this run: its comments would land
        # on stale lines, and the newer run reviews what matters now.
        log.write(
            f"jwt-session-guard: pull request #{pr.number} is {state} at {current_head[:12]}, this run reviewed "
            f"{pr.head_sha[:12]}; nothing posted ({len(outcome.findings)} finding(s))\n"
        )
        if ctx.output_file:
            write_outputs(ctx.output_file, outcome)
        return exit_code(outcome.findings, settings.fail_on)
    try:
        event = "REQUEST_CHANGES" if settings.request_changes and blocking else "COMMENT"
        if comments or (event == "REQUEST_CHANGES" and not prior.change_requests):
            listed += _post_review(api, pr, body=body, comments=comments, event=event, tally=tally, log=log)
        for finding, text in file_bodies:
            try:
                api.post_file_comment(pr.number, sha=pr.head_sha, path=finding.path, body=text)
                tally.file_level += 1
            except Rejected as exc:
                log.write(f"{exc}; listed in the summary instead\n")
                tally.rejected += 1
                listed.append(finding)
        for comment, text in refreshed:
            if comment.fixed_in is not None or read_marks(text).digest != comment.digest:
                api.edit_review_comment(comment.id, text)
                tally.edited += 1
            if comment.fixed_in is not None:
                tally.reopened += 1
                if comment.thread and comment.thread.resolved:
                    api.set_thread_resolved(comment.thread.id, False)
        for comment, text in fixed:
            # Threads are resolved, never deleted: people may have replied in them.
            api.edit_review_comment(comment.id, text)
            tally.resolved += 1
            if comment.thread and not comment.thread.resolved:
                api.set_thread_resolved(comment.thread.id, True)
        tally.listed = len(listed)
        if listed or prior.summary_id is not None:
            summary = renderer.summary_comment(
                total=len(outcome.findings), counts=counts, blocking=len(outcome.blocking),
                fail_on=outcome.fail_on_label, sha=pr.head_sha, not_inline=rows(listed),
                over_cap=bool(steps.listed) and len(steps.inline) + len(prior.comments) >= settings.max_comments,
                max_comments=settings.max_comments,
            )
            api.upsert_issue_comment(pr.number, body=summary, comment_id=prior.summary_id)
        if settings.request_changes and not blocking:
            for review_id in prior.change_requests:
                api.dismiss_review(pr.number, review_id, f"jwt-session-guard: no blocking findings remain as of {pr.head_sha[:12]}.")
        if settings.check_run:
            api.create_check_run(
                sha=pr.head_sha,
                conclusion="failure" if blocking else ("neutral" if outcome.findings else "success"),
                title=f"{len(outcome.findings)} JWT/session finding(s), {len(outcome.blocking)} blocking",
                summary=job_summary,
                annotations=[annotation(f, blocking=f in outcome.blocking) for f in outcome.findings],
            )
    except CannotPostReview as exc:
        raise CannotPostReview(f"{exc}. Before it stopped, this run posted: {tally}") from None
    log.write(f"jwt-session-guard: {len(outcome.findings)} finding(s) on PR #{pr.number}; {tally}\n")
    if ctx.output_file:
        write_outputs(ctx.output_file, outcome)
    if ctx.summary_file:
        append_summary(ctx.summary_file, job_summary)
    return exit_code(outcome.findings, settings.fail_on)


def _post_review(
    api: GitHubApi, pr: PullRequestRef, *, body: str, comments: Sequence[Comment], event: str,
    tally: Tally, log: IO[str],
) -> list[Finding]:
    """Post one review; if GitHub refuses it whole, land what it accepts. Returns what it refused."""
    try:
        api.post_review(pr.number, sha=pr.head_sha, body=body, comments=comments, event=event)
        tally.inline += len(comments)
        return []
    except Rejected as exc:
        if event == "REQUEST_CHANGES" and "own pull request" in str(exc):
            # GitHub refuses REQUEST_CHANGES on a PR the token's account opened.
            log.write("cannot request changes on the bot's own pull request; posting a comment review\n")
            return _post_review(api, pr, body=body, comments=comments, event="COMMENT", tally=tally, log=log)
        if not comments:
            raise
        log.write(f"{exc}; posting the {len(comments)} comments one by one\n")
    refused: list[Finding] = []
    for comment in comments:
        try:
            api.post_comment(pr.number, sha=pr.head_sha, comment=comment)
            tally.inline += 1
        except Rejected as exc:
            log.write(f"{exc}; listed in the summary instead\n")
            tally.rejected += 1
            refused.append(comment.finding)
    return refused


def annotation(finding: Finding, *, blocking: bool) -> dict[str, Any]:
    level = "failure" if blocking else {"error": "failure", "warning": "warning"}.get(finding.severity.label, "notice")
    return {
        "path": finding.path, "start_line": finding.line, "end_line": finding.end_line,
        "annotation_level": level, "title": f"{finding.antipattern} ({finding.rule_id})"[:255],
        "message": " ".join(finding.message.split())[:64000] or finding.antipattern,
    }
