"""`review`: the pipeline for one pull request on GitHub, from the runner's environment.

Modes: review (scan and publish in one job), analyze (scan, write the findings
file, post nothing) and publish (read that file, post).
"""

from __future__ import annotations

import sys
from typing import IO

from bot.artifact import read_findings, write_findings
from bot.diff import by_path
from bot.diff_filter import filter_findings
from bot.errors import CannotGetDiff, ConfigError, ScanFailed
from bot.github_api import GitHubApi
from bot.head_files import head_grep, head_reader, with_git_patches
from bot.job_report import finish
from bot.pipeline import Review, scan_files
from bot.publish import publish
from bot.pull_request import COMMENT_EVENTS, WHOLE_SCAN, Published, PullRequestRef, commented_pull, mentions_command
from bot.render import Renderer
from bot.settings import GitHubContext, Settings


def run_action(
    *, ctx: GitHubContext, settings: Settings, renderer: Renderer, api: GitHubApi, log: IO[str] = sys.stderr
) -> int:
    if settings.mode == "publish":
        return publish(ctx=ctx, settings=settings, renderer=renderer, api=api, log=log,
                       work=_from_findings_file(ctx, settings, api))
    pr = _pull_request(ctx, api, log)
    if pr is None:
        return 0
    if pr.state != "open":
        log.write(f"jwt-session-guard: pull request #{pr.number} is {pr.state}; there is nothing to review\n")
        return 0
    listing = api.pull_files(pr.number)
    changed = with_git_patches(ctx, list(listing.files), pr)
    if not changed:
        raise CannotGetDiff(f"GitHub lists no changed files for pull request #{pr.number}")
    review = scan_files(changed, read=head_reader(ctx, api, pr.head_sha), settings=settings,
                        grep=head_grep(ctx, pr.head_sha))
    for err in review.scan.errors:
        log.write(f"semgrep {err.level}: {err.message}\n")
    gaps = not_reviewed(review)
    if listing.unlisted:
        gaps += ((f"({listing.unlisted:,} more files)",
                  f"GitHub lists {len(listing.files):,} of the {listing.total:,} changed files of a pull request; "
                  "review the rest with `jwt-session-guard scan --base <base branch>`"),)
    work = Published(
        pr=pr, changed=tuple(changed), present=review.present, kept=review.kept,
        suppressions=(*review.suppressions, *review.unreasoned), scanned=len(review.scan.scanned),
        not_reviewed=gaps, listing_complete=not listing.unlisted, skipped_tests=len(review.skipped_tests),
    )
    if review.scan_incomplete and settings.on_scan_error == "fail":
        # Fail closed: a partial scan must not pass as clean. The job summary
        # says what was not reviewed; nothing is posted.
        finish(ctx, settings, renderer, work)
        text = "; ".join(f"{path}: {why}" for path, why in gaps) or "no changed file could be scanned"
        raise ScanFailed(f"the scan is incomplete ({text}). Set `on-scan-error: warn` to report findings anyway")
    if settings.mode == "analyze":
        # Fork-safe first half: a read-only token, nothing posted; the file
        # goes to actions/upload-artifact for the publish job.
        write_findings(
            ctx.workspace / settings.findings_file, repository=ctx.repository, pull_request=pr.number,
            head_sha=pr.head_sha, base_sha=pr.base_sha, findings=review.present,
            suppressions=work.suppressions, scanned=review.scan.scanned, not_reviewed=gaps,
            listing_complete=work.listing_complete, skipped_tests=work.skipped_tests,
        )
        log.write(f"jwt-session-guard: wrote {len(review.present)} finding(s) to {settings.findings_file}\n")
        return finish(ctx, settings, renderer, work)
    return publish(ctx=ctx, settings=settings, renderer=renderer, api=api, log=log, work=work)


def _pull_request(ctx: GitHubContext, api: GitHubApi, log: IO[str]) -> PullRequestRef | None:
    """The pull request to review; None when a comment event has nothing for the bot."""
    event = dict(ctx.event)
    if ctx.event_name in COMMENT_EVENTS and not mentions_command(event):
        # Every comment on every pull request starts a run: only triage commands concern the bot.
        log.write("jwt-session-guard: the comment holds no /jwt-session-guard command; nothing to do\n")
        return None
    if ctx.event_name != "issue_comment":
        return PullRequestRef.from_event(ctx.event_name, event)
    number = commented_pull(event)
    if number is None:
        log.write("jwt-session-guard: the comment is on an issue, not a pull request; nothing to do\n")
        return None
    # The event carries no commits: the pull request's head as it is now.
    head, base, state, _ = api.pull_meta(number)
    return PullRequestRef(number=number, head_sha=head, base_sha=base, state=state)


def not_reviewed(review: Review) -> tuple[tuple[str, str], ...]:
    """(path, why) for every changed file the scan did not fully cover, scan errors included."""
    return (*review.not_reviewed,
            *((e.path or WHOLE_SCAN, f"semgrep {e.level}: {e.message}") for e in review.scan.errors))


def _from_findings_file(ctx: GitHubContext, settings: Settings, api: GitHubApi) -> Published:
    data = read_findings(ctx.workspace / settings.findings_file)
    if data.repository.lower() != ctx.repository.lower():
        raise ConfigError(f"findings-file is for {data.repository}, this run is in {ctx.repository}")
    run = ctx.event.get("workflow_run") if isinstance(ctx.event.get("workflow_run"), dict) else None
    # A run started by a comment (a triage command) names the default branch's commit, not the PR's:
    # only the pull request's current head (below) says whether the analysis is stale.
    by_comment = run is not None and run.get("event") in COMMENT_EVENTS
    if run is not None and not by_comment and str(run.get("head_sha", data.head_sha)) != data.head_sha:
        raise ConfigError(
            f"findings-file was made for {data.head_sha[:12]}, but the workflow run is for "
            f"{str(run.get('head_sha'))[:12]}: refusing to publish it"
        )
    head, _ = api.pull_head(data.pull_request)
    if head != data.head_sha:
        raise ConfigError(
            f"findings-file is for {data.head_sha[:12]}, but pull request #{data.pull_request} is now at "
            f"{head[:12]}: a stale analysis is not published (the newer push gets its own)"
        )
    pr = PullRequestRef(number=data.pull_request, head_sha=data.head_sha, base_sha=data.base_sha)
    listing = api.pull_files(pr.number)
    kept = filter_findings(data.findings, by_path(listing.files), settings.filter_mode)
    return Published(pr=pr, changed=listing.files, present=data.findings, kept=tuple(kept),
                     suppressions=data.suppressions, scanned=len(data.scanned), not_reviewed=data.not_reviewed,
                     listing_complete=data.listing_complete and not listing.unlisted,
                     skipped_tests=data.skipped_tests)
