"""End to end: triage in the pull request (issue 18), against the fake GitHub.

A reviewer waives a finding by replying `/jwt-session-guard ignore <reason>` to the bot's
comment, or takes the waiver back with `/jwt-session-guard reopen`; the bot re-reads the
commands and their authors' permissions on every run.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.scenario import Scenario, open_pr
from tests.test_e2e_lifecycle import auth_py
from tests.test_e2e_split import publish_env

ZWSP = "\u200b"
REASON = "the gateway verifies this token before it reaches the service"


@pytest.fixture
def sc(repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> Scenario:
    fake_github.roles.update({"alice": "write", "bob": "read", "mia": "maintain", "octocat": "write"})
    return open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"},
                   head_files={"api/auth.py": auth_py()})


def run(sc: Scenario, expect: int, *, event: str = "pull_request", comment: dict[str, Any] | None = None,
        **inputs: str) -> str:
    """One run of `review` (fail-on error, check run, request changes, SARIF) on `event`."""
    env = sc.env(**{"check_run": "true", "request_changes": "true", "sarif_file": "out.sarif", **inputs})
    if event != "pull_request":
        payload: dict[str, Any] = {"action": "created", "comment": comment or {}}
        if event == "issue_comment":
            payload["issue"] = {"number": sc.number, "pull_request": {"url": "x"}}
        else:
            payload["pull_request"] = {"number": sc.number, "head": {"sha": sc.head}, "base": {"sha": sc.base}}
        Path(env["GITHUB_EVENT_PATH"]).write_text(json.dumps(payload))
        env["GITHUB_EVENT_NAME"] = event
    (sc.tmp / "summary.md").write_text("")
    proc = run_cli(["review"], cwd=sc.repo.root, env=env)
    assert proc.returncode == expect, proc.stderr
    return proc.stderr


def finding_comment(fake: FakeGitHub) -> dict[str, Any]:
    (comment,) = [c for c in fake.pulls[7].review_comments
                  if c["user"]["type"] == "Bot" and c["in_reply_to_id"] is None and "fixed=" not in c["body"]]
    return comment


def summary_comment(fake: FakeGitHub) -> str:
    (body,) = [c["body"] for c in fake.pulls[7].issue_comments if "jwt-session-guard:summary" in c["body"]]
    return str(body)


def resolved(fake: FakeGitHub, comment_id: int) -> bool:
    return bool(fake.pulls[7].threads[f"PRRT_{comment_id}"]["resolved"])


def bot_replies(fake: FakeGitHub) -> list[dict[str, Any]]:
    return [c for c in fake.pulls[7].review_comments if c["user"]["type"] == "Bot" and c["in_reply_to_id"]]


def sarif_results(sc: Scenario) -> list[dict[str, Any]]:
    return list(json.loads((sc.repo.root / "out.sarif").read_text())["runs"][0]["results"])


def command(fake: FakeGitHub, to: int, body: str, login: str) -> dict[str, Any]:
    """A person's reply in a thread, and the comment object its event carries."""
    reply_id = fake.human_reply(7, to, body, login=login)
    return {"id": reply_id, "body": body, "in_reply_to_id": to, "user": {"login": login, "type": "User"}}


def waive(sc: Scenario, fake: FakeGitHub, login: str = "alice", reason: str = REASON) -> int:
    """A first run posts the finding; `login` waives it; the comment event's run applies it."""
    run(sc, 1)
    target = finding_comment(fake)["id"]
    reply = command(fake, target, f"Checked with the team.\n/jwt-session-guard ignore {reason}", login)
    run(sc, 0 if login in ("alice", "mia") else 1, event="pull_request_review_comment", comment=reply)
    return int(reply["id"])


def test_waiver_by_a_writer_passes_the_gate_and_is_recorded_everywhere(
        sc: Scenario, fake_github: FakeGitHub, capsys: pytest.CaptureFixture[str]) -> None:
    run(sc, 1)
    original = finding_comment(fake_github)
    assert fake_github.check_runs[-1]["conclusion"] == "failure"
    (change_request,) = [r for r in fake_github.pulls[7].reviews if r["state"] == "CHANGES_REQUESTED"]
    reply = command(fake_github, original["id"], f"/jwt-session-guard ignore {REASON}", "alice")

    run(sc, 0, event="pull_request_review_comment", comment=reply)

    comment = finding_comment(fake_github)
    assert comment["id"] == original["id"]
    assert comment["body"].startswith(f"✅ **Waived by @{ZWSP}alice:** the gateway verifies this token before it "
                                      "reaches the service ([decision](https://github.example/acme/webapp/pull/7"
                                      f"#discussion_r{reply['id']})")
    assert original["body"].split("\n\n<!--")[0].replace("<sub>blocks the merge", "<sub>does not block the merge") \
        in comment["body"]
    assert resolved(fake_github, comment["id"])
    # The gate: exit 0 above, the check run green, the change request dismissed.
    assert fake_github.check_runs[-1]["conclusion"] == "success"
    assert change_request["state"] == "DISMISSED"
    assert sc.outputs()["findings"] == "0"
    summary = sc.summary()
    assert "0 open · 0 fixed · 0 suppressed · 1 waived" in summary
    line = next(line for line in summary.splitlines() if "waived by" in line)
    assert line == (f"- ✅ JWT payload is trusted without verifying the signature, "
                    f"[api/auth\\.py:5](https://github.example/acme/webapp/pull/7#discussion_r{reply['id']}) "
                    f"` {finding_rule(sc)} `: waived by @{ZWSP}alice: “{REASON}”")
    assert line in (sc.tmp / "summary.md").read_text()  # the job summary lists it too
    (result,) = sarif_results(sc)
    assert result["suppressions"] == [{
        "kind": "external", "status": "accepted",
        "justification": f"Waived in pull request #7 by @alice: {REASON}"}]
    assert bot_replies(fake_github) == []  # an applied command gets no answer: the edit is the answer
    with capsys.disabled():  # the closing note's example
        print("\n--- waived comment ---\n" + comment["body"] + "\n--- summary line ---\n" + line
              + "\n--- SARIF ---\n" + json.dumps(result["suppressions"], indent=2))


def finding_rule(sc: Scenario) -> str:
    return str(json.loads((sc.repo.root / "out.sarif").read_text())["runs"][0]["results"][0]["ruleId"])


def test_a_readers_waiver_is_refused_once_and_changes_nothing(sc: Scenario, fake_github: FakeGitHub) -> None:
    run(sc, 1)
    before = finding_comment(fake_github)
    reply = command(fake_github, before["id"], f"/jwt-session-guard ignore {REASON}", "bob")
    writes = len(fake_github.writes())
    run(sc, 1, event="pull_request_review_comment", comment=reply)
    (answer,) = bot_replies(fake_github)
    assert answer["in_reply_to_id"] == before["id"]
    assert answer["body"].startswith(f"@{ZWSP}bob: `/jwt-session-guard ignore` was not applied: triage needs the "
                                     "write permission on the repository or higher.")
    assert finding_comment(fake_github)["body"] == before["body"]
    assert not resolved(fake_github, before["id"])
    new_writes = [(w.method, w.path) for w in fake_github.writes()[writes:]]
    assert ("POST", f"/repos/acme/webapp/pulls/7/comments/{before['id']}/replies") in new_writes
    assert not any(m == "PATCH" and "pulls/comments" in p for m, p in new_writes)
    assert "suppressions" not in sarif_results(sc)[0]
    # Answered once: the next run does not answer again.
    run(sc, 1)
    assert len(bot_replies(fake_github)) == 1


def test_a_waiver_without_a_reason_is_refused(sc: Scenario, fake_github: FakeGitHub) -> None:
    run(sc, 1)
    target = finding_comment(fake_github)["id"]
    run(sc, 1, event="pull_request_review_comment",
        comment=command(fake_github, target, "/jwt-session-guard ignore", "alice"))
    (answer,) = bot_replies(fake_github)
    assert "a reason is required" in answer["body"]


def test_reopen_takes_the_waiver_back(sc: Scenario, fake_github: FakeGitHub) -> None:
    waive(sc, fake_github)
    waived_body = finding_comment(fake_github)["body"]
    target = finding_comment(fake_github)["id"]
    assert resolved(fake_github, target)
    run(sc, 1, event="pull_request_review_comment",
        comment=command(fake_github, target, "/jwt-session-guard reopen", "mia"))
    body = finding_comment(fake_github)["body"]
    assert "Waived" not in body and body != waived_body and "waived=" not in body
    assert not resolved(fake_github, target)
    assert "waived" not in sc.summary()
    assert fake_github.check_runs[-1]["conclusion"] == "failure"
    assert "suppressions" not in sarif_results(sc)[0]


def test_a_waived_finding_whose_code_changes_is_a_new_finding(sc: Scenario, fake_github: FakeGitHub) -> None:
    waive(sc, fake_github)
    old = finding_comment(fake_github)
    sc.push({"api/auth.py": auth_py().replace("jwt.decode(request.cookies[\"t\"], k,", "jwt.decode(request.cookies[\"token\"], key,")
             .replace("def user(request, k)", "def user(request, key)")})
    run(sc, 1)
    new = finding_comment(fake_github)
    assert new["id"] != old["id"] and "Waived" not in new["body"]
    assert "fixed=" in next(c for c in fake_github.pulls[7].review_comments if c["id"] == old["id"])["body"]
    assert fake_github.check_runs[-1]["conclusion"] == "failure"


def test_a_deleted_reply_takes_the_waiver_back(sc: Scenario, fake_github: FakeGitHub) -> None:
    reply_id = waive(sc, fake_github)
    fake_github.delete_comment(7, reply_id)
    run(sc, 1, event="pull_request_review_comment",
        comment={"id": reply_id, "body": f"/jwt-session-guard ignore {REASON}", "user": {"type": "User"}})
    assert "Waived" not in finding_comment(fake_github)["body"]
    assert not resolved(fake_github, finding_comment(fake_github)["id"])


def test_a_revoked_permission_takes_the_waiver_back(sc: Scenario, fake_github: FakeGitHub) -> None:
    waive(sc, fake_github)
    fake_github.roles["alice"] = "read"
    run(sc, 1)
    assert "Waived" not in finding_comment(fake_github)["body"]
    assert fake_github.check_runs[-1]["conclusion"] == "failure"
    # The thread says why the waiver no longer holds, once.
    (answer,) = bot_replies(fake_github)
    assert "triage needs the write permission" in answer["body"]
    run(sc, 1)
    assert len(bot_replies(fake_github)) == 1


HOSTILE = "@octo-org/admins <img src=x onerror=alert(1)> ``` </details> [x](https://evil.example) #12 **loud**"


def test_hostile_reasons_are_inert(sc: Scenario, fake_github: FakeGitHub) -> None:
    waive(sc, fake_github, reason=HOSTILE)
    body = finding_comment(fake_github)["body"]
    for text in (body, sc.summary(), (sc.tmp / "summary.md").read_text()):
        assert "@octo-org" not in text and f"@{ZWSP}octo" in text
        assert "<img" not in text and "</details> [" not in text and "](https://evil" not in text
        assert "#12" not in text and "**loud**" not in text
    assert "```" not in body.split("\n\n", 1)[0]
    (result,) = sarif_results(sc)
    assert result["suppressions"][0]["justification"].endswith(HOSTILE)  # JSON, not Markdown: kept as written


def test_a_command_in_reply_to_a_humans_comment_is_ignored(sc: Scenario, fake_github: FakeGitHub) -> None:
    run(sc, 1)
    human = fake_github.human_review_comment(7, "api/auth.py", 5, "Why not verify here?", login="mia")
    run(sc, 1, event="pull_request_review_comment",
        comment=command(fake_github, human, f"/jwt-session-guard ignore {REASON}", "alice"))
    assert "Waived" not in finding_comment(fake_github)["body"]
    assert bot_replies(fake_github) == []


def test_a_pr_comment_naming_rule_and_line_waives_and_reopens(sc: Scenario, fake_github: FakeGitHub) -> None:
    run(sc, 1)
    rule = finding_rule(sc)
    body = f"/jwt-session-guard ignore `{rule}` `api/auth.py:5` {REASON}"
    comment_id = fake_github.human_comment(7, body, login="alice")
    run(sc, 0, event="issue_comment", comment={"id": comment_id, "body": body, "user": {"type": "User"}})
    assert f"#issuecomment-{comment_id}" in finding_comment(fake_github)["body"]
    assert "1 waived" in summary_comment(fake_github)
    # An unknown target is answered in the conversation, once.
    wrong = fake_github.human_comment(7, f"/jwt-session-guard ignore {rule} api/auth.py:99 {REASON}", login="alice")
    run(sc, 0, event="issue_comment", comment={"id": wrong, "body": "/jwt-session-guard", "user": {"type": "User"}})
    answers = [c for c in fake_github.pulls[7].issue_comments if "answer=" in c["body"]]
    assert len(answers) == 1 and "api/auth.py:99" in answers[0]["body"]
    reopen = fake_github.human_comment(7, f"/jwt-session-guard reopen {rule} api/auth.py:5", login="alice")
    run(sc, 1, event="issue_comment", comment={"id": reopen, "body": "/jwt-session-guard", "user": {"type": "User"}})
    assert "Waived" not in finding_comment(fake_github)["body"]


def test_the_authors_own_waiver_needs_allow_author(sc: Scenario, fake_github: FakeGitHub) -> None:
    run(sc, 1)
    target = finding_comment(fake_github)["id"]
    reply = command(fake_github, target, f"/jwt-session-guard ignore {REASON}", "octocat")  # the PR's author
    run(sc, 1, event="pull_request_review_comment", comment=reply)
    assert "allow-author" in bot_replies(fake_github)[0]["body"]
    sc.push({".github/jwt-session-guard.yml": "triage:\n  allow-author: true\n"}, "config")
    run(sc, 0)


def test_a_comment_without_a_command_does_nothing(sc: Scenario, fake_github: FakeGitHub) -> None:
    log = run(sc, 0, event="issue_comment", comment={"id": 1, "body": "LGTM", "user": {"type": "User"}})
    assert "no /jwt-session-guard command" in log
    assert fake_github.requests == []


def test_in_the_fork_safe_split_the_publish_job_applies_the_commands(
        sc: Scenario, fake_github: FakeGitHub, tmp_path: Path) -> None:
    workspace = tmp_path / "publish-ws"
    workspace.mkdir()

    def split(expect: int) -> None:
        writes = len(fake_github.writes())
        analyzed = run_cli(["review"], cwd=sc.repo.root, env=sc.env(mode="analyze"))
        assert analyzed.returncode == 1, analyzed.stderr  # the analysis sees no waiver: the gate is the publisher's
        assert len(fake_github.writes()) == writes
        shutil.copy(sc.repo.root / "jwt-session-guard-findings.json", workspace / "jwt-session-guard-findings.json")
        env = publish_env(sc, workspace, sc.head)
        env["INPUT_CHECK-RUN"] = "true"
        env["INPUT_FAIL-ON"] = "error"
        proc = run_cli(["review"], cwd=workspace, env=env)
        assert proc.returncode == expect, proc.stderr

    split(1)
    target = finding_comment(fake_github)["id"]
    fake_github.human_reply(7, target, f"/jwt-session-guard ignore {REASON}", login="alice")
    split(0)
    assert finding_comment(fake_github)["body"].startswith(f"✅ **Waived by @{ZWSP}alice:**")
    assert resolved(fake_github, target)
    assert fake_github.check_runs[-1]["conclusion"] == "success"


def test_in_source_suppressions_are_sarif_suppressions_in_source(
        repo: Repo, fake_github: FakeGitHub, tmp_path: Path) -> None:
    suppressed = auth_py().replace(
        "def user(request, k):\n", "def user(request, k):\n    # jwt-session-guard: ignore[jwt-signature-not-verified] only reads the kid\n")
    sc = open_pr(repo, fake_github, tmp_path, base_files={"README.md": "x\n"}, head_files={"api/auth.py": suppressed})
    run(sc, 0)
    (result,) = sarif_results(sc)
    assert result["suppressions"] == [{"kind": "inSource", "status": "accepted", "justification": "only reads the kid"}]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
