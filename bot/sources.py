"""The head version of each changed file, copied into a scratch tree for semgrep.

semgrep scans a private copy, never the workspace itself: the copy holds the
head commit's bytes (the runner's checkout is often GitHub's merge commit),
contains no symlinks, and no .semgrepignore a pull request could add to hide
its own files from the scan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

from bot.gitrepo import GitRepo

# Paths -> the bytes of those that are readable regular files. Batched, so a
# reader can fetch a thousand files with a fixed number of processes or calls.
Reader = Callable[[Sequence[str]], dict[str, bytes]]


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

    def read_one(path: str) -> bytes | None:
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

    return one_by_one(read_one)


def git_reader(repo: GitRepo, sha: str) -> Reader:
    return lambda paths: repo.blobs_at(sha, [p for p in paths if safe_relative(p) is not None])


def one_by_one(read_one: Callable[[str], bytes | None]) -> Reader:
    return lambda paths: {p: data for p in paths if (data := read_one(p)) is not None}


def materialize(paths: Iterable[str], read: Reader, dest: Path) -> list[str]:
    """Write each readable path under `dest`; return the paths written."""
    written: list[str] = []
    dest.mkdir(parents=True, exist_ok=True)
    safe = {path: rel for path in paths if (rel := safe_relative(path)) is not None}
    contents = read(list(safe))
    for path, rel in safe.items():
        data = contents.get(path)
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
