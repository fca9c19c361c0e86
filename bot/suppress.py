"""Inline suppressions: `jwt-session-guard: ignore[<id>] <reason>` and semgrep's `nosemgrep`.

semgrep runs with --disable-nosem so that every suppression passes through
here: one without a stated reason does not suppress (unless configured), and
those a pull request adds are listed for reviewers to see new waivers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.model import Finding

_OURS = re.compile(r"jwt-session-guard:\s*ignore\[([^\]]*)\]\s*(.*)$", re.IGNORECASE)
_NOSEM = re.compile(r"\bnosem(?:grep)?\b(?:\s*:\s*([\w.\-]+(?:\s*,\s*[\w.\-]+)*))?\s*(.*)$")
# Comment closers and separators that are not part of a reason.
_TRIM = re.compile(r"^(?:--|-|:|—)\s*|\s*(?:\*/|-->|%>|\?>)\s*$")


@dataclass(frozen=True, kw_only=True)
class Suppression:
    finding: Finding
    line: int  # where the suppression comment is
    ids: tuple[str, ...]  # empty: every rule
    reason: str

    @property
    def applies(self) -> bool:
        return not self.ids or self.finding.rule_id in self.ids or self.finding.antipattern in self.ids


def _parse(text: str) -> tuple[tuple[str, ...], str] | None:
    m = _OURS.search(text)
    if m:
        ids = tuple(i.strip() for i in m.group(1).split(",") if i.strip())
        return ids, _TRIM.sub("", m.group(2).strip()).strip()
    m = _NOSEM.search(text)
    if m:
        ids = tuple(i.strip() for i in (m.group(1) or "").split(",") if i.strip())
        return ids, _TRIM.sub("", _TRIM.sub("", m.group(2).strip()).strip()).strip()
    return None


def find_suppression(finding: Finding, line_at: Callable[[int], str | None]) -> Suppression | None:
    """A suppression comment on the finding's lines or on the line just above it (or above a use)."""
    numbers = (finding.line, finding.end_line, finding.line - 1,
               *(n for use in finding.also_at for n in (use, use - 1)))
    for number in numbers:
        text = line_at(number) if number >= 1 else None
        parsed = _parse(text) if text else None
        if parsed is None:
            continue
        candidate = Suppression(finding=finding, line=number, ids=parsed[0], reason=parsed[1])
        if candidate.applies:
            return candidate
    return None


@dataclass(frozen=True, kw_only=True)
class Suppressed:
    kept: tuple[Finding, ...]
    applied: tuple[Suppression, ...]
    without_reason: tuple[Suppression, ...]  # found, but not applied: no reason given


def apply_suppressions(
    findings: Sequence[Finding], lines_of: Callable[[str], Sequence[str]], *, require_reason: bool
) -> Suppressed:
    kept: list[Finding] = []
    applied: list[Suppression] = []
    refused: list[Suppression] = []
    for finding in findings:
        lines = lines_of(finding.path)
        found = find_suppression(finding, lambda n: lines[n - 1] if n <= len(lines) else None)
        if found is None:
            kept.append(finding)
        elif found.reason or not require_reason:
            applied.append(found)
        else:
            refused.append(found)
            kept.append(finding)
    return Suppressed(kept=tuple(kept), applied=tuple(applied), without_reason=tuple(refused))
