"""The real-world benchmark's rule for "found": a finding covers a labeled line
with its whole range (as the review comment spans it) or with one of its uses."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_RUN = Path(__file__).resolve().parents[1] / "bench" / "realworld" / "run.py"
_spec = importlib.util.spec_from_file_location("realworld_run", _RUN)
assert _spec and _spec.loader
run = importlib.util.module_from_spec(_spec)
sys.modules["realworld_run"] = run
_spec.loader.exec_module(run)


def _finding(line: int, end_line: int, also_at: tuple[int, ...] = ()) -> "run.Finding":
    return run.Finding(path="o+r/a.go", line=line, end_line=end_line, rule_id="r",
                       antipattern="jwt-sensitive-payload", severity="warning", also_at=also_at)


def test_a_finding_covers_every_line_of_its_range() -> None:
    assert _finding(5, 9).lines == (5, 6, 7, 8, 9)


def test_a_one_line_finding_with_a_use_covers_both_lines_only() -> None:
    assert _finding(3, 3, also_at=(40,)).lines == (3, 40)


def test_from_bot_reads_the_end_line_and_the_uses() -> None:
    f = run.Finding.from_bot({"path": "o+r/a.go", "line": 12, "end_line": 14, "rule_id": "r",
                              "antipattern": "jwt-weak-secret", "also_at": [30]})
    assert f.lines == (12, 13, 14, 30)
