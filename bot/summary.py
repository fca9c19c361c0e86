"""The sticky summary comment's content: every open finding (errors first), the suppressions the
pull request adds, what the bot marked fixed, what it could not review.

Each count the comment shows is the length of the list it shows, so they cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from bot import escape
from bot.diff import by_path
from bot.lifecycle import BotComment, Plan, Prior
from bot.markers import strip_marks
from bot.model import Finding
from bot.pull_request import Published
from bot.report import Outcome, files_view_url, line_url, severity_counts
from bot.settings import GitHubContext
from bot.taxonomy import antipatterns

# Why a finding has no inline comment, as its row says.
OVER_CAP = "no inline comment: over the cap"
NOT_CHANGED = "no inline comment: this pull request does not change the file"
REFUSED = "no inline comment: GitHub refused it"
ON_FILE = "comment on the file, not a line"

# The first line of a finding's comment (bot/templates/comment.md.j2): badge, severity word, title.
_HEADLINE = re.compile(r"^(?:🔴|🟠|🔵) \*\*(?:Error|Warning|Info) · (.+?)\*\*", re.M)


@dataclass(frozen=True, kw_only=True)
class Posted:
    """What the posting steps of this run did that the summary reports."""

    refused: Sequence[Finding]  # GitHub refused their comment: listed in the summary instead
    fixed_now: Sequence[BotComment]  # comments this run marked fixed


def summary_context(*, ctx: GitHubContext, work: Published, steps: Plan, prior: Prior, outcome: Outcome,
                    posted: Posted, waivers: Sequence[dict[str, Any]], max_comments: int,
                    waived: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """Everything summary_comment.md.j2 renders."""
    rows = open_rows(ctx=ctx, work=work, steps=steps, refused=posted.refused)
    applied = [w for w in waivers if w["applied"]]
    return {
        "sha": work.pr.head_sha,
        "fail_on": outcome.fail_on_label,
        "blocking": severity_counts(outcome.blocking),
        "open": rows,
        "over_cap": any(r["note"] == OVER_CAP for r in rows),
        "max_comments": max_comments,
        "suppressed": applied,
        "waived": waived,
        "unapplied": [w for w in waivers if not w["applied"]],
        "fixed": fixed_rows(prior, posted.fixed_now, present={f.fingerprint for f in work.present},
                            sha=work.pr.head_sha),
        "not_reviewed": list(work.not_reviewed),
    }


def wanted(context: dict[str, Any], prior: Prior) -> bool:
    """Posted once the pull request has anything to show; once posted, always kept up to date."""
    shown = ("open", "suppressed", "waived", "unapplied", "fixed", "not_reviewed")
    return prior.summary_id is not None or any(context[key] for key in shown)


def open_rows(*, ctx: GitHubContext, work: Published, steps: Plan, refused: Collection[Finding]
              ) -> list[dict[str, Any]]:
    """Every open finding, errors first (then path and line), linked to its line in the Files view."""
    changed = by_path(work.changed)
    notes = {f.fingerprint: OVER_CAP for f in steps.listed[:steps.over_cap]}
    notes |= {f.fingerprint: NOT_CHANGED for f in steps.off_diff}
    notes |= {f.fingerprint: REFUSED for f in refused}
    rows = []
    waived = {w.fingerprint for w in work.waivers}
    for m in sorted(work.kept, key=lambda m: (-m.finding.severity, m.finding.path, m.finding.line)):
        f = m.finding
        if f.fingerprint in waived:
            continue
        line = m.anchor.line if m.anchor else f.line
        if f.path in changed:
            url = files_view_url(server_url=ctx.server_url, repository=ctx.repository, number=work.pr.number,
                                 path=f.path, line=line)
        else:
            # Not in the pull request's Files view: the line at the head commit.
            url = line_url(server_url=ctx.server_url, repository=ctx.repository, sha=work.pr.head_sha,
                           path=f.path, line=f.line, end_line=f.end_line)
        rows.append({
            "severity": f.severity, "title": title_of(f.antipattern), "path": f.path, "line": line, "url": url,
            "note": notes.get(f.fingerprint, ON_FILE if m.anchor is None else ""),
        })
    return rows


def title_of(antipattern: str) -> str:
    """Markdown: the taxonomy's own title (trusted), or the id of an antipattern outside it, escaped."""
    ap = antipatterns().get(antipattern)
    return ap.title if ap else escape.md_text(antipattern)


def fixed_rows(prior: Prior, fixed_now: Sequence[BotComment], *, present: Collection[str], sha: str
               ) -> list[dict[str, Any]]:
    """The bot's comments that stand marked fixed after this run (earlier runs' and this one's)."""
    earlier = [(c, c.fixed_in) for c in prior.comments if c.fixed_in and c.fingerprint not in present]
    rows = [
        {"title": _headline_title(c.body), "path": c.path, "line": c.line, "sha": fixed_in}
        for c, fixed_in in [*earlier, *((c, sha) for c in fixed_now)]
    ]
    return sorted(rows, key=lambda r: (r["path"], r["line"] or 0))


def _headline_title(body: str) -> str:
    """The title a finding's comment was posted with (kept, folded, once it is marked fixed)."""
    m = _HEADLINE.search(strip_marks(body))
    if m is None:
        return "Finding"  # a comment from a release with another layout
    titles = {ap.title for ap in antipatterns().values()}
    return m.group(1) if m.group(1) in titles else escape.md_text(m.group(1))
