"""Reading a git work tree: merge bases, diffs, and files at a commit."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from bot.errors import CannotGetDiff, ConfigError

# Quoting off so non-ASCII names come through as text; rename detection on so
# a moved file is reviewed under its new name.
_DIFF_ARGS = ("-c", "core.quotepath=false", "diff", "--no-color", "--no-ext-diff", "-M", "-U3")


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

    def _git(self, *args: str, binary: bool = False) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["git", "-C", str(self.root), *args], capture_output=True, check=False)

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

    def fetch_commit(self, sha: str) -> bool:
        """Fetch one commit from origin (the PR head is absent from the merge-commit checkout)."""
        proc = self._git("fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha)
        return proc.returncode == 0

    def blob_at(self, sha: str, path: str) -> bytes | None:
        """The file's bytes at `sha`, or None when it is no regular file there."""
        proc = self._git("ls-tree", "-z", sha, "--", path)
        entry = proc.stdout.decode("utf-8", "surrogateescape").rstrip("\0")
        # A symlink (mode 120000) or a submodule (160000) is not read: its
        # target may point outside the repository.
        if proc.returncode != 0 or not entry.startswith("100"):
            return None
        blob = self._git("cat-file", "blob", entry.split()[2])
        return blob.stdout if blob.returncode == 0 else None
