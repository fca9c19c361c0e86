"""`review`: the pipeline for one pull request on GitHub, from the runner's environment."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

from bot.errors import CannotGetDiff, ConfigError
from bot.gate import exit_code
from bot.artifact import read_findings, write_findings
from bot.diff import ChangedFile, by_path, parse_git_diff
from bot.diff_filter import FilteredFinding, filter_findings
from bot.sarif import write_sarif
from bot.suppress import Suppression
from bot.errors import CannotPostReview, ScanFailed
from bot.github_api import GitHubApi, Rejected
from bot.lifecycle import gather_prior, plan
from bot.markers import read_marks
from bot.gitrepo import GitRepo
from bot.pipeline import scan_files
from bot.render import Comment, Renderer
from bot.report import (
    Outcome,
    append_summary,
    finding_rows,
    line_url,
    severity_counts,
    workflow_annotation,
    write_outputs,
)
from bot.scan import Finding
from bot.settings import GitHubContext, Settings
from bot.sources import Reader, git_reader, one_by_one, worktree_reader

PR_EVENTS = ("pull_request", "pull_request_target")


@dataclass(frozen=True, kw_only=True)
class PullRequestRef:
    number: int
    head_sha: str
    base_sha: str
    state: str = "open"

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
                state=str(pr.get("state") or "open"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"the event's pull_request lacks {exc}") from exc


def _with_git_patches(ctx: GitHubContext, changed: list[ChangedFile], pr: PullRequestRef) -> list[ChangedFile]:
    """GitHub leaves `patch` out of files too large to diff: take their hunks from git when the
    history is there (fetching the two commits if needed); else they stay patchless (file-level comments)."""
    missing = [f for f in changed if not f.has_patch and f.exists_at_head]
    if not missing:
        return changed
    try:
        repo = GitRepo.discover(ctx.workspace)
    except ConfigError:
        return changed
    for sha in (pr.base_sha, pr.head_sha):
        if not repo.has_commit(sha) and not repo.fetch_commit(sha):
            return changed
    try:
        base = repo.merge_base(pr.base_sha, pr.head_sha) if repo.has_merge_base(pr.base_sha, pr.head_sha) else pr.base_sha
        found = {f.path: f for f in parse_git_diff(repo.diff_commits(base, pr.head_sha, *[f.path for f in missing]))}
    except (CannotGetDiff, ConfigError):
        return changed
    return [found.get(f.path, f) if f in missing and found.get(f.path, f).has_patch else f for f in changed]


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
    return one_by_one(lambda path: api.file_at(path, head_sha))


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


@dataclass(frozen=True, kw_only=True)
class Published:
    """What the publishing step needs, whether the scan ran in this job or in an analyze job."""

    pr: PullRequestRef
    changed: tuple[ChangedFile, ...]
    present: tuple[Finding, ...]
    kept: tuple[FilteredFinding, ...]
    suppressions: tuple[Suppression, ...]
    scanned: int
    unreadable: frozenset[str] = frozenset()
    # (path, why) for changed files the scan did not cover, scan errors included.
    not_reviewed: tuple[tuple[str, str], ...] = ()


def run_action(
    *, ctx: GitHubContext, settings: Settings, renderer: Renderer, api: GitHubApi, log: IO[str] = sys.stderr
) -> int:
    if settings.mode == "publish":
        return publish(ctx=ctx, settings=settings, renderer=renderer, api=api, log=log,
                       work=_from_findings_file(ctx, settings, api))
    pr = PullRequestRef.from_event(ctx.event_name, dict(ctx.event))
    if pr.state != "open":
        log.write(f"jwt-session-guard: pull request #{pr.number} is {pr.state}; there is nothing to review\n")
        return 0
    changed = _with_git_patches(ctx, api.pull_files(pr.number), pr)
    if not changed:
        raise CannotGetDiff(f"GitHub lists no changed files for pull request #{pr.number}")
    review = scan_files(changed, read=head_reader(ctx, api, pr.head_sha), settings=settings)
    for err in review.scan.errors:
        log.write(f"semgrep {err.level}: {err.path or ''} {err.message}\n")
    gaps = (*review.not_reviewed, *((e.path or "(whole scan)", f"semgrep {e.level}: {e.message}")
                                    for e in review.scan.errors))
    work = Published(
        pr=pr, changed=tuple(changed), present=review.present, kept=review.kept,
        suppressions=(*review.suppressions, *review.unreasoned), scanned=len(review.scan.scanned),
        unreadable=frozenset(e.path for e in review.scan.errors if e.path) | {p for p, _ in review.not_reviewed},
        not_reviewed=gaps,
    )
    if review.scan_incomplete and settings.on_scan_error == "fail":
        # Fail closed: a partial scan must not pass as clean. The job summary
        # says what was not reviewed; nothing is posted.
        _finish(ctx, settings, renderer, work, log=log)
        listing = "; ".join(f"{path}: {why}" for path, why in gaps) or "no changed file could be scanned"
        raise ScanFailed(
            f"the scan is incomplete ({listing}). Set `on-scan-error: warn` to report findings anyway"
        )
    if settings.mode == "analyze":
        # Fork-safe first half: a read-only token, nothing posted; the file
        # goes to actions/upload-artifact for the publish job.
        write_findings(
            ctx.workspace / settings.findings_file, repository=ctx.repository, pull_request=pr.number,
            head_sha=pr.head_sha, base_sha=pr.base_sha, findings=review.present,
            suppressions=work.suppressions, scanned=review.scan.scanned,
        )
        log.write(f"jwt-session-guard: wrote {len(review.present)} finding(s) to {settings.findings_file}\n")
        return _finish(ctx, settings, renderer, work, log=log)
    return publish(ctx=ctx, settings=settings, renderer=renderer, api=api, log=log, work=work)


def _from_findings_file(ctx: GitHubContext, settings: Settings, api: GitHubApi) -> Published:
    data = read_findings(ctx.workspace / settings.findings_file)
    if data.repository.lower() != ctx.repository.lower():
        raise ConfigError(f"findings-file is for {data.repository}, this run is in {ctx.repository}")
    run = ctx.event.get("workflow_run") if isinstance(ctx.event.get("workflow_run"), dict) else None
    if run is not None and str(run.get("head_sha", data.head_sha)) != data.head_sha:
        raise ConfigError(
            f"findings-file was made for {data.head_sha[:12]}, but the workflow run is for "
            f"{str(run.get('head_sha'))[:12]}: refusing to publish it"
        )
    head, state = api.pull_head(data.pull_request)
    if head != data.head_sha:
        raise ConfigError(
            f"findings-file is for {data.head_sha[:12]}, but pull request #{data.pull_request} is now at "
            f"{head[:12]}: a stale analysis is not published (the newer push gets its own)"
        )
    pr = PullRequestRef(number=data.pull_request, head_sha=data.head_sha, base_sha=data.base_sha)
    changed = api.pull_files(pr.number)
    kept = filter_findings(data.findings, by_path(changed), settings.filter_mode)
    return Published(pr=pr, changed=tuple(changed), present=data.findings, kept=tuple(kept),
                     suppressions=data.suppressions, scanned=len(data.scanned))


def _finish(ctx: GitHubContext, settings: Settings, renderer: Renderer, work: Published, *, log: IO[str]) -> int:
    """What every mode leaves on the job: outputs, annotations, SARIF, the job summary, the exit code."""
    findings = tuple(m.finding for m in work.kept)
    outcome = Outcome(findings=findings, fail_on=settings.fail_on, scanned=work.scanned)
    if settings.sarif_file:
        write_sarif(ctx.workspace / settings.sarif_file, findings)
    for f in findings:
        # Workflow commands are read from stdout.
        sys.stdout.write(workflow_annotation(f, blocking=f in outcome.blocking) + "\n")
    if ctx.output_file:
        write_outputs(
            ctx.output_file, outcome, sarif_file=settings.sarif_file,
            findings_file=settings.findings_file if settings.mode != "review" else "",
        )
    if ctx.summary_file:
        append_summary(ctx.summary_file, _job_summary(ctx, settings, renderer, work, outcome))
    return exit_code(outcome.findings, settings.fail_on)


def _job_summary(ctx: GitHubContext, settings: Settings, renderer: Renderer, work: Published, outcome: Outcome) -> str:
    return renderer.job_summary(
        findings=finding_rows(outcome.findings, server_url=ctx.server_url, repository=ctx.repository,
                              sha=work.pr.head_sha),
        counts=severity_counts(outcome.findings), blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label, scanned=outcome.scanned, waivers=_waivers(ctx, work),
        not_reviewed=work.not_reviewed,
    )


def _waivers(ctx: GitHubContext, work: Published) -> list[dict[str, Any]]:
    files = by_path(work.changed)
    return [
        {"path": s.finding.path, "line": s.line, "ids": list(s.ids), "rule_id": s.finding.rule_id,
         "reason": s.reason,
         "url": line_url(server_url=ctx.server_url, repository=ctx.repository, sha=work.pr.head_sha,
                         path=s.finding.path, line=s.line, end_line=s.line)}
        for s in work.suppressions
        if s.finding.path in files and s.line in files[s.finding.path].added_lines
    ]


def publish(
    *, ctx: GitHubContext, settings: Settings, renderer: Renderer, api: GitHubApi, work: Published, log: IO[str]
) -> int:
    pr = work.pr

    def rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
        return finding_rows(findings, server_url=ctx.server_url, repository=ctx.repository, sha=pr.head_sha)

    waivers = _waivers(ctx, work)
    login = settings.bot_login or api.token_login()
    prior = gather_prior(api, pr.number, login)
    steps = plan(
        kept=work.kept, present=work.present, prior=prior, changed=by_path(work.changed),
        max_comments=settings.max_comments, unreadable=work.unreadable,
    )
    outcome = Outcome(findings=tuple(m.finding for m in work.kept), fail_on=settings.fail_on, scanned=work.scanned)
    counts = severity_counts(outcome.findings)
    blocking = bool(outcome.blocking)

    # Everything is rendered before anything is posted: a broken template
    # (exit 2) must leave the pull request untouched.
    comments = renderer.comments(steps.inline, all_kept=work.kept)
    file_bodies = [(f, renderer.finding_body(f)) for f in steps.file_level]
    refreshed = [(c, renderer.finding_body(f)) for c, f in steps.still]
    fixed = [(c, renderer.fixed_body(c.body, fingerprint=c.fingerprint, sha=pr.head_sha)) for c in steps.fixed]
    body = renderer.review_body(
        total=len(outcome.findings), counts=counts, blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label, findings=rows([m.finding for m in steps.inline]),
        not_inline=[], over_cap=False, max_comments=settings.max_comments,
    )
    job_summary = _job_summary(ctx, settings, renderer, work, outcome)
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
        return _finish(ctx, settings, renderer, work, log=log)
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
        if listed or waivers or work.not_reviewed or prior.summary_id is not None:
            summary = renderer.summary_comment(
                total=len(outcome.findings), counts=counts, blocking=len(outcome.blocking),
                fail_on=outcome.fail_on_label, sha=pr.head_sha, not_inline=rows(listed),
                over_cap=bool(steps.listed) and len(steps.inline) + len(prior.comments) >= settings.max_comments,
                max_comments=settings.max_comments, waivers=waivers, not_reviewed=work.not_reviewed,
            )
            api.upsert_issue_comment(pr.number, body=summary, comment_id=prior.summary_id)
        if settings.request_changes and not blocking:
            for review_id in prior.change_requests:
                api.dismiss_review(
                    pr.number, review_id, f"jwt-session-guard: no blocking findings remain as of {pr.head_sha[:12]}."
                )
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
    return _finish(ctx, settings, renderer, work, log=log)


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
