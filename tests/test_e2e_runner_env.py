"""The console script with exactly the environment a Docker action gets from the runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.runner import input_env
from tests.support.scenario import TOKEN, Scenario, open_pr

UNVERIFIED = 'import jwt\n\n\ndef user(request, k):\n    return jwt.decode(request.cookies["t"], k, algorithms=["HS256"], options={"verify_signature": False})\n'


def runner_env(sc: Scenario, event_name: str, event: dict[str, Any], **overrides: str) -> dict[str, str]:
    """INPUT_<NAME> as the runner forms them (upper case, hyphens kept), every default filled from
    action.yml (`${{ github.token }}` becomes the token), then the explicit `env:` map of action.yml."""
    env = input_env(TOKEN, overrides)
    (sc.tmp / "event.json").write_text(json.dumps(event))
    for name in ("output", "summary.md"):
        (sc.tmp / name).write_text("")
    env.update(
        GITHUB_EVENT_NAME=event_name, GITHUB_EVENT_PATH=str(sc.tmp / "event.json"), GITHUB_ACTIONS="true",
        GITHUB_REPOSITORY=sc.fake.full_name, GITHUB_WORKSPACE=str(sc.repo.root), GITHUB_API_URL=sc.fake.url,
        GITHUB_SERVER_URL="https://github.com", GITHUB_SHA=sc.head, GITHUB_OUTPUT=str(sc.tmp / "output"),
        GITHUB_STEP_SUMMARY=str(sc.tmp / "summary.md"), GITHUB_TOKEN=TOKEN, RUNNER_OS="Linux",
    )
    return env


def pr_event(sc: Scenario, action: str, *, fork: bool = False) -> dict[str, Any]:
    head_repo = {"full_name": "mallory/webapp" if fork else sc.fake.full_name, "fork": fork}
    return {"action": action, "number": 7, "pull_request": {
        "number": 7, "state": "open", "head": {"sha": sc.head, "ref": "feature", "repo": head_repo},
        "base": {"sha": sc.base, "ref": "main", "repo": {"full_name": sc.fake.full_name}}}}


@pytest.mark.parametrize(("event_name", "action", "fork"), [
    ("pull_request", "opened", False),
    ("pull_request", "synchronize", False),
    ("pull_request", "synchronize", True),
    ("pull_request_target", "opened", True),
])
def test_pull_request_events(repo: Repo, fake_github: FakeGitHub, tmp_path: Path, event_name: str, action: str,
                             fork: bool) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"api/auth.py": UNVERIFIED})
    proc = run_cli(["review"], cwd=repo.root, env=runner_env(sc, event_name, pr_event(sc, action, fork=fork)))
    assert proc.returncode == 1, proc.stderr
    assert [(c["path"], c["line"]) for c in sc.posted_comments()] == [("api/auth.py", 5)]
    assert (tmp_path / "output").read_text().splitlines() == ["findings=1", "blocking=1", "highest-severity=error"]
    assert "::error file=api/auth.py,line=5,endLine=5,title=jwt-signature-not-verified" in proc.stdout


def test_fork_split_under_the_runner_environment(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"api/auth.py": UNVERIFIED})
    analyzed = run_cli(["review"], cwd=repo.root,
                       env=runner_env(sc, "pull_request", pr_event(sc, "synchronize", fork=True), mode="analyze"))
    assert analyzed.returncode == 1, analyzed.stderr
    assert fake_github.writes() == []
    run_event = {"action": "completed", "workflow_run": {"head_sha": sc.head, "event": "pull_request",
                                                         "head_repository": {"full_name": "mallory/webapp"}}}
    published = run_cli(["review"], cwd=repo.root, env=runner_env(sc, "workflow_run", run_event, mode="publish"))
    assert published.returncode == 1, published.stderr
    assert [(c["path"], c["line"]) for c in sc.posted_comments()] == [("api/auth.py", 5)]


CONFIG = ".github/jwt-session-guard.yml"


@pytest.mark.parametrize(("config", "inputs", "exit_code", "inline"), [
    # The config file's keys apply when the workflow sets no input...
    ("fail-on: none\n", {}, 0, 1),
    ("max-comments: 0\n", {}, 1, 0),
    ("fail-on: none\nmax-comments: 0\n", {}, 0, 0),
    # ...and an input the workflow sets wins over the file.
    ("fail-on: none\n", {"fail-on": "error"}, 1, 1),
    ("max-comments: 0\n", {"max-comments": "5"}, 1, 1),
])
def test_config_file_applies_under_the_runner_defaults(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path, config: str, inputs: dict[str, str], exit_code: int,
    inline: int,
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n", CONFIG: config},
                 head_files={"api/auth.py": UNVERIFIED})
    proc = run_cli(["review"], cwd=repo.root,
                   env=runner_env(sc, "pull_request", pr_event(sc, "synchronize"), **inputs))
    assert proc.returncode == exit_code, proc.stderr
    assert len(sc.posted_comments()) == inline
    assert (tmp_path / "output").read_text().splitlines()[:2] == ["findings=1", f"blocking={exit_code}"]


def test_a_config_input_naming_a_missing_file_is_bad_configuration(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"api/auth.py": UNVERIFIED})
    proc = run_cli(["review"], cwd=repo.root,
                   env=runner_env(sc, "pull_request", pr_event(sc, "synchronize"), config=".github/nope.yml"))
    assert proc.returncode == 2
    assert "config: .github/nope.yml does not exist in the workspace" in proc.stderr
    assert fake_github.writes() == []
