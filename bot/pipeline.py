"""The stages wired in a straight line, once for local use and once for a GitHub PR."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.diff import ChangedFile, FileStatus, added_file, by_path, parse_git_diff
from bot.diff_filter import FilteredFinding, FilterMode, filter_findings
from bot.gitrepo import GitRepo
from bot.pack import load_pack
from bot.policy import apply_rule_policy, drop_duplicates, path_selected
from bot.scan import Finding, ScanResult, run_semgrep
from bot.settings import Settings
from bot.sources import Reader, materialize, worktree_reader
from bot.suppress import Suppression, apply_suppressions


@dataclass(frozen=True, kw_only=True)
class Review:
    """The result of the scan and filter stages for one change."""

    changed: tuple[ChangedFile, ...]
    scan: ScanResult
    present: tuple[Finding, ...]  # every finding in the scanned files, after policy and suppressions
    kept: tuple[FilteredFinding, ...]  # those the filter mode reports
    suppressions: tuple[Suppression, ...] = ()  # applied
    unreasoned: tuple[Suppression, ...] = ()  # found without a reason, so not applied

    def added_suppressions(self) -> list[Suppression]:
        """Suppressions on lines this change adds: the new waivers reviewers should see."""
        files = by_path(self.changed)
        return [
            s for s in (*self.suppressions, *self.unreasoned)
            if s.finding.path in files and s.line in files[s.finding.path].added_lines
        ]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(m.finding for m in self.kept)


def scan_files(
    changed: Sequence[ChangedFile], *, read: Reader, settings: Settings, mode: FilterMode | None = None
) -> Review:
    pack = load_pack(settings.rule_configs)
    covered = pack.coverage
    paths = [
        f.path
        for f in changed
        if f.exists_at_head
        and covered.covers(f.path)
        and path_selected(f.path, include=settings.include, exclude=settings.exclude)
    ]
    with tempfile.TemporaryDirectory(prefix="jwt-session-guard-") as tmp:
        tree = Path(tmp) / "tree"
        written = materialize(paths, read, tree)
        if written:
            bundle = pack.write_bundle(Path(tmp) / "rules.json")
            result = run_semgrep(root=tree, configs=[bundle])
        else:
            result = ScanResult(findings=(), errors=(), scanned=())
        findings = drop_duplicates(apply_rule_policy(
            result.findings, disabled=settings.disabled, overrides=settings.severity_overrides
        ))
        suppressed = apply_suppressions(
            findings, _line_reader(tree), require_reason=settings.require_suppression_reason
        )
    kept = filter_findings(suppressed.kept, by_path(changed), mode or settings.filter_mode)
    return Review(
        changed=tuple(changed), scan=result, present=suppressed.kept, kept=tuple(kept),
        suppressions=suppressed.applied, unreasoned=suppressed.without_reason,
    )


def _line_reader(tree: Path) -> Callable[[str], list[str]]:
    cache: dict[str, list[str]] = {}

    def lines(path: str) -> list[str]:
        if path not in cache:
            text = (tree / path).read_bytes().decode("utf-8", "replace")
            cache[path] = [line.removesuffix("\r") for line in text.split("\n")]
        return cache[path]

    return lines


def _count_lines(data: bytes | None) -> int:
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def local_changes(repo: GitRepo, base: str, under: str) -> list[ChangedFile]:
    """Changes from the merge base of `base` and HEAD to the working tree, untracked included."""
    merge_base = repo.merge_base(base)
    changed = parse_git_diff(repo.diff_worktree(merge_base))
    read = worktree_reader(repo.root)
    known = {f.path for f in changed}
    changed += [
        added_file(path, _count_lines(read(path))) for path in repo.untracked() if path not in known
    ]
    return [f for f in changed if _under(f.path, under)]


def all_files(repo: GitRepo, under: str) -> list[ChangedFile]:
    """Every file of the work tree, as if wholly new (for `scan --all`)."""
    paths = sorted(set(repo.tracked()) | set(repo.untracked()))
    return [ChangedFile(path=p, status=FileStatus.ADDED, has_patch=False) for p in paths if _under(p, under)]


def _under(path: str, prefix: str) -> bool:
    return not prefix or path == prefix or path.startswith(prefix.rstrip("/") + "/")
