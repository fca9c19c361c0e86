"""Reading a git work tree: merge bases, diffs, and files at a commit."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.errors import CannotGetDiff, ConfigError

# Quoting off so non-ASCII names come through as text; rename detection on so
# a moved file is reviewed under its new name.
_DIFF_ARGS = ("-c", "core.quotepath=false", "diff", "--no-color", "--no-ext-diff", "-M", "-U3")

# Paths per `git ls-tree` call: far below the kernel's argument-size limit.
_PATHS_PER_CALL = 500


@dataclass(frozen=True, kw_only=True)
class GitRepo:
    root: Path

    @classmethod
    def discover(cls, path: Path) -> GitRepo:
        try:
            out = subprocess.run(
                ["git", "-C", str(path), "rev-parse", "--show-toplevel"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError) as exc:
            raise ConfigError(f"{path} is not inside a git work tree") from exc
        return cls(root=Path(out))

    def _git(self, *args: str, literal: bool = False) -> subprocess.CompletedProcess[bytes]:
        # Literal pathspecs: a file named "*.py" or ":(glob)x" means itself.
        env = {**os.environ, "GIT_LITERAL_PATHSPECS": "1"} if literal else None
        return subprocess.run(["git", "-C", str(self.root), *args], capture_output=True, check=False, env=env)

    def _text(self, *args: str) -> str:
        proc = self._git(*args)
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip()
            raise CannotGetDiff(f"git {' '.join(args)} failed: {err}")
        return proc.stdout.decode("utf-8", "surrogateescape")

    def resolve(self, ref: str) -> str:
        proc = self._git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
        if proc.returncode != 0:
            raise ConfigError(f"unknown git revision {ref!r}")
        return proc.stdout.decode().strip()

    def has_commit(self, sha: str) -> bool:
        return self._git("cat-file", "-e", f"{sha}^{{commit}}").returncode == 0

    def head(self) -> str | None:
        proc = self._git("rev-parse", "--verify", "--quiet", "HEAD")
        return proc.stdout.decode().strip() if proc.returncode == 0 else None

    def merge_base(self, ref: str, other: str = "HEAD") -> str:
        return self._text("merge-base", self.resolve(ref), other).strip()

    def diff_worktree(self, base: str) -> str:
        """Working tree (tracked files) against `base`."""
        return self._text(*_DIFF_ARGS, base, "--")

    def diff_commits(self, base: str, head: str, *paths: str) -> str:
        return self._text(*_DIFF_ARGS, base, head, "--", *paths)

    def has_merge_base(self, a: str, b: str) -> bool:
        return self._git("merge-base", a, b).returncode == 0

    def untracked(self) -> list[str]:
        out = self._text("ls-files", "-z", "--others", "--exclude-standard")
        return [p for p in out.split("\0") if p]

    def tracked(self) -> list[str]:
        out = self._text("ls-files", "-z", "--cached")
        return [p for p in out.split("\0") if p]

    def grep_paths(self, regex: str, globs: Sequence[str], commit: str | None) -> list[str] | None:
        """Files with a line matching the Perl-compatible regex, of a commit or (None) of the work tree
        with its untracked files; None when git cannot search (no PCRE in this git, an unknown commit)."""
        where = [commit] if commit else ["--untracked"]
        proc = self._git("grep", "-z", "-l", "-I", "-P", "-e", regex, *where, "--", *globs)
        if proc.returncode not in (0, 1):  # 1: nothing matched
            return None
        prefix = f"{commit}:" if commit else ""
        return [p.removeprefix(prefix) for p in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if p]

    def fetch_commit(self, sha: str) -> bool:
        """Fetch one commit from origin (the PR head is absent from the merge-commit checkout)."""
        proc = self._git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha)
        return proc.returncode == 0

    def blobs_at(self, sha: str, paths: Sequence[str]) -> dict[str, bytes]:
        """The bytes at `sha` of those paths that are regular files there.

        Two git processes whatever the number of paths (one per file made a
        2,000-file pull request spend seconds in process start-up).
        """
        wanted = set(paths)
        oids: dict[str, str] = {}
        for start in range(0, len(paths), _PATHS_PER_CALL):
            proc = self._git("ls-tree", "-z", sha, "--", *paths[start : start + _PATHS_PER_CALL], literal=True)
            if proc.returncode != 0:
                continue
            for entry in proc.stdout.decode("utf-8", "surrogateescape").split("\0"):
                meta, _, path = entry.partition("\t")
                # A symlink (mode 120000) or a submodule (160000) is not read:
                # its target may point outside the repository.
                if path in wanted and meta.startswith("100"):
                    oids[path] = meta.split()[2]
        if not oids:
            return {}
        proc = subprocess.run(
            ["git", "-C", str(self.root), "cat-file", "--batch"],
            input="".join(f"{oid}\n" for oid in oids.values()).encode(),
            capture_output=True,
            check=False,
        )
        blobs = _parse_batch(proc.stdout) if proc.returncode == 0 else {}
        return {path: blobs[oid] for path, oid in oids.items() if oid in blobs}


def _parse_batch(out: bytes) -> dict[str, bytes]:
    """`git cat-file --batch` output: "<oid> <type> <size>\\n<bytes>\\n" per object."""
    blobs: dict[str, bytes] = {}
    pos = 0
    while pos < len(out):
        eol = out.index(b"\n", pos)
        header = out[pos:eol].decode().split()
        if len(header) != 3:  # "<oid> missing"
            pos = eol + 1
            continue
        size = int(header[2])
        blobs[header[0]] = out[eol + 1 : eol + 1 + size]
        pos = eol + 1 + size + 1
    return blobs
