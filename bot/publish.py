"""The publish stage: one pull request's findings onto GitHub, in four steps.

render (everything, before anything is posted: a broken template must leave
the pull request untouched) -> post the review and file-level comments ->
sync the threads of earlier comments (edit, resolve, reopen) -> the summary
comment, review dismissals and the check run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import IO

from bot.commands import REVIEW
from bot.diff import by_path
from bot.errors import CannotPostReview
from bot.github_api import Forbidden, GitHubApi, Rejected
from bot.job_report import check_annotation, finish, job_summary, outcome_of, waived_rows, waivers
from bot.lifecycle import BotComment, Plan, Prior, plan
from bot.markers import read_marks
from bot.model import Comment, Finding
from bot.prior import gather_prior
from bot.pull_request import Published
from bot.render import Renderer, suggestion_for
from bot.report import Outcome, comment_url, files_view_url
from bot.settings import GitHubContext, Settings
from bot.summary import Posted, summary_context, wanted
from bot.taxonomy import antipatterns
from bot.triage import answer_refusals, gather_triage


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
    not_ours: int = 0
    waived: int = 0
    refused_commands: int = 0

    def __str__(self) -> str:
        text = (
            f"{self.inline} new inline comment(s), {self.file_level} file-level, {self.listed} listed in the "
            f"summary, {self.edited} edited, {self.resolved} marked fixed, {self.reopened} reopened, "
            f"{self.rejected} rejected by GitHub"
        )
        text += f", {self.waived} waived" if self.waived else ""
        text += f", {self.refused_commands} triage command(s) refused" if self.refused_commands else ""
        return text + (f", {self.not_ours} not ours to edit" if self.not_ours else "")


@dataclass(frozen=True, kw_only=True)
class Rendered:
    """Every body this run may post, rendered up front."""

    comments: list[Comment]
    file_level: list[tuple[Finding, str]]
    refreshed: list[tuple[BotComment, str, bool]]  # (comment, body, waived)
    fixed: list[tuple[BotComment, str]]
    review_body: str


@dataclass
class Posting:
    """The state the posting steps share."""

    api: GitHubApi
    work: Published
    log: IO[str]
    tally: Tally = field(default_factory=Tally)
    listed: list[Finding] = field(default_factory=list)
    refused: list[Finding] = field(default_factory=list)  # GitHub refused their comment (also in listed)
    fixed_now: list[BotComment] = field(default_factory=list)  # marked fixed by this run


def publish(
    *, ctx: GitHubContext, settings: Settings, renderer: Renderer, api: GitHubApi, work: Published, log: IO[str]
) -> int:
    pr = work.pr
    login = settings.bot_login or api.token_login()
    prior = gather_prior(api, pr.number, login, log=log)
    triage = gather_triage(api, pr.number, prior=prior, present=work.present, policy=settings.triage)
    work = replace(work, waivers=triage.waivers)
    waived = triage.by_fingerprint()
    changed = by_path(work.changed)
    unreadable = set(work.unreadable)
    if not work.listing_complete:
        # Files past GitHub's listing are unknown, not fixed.
        unreadable |= {c.path for c in prior.comments if c.path not in changed}
    open_kept = [m for m in work.kept if m.finding.fingerprint not in waived]
    steps = plan(kept=open_kept, present=work.present, prior=prior, changed=changed,
                 max_comments=settings.max_comments, unreadable=unreadable)
    outcome = outcome_of(work, settings)
    rendered = render_all(renderer, steps, work, outcome, ctx=ctx, first=not prior.comments)
    # The summary is rendered again once posted (what GitHub refused is known then); this first
    # rendering stops a broken template before anything is posted.
    summary_body(renderer, ctx=ctx, settings=settings, work=work, steps=steps, prior=prior, outcome=outcome,
                 posted=Posted(refused=(), fixed_now=steps.fixed))

    current_head, state = api.pull_head(pr.number)
    if current_head != pr.head_sha or state != "open":
        # A newer push (or a merge) overtook this run: its comments would land
        # on stale lines, and the newer run reviews what matters now.
        log.write(
            f"jwt-session-guard: pull request #{pr.number} is {state} at {current_head[:12]}, this run reviewed "
            f"{pr.head_sha[:12]}; nothing posted ({len(outcome.findings)} finding(s))\n"
        )
        return finish(ctx, settings, renderer, work)
    posting = Posting(api=api, work=work, log=log, listed=list(steps.listed))
    try:
        blocking = bool(outcome.blocking)
        post_comments(posting, rendered, prior, request_changes=settings.request_changes and blocking)
        sync_threads(posting, rendered)
        posting.tally.refused_commands = answer_refusals(api, pr.number, triage.refusals, log=log)
        post_summary(posting, ctx=ctx, settings=settings, renderer=renderer, steps=steps, prior=prior,
                     outcome=outcome)
    except Forbidden as exc:
        # A token that may not write (a fork's pull request under `pull_request`,
        # Dependabot): not a failure of the run. The findings still reach the
        # annotations, the job summary, SARIF and the outputs; the gate decides.
        log.write(f"jwt-session-guard: this token may not write to pull request #{pr.number} ({exc}); "
                  "the findings are in the workflow annotations and the job summary\n")
        return finish(ctx, settings, renderer, work, not_posted=READ_ONLY_HINT.format(reason=exc))
    except CannotPostReview as exc:
        message = f"{exc}. Before it stopped, this run posted: {posting.tally}"
        # Nothing is lost: annotations, summary, SARIF and outputs first, then exit 3.
        finish(ctx, settings, renderer, work, not_posted=message)
        raise CannotPostReview(message) from None
    log.write(f"jwt-session-guard: {len(outcome.findings)} finding(s) on PR #{pr.number}; {posting.tally}\n")
    return finish(ctx, settings, renderer, work)


READ_ONLY_HINT = (
    "the token may not write to this pull request ({reason}). The findings are listed below and as annotations "
    "on the files. A pull request from a fork gets a read-only token under `pull_request`: use the fork-safe "
    "split (`mode: analyze` here, `mode: publish` from a `workflow_run` job; see examples/workflows/fork-safe-*.yml)."
)


def render_all(renderer: Renderer, steps: Plan, work: Published, outcome: Outcome, *, ctx: GitHubContext,
               first: bool) -> Rendered:
    """`first`: the pull request has no comment of ours yet (the review body then says what it found)."""
    sha = work.pr.head_sha
    waived = {w.fingerprint for w in work.waivers}
    return Rendered(
        comments=renderer.comments(steps.inline, all_kept=work.kept),
        file_level=[(f, renderer.finding_body(f)) for f in steps.file_level],
        # A re-render keeps the one-click fix: the same body as the first post.
        refreshed=[(c, _refreshed_body(renderer, f, work, ctx), f.fingerprint in waived) for c, f in steps.still],
        fixed=[(c, renderer.fixed_body(c.body, fingerprint=c.fingerprint, sha=sha)) for c in steps.fixed],
        review_body=renderer.review_body(
            total=len(outcome.findings), blocking=len(outcome.blocking), fail_on=outcome.fail_on_label,
            new=_new_rows(steps, work, ctx), fixed=len(steps.fixed), first=first,
        ),    )


def _new_rows(steps: Plan, work: Published, ctx: GitHubContext) -> list[dict[str, object]]:
    """One line per new inline comment, errors first, linking to the line in the Files view."""
    titles = antipatterns()
    rows = []
    for m in sorted(steps.inline, key=lambda m: -m.finding.severity):
        f = m.finding
        rows.append({
            "severity": f.severity, "path": f.path, "line": f.line,
            "title": titles[f.antipattern].title if f.antipattern in titles else f.antipattern,
            "url": files_view_url(server_url=ctx.server_url, repository=ctx.repository, number=work.pr.number,
                                  path=f.path, line=m.anchor.line if m.anchor else f.line),
            "fix": suggestion_for(m, work.kept) is not None,
        })
    return rows


def _refreshed_body(renderer: Renderer, finding: Finding, work: Published, ctx: GitHubContext) -> str:
    """A finding's comment as it stands now: waived (said at its top) or open."""
    waiver = next((w for w in work.waivers if w.fingerprint == finding.fingerprint), None)
    url = "" if waiver is None else comment_url(server_url=ctx.server_url, repository=ctx.repository,
                                                number=work.pr.number, comment_id=waiver.comment_id,
                                                review=waiver.where == REVIEW)
    return renderer.finding_body(finding, suggestion=_suggestion(finding, work), waiver=waiver, waiver_url=url)


def _suggestion(finding: Finding, work: Published) -> str | None:
    marked = next((m for m in work.kept if m.finding.fingerprint == finding.fingerprint), None)
    return suggestion_for(marked, work.kept) if marked is not None else None


def post_comments(posting: Posting, rendered: Rendered, prior: Prior, *, request_changes: bool) -> None:
    """The review with the new inline comments, then the file-level ones; what GitHub refuses is listed."""
    event = "REQUEST_CHANGES" if request_changes else "COMMENT"
    if rendered.comments or (event == "REQUEST_CHANGES" and not prior.change_requests):
        refused = _post_review(posting, body=rendered.review_body, comments=rendered.comments, event=event)
        posting.listed += refused
        posting.refused += refused
    pr = posting.work.pr
    for finding, text in rendered.file_level:
        try:
            posting.api.post_file_comment(pr.number, sha=pr.head_sha, path=finding.path, body=text)
            posting.tally.file_level += 1
        except Rejected as exc:
            posting.log.write(f"{exc}; listed in the summary instead\n")
            posting.tally.rejected += 1
            posting.listed.append(finding)
            posting.refused.append(finding)


def sync_threads(posting: Posting, rendered: Rendered) -> None:
    """Earlier comments: refreshed (and reopened) when found again, marked fixed and resolved when gone;
    a waived finding's thread is resolved, and reopened with the waiver taken back."""
    api, tally = posting.api, posting.tally
    for comment, text, waived in rendered.refreshed:
        if comment.fixed_in is not None or read_marks(text).digest != comment.digest:
            if not _edit(posting, comment, text):
                continue
            tally.edited += 1
        tally.waived += waived
        if comment.fixed_in is not None or comment.waived and not waived:
            tally.reopened += 1
        if comment.thread and comment.thread.resolved != waived:
            # Resolved: waived. Open: a finding that stands (found again after a fix, or reopened).
            if comment.fixed_in is not None or comment.waived or waived:
                api.set_thread_resolved(comment.thread.id, waived)
    for comment, text in rendered.fixed:
        # Threads are resolved, never deleted: people may have replied in them.
        if not _edit(posting, comment, text):
            continue
        tally.resolved += 1
        posting.fixed_now.append(comment)
        if comment.thread and not comment.thread.resolved:
            api.set_thread_resolved(comment.thread.id, True)


def _edit(posting: Posting, comment: BotComment, text: str) -> bool:
    try:
        posting.api.edit_review_comment(comment.id, text)
        return True
    except Forbidden as exc:
        # Another account's comment that carries our marker (a second bot, or
        # one quoting ours): not ours to change. Set `bot-login` to be exact.
        posting.log.write(f"{exc}; comment {comment.id} is left as it is (not this token's to edit)\n")
        posting.tally.not_ours += 1
        return False


def post_summary(posting: Posting, *, ctx: GitHubContext, settings: Settings, renderer: Renderer, steps: Plan,
                 prior: Prior, outcome: Outcome) -> None:
    """The sticky summary comment, REQUEST_CHANGES dismissals once nothing blocks, the check run."""
    api, work = posting.api, posting.work
    pr = work.pr
    posting.tally.listed = len(posting.listed)
    summary = summary_body(renderer, ctx=ctx, settings=settings, work=work, steps=steps, prior=prior,
                           outcome=outcome, posted=Posted(refused=posting.refused, fixed_now=posting.fixed_now))
    # One summary per pull request, edited in place; an unchanged one is left alone.
    if summary is not None and summary != prior.summary_body:
        api.upsert_issue_comment(pr.number, body=summary, comment_id=prior.summary_id)
    if settings.request_changes and not outcome.blocking:
        for review_id in prior.change_requests:
            api.dismiss_review(
                pr.number, review_id, f"jwt-session-guard: no blocking findings remain as of {pr.head_sha[:12]}."
            )
    if settings.check_run:
        api.create_check_run(
            sha=pr.head_sha,
            conclusion="failure" if outcome.blocking else ("neutral" if outcome.findings else "success"),
            title=f"{len(outcome.findings)} JWT/session finding(s), {len(outcome.blocking)} blocking",
            summary=job_summary(ctx, renderer, work, outcome),
            annotations=[check_annotation(f, blocking=outcome.is_blocking(f)) for f in outcome.findings],
        )


def summary_body(renderer: Renderer, *, ctx: GitHubContext, settings: Settings, work: Published, steps: Plan,
                 prior: Prior, outcome: Outcome, posted: Posted) -> str | None:
    """The sticky summary comment, or None while the pull request has nothing to show and none was posted."""
    context = summary_context(ctx=ctx, work=work, steps=steps, prior=prior, outcome=outcome, posted=posted,
                              waivers=waivers(ctx, work), waived=waived_rows(ctx, work),
                              max_comments=settings.max_comments)
    return renderer.summary_comment(**context) if wanted(context, prior) else None


def _post_review(posting: Posting, *, body: str, comments: Sequence[Comment], event: str) -> list[Finding]:
    """Post one review; if GitHub refuses it whole, land what it accepts. Returns what it refused."""
    api, pr, tally, log = posting.api, posting.work.pr, posting.tally, posting.log
    try:
        api.post_review(pr.number, sha=pr.head_sha, body=body, comments=comments, event=event)
        tally.inline += len(comments)
        return []
    except Rejected as exc:
        if event == "REQUEST_CHANGES" and "own pull request" in str(exc):
            # GitHub refuses REQUEST_CHANGES on a PR the token's account opened.
            log.write("cannot request changes on the bot's own pull request; posting a comment review\n")
            return _post_review(posting, body=body, comments=comments, event="COMMENT")
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
