"""The command line's own surface: explain, usage errors, event payload errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.errors import ConfigError
from bot.pull_request import PullRequestRef
from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.scenario import open_pr


def test_explain_an_antipattern_lists_its_rules_in_plain_text(tmp_path: Path) -> None:
    proc = run_cli(["explain", "jwt-none-algorithm"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == 'ERROR  JWT accepts the "none" algorithm or does not pin its algorithms'
    assert [line for line in lines if line and not line.startswith(" ")] == [
        lines[0], "Why it matters", "Fix", "Rules", "References"]
    assert "pyjwt-algorithm-not-pinned," in proc.stdout
    assert "  CWE-347  https://cwe.mitre.org/data/definitions/347.html" in lines
    # plain text: no Markdown emphasis, escapes or link syntax
    assert "**" not in proc.stdout and "\\-" not in proc.stdout and "](" not in proc.stdout


def test_explain_a_rule_shows_its_library_fix_once(tmp_path: Path) -> None:
    proc = run_cli(["explain", "pyjwt-verify-signature-disabled"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    # a warning that a token read from the request raises to an error (bot/escalate.py)
    assert lines[:2] == ["WARNING or ERROR  JWT payload is trusted without verifying the signature",
                         "Rule: pyjwt-verify-signature-disabled (PyJWT)"]
    assert [line for line in lines if line and not line.startswith(" ")][2:] == [
        "What it finds", "Why it matters", "Fix (PyJWT)", "References"]
    # the library's fix once: its sentence and the changed lines, no Before/After pair, no generic repeat
    assert "Before" not in proc.stdout and "How to fix" not in proc.stdout
    assert any(line.startswith("  +    claims = jwt.decode(") for line in lines)


def test_explain_markdown_keeps_the_comment_format(tmp_path: Path) -> None:
    proc = run_cli(["explain", "--format", "markdown", "pyjwt-verify-signature-disabled"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(
        "🟠 **warning** or 🔴 **error** **JWT payload is trusted without verifying the signature** · "
        "` pyjwt-verify-signature-disabled `")
    assert "**How to fix it with PyJWT:**" in proc.stdout


def test_explain_an_unknown_id_is_bad_usage(tmp_path: Path) -> None:
    proc = run_cli(["explain", "jwt-nope"], cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.startswith("jwt-session-guard: error: 'jwt-nope' is neither an antipattern id nor a rule id")


def test_usage_errors_print_usage_then_one_prefix(tmp_path: Path) -> None:
    proc = run_cli(["scan", "--format", "xml"], cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("usage: jwt-session-guard scan [-h] [--base REF]")
    assert lines[-1] == ("jwt-session-guard: error: scan: argument --format: invalid choice: 'xml' "
                         "(choose from 'json', 'sarif', 'text')")
    help_text = run_cli(["scan", "--help"], cwd=tmp_path).stdout
    assert "--format {json,sarif,text}" in help_text and "text for people" in help_text


@pytest.mark.parametrize(("name", "event", "message"), [
    ("push", {}, "`review` needs a pull_request, pull_request_target, pull_request_review_comment or issue_comment event, not 'push'"),
    ("pull_request", {"action": "opened"},
     "the pull_request event's payload (GITHUB_EVENT_PATH) has no pull_request object"),
    ("pull_request", {"pull_request": {"number": "x", "head": {"sha": "a"}, "base": {"sha": "b"}}},
     "the event's pull_request.number is not a number: 'x'"),
    ("pull_request_target", {"pull_request": {"number": 3, "base": {"sha": "b"}}},
     "the event's pull_request has no head"),
])
def test_event_payload_errors_say_what_is_wrong(name: str, event: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        PullRequestRef.from_event(name, event)
    assert str(caught.value).startswith(message)


def test_event_payload_error_end_to_end(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"a.py": "x = 1\n"})
    env = sc.env()
    Path(env["GITHUB_EVENT_PATH"]).write_text(json.dumps({"pull_request": {"number": "x"}}))
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == 2
    assert proc.stderr == "jwt-session-guard: error: the event's pull_request has no head\n"
    assert fake_github.writes() == []


@pytest.mark.parametrize("config", ["/etc/passwd", "../outside.yml", ".github/../../x.yml"])
def test_a_config_path_outside_the_repository_is_refused(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path, config: str
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"a.py": "x = 1\n"})
    for event_name in ("pull_request", "pull_request_target"):
        env = {**sc.env(config=config), "GITHUB_EVENT_NAME": event_name}
        proc = run_cli(["review"], cwd=repo.root, env=env)
        assert proc.returncode == 2
        assert proc.stderr == (f"jwt-session-guard: error: config: {config!r} must be a relative path inside "
                               "the repository\n")


def test_a_missing_named_config_under_pull_request_target_is_bad_configuration(
    repo: Repo, fake_github: FakeGitHub, tmp_path: Path
) -> None:
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"a.py": "x = 1\n"})
    env = {**sc.env(config=".github/custom.yml"), "GITHUB_EVENT_NAME": "pull_request_target"}
    proc = run_cli(["review"], cwd=repo.root, env=env)
    assert proc.returncode == 2
    assert proc.stderr == "jwt-session-guard: error: config: .github/custom.yml does not exist on the base branch\n"
