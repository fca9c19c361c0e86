"""The stages wired in a straight line, once for local use and once for a GitHub PR."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.build_tags import HEAD_BYTES, is_test_build
from bot.generated import is_generated
from bot.diff import ChangedFile, FileStatus, added_file, by_path, parse_git_diff
from bot.diff_filter import FilteredFinding, FilterMode, filter_findings
from bot.embedded import restore, write_shadows
from bot.escalate import escalate
from bot.gitrepo import GitRepo
from bot.installed import drop_covered
from bot.pack import load_pack
from bot.paths import context_rules_dir
from bot.policy import apply_rule_policy, drop_duplicates, path_selected
from bot.repo_facts import UNKNOWN, Grep, apply_repo_facts, find_facts, needed
from bot.model import Finding, ScanResult
from bot.scan import MAX_TARGET_BYTES, scan_paths
from bot.settings import Settings
from bot.sources import Reader, materialize, safe_relative, worktree_reader
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
    # Changed files the pack covers that were not reviewed, with why.
    not_reviewed: tuple[tuple[str, str], ...] = ()
    to_scan: int = 0  # changed files in the pack's languages, after path filters
    skipped_tests: tuple[str, ...] = ()  # changed files left out as test code

    @property
    def scan_incomplete(self) -> bool:
        """A fatal semgrep error, or covered files to scan and none scanned: never a clean pass.

        One skipped file next to scanned ones is not incomplete; it is listed in
        not_reviewed, and its earlier comments are not marked fixed."""
        # semgrep's "warn" errors are partial parses (most of the file was
        # still matched): listed by file, but not a failed scan.
        fatal = [e for e in self.scan.errors if e.level != "warn"]
        return bool(fatal) or (self.to_scan > 0 and not self.scan.scanned)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(m.finding for m in self.kept)


def scan_files(
    changed: Sequence[ChangedFile], *, read: Reader, settings: Settings, mode: FilterMode | None = None,
    grep: Grep | None = None,
) -> Review:
    """`grep` searches the reviewed commit for repository facts (bot/repo_facts.py); None: none are known."""
    # The context rules run with every pack: without them no decode finding could be an error.
    pack = load_pack([*settings.rule_configs, context_rules_dir()])
    covered = pack.coverage
    candidates = [
        f.path
        for f in changed
        if f.exists_at_head
        and covered.covers(f.path)
        and path_selected(f.path, include=settings.include, exclude=settings.exclude)
    ]
    tests = [p for p in candidates if not path_selected(p, include=(), exclude=settings.test_paths)]
    skipped = set(tests)
    paths = [p for p in candidates if p not in skipped]
    not_reviewed: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="jwt-session-guard-") as tmp:
        tree = Path(tmp) / "tree"
        written = materialize(paths, read, tree)
        left_out: set[str] = set()
        if settings.skip_test_builds:
            test_built = _left_out(tree, written, lambda p: is_test_build(p, _head(tree / p)))
            tests += sorted(test_built)
            left_out |= test_built
        if settings.skip_generated:
            left_out |= _left_out(tree, [p for p in written if p not in left_out],
                                  lambda p: is_generated(p, tree / p))
        paths = [p for p in paths if p not in left_out]
        written = [p for p in written if p not in left_out]
        for path in paths:
            if path not in written:
                reason = "unsafe path (absolute, `..` or control characters)" if safe_relative(path) is None else (
                    "not a regular file at the head commit (symlink, submodule or missing)")
                not_reviewed.append((path, reason))
        if written:
            bundle = pack.write_bundle(Path(tmp) / "rules.json")
            shadows = write_shadows(tree, written)
            result = scan_paths(root=tree, configs=[bundle], paths=[*written, *shadows])
            result = restore(result, shadows, written)
            # Context hits decide severities here and are never findings of their own.
            result = dataclasses.replace(result, findings=tuple(escalate(result.findings)))
        else:
            result = ScanResult(findings=(), errors=(), scanned=())
        scanned = set(result.scanned)
        errored = {e.path for e in result.errors if e.path}
        for path in written:
            if path not in scanned and path not in errored:
                size = (tree / path).stat().st_size
                not_reviewed.append((path, f"skipped by semgrep ({size:,} bytes; larger than {MAX_TARGET_BYTES:,})"
                                     if size > MAX_TARGET_BYTES else "skipped by semgrep"))
        wanted = needed(result.findings)
        facts = (find_facts(grep, wanted, exclude=(*settings.test_paths, *settings.exclude), projects=settings.projects)
                 if wanted else UNKNOWN)
        findings = drop_duplicates(apply_rule_policy(
            drop_covered(apply_repo_facts(result.findings, facts), read), disabled=settings.disabled,
            overrides=settings.severity_overrides,
            capped_paths=settings.dev_config_paths,
        ))
        suppressed = apply_suppressions(
            findings, _line_reader(tree), require_reason=settings.require_suppression_reason
        )
    kept = filter_findings(suppressed.kept, by_path(changed), mode or settings.filter_mode)
    return Review(
        changed=tuple(changed), scan=result, present=suppressed.kept, kept=tuple(kept),
        suppressions=suppressed.applied, unreasoned=suppressed.without_reason,
        not_reviewed=tuple(not_reviewed), to_scan=len(paths), skipped_tests=tuple(tests),
    )


def _left_out(tree: Path, written: Sequence[str], leave_out: Callable[[str], bool]) -> set[str]:
    """The written files `leave_out` picks, removed from the tree: semgrep may be given whole folders of it."""
    out = {p for p in written if leave_out(p)}
    for p in out:
        (tree / p).unlink()
    return out


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(HEAD_BYTES)


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
    known = {f.path for f in changed}
    new = [path for path in repo.untracked() if path not in known]
    contents = worktree_reader(repo.root)(new)
    changed += [added_file(path, _count_lines(contents.get(path))) for path in new]
    return [f for f in changed if _under(f.path, under)]


def all_files(repo: GitRepo, under: str) -> list[ChangedFile]:
    """Every file of the work tree, as if wholly new (for `scan --all`)."""
    paths = sorted(set(repo.tracked()) | set(repo.untracked()))
    return [ChangedFile(path=p, status=FileStatus.ADDED, has_patch=False) for p in paths if _under(p, under)]


def _under(path: str, prefix: str) -> bool:
    return not prefix or path == prefix or path.startswith(prefix.rstrip("/") + "/")
