"""Triage on GitHub: decide the pull request's waivers from its commands, and answer the refused ones once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from bot import escape
from bot.commands import REVIEW, Policy, Refusal, Triage, decide
from bot.github_api import GitHubApi
from bot.lifecycle import Prior
from bot.markers import answer_marker
from bot.model import Finding


def gather_triage(api: GitHubApi, number: int, *, prior: Prior, present: Sequence[Finding], policy: Policy
                  ) -> Triage:
    """The waivers that stand now: every run asks again who may triage (a permission can be lost)."""
    if not prior.commands:
        return Triage()
    roles: dict[str, str] = {}

    def role_of(login: str) -> str:
        if login not in roles:
            roles[login] = api.permission(login)
        return roles[login]

    author = api.pull_meta(number)[3] if any(c.verb == "ignore" for c in prior.commands) else ""
    threads = {c.id: c.fingerprint for c in prior.comments if c.fixed_in is None}
    return decide(prior.commands, threads=threads, present=present, role_of=role_of, pr_author=author,
                  policy=policy, answered=prior.answered)


def answer_refusals(api: GitHubApi, number: int, refusals: Sequence[Refusal], *, log: IO[str]) -> int:
    """One short reply to each command that was not applied, where it was written."""
    for r in refusals:
        c = r.command
        body = (f"@\u200b{escape.md_text(c.author)}: `/jwt-session-guard {c.verb}` was not applied: {r.why}."
                f"\n\n{answer_marker(c.id)}")
        if c.where == REVIEW:
            api.reply_review_comment(number, int(c.target), body)
        else:
            api.upsert_issue_comment(number, body=body, comment_id=None)
        log.write(f"jwt-session-guard: triage command {c.id} by {c.author} not applied: {r.why}\n")
    return len(refusals)
