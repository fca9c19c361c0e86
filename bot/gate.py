"""The gate: the reported findings against `fail-on` -> blocking findings and exit code."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.model import Finding
from bot.severity import Severity

EXIT_CLEAN = 0
EXIT_BLOCKING = 1


def blocking(findings: Iterable[Finding], fail_on: Severity | None) -> list[Finding]:
    if fail_on is None:
        return []
    return [f for f in findings if f.severity >= fail_on]


def highest_severity(findings: Sequence[Finding]) -> Severity | None:
    return max((f.severity for f in findings), default=None)


def exit_code(findings: Iterable[Finding], fail_on: Severity | None) -> int:
    return EXIT_BLOCKING if blocking(findings, fail_on) else EXIT_CLEAN
