"""What the bot already said on a pull request, and the triage commands people wrote there.

Read through the GitHub adapter."""

from __future__ import annotations

from typing import IO

from bot.commands import ISSUE, REVIEW, Command, parse_command
from bot.github_api import GitHubApi
from bot.lifecycle import BotComment, Prior, is_ours, own_login
from bot.markers import read_marks


def gather_prior(api: GitHubApi, number: int, login: str | None, *, log: IO[str]) -> Prior:
    threads = api.threads(number)
    listed = api.review_comments(number)
    marked = [(c, read_marks(c.body)) for c in listed if c.in_reply_to is None]
    marked = [(c, marks) for c, marks in marked if marks.fingerprints]
    if login is None:
        bots = {c.author.login for c, _ in marked if c.author.is_bot}
        login = own_login([c.author for c, _ in marked])
        if len(bots) > 1:
            log.write(
                f"jwt-session-guard: comments with this bot's marker come from {len(bots)} bot accounts; "
                f"treating {login or 'none of them'} as this run's (set the bot-login input to say which)\n"
            )
    comments: list[BotComment] = []
    for c, marks in marked:
        if not is_ours(c.author, login):
            continue
        comments.append(
            BotComment(
                id=c.id, fingerprint=marks.fingerprints[-1], digest=marks.digest, fixed_in=marks.fixed_in,
                path=c.path, body=c.body, thread=(threads or {}).get(c.id), line=c.line, waived=marks.waived,
            )
        )
    conversation = api.issue_comments(number)
    summary = next((c for c in conversation if is_ours(c.author, login) and read_marks(c.body).summary), None)
    requests = tuple(
        r.id for r in api.reviews(number) if r.state == "CHANGES_REQUESTED" and is_ours(r.author, login)
    )
    # Commands come from people only: a bot (this one's answers included) never triages.
    commands: list[Command | None] = [
        parse_command(c.body, where=REVIEW, comment_id=c.id, author=c.author.login, replied_to=c.in_reply_to)
        for c in listed if c.in_reply_to is not None and not c.author.is_bot
    ]
    commands += [parse_command(c.body, where=ISSUE, comment_id=c.id, author=c.author.login)
                 for c in conversation if not c.author.is_bot]
    answered = frozenset(a for c in (*listed, *conversation) if is_ours(c.author, login)
                         for a in read_marks(c.body).answers)
    return Prior(comments=tuple(comments), summary_id=summary.id if summary else None,
                 summary_body=summary.body if summary else "", change_requests=requests,
                 commands=tuple(c for c in commands if c is not None), answered=answered)
