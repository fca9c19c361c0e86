"""The head version of each changed file, copied into a scratch tree for semgrep.

semgrep scans a private copy, never the workspace itself: the copy holds the
head commit's bytes (the runner's checkout is often GitHub's merge commit),
contains no symlinks, and no .semgrepignore a pull request could add to hide
its own files from the scan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from bot.gitrepo import GitRepo

Reader = Callable[[str], "bytes | None"]


def safe_relative(path: str) -> PurePosixPath | None:
    """The path as a relative POSIX path inside the tree, or None if it could escape."""
    if not path or path.startswith("/") or "\\" in path or any(ord(c) < 32 for c in path):
        return None
    rel = PurePosixPath(path)
    if any(part in ("..", "", ".") for part in rel.parts) or rel.is_absolute():
        return None
    return rel


def worktree_reader(root: Path) -> Reader:
    real_root = root.resolve()

    def read(path: str) -> bytes | None:
        rel = safe_relative(path)
        if rel is None:
            return None
        full = root / rel
        # Neither the file nor any folder on its way may be a symlink that
        # leads out of the work tree.
        if full.is_symlink() or not full.is_file():
            return None
        if not full.resolve().is_relative_to(real_root):
            return None
        return full.read_bytes()

    return read


def git_reader(repo: GitRepo, sha: str) -> Reader:
    def read(path: str) -> bytes | None:
        if safe_relative(path) is None:
            return None
        return repo.blob_at(sha, path)

    return read


def materialize(paths: Iterable[str], read: Reader, dest: Path) -> list[str]:
    """Write each readable path under `dest`; return the paths written."""
    written: list[str] = []
    dest.mkdir(parents=True, exist_ok=True)
    for path in paths:
        rel = safe_relative(path)
        if rel is None:
            continue
        data = read(path)
        if data is None:
            continue
        target = dest.joinpath(*rel.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(data)
        written.append(path)
    # An empty .semgrepignore switches off semgrep's built-in ignore list
    # (tests/, vendor/, ...): a changed file is reviewed wherever it lives.
    (dest / ".semgrepignore").write_text("")
    return written
