"""Triage commands in a pull request's conversation, and what they decide: a pure function.

`/jwt-session-guard ignore <reason>` in a reply to one of the bot's inline
comments waives that finding on the pull request; `/jwt-session-guard reopen`
takes the waiver back. In a PR (issue) comment the command names the finding:
`/jwt-session-guard ignore <rule-id> <path>:<line> <reason>`. The state is
rebuilt from the comments on every run (bot.triage gathers them), so an edited
or deleted command, or a lost permission, changes the outcome on the next run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from bot import escape
from bot.model import Finding

# A command is a line of its own; a quoted line ("> /jwt-session-guard ...") is not one.
_COMMAND = re.compile(r"^[ \t]*/jwt-session-guard[ \t]+(ignore|reopen)\b[ \t]*(.*)$", re.M | re.I)
_TARGET = re.compile(r"^`?([A-Za-z0-9_.\-]+)`?\s+`?(.+?):(\d+)`?(?:\s+(.*))?$")
MAX_REASON = 500

# Repository roles, lowest to highest (the permission API's `role_name`).
ROLES = ("none", "read", "triage", "write", "maintain", "admin")

REVIEW = "review"  # a reply in one of the bot's threads
ISSUE = "issue"  # a comment on the pull request's conversation


@dataclass(frozen=True, kw_only=True)
class Command:
    id: int  # the comment's id: later comments decide over earlier ones
    where: str  # REVIEW or ISSUE
    author: str
    verb: str  # "ignore" or "reopen"
    reason: str
    target: str  # REVIEW: the id of the bot comment replied to; ISSUE: "<rule-id> <path>:<line>"


@dataclass(frozen=True, kw_only=True)
class Waiver:
    fingerprint: str
    login: str
    reason: str
    comment_id: int
    where: str


@dataclass(frozen=True, kw_only=True)
class Refusal:
    command: Command
    why: str


@dataclass(frozen=True, kw_only=True)
class Triage:
    waivers: tuple[Waiver, ...] = ()
    refusals: tuple[Refusal, ...] = ()  # not yet answered: the bot replies once to each

    def by_fingerprint(self) -> dict[str, Waiver]:
        return {w.fingerprint: w for w in self.waivers}


@dataclass(frozen=True, kw_only=True)
class Policy:
    permission: str = "write"  # the lowest role that may triage
    allow_author: bool = False  # may the pull request's author waive findings of it


def parse_command(body: str, *, where: str, comment_id: int, author: str, replied_to: int | None = None
                  ) -> Command | None:
    """The first command line of a comment, or None."""
    m = _COMMAND.search(body.replace("\r", ""))
    if m is None:
        return None
    verb, rest = m.group(1).lower(), " ".join(m.group(2).split())
    target = str(replied_to) if where == REVIEW else ""
    if where == ISSUE:
        t = _TARGET.match(rest)
        if t is None:
            return Command(id=comment_id, where=where, author=author, verb=verb, reason="", target="")
        target, rest = f"{t.group(1)} {t.group(2).strip('`')}:{t.group(3)}", t.group(4) or ""
    return Command(id=comment_id, where=where, author=author, verb=verb, reason=rest.strip()[:MAX_REASON],
                   target=target)


def find_target(command: Command, *, threads: Mapping[int, str], present: Sequence[Finding]) -> str | None:
    """The fingerprint a command is about, or None when it names no finding of ours."""
    if command.where == REVIEW:
        return threads.get(int(command.target)) if command.target.isdigit() else None
    rule_id, _, where = command.target.partition(" ")
    path, _, line = where.rpartition(":")
    if not line.isdigit():
        return None
    return next((f.fingerprint for f in present
                 if f.rule_id == rule_id and f.path == path and int(line) in f.lines), None)


def decide(commands: Sequence[Command], *, threads: Mapping[int, str], present: Sequence[Finding],
           role_of: Callable[[str], str], pr_author: str, policy: Policy, answered: Collection[int]) -> Triage:
    """Apply the commands in the order they were written; refuse (once) what may not be applied.

    `threads`: the bot's inline comments, id -> fingerprint; a reply under any other comment is
    not a command (people discuss the bot in their own threads). `answered`: commands the bot
    already replied to."""
    state: dict[str, Waiver] = {}
    refusals: list[Refusal] = []
    for c in sorted(commands, key=lambda c: c.id):
        if c.where == REVIEW and not (c.target.isdigit() and int(c.target) in threads):
            continue
        why = _why_not(c, role_of=role_of, pr_author=pr_author, policy=policy)
        fingerprint = find_target(c, threads=threads, present=present)
        if why is None and fingerprint is None:
            why = (f"no finding of {escape.code_span(c.target)} in this pull request's head commit; copy the "
                   "rule id and path:line from the summary" if c.target else
                   "name the finding: `/jwt-session-guard ignore <rule-id> <path>:<line> <reason>`")
        if why is not None:
            if c.id not in answered:
                refusals.append(Refusal(command=c, why=why))
            continue
        assert fingerprint is not None
        if c.verb == "ignore":
            state[fingerprint] = Waiver(fingerprint=fingerprint, login=c.author, reason=c.reason,
                                        comment_id=c.id, where=c.where)
        else:
            state.pop(fingerprint, None)
    return Triage(waivers=tuple(state.values()), refusals=tuple(refusals))


def _why_not(c: Command, *, role_of: Callable[[str], str], pr_author: str, policy: Policy) -> str | None:
    if c.verb == "ignore" and not c.reason:
        return "a reason is required: `/jwt-session-guard ignore <why this is not a problem here>`"
    if c.verb == "ignore" and c.author.lower() == pr_author.lower() and not policy.allow_author:
        return "the pull request's author may not waive its findings (`triage.allow-author` in the config file)"
    role = role_of(c.author)
    if ROLES.index(role if role in ROLES else "none") < ROLES.index(policy.permission):
        return f"triage needs the {policy.permission} permission on the repository or higher"
    return None
