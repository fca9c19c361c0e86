"""Real git repositories for tests, and the PR file list GitHub would serve for them."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.email", "dev@example.com")
        self.git("config", "user.name", "Dev")
        self.git("config", "commit.gpgsign", "false")

    def git(self, *args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(self.root), *args], check=True, capture_output=True, text=True, errors="replace"
        ).stdout

    def write(self, path: str, text: str) -> None:
        full = self.root / path
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_text(text, encoding="utf-8")

    def commit(self, message: str = "change") -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD").strip()


def github_files(repo: Repo, base: str, head: str) -> list[dict[str, Any]]:
    """The `GET /pulls/{n}/files` items for base...head, patches as GitHub sends them."""
    out = repo.git("-c", "core.quotepath=false", "diff", "--name-status", "-z", "-M", base, head)
    fields = [f for f in out.split("\0") if f]
    files: list[dict[str, Any]] = []
    i = 0
    while i < len(fields):
        code = fields[i]
        if code.startswith("R"):
            old, new = fields[i + 1], fields[i + 2]
            i += 3
            status, paths = "renamed", [old, new]
        else:
            new = fields[i + 1]
            old = None
            i += 2
            status = {"A": "added", "D": "removed", "M": "modified"}.get(code[0], "modified")
            paths = [new]
        diff = repo.git("-c", "core.quotepath=false", "diff", "--no-color", "-M", base, head, "--", *paths)
        patch: str | None
        if "\nBinary files " in diff or diff.startswith("Binary files "):
            patch = None
        else:
            at = diff.find("\n@@")
            patch = diff[at + 1 :].rstrip("\n") if at >= 0 else ""
        item: dict[str, Any] = {"filename": new, "status": status, "sha": "0" * 40,
                                "additions": 0, "deletions": 0, "changes": 0}
        if patch is not None:
            item["patch"] = patch
        if old is not None:
            item["previous_filename"] = old
        files.append(item)
    return files
