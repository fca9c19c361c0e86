"""The filter stage: mark where each finding sits in the diff, keep what the mode asks for.

Like reviewdog's filter it marks rather than drops: a kept finding knows
whether it can be an inline comment and on which lines, so whatever cannot be
placed inline is reported elsewhere instead of being lost.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.diff import ChangedFile
from bot.model import Finding


class FilterMode(enum.Enum):
    ADDED = "added"
    DIFF_CONTEXT = "diff_context"
    FILE = "file"
    NOFILTER = "nofilter"

    @classmethod
    def parse(cls, value: str) -> FilterMode:
        text = value.strip().lower().replace("-", "_")
        for mode in cls:
            if mode.value == text:
                return mode
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"filter-mode must be one of {choices}, not {value!r}")


@dataclass(frozen=True, kw_only=True)
class Anchor:
    """Where an inline comment goes: new-side lines of one hunk."""

    line: int
    start_line: int | None = None


@dataclass(frozen=True, kw_only=True)
class FilteredFinding:
    finding: Finding
    in_diff_file: bool
    on_added_line: bool
    in_hunk: bool
    anchor: Anchor | None


def _anchor(finding: Finding, changed: ChangedFile, preferred: Iterable[int]) -> Anchor | None:
    """Clip the finding's lines to the hunk holding its first preferred line."""
    first = next(iter(sorted(preferred)), None)
    if first is None:
        return None
    hunk = changed.hunk_of(first)
    if hunk is None:
        return None
    if first > finding.end_line:
        # Only a use of the defect is in the diff: the comment goes on it.
        return Anchor(line=first)
    start = max(finding.line, hunk.start)
    end = min(finding.end_line, hunk.end)
    return Anchor(line=end, start_line=start if start < end else None)


def mark(finding: Finding, changed: ChangedFile | None) -> FilteredFinding:
    if changed is None:
        return FilteredFinding(
            finding=finding, in_diff_file=False, on_added_line=False, in_hunk=False, anchor=None
        )
    if not changed.has_patch:
        # No patch (binary, or too large for GitHub to send): which lines are
        # new is unknown, so the finding is kept, but it cannot be inline.
        return FilteredFinding(
            finding=finding, in_diff_file=True, on_added_line=True, in_hunk=False, anchor=None
        )
    span = finding.lines
    added = [n for n in span if n in changed.added_lines]
    in_hunk = [n for n in span if changed.hunk_of(n) is not None]
    return FilteredFinding(
        finding=finding,
        in_diff_file=True,
        on_added_line=bool(added),
        in_hunk=bool(in_hunk),
        anchor=_anchor(finding, changed, added or in_hunk),
    )


def keeps(mode: FilterMode, marked: FilteredFinding) -> bool:
    if mode is FilterMode.ADDED:
        return marked.on_added_line
    if mode is FilterMode.DIFF_CONTEXT:
        return marked.in_hunk
    if mode is FilterMode.FILE:
        return marked.in_diff_file
    return True


def filter_findings(
    findings: Iterable[Finding], changed: Mapping[str, ChangedFile], mode: FilterMode
) -> list[FilteredFinding]:
    marked = (mark(f, changed.get(f.path)) for f in findings)
    return [m for m in marked if keeps(mode, m)]
