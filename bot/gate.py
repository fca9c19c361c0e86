"""The gate: the reported findings against `fail-on` -> blocking findings and exit code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.model import Finding
from bot.severity import Severity

EXIT_CLEAN = 0
EXIT_BLOCKING = 1


def is_blocking(finding: Finding, fail_on: Severity | None) -> bool:
    return fail_on is not None and finding.severity >= fail_on


def blocking(findings: Iterable[Finding], fail_on: Severity | None) -> list[Finding]:
    return [f for f in findings if is_blocking(f, fail_on)]


def highest_severity(findings: Sequence[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


def exit_code(findings: Iterable[Finding], fail_on: Severity | None) -> int:
    return EXIT_BLOCKING if blocking(findings, fail_on) else EXIT_CLEAN
