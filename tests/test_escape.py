from __future__ import annotations

from bot.escape import code_block, code_span, md_text


def test_code_block_cannot_be_closed_early() -> None:
    hostile = "x = '```'\n````\n</details><img src=x onerror=alert(1)> @org/team #1"
    block = code_block(hostile, "python")
    fence = block.split("\n", 1)[0][: -len("python")]
    assert fence == "`" * 5
    assert block.endswith("\n" + fence)
    assert block.count(fence) == 2


def test_long_lines_and_many_lines_are_truncated() -> None:
    block = code_block("a" * 500 + "\n" + "\n".join(["b"] * 30))
    lines = block.splitlines()
    assert len(lines[1]) == 200 and lines[1].endswith("…")
    assert lines[-2] == "… (19 more lines)"


def test_code_span_folds_newlines_and_outguns_backticks() -> None:
    assert code_span("a`b\nc") == "`` a`b c ``"


def test_text_is_inert() -> None:
    out = md_text("<img src=x onerror=alert(1)> ping @org/team about #1 [x](http://e)")
    assert "<" not in out and ">" not in out
    assert "@\u200b" in out and "#\u200b" in out
    assert "\\[x\\]\\(http://e\\)" in out
