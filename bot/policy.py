"""What the configuration switches on and off: paths, disabled rules, severity overrides."""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Iterable, Mapping

from bot.scan import Finding
from bot.severity import Severity


def _matches(path: str, pattern: str) -> bool:
    # A pattern without a slash matches the file name anywhere, like .gitignore;
    # `dir/` or `dir/**` matches everything below dir.
    if pattern.endswith("/"):
        pattern += "**"
    if "/" not in pattern:
        return fnmatch.fnmatchcase(path.rsplit("/", 1)[-1], pattern)
    if pattern.endswith("/**"):
        prefix = pattern[:-3]
        if fnmatch.fnmatchcase(path, prefix + "/*") or path.startswith(prefix + "/"):
            return True
    return fnmatch.fnmatchcase(path, pattern)


def path_selected(path: str, *, include: Iterable[str], exclude: Iterable[str]) -> bool:
    include = list(include)
    if include and not any(_matches(path, p) for p in include):
        return False
    return not any(_matches(path, p) for p in exclude)


def apply_rule_policy(
    findings: Iterable[Finding], *, disabled: frozenset[str], overrides: Mapping[str, Severity]
) -> list[Finding]:
    """Drop disabled rule or antipattern ids; re-level findings as configured (rule id wins)."""
    kept: list[Finding] = []
    for finding in findings:
        if finding.rule_id in disabled or finding.antipattern in disabled:
            continue
        level = overrides.get(finding.rule_id) or overrides.get(finding.antipattern)
        kept.append(dataclasses.replace(finding, severity=level) if level else finding)
    return kept
