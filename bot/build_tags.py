"""Go files compiled only into a test build are test code, wherever they live.

Go projects keep end-to-end helpers beside shipped code and guard them with a
build constraint (`//go:build e2etest`): the path says nothing, the constraint
says the file never reaches a release binary (noise set 7)."""

from __future__ import annotations

import re

# The constraint must come before the package clause; a file's first few KB hold it.
HEAD_BYTES = 4096
_CONSTRAINT = re.compile(r"^//go:build[ \t]+(.+?)[ \t]*$", re.M)
_PACKAGE = re.compile(r"^package[ \t]", re.M)
_TEST_TAG = re.compile(r"(?i)^\w*(?:test|e2e|integration)\w*$")


def is_test_build(path: str, head: bytes) -> bool:
    """True when a .go file builds only with a test tag (`e2etest`, `integration && linux`).

    A disjunction (`e2e || dev`) or a negated tag (`!integration`) may still
    build into the release, so it is not test code."""
    if not path.endswith(".go"):
        return False
    text = head[:HEAD_BYTES].decode("utf-8", "replace")
    package = _PACKAGE.search(text)
    match = _CONSTRAINT.search(text, 0, package.start() if package else len(text))
    if match is None or "||" in match.group(1):
        return False
    terms = [t.strip().strip("()").strip() for t in match.group(1).split("&&")]
    return any(_TEST_TAG.match(t) for t in terms if not t.startswith("!"))
