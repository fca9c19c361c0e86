"""Triage commands: parsing and the decision table, without a network."""

from __future__ import annotations

import pytest

from bot.commands import ISSUE, REVIEW, Command, Policy, Triage, decide, parse_command
from bot.model import Finding
from bot.severity import Severity

FINDING = Finding(rule_id="pyjwt-verify-signature-disabled", antipattern="jwt-signature-not-verified",
                  severity=Severity.ERROR, path="api/auth.py", line=5, end_line=5, message="m", code="c",
                  fingerprint="f1", metadata={})
ROLES = {"alice": "write", "bob": "read", "mia": "maintain", "ann": "admin", "tri": "triage", "octocat": "write"}


def reply(cid: int, body: str, author: str = "alice", to: int = 100) -> Command:
    command = parse_command(body, where=REVIEW, comment_id=cid, author=author, replied_to=to)
    assert command is not None
    return command


def run(*commands: Command, policy: Policy = Policy(), answered: frozenset[int] = frozenset()) -> Triage:
    return decide(commands, threads={100: "f1"}, present=[FINDING], role_of=lambda u: ROLES.get(u, "none"),
                  pr_author="octocat", policy=policy, answered=answered)


@pytest.mark.parametrize(("body", "verb", "reason"), [
    ("/jwt-session-guard ignore  verified   upstream ", "ignore", "verified upstream"),
    ("thanks!\r\n/JWT-SESSION-GUARD Ignore ok", "ignore", "ok"),
    ("/jwt-session-guard reopen", "reopen", ""),
])
def test_parse(body: str, verb: str, reason: str) -> None:
    command = reply(1, body)
    assert (command.verb, command.reason, command.target) == (verb, reason, "100")


@pytest.mark.parametrize("body", ["> /jwt-session-guard ignore quoted", "please /jwt-session-guard ignore x",
                                  "/jwt-session-guard ignored x", "/jwt-session-guard"])
def test_not_a_command(body: str) -> None:
    assert parse_command(body, where=REVIEW, comment_id=1, author="a", replied_to=1) is None


def test_issue_form_names_the_finding() -> None:
    c = parse_command("/jwt-session-guard ignore `pyjwt-verify-signature-disabled` `api/auth.py:5` fine here",
                      where=ISSUE, comment_id=1, author="alice")
    assert c is not None and (c.target, c.reason) == ("pyjwt-verify-signature-disabled api/auth.py:5", "fine here")
    assert [w.fingerprint for w in run(c).waivers] == ["f1"]


@pytest.mark.parametrize(("author", "permission", "applied"), [
    ("alice", "write", True), ("mia", "write", True), ("ann", "write", True), ("bob", "write", False),
    ("tri", "write", False), ("stranger", "write", False), ("alice", "maintain", False), ("mia", "maintain", True),
    ("mia", "admin", False), ("ann", "admin", True),
])
def test_permission_table(author: str, permission: str, applied: bool) -> None:
    triage = run(reply(1, "/jwt-session-guard ignore fine", author), policy=Policy(permission=permission))
    assert bool(triage.waivers) is applied
    assert bool(triage.refusals) is not applied


def test_latest_command_wins_and_answered_ones_are_not_answered_again() -> None:
    assert not run(reply(1, "/jwt-session-guard ignore a"), reply(2, "/jwt-session-guard reopen")).waivers
    assert run(reply(2, "/jwt-session-guard ignore a"), reply(1, "/jwt-session-guard reopen")).waivers
    refused = reply(3, "/jwt-session-guard ignore a", author="bob")
    assert run(refused).refusals and not run(refused, answered=frozenset({3})).refusals


def test_author_and_missing_reason_and_foreign_threads() -> None:
    own = reply(1, "/jwt-session-guard ignore mine", author="octocat")
    assert not run(own).waivers
    assert [w.login for w in run(own, policy=Policy(allow_author=True)).waivers] == ["octocat"]
    assert "reason" in run(reply(1, "/jwt-session-guard ignore")).refusals[0].why
    elsewhere = reply(1, "/jwt-session-guard ignore x", to=555)
    assert run(elsewhere).waivers == () and run(elsewhere).refusals == ()
