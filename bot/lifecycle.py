"""Comment lifecycle: what to post, edit, resolve or reopen, given what the bot already said.

The plan is a pure function of the current findings and the bot's earlier
comments (gathered by bot.prior), so "never twice, never lost" is tested
without a network.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from bot.commands import Command
from bot.diff import ChangedFile
from bot.diff_filter import FilteredFinding
from bot.model import Author, Finding, Thread


@dataclass(frozen=True, kw_only=True)
class BotComment:
    id: int
    fingerprint: str
    digest: str | None
    fixed_in: str | None
    path: str
    body: str
    thread: Thread | None
    line: int | None = None
    waived: bool = False  # the body says the finding is waived


@dataclass(frozen=True, kw_only=True)
class Prior:
    """What the bot already said on this pull request."""

    comments: tuple[BotComment, ...] = ()
    summary_id: int | None = None
    summary_body: str = ""
    change_requests: tuple[int, ...] = ()
    commands: tuple[Command, ...] = ()  # triage commands people wrote on the pull request
    answered: frozenset[int] = frozenset()  # commands the bot already said it did not apply


# The account GITHUB_TOKEN posts as.
ACTIONS_LOGIN = "github-actions[bot]"


def own_login(marked_by: Collection[Author]) -> str | None:
    """Who "we" are when the token cannot tell (GET /user is 403 for GITHUB_TOKEN and app tokens).

    The bot accounts whose comments carry our marker: one is us; among several
    (a second bot quoting ours, another copy of this action under an app
    token), GITHUB_TOKEN's account, the default. None: no way to tell.
    """
    bots = {a.login for a in marked_by if a.is_bot}
    if len(bots) == 1:
        return next(iter(bots))
    return ACTIONS_LOGIN if ACTIONS_LOGIN in bots else None


def is_ours(author: Author, login: str | None) -> bool:
    # With a known login only that account's comments are ours. GITHUB_TOKEN
    # cannot ask GitHub who it is (GET /user is 403), so then a comment is ours
    # when it carries our marker and a bot account wrote it: people cannot post
    # as bots, so human comments are never touched.
    return author.login == login if login else author.is_bot


@dataclass(frozen=True, kw_only=True)
class Plan:
    inline: tuple[FilteredFinding, ...]
    file_level: tuple[Finding, ...]
    listed: tuple[Finding, ...]  # only in the sticky summary: over the cap, or nowhere to anchor
    still: tuple[tuple[BotComment, Finding], ...]  # commented before and found again
    fixed: tuple[BotComment, ...]  # commented before, not found any more
    over_cap: int = 0  # anchored findings left out of inline comments by max-comments

    @property
    def off_diff(self) -> tuple[Finding, ...]:
        """Listed because the pull request does not change their file (`listed` holds the over-cap ones first)."""
        return self.listed[self.over_cap:]


def plan(
    *,
    kept: Sequence[FilteredFinding],
    present: Sequence[Finding],
    prior: Prior,
    changed: Mapping[str, ChangedFile],
    max_comments: int,
    unreadable: Collection[str] = (),
) -> Plan:
    commented = {c.fingerprint: c for c in prior.comments}
    present_by_fp = {f.fingerprint: f for f in present}
    new = [m for m in kept if m.finding.fingerprint not in commented]
    # Over the cap, the inline slots go to the most severe findings first (file order within a
    # severity); the rest are listed in the summary.
    anchored = sorted((m for m in new if m.anchor is not None), key=lambda m: -m.finding.severity)
    # The cap bounds the bot's open inline comments on the PR, not each run's:
    # a re-run must not add another 30 to a PR that already has 30.
    budget = max(0, max_comments - sum(1 for c in prior.comments if c.fixed_in is None))
    inline = anchored[:budget]
    over_cap = [m.finding for m in anchored[budget:]]
    unanchored = [m.finding for m in new if m.anchor is None]
    file_level = [f for f in unanchored if f.path in changed]
    listed = over_cap + [f for f in unanchored if f.path not in changed]
    still = [(c, present_by_fp[c.fingerprint]) for c in prior.comments if c.fingerprint in present_by_fp]
    # A file semgrep could not read yields no findings: that is not a fix.
    fixed = [
        c for c in prior.comments
        if c.fingerprint not in present_by_fp and c.fixed_in is None and c.path not in unreadable
    ]
    return Plan(inline=tuple(inline), file_level=tuple(file_level), listed=tuple(listed),
                still=tuple(still), fixed=tuple(fixed), over_cap=len(over_cap))
