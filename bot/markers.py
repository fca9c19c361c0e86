"""Hidden HTML-comment markers in the bot's comments: how a later run recognises its own work.

Every finding's comment ends with `<!-- jwt-session-guard:fingerprint=<hex> -->`
(the contract); before it sit a digest of the rendered text (to notice a changed
message or severity) and, once fixed, the commit it was fixed in.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

PREFIX = "<!-- jwt-session-guard:"
SUMMARY = PREFIX + "summary -->"
_MARK = re.compile(r"<!-- jwt-session-guard:(fingerprint|digest|fixed|waived|answer)=([0-9a-f]+) -->")


def answer_marker(command_id: int) -> str:
    """In the bot's reply to a triage command it did not apply: that command is answered."""
    return f"{PREFIX}answer={command_id} -->"


def fingerprint_marker(fingerprint: str) -> str:
    return f"{PREFIX}fingerprint={fingerprint} -->"


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def finding_tail(*, text: str, fingerprint: str, fixed_in: str | None = None, waived_by: int | None = None) -> str:
    """The markers a finding's comment ends with; `text` is the rendered body before them.

    `waived_by`: the id of the triage command that waived the finding."""
    marks = [f"{PREFIX}digest={digest_of(text)} -->"]
    if fixed_in:
        marks.append(f"{PREFIX}fixed={fixed_in} -->")
    if waived_by is not None:
        marks.append(f"{PREFIX}waived={waived_by} -->")
    marks.append(fingerprint_marker(fingerprint))
    return "\n".join(marks)


@dataclass(frozen=True, kw_only=True)
class Marks:
    fingerprints: tuple[str, ...]
    digest: str | None
    fixed_in: str | None
    summary: bool
    waived: bool = False
    answers: tuple[int, ...] = ()


def read_marks(body: str | None) -> Marks:
    found: dict[str, list[str]] = {"fingerprint": [], "digest": [], "fixed": [], "waived": [], "answer": []}
    for kind, value in _MARK.findall(body or ""):
        found[kind].append(value)
    return Marks(
        fingerprints=tuple(found["fingerprint"]),
        digest=found["digest"][-1] if found["digest"] else None,
        fixed_in=found["fixed"][-1] if found["fixed"] else None,
        summary=SUMMARY in (body or ""),
        waived=bool(found["waived"]),
        answers=tuple(int(v) for v in found["answer"] if v.isdigit()),
    )


def strip_marks(body: str) -> str:
    return _MARK.sub("", body).replace(SUMMARY, "").rstrip()
