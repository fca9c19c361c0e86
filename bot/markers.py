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
_MARK = re.compile(r"<!-- jwt-session-guard:(fingerprint|digest|fixed)=([0-9a-f]+) -->")


def fingerprint_marker(fingerprint: str) -> str:
    return f"{PREFIX}fingerprint={fingerprint} -->"


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def finding_tail(*, text: str, fingerprint: str, fixed_in: str | None = None) -> str:
    """The markers a finding's comment ends with; `text` is the rendered body before them."""
    marks = [f"{PREFIX}digest={digest_of(text)} -->"]
    if fixed_in:
        marks.append(f"{PREFIX}fixed={fixed_in} -->")
    marks.append(fingerprint_marker(fingerprint))
    return "\n".join(marks)


@dataclass(frozen=True, kw_only=True)
class Marks:
    fingerprints: tuple[str, ...]
    digest: str | None
    fixed_in: str | None
    summary: bool


def read_marks(body: str | None) -> Marks:
    found: dict[str, list[str]] = {"fingerprint": [], "digest": [], "fixed": []}
    for kind, value in _MARK.findall(body or ""):
        found[kind].append(value)
    return Marks(
        fingerprints=tuple(found["fingerprint"]),
        digest=found["digest"][-1] if found["digest"] else None,
        fixed_in=found["fixed"][-1] if found["fixed"] else None,
        summary=SUMMARY in (body or ""),
    )


def strip_marks(body: str) -> str:
    return _MARK.sub("", body).replace(SUMMARY, "").rstrip()
