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


def _rank(f: Finding) -> tuple[Severity, int, bool]:
    # Between equals, the copy that carries an autofix stays: semgrep can report one
    # match twice (two pattern branches), and only one copy may have the fix.
    return f.severity, f.end_line - f.line, f.fixed_lines is not None and f.fixed_lines != f.code


def drop_duplicates(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per defect.

    Two rules that see the same mistake on one line give one finding (the worse
    one stays). A definition-to-use finding (`also_at`) absorbs every other
    finding of its antipattern on the same definition line, keeping all their
    uses, and every finding of its antipattern that sits on one of those uses:
    a hard-coded key used twice is one defect, commented once.
    """
    best: dict[tuple[str, str, int], Finding] = {}
    order: list[tuple[str, str, int]] = []
    for finding in findings:
        key = (finding.path, finding.antipattern, finding.line)
        if key not in best:
            order.append(key)
            best[key] = finding
            continue
        kept = best[key]
        if _rank(finding) > _rank(kept):
            kept = finding
        uses = tuple(sorted({*best[key].also_at, *finding.also_at}))
        best[key] = dataclasses.replace(kept, also_at=uses) if uses != kept.also_at else kept
    uses_of: dict[tuple[str, str], set[int]] = {}
    for f in best.values():
        uses_of.setdefault((f.path, f.antipattern), set()).update(f.also_at)
    out: list[Finding] = []
    for key in order:
        f = best[key]
        if not f.also_at and uses_of.get((f.path, f.antipattern), set()).intersection(range(f.line, f.end_line + 1)):
            continue
        out.append(f)
    return out
