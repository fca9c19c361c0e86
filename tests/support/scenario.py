"""A pull request scenario: a real git repo, its PR on the fake GitHub, the runner's environment."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from tests.support.fake_github import FakeGitHub, PullState
from tests.support.gitpr import Repo, github_files
from tests.support.runner import input_env

TOKEN = "test-token"


@dataclass
class Scenario:
    repo: Repo
    fake: FakeGitHub
    tmp: Path
    number: int
    base: str
    head: str

    def env(self, workspace: Path | None = None, **inputs: str) -> dict[str, str]:
        event = {"action": "synchronize", "number": self.number,
                 "pull_request": {"number": self.number, "head": {"sha": self.head},
                                  "base": {"sha": self.base}}}
        event_path = self.tmp / "event.json"
        event_path.write_text(json.dumps(event))
        for name in ("output", "summary.md"):
            (self.tmp / name).touch()
        env = {
            "GITHUB_EVENT_PATH": str(event_path),
            "GITHUB_EVENT_NAME": "pull_request",
            "GITHUB_REPOSITORY": self.fake.full_name,
            "GITHUB_WORKSPACE": str(workspace or self.repo.root),
            "GITHUB_API_URL": self.fake.url,
            "GITHUB_SERVER_URL": "https://github.example",
            "GITHUB_SHA": self.head,
            "GITHUB_OUTPUT": str(self.tmp / "output"),
            "GITHUB_STEP_SUMMARY": str(self.tmp / "summary.md"),
        }
        # Every input as the runner passes it: action.yml's defaults, then these.
        env.update(input_env(TOKEN, {k.replace("_", "-"): v for k, v in inputs.items()}))
        return env

    def push(self, files: dict[str, str], message: str = "push") -> None:
        """A new commit on the PR branch; GitHub's view of the PR follows it."""
        for path, text in files.items():
            self.repo.write(path, text)
        self.head = self.repo.commit(message)
        pull = self.fake.pulls[self.number]
        pull.head_sha = self.head
        pull.files = github_files(self.repo, self.base, self.head)

    def posted_reviews(self) -> list[dict[str, object]]:
        return [r.body for r in self.fake.requests
                if r.method == "POST" and r.path.endswith(f"/pulls/{self.number}/reviews") and r.status == 200]

    def posted_comments(self) -> list[dict[str, object]]:
        return [c for body in self.posted_reviews() for c in body["comments"]]  # type: ignore[union-attr]

    def files_url(self, path: str, line: int) -> str:
        """The line in the pull request's Files view, as the review body and the summary link it."""
        digest = hashlib.sha256(path.encode()).hexdigest()
        return f"https://github.example/{self.fake.full_name}/pull/{self.number}/files#diff-{digest}R{line}"

    def summary(self) -> str:
        """The body of the one sticky summary comment (there is never a second)."""
        (comment,) = self.fake.pulls[self.number].issue_comments
        return str(comment["body"])

    def outputs(self) -> dict[str, str]:
        lines = (self.tmp / "output").read_text().splitlines()
        return dict(line.split("=", 1) for line in lines)


def open_pr(repo: Repo, fake: FakeGitHub, tmp: Path, *, base_files: dict[str, str],
            head_files: dict[str, str | None], number: int = 7) -> Scenario:
    """Commit base_files, then head_files on top (None deletes), and open the PR."""
    for path, text in base_files.items():
        repo.write(path, text)
    base = repo.commit("base")
    for path, text in head_files.items():
        if text is None:
            (repo.root / path).unlink()
        else:
            repo.write(path, text)
    head = repo.commit("head")
    fake.add_pull(PullState(number=number, head_sha=head, base_sha=base, files=github_files(repo, base, head)))
    return Scenario(repo=repo, fake=fake, tmp=tmp, number=number, base=base, head=head)
