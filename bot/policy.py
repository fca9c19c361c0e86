"""What the configuration switches on and off: paths, disabled rules, severity overrides."""

from __future__ import annotations

import dataclasses
import fnmatch
from collections.abc import Iterable, Mapping

from bot.model import Finding
from bot.severity import Severity


def _matches(path: str, pattern: str) -> bool:
    # Like .gitignore: a pattern without a slash matches a file or folder name
    # at any depth; `dir/` matches everything below a folder named dir.
    parts = path.split("/")
    if pattern.endswith("/"):
        name = pattern.rstrip("/")
        if "/" not in name:
            return any(fnmatch.fnmatchcase(part, name) for part in parts[:-1])
        pattern = name + "/**"
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in parts)
    if pattern.endswith("/**"):
        prefix = pattern[:-3].lstrip("/")
        return any(fnmatch.fnmatchcase("/".join(parts[:i]), prefix) for i in range(1, len(parts)))
    # fnmatch's * also crosses slashes, which is what `**/` means anyway.
    return fnmatch.fnmatchcase(path, pattern.lstrip("/"))


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


def drop_duplicates(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per antipattern and starting line: two rules that both see the
    same mistake must not post two comments on one line (the worse one stays)."""
    best: dict[tuple[str, str, int], Finding] = {}
    order: list[tuple[str, str, int]] = []
    for finding in findings:
        key = (finding.path, finding.antipattern, finding.line)
        if key not in best:
            order.append(key)
            best[key] = finding
        elif (finding.severity, finding.end_line - finding.line) > (best[key].severity, best[key].end_line - best[key].line):
            best[key] = finding
    return [best[key] for key in order]
