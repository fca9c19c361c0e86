from __future__ import annotations

import pytest

from bot.diff import ChangedFile, Hunk
from bot.diff_filter import Anchor, FilterMode, filter_findings, mark
from bot.model import Finding
from bot.severity import Severity

CHANGED = ChangedFile(
    path="app.py",
    added_lines=frozenset({12, 13, 30}),
    context_lines=frozenset({9, 10, 11, 14, 15, 16, 27, 28, 29, 31}),
    hunks=(Hunk(start=9, end=16), Hunk(start=27, end=31)),
)


def finding(line: int, end: int | None = None, path: str = "app.py") -> Finding:
    return Finding(rule_id="r", antipattern="jwt-weak-secret", severity=Severity.ERROR, path=path,
                   line=line, end_line=end or line, message="m", code="c", fingerprint=f"{path}{line}",
                   metadata={})


@pytest.mark.parametrize(
    ("mode", "kept"),
    [
        (FilterMode.ADDED, [12, 30]),
        (FilterMode.DIFF_CONTEXT, [10, 12, 30]),
        (FilterMode.FILE, [2, 10, 12, 30]),
        (FilterMode.NOFILTER, [2, 10, 12, 30, 5]),
    ],
)
def test_modes(mode: FilterMode, kept: list[int]) -> None:
    found = [finding(2), finding(10), finding(12), finding(30), finding(5, path="other.py")]
    result = filter_findings(found, {"app.py": CHANGED}, mode)
    assert [m.finding.line for m in result] == kept


def test_multi_line_finding_is_clipped_to_its_hunk() -> None:
    marked = mark(finding(11, 20), CHANGED)
    assert marked.on_added_line and marked.anchor == Anchor(line=16, start_line=11)


def test_anchor_prefers_the_added_line_hunk() -> None:
    # 14-16 is hunk context, 30 is the added line: the comment goes where the change is.
    marked = mark(finding(14, 30), CHANGED)
    assert marked.anchor == Anchor(line=30, start_line=27)
    marked = mark(finding(10, 11), CHANGED)
    assert not marked.on_added_line and marked.anchor == Anchor(line=11, start_line=10)


def test_outside_hunks_has_no_anchor_but_is_marked() -> None:
    marked = mark(finding(2), CHANGED)
    assert marked.in_diff_file and not marked.in_hunk and marked.anchor is None


def test_file_without_patch_keeps_findings_without_anchor() -> None:
    marked = mark(finding(3), ChangedFile(path="app.py", has_patch=False))
    assert marked.on_added_line and marked.anchor is None


def test_mode_names() -> None:
    assert FilterMode.parse("diff-context") is FilterMode.DIFF_CONTEXT
    with pytest.raises(ValueError, match="filter-mode must be one of added, diff_context, file, nofilter"):
        FilterMode.parse("lines")
