"""Severity that depends on where a value comes from: context rules raise findings.

An unverified decode is an authentication bypass when the token is the one the
client sent; the same call on a token the app fetched from its identity
provider, read back from its own store, or received from a caller that has
verified it, is a code smell at most. In the first runs of the noise sets
(ordinary apps), 11 of the 13 unverified-decode ERROR findings outside test
code were of the second kind (one was true, one debatable), and each of them
failed the default gate.

So a rule of that family is a WARNING with `metadata.error-when: <fact>`, and
a context rule (`metadata.context: <fact>`, a taint rule from the request
being served to a decoding call) marks the lines where the fact holds. A
finding with a context hit of its fact inside its lines becomes an ERROR. The
context rules' own hits are never findings. The comment says which way it went
(`raised-because` in the finding's metadata).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from bot.model import Finding
from bot.severity import Severity


def is_context(finding: Finding) -> bool:
    return bool(finding.metadata.get("context"))


def escalate(findings: Iterable[Finding]) -> list[Finding]:
    """The findings without context hits, each raised to ERROR where its `error-when` fact holds."""
    findings = list(findings)
    facts: dict[tuple[str, str], set[int]] = {}
    for f in findings:
        if is_context(f):
            facts.setdefault((str(f.metadata["context"]), f.path), set()).update(range(f.line, f.end_line + 1))
    out: list[Finding] = []
    for f in findings:
        if is_context(f):
            continue
        fact = f.metadata.get("error-when")
        if fact and f.severity < Severity.ERROR and facts.get((str(fact), f.path), set()).intersection(
                range(f.line, f.end_line + 1)):
            f = dataclasses.replace(f, severity=Severity.ERROR, metadata={**f.metadata, "raised-because": str(fact)})
        out.append(f)
    return out
