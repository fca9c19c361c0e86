"""What the configuration switches on and off: paths, disabled rules, severity overrides."""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import re
from collections.abc import Iterable, Mapping

from bot.model import Finding
from bot.severity import Severity


@dataclasses.dataclass(frozen=True)
class _PatternSet:
    """Patterns of one list, grouped by how they apply to a path, each group one regex.

    Like .gitignore: a pattern without a slash matches a file or folder name at any
    depth; `dir/` matches everything below a folder named dir; fnmatch's `*` also
    crosses slashes, which is what `**/` means anyway. tests/test_policy.py holds this
    to a pattern-by-pattern reading of those words; one regex per group because a
    2,000-file pull request asked ~140,000 pattern questions, one Python call each."""

    names: re.Pattern[str] | None  # a name at any depth
    folders: re.Pattern[str] | None  # a folder name at any depth (`dir/`)
    prefixes: re.Pattern[str] | None  # the path below a folder path (`a/b/`, `a/**`)
    paths: re.Pattern[str] | None  # the whole path

    def matches(self, path: str) -> bool:
        parts = path.split("/")
        if self.names and any(self.names.match(part) for part in parts):
            return True
        if self.folders and any(self.folders.match(part) for part in parts[:-1]):
            return True
        if self.prefixes and any(self.prefixes.match("/".join(parts[:i])) for i in range(1, len(parts))):
            return True
        return bool(self.paths and self.paths.match(path))


def _one_of(globs: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs)) if globs else None


@functools.lru_cache(maxsize=64)
def _pattern_set(patterns: tuple[str, ...]) -> _PatternSet:
    names, folders, prefixes, paths = [], [], [], []
    for pattern in patterns:
        if pattern.endswith("/"):
            name = pattern.rstrip("/")
            if "/" not in name:
                folders.append(name)
                continue
            pattern = name + "/**"
        if "/" not in pattern:
            names.append(pattern)
        elif pattern.endswith("/**"):
            prefixes.append(pattern[:-3].lstrip("/"))
        else:
            paths.append(pattern.lstrip("/"))
    return _PatternSet(names=_one_of(names), folders=_one_of(folders), prefixes=_one_of(prefixes),
                       paths=_one_of(paths))


def path_selected(path: str, *, include: Iterable[str], exclude: Iterable[str]) -> bool:
    include = tuple(include)
    if include and not _pattern_set(include).matches(path):
        return False
    return not _pattern_set(tuple(exclude)).matches(path)


def apply_rule_policy(
    findings: Iterable[Finding], *, disabled: frozenset[str], overrides: Mapping[str, Severity],
    capped_paths: tuple[str, ...] = (),
) -> list[Finding]:
    """Drop disabled rule or antipattern ids; re-level findings as configured (rule id wins).

    A finding in `capped_paths` (development configuration) that no override
    re-levels is at most a WARNING."""
    kept: list[Finding] = []
    capped = _pattern_set(capped_paths)
    for finding in findings:
        if finding.rule_id in disabled or finding.antipattern in disabled:
            continue
        level = overrides.get(finding.rule_id) or overrides.get(finding.antipattern)
        if level is None and finding.severity > Severity.WARNING and capped.matches(finding.path):
            level = Severity.WARNING
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
