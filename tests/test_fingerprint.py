from __future__ import annotations

from bot.fingerprint import fingerprint


def test_whitespace_and_position_do_not_matter() -> None:
    a = fingerprint(rule_id="r", path="a.py", code="x = jwt.decode(t,  k)", occurrence=0)
    b = fingerprint(rule_id="r", path="a.py", code="  x = jwt.decode(t, k)\n", occurrence=0)
    assert a == b and len(a) == 24


def test_rule_path_code_and_occurrence_do() -> None:
    base = dict(rule_id="r", path="a.py", code="x", occurrence=0)
    prints = {fingerprint(**base)}  # type: ignore[arg-type]
    for key, value in (("rule_id", "s"), ("path", "b.py"), ("code", "y"), ("occurrence", 1)):
        prints.add(fingerprint(**{**base, key: value}))  # type: ignore[arg-type]
    assert len(prints) == 5
