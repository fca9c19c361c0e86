"""The diff stage: unified diffs -> the changed files and their new-side lines.

Two sources feed it: GitHub's per-file `patch` (hunks without file headers) and
`git diff` output. Line numbers are always those of the new (RIGHT) side,
because that is where review comments anchor.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

import unidiff


class FileStatus(enum.Enum):
    ADDED = "added"
    MODIFIED = "modified"
    REMOVED = "removed"
    RENAMED = "renamed"

    @classmethod
    def from_github(cls, value: str) -> FileStatus:
        # GitHub also reports "copied", "changed" and "unchanged"; for review
        # purposes those are modifications of a file that exists at the head.
        return {
            "added": cls.ADDED,
            "removed": cls.REMOVED,
            "renamed": cls.RENAMED,
        }.get(value, cls.MODIFIED)


@dataclass(frozen=True, kw_only=True)
class Hunk:
    """The new-side line range [start, end] of one hunk; empty when end < start."""

    start: int
    end: int

    def __contains__(self, line: object) -> bool:
        return isinstance(line, int) and self.start <= line <= self.end


@dataclass(frozen=True, kw_only=True)
class ChangedFile:
    path: str
    old_path: str | None = None
    status: FileStatus = FileStatus.MODIFIED
    added_lines: frozenset[int] = frozenset()
    context_lines: frozenset[int] = frozenset()
    hunks: tuple[Hunk, ...] = ()
    # False when there is no textual patch: binary files, or GitHub left the
    # patch out because it is too large. Such files are scanned whole.
    has_patch: bool = True

    @property
    def exists_at_head(self) -> bool:
        return self.status is not FileStatus.REMOVED

    def hunk_of(self, line: int) -> Hunk | None:
        for hunk in self.hunks:
            if line in hunk:
                return hunk
        return None


def _from_patched_file(
    patched: unidiff.PatchedFile, *, path: str, old_path: str | None, status: FileStatus
) -> ChangedFile:
    added: set[int] = set()
    context: set[int] = set()
    hunks: list[Hunk] = []
    for hunk in patched:
        hunks.append(Hunk(start=hunk.target_start, end=hunk.target_start + hunk.target_length - 1))
        for line in hunk:
            if line.target_line_no is None:
                continue
            (added if line.is_added else context).add(line.target_line_no)
    return ChangedFile(
        path=path,
        old_path=old_path,
        status=status,
        added_lines=frozenset(added),
        context_lines=frozenset(context),
        hunks=tuple(hunks),
        has_patch=not patched.is_binary_file,
    )


_C_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def unquote_git_path(name: str) -> str:
    """A file name as git prints it in a diff header: C-quoted when it holds `"`, `\\` or control
    characters (core.quotepath=false leaves other non-ASCII alone). Git never leaves a name that
    starts with a quote unquoted, so a quote at both ends means quoting."""
    if len(name) < 2 or not (name.startswith('"') and name.endswith('"')):
        return name
    out = bytearray()
    body, i = name[1:-1], 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 == len(body):
            out += ch.encode("utf-8", "surrogateescape")
            i += 1
        elif body[i + 1] in _C_ESCAPES:
            out.append(_C_ESCAPES[body[i + 1]])
            i += 2
        elif body[i + 1 : i + 4].isdigit():
            out.append(int(body[i + 1 : i + 4], 8) & 0xFF)
            i += 4
        else:
            out += body[i + 1].encode("utf-8", "surrogateescape")
            i += 2
    return out.decode("utf-8", "surrogateescape")


def _strip_prefix(name: str | None) -> str | None:
    if name is None or name == "/dev/null":
        return None
    name = unquote_git_path(name)
    return name[2:] if name.startswith(("a/", "b/")) else name


def parse_git_diff(text: str) -> list[ChangedFile]:
    """Parse `git diff` output (with a/ b/ prefixes) into changed files."""
    files: list[ChangedFile] = []
    try:
        patches = unidiff.PatchSet(text)
    except (unidiff.UnidiffParseError, ValueError, IndexError):
        return []  # not a diff: there are no changed files to speak of
    for patched in patches:
        source = _strip_prefix(patched.source_file)
        target = _strip_prefix(patched.target_file)
        if patched.is_removed_file:
            status, path = FileStatus.REMOVED, source or patched.path
        elif patched.is_added_file:
            status, path = FileStatus.ADDED, target or patched.path
        elif patched.is_rename:
            status, path = FileStatus.RENAMED, target or patched.path
        else:
            status, path = FileStatus.MODIFIED, target or patched.path
        old = source if status is FileStatus.RENAMED else None
        files.append(_from_patched_file(patched, path=path, old_path=old, status=status))
    return files


def parse_patch(
    *, path: str, patch: str | None, status: FileStatus, old_path: str | None = None
) -> ChangedFile:
    """Parse one file's hunks as GitHub's pulls/files API returns them (no headers)."""
    if patch is None:
        return ChangedFile(path=path, old_path=old_path, status=status, has_patch=False)
    if not patch.strip():
        # A pure rename or a mode change: present in the PR, no lines changed.
        return ChangedFile(path=path, old_path=old_path, status=status)
    # unidiff needs file headers; the names in them are placeholders, the real
    # (possibly hostile) path is kept as given.
    text = "--- a/f\n+++ b/f\n" + patch + ("" if patch.endswith("\n") else "\n")
    try:
        (patched,) = unidiff.PatchSet(text)
    except (unidiff.UnidiffParseError, ValueError, IndexError):
        # A patch we cannot read is treated like a missing one: the file is
        # still scanned, its findings reported at file level.
        return ChangedFile(path=path, old_path=old_path, status=status, has_patch=False)
    return _from_patched_file(patched, path=path, old_path=old_path, status=status)


def added_file(path: str, line_count: int) -> ChangedFile:
    """An untracked file of the work tree: every line is new."""
    lines = frozenset(range(1, line_count + 1))
    hunks = (Hunk(start=1, end=line_count),) if line_count else ()
    return ChangedFile(path=path, status=FileStatus.ADDED, added_lines=lines, hunks=hunks)


def by_path(files: Iterable[ChangedFile]) -> dict[str, ChangedFile]:
    return {f.path: f for f in files}
