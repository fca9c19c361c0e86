"""What every mode leaves on the job: SARIF, workflow annotations, outputs, the job summary, the exit code."""

from __future__ import annotations

import sys
from typing import IO, Any

from bot.commands import REVIEW
from bot.diff import by_path
from bot.diff_filter import filter_findings
from bot.gate import exit_code
from bot.model import Finding
from bot.pull_request import Published
from bot.render import Renderer
from bot.report import (
    Outcome, append_summary, comment_url, finding_rows, line_url, severity_counts, workflow_annotation, write_outputs,
)
from bot.sarif import Suppressed, write_sarif
from bot.summary import title_of
from bot.settings import GitHubContext, Settings


def outcome_of(work: Published, settings: Settings) -> Outcome:
    return Outcome(findings=work.open, fail_on=settings.fail_on, scanned=work.scanned)


def finish(ctx: GitHubContext, settings: Settings, renderer: Renderer, work: Published, *,
           out: IO[str] = sys.stdout, not_posted: str = "") -> int:
    """`not_posted`: why the pull request did not get the review (said in the job summary)."""
    outcome = outcome_of(work, settings)
    findings = outcome.findings
    if settings.sarif_file:
        write_sarif(ctx.workspace / settings.sarif_file, findings, dismissed(work, settings))
    for f in findings:
        # Workflow commands are read from stdout.
        out.write(workflow_annotation(f, blocking=outcome.is_blocking(f)) + "\n")
    if ctx.output_file:
        write_outputs(
            ctx.output_file, outcome, sarif_file=settings.sarif_file,
            findings_file=settings.findings_file if settings.mode != "review" else "",
        )
    if ctx.summary_file:
        append_summary(ctx.summary_file, job_summary(ctx, renderer, work, outcome, not_posted=not_posted))
    return exit_code(outcome.findings, settings.fail_on)


def job_summary(ctx: GitHubContext, renderer: Renderer, work: Published, outcome: Outcome, *,
                not_posted: str = "") -> str:
    return renderer.job_summary(
        findings=finding_rows(outcome.findings, server_url=ctx.server_url, repository=ctx.repository,
                              sha=work.pr.head_sha),
        counts=severity_counts(outcome.findings), blocking=len(outcome.blocking),
        fail_on=outcome.fail_on_label, scanned=outcome.scanned, waivers=waivers(ctx, work),
        waived=waived_rows(ctx, work),
        not_reviewed=work.not_reviewed, skipped_tests=work.skipped_tests, not_posted=not_posted,
    )


def waivers(ctx: GitHubContext, work: Published) -> list[dict[str, Any]]:
    """Suppressions on lines this pull request adds: the new waivers reviewers should see.

    `applied`: the finding is suppressed (one without a reason, where reasons are required, leaves
    its finding open)."""
    files = by_path(work.changed)
    present = {f.fingerprint for f in work.present}
    return [
        {"path": s.finding.path, "line": s.line, "ids": list(s.ids), "rule_id": s.finding.rule_id,
         "reason": s.reason, "applied": s.finding.fingerprint not in present,
         "url": line_url(server_url=ctx.server_url, repository=ctx.repository, sha=work.pr.head_sha,
                         path=s.finding.path, line=s.line, end_line=s.line)}
        for s in work.suppressions
        if s.finding.path in files and s.line in files[s.finding.path].added_lines
    ]


def dismissed(work: Published, settings: Settings) -> list[Suppressed]:
    """The findings SARIF reports as dismissed: waived in the pull request, and suppressed in the code
    on what the filter mode reviews (an old suppression elsewhere in the file is not this PR's)."""
    kept = {m.finding.fingerprint: m.finding for m in work.kept}
    out = [Suppressed(finding=kept[w.fingerprint], kind="external",
                      justification=f"Waived in pull request #{work.pr.number} by @{w.login}: {w.reason}")
           for w in work.waivers if w.fingerprint in kept]
    present = {f.fingerprint for f in work.present}
    applied = [s for s in work.suppressions if s.finding.fingerprint not in present]
    reviewed = {m.finding.fingerprint for m in filter_findings([s.finding for s in applied], by_path(work.changed),
                                                                 settings.filter_mode)}
    out += [Suppressed(finding=s.finding, kind="inSource", justification=s.reason)
            for s in applied if s.finding.fingerprint in reviewed]
    return out


def waived_rows(ctx: GitHubContext, work: Published) -> list[dict[str, Any]]:
    """The findings waived by a triage command: who, why, where the decision is."""
    kept = {m.finding.fingerprint: m.finding for m in work.kept}
    rows = []
    for w in work.waivers:
        f = kept.get(w.fingerprint)
        if f is None:
            continue
        url = comment_url(server_url=ctx.server_url, repository=ctx.repository, number=work.pr.number,
                          comment_id=w.comment_id, review=w.where == REVIEW)
        rows.append({"title": title_of(f.antipattern), "path": f.path, "line": f.line, "rule_id": f.rule_id,
                     "login": w.login, "reason": w.reason, "url": url})
    return rows


def check_annotation(finding: Finding, *, blocking: bool) -> dict[str, Any]:
    level = "failure" if blocking else {"error": "failure", "warning": "warning"}.get(finding.severity.label, "notice")
    return {
        "path": finding.path, "start_line": finding.line, "end_line": finding.end_line,
        "annotation_level": level, "title": f"{finding.antipattern} ({finding.rule_id})"[:255],
        "message": " ".join(finding.message.split())[:64000] or finding.antipattern,
    }
