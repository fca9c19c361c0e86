"""Make text from a pull request inert inside GitHub-flavoured Markdown.

Everything quoted from a PR (code, paths, messages holding metavariable values)
passes through here: it must not open or close code fences, inject HTML,
close a <details> block, @-mention people or teams, or link issues.
"""

from __future__ import annotations

import re

MAX_LINE = 200
MAX_LINES = 12
_BACKTICKS = re.compile(r"`+")
_ZWSP = "\u200b"
# Characters with a Markdown meaning outside code; escaped with a backslash.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def _longest_backtick_run(text: str) -> int:
    return max((len(m.group(0)) for m in _BACKTICKS.finditer(text)), default=0)


def truncate_lines(text: str, *, max_line: int = MAX_LINE, max_lines: int = MAX_LINES) -> str:
    lines = text.splitlines() or [""]
    out = [line if len(line) <= max_line else line[: max_line - 1] + "…" for line in lines[:max_lines]]
    if len(lines) > max_lines:
        out.append(f"… ({len(lines) - max_lines} more lines)")
    return "\n".join(out)


def code_block(text: str, lang: str = "") -> str:
    """A fenced block whose fence is longer than any backtick run inside it."""
    body = truncate_lines(text.replace("\r", ""))
    fence = "`" * max(3, _longest_backtick_run(body) + 1)
    lang = re.sub(r"[^A-Za-z0-9_+-]", "", lang)
    return f"{fence}{lang}\n{body}\n{fence}"


def code_span(text: str, *, max_len: int = MAX_LINE) -> str:
    """Inline code; newlines folded, padded so edge backticks cannot pair up."""
    flat = " ".join(text.split())
    if len(flat) > max_len:
        flat = flat[: max_len - 1] + "…"
    ticks = "`" * (_longest_backtick_run(flat) + 1)
    return f"{ticks} {flat} {ticks}"


def md_text(text: str, *, max_len: int = 2000) -> str:
    """Plain text for a Markdown paragraph: no HTML, no Markdown, no mentions."""
    flat = text.replace("\r", "")
    if len(flat) > max_len:
        flat = flat[: max_len - 1] + "…"
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    flat = _MD_SPECIAL.sub(r"\\\1", flat)
    # A zero-width space after @ and # stops mentions and issue links.
    return flat.replace("@", "@" + _ZWSP).replace("#", "#" + _ZWSP)


def suggestion_block(text: str) -> str:
    """A GitHub suggestion: never truncated (it replaces lines), fence outgunning the content."""
    body = text.replace("\r", "")
    fence = "`" * max(3, _longest_backtick_run(body) + 1)
    return f"{fence}suggestion\n{body}\n{fence}"
