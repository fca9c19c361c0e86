"""Finding identity that survives unrelated edits.

semgrep's open-source JSON carries no usable fingerprint ("requires login"), so
it is derived here from what does not move when lines above a finding are added
or removed: the rule, the file, the matched code with its whitespace folded,
and which repeat of that same code in the file it is.
"""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")


def normalise_code(code: str) -> str:
    return _SPACE.sub(" ", code).strip()


def fingerprint(*, rule_id: str, path: str, code: str, occurrence: int) -> str:
    text = "\0".join((rule_id, path, normalise_code(code), str(occurrence)))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:24]
