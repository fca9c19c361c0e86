from __future__ import annotations

import pytest

from bot.gate import blocking, exit_code, highest_severity, is_blocking
from bot.model import Finding
from bot.report import Outcome
from bot.severity import Severity, parse_fail_on


def finding(sev: Severity) -> Finding:
    return Finding(rule_id="r", antipattern="jwt-weak-secret", severity=sev, path="a.py", line=1,
                   end_line=1, message="m", code="x", fingerprint="f", metadata={})


@pytest.mark.parametrize(
    ("fail_on", "severity", "expected"),
    [
        ("info", Severity.INFO, 1), ("info", Severity.WARNING, 1), ("info", Severity.ERROR, 1),
        ("warning", Severity.INFO, 0), ("warning", Severity.WARNING, 1), ("warning", Severity.ERROR, 1),
        ("error", Severity.INFO, 0), ("error", Severity.WARNING, 0), ("error", Severity.ERROR, 1),
        ("none", Severity.INFO, 0), ("none", Severity.WARNING, 0), ("none", Severity.ERROR, 0),
    ],
)
def test_every_threshold_against_every_severity(fail_on: str, severity: Severity, expected: int) -> None:
    assert exit_code([finding(severity)], parse_fail_on(fail_on)) == expected


def test_no_findings_never_fail() -> None:
    assert exit_code([], Severity.INFO) == 0
    assert highest_severity([]) is None


def test_blocking_keeps_only_findings_at_or_above() -> None:
    found = [finding(Severity.INFO), finding(Severity.ERROR), finding(Severity.WARNING)]
    assert [f.severity for f in blocking(found, Severity.WARNING)] == [Severity.ERROR, Severity.WARNING]
    assert highest_severity(found) is Severity.ERROR


def test_outcome_marks_each_finding_by_its_own_severity() -> None:
    # Equal findings (same fields but severity) must not be confused with one another:
    # the outcome decides per finding, not by looking the finding up in a list.
    found = (finding(Severity.INFO), finding(Severity.ERROR), finding(Severity.WARNING))
    outcome = Outcome(findings=found, fail_on=Severity.WARNING, scanned=1)
    assert [outcome.is_blocking(f) for f in found] == [False, True, True]
    assert outcome.blocking == [found[1], found[2]]
    assert not is_blocking(found[1], None)
    assert [Outcome(findings=found, fail_on=None, scanned=1).is_blocking(f) for f in found] == [False] * 3


@pytest.mark.parametrize("bad", ["high", "", "errors", "warn"])
def test_unknown_fail_on_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="fail-on must be one of info, warning, error, none"):
        parse_fail_on(bad)
