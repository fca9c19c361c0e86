from __future__ import annotations

import zlib

from bot.diff import ChangedFile, Hunk
from bot.diff_filter import Anchor, FilteredFinding
from bot.lifecycle import BotComment, Prior, is_ours, own_login, plan
from bot.model import Author, Finding, Thread
from bot.severity import Severity


def f(fp: str, path: str = "a.py", line: int = 3, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule_id="r", antipattern="jwt-weak-secret", severity=severity, path=path, line=line,
                   end_line=line, message="m", code=fp, fingerprint=fp, metadata={})


def kept(finding: Finding, anchored: bool = True) -> FilteredFinding:
    return FilteredFinding(finding=finding, in_diff_file=True, on_added_line=True, in_hunk=anchored,
                           anchor=Anchor(line=finding.line) if anchored else None)


def posted(fp: str, *, fixed_in: str | None = None, path: str = "a.py") -> BotComment:
    return BotComment(id=zlib.crc32(fp.encode()), fingerprint=fp, digest="d", fixed_in=fixed_in, path=path, body="b",
                      thread=Thread(id="T" + fp, resolved=fixed_in is not None))


CHANGED = {"a.py": ChangedFile(path="a.py", added_lines=frozenset({3}), hunks=(Hunk(start=1, end=5),))}


def test_new_findings_are_inline_known_ones_are_not_repeated() -> None:
    steps = plan(kept=[kept(f("x")), kept(f("y"))], present=[f("x"), f("y")],
                 prior=Prior(comments=(posted("x"),)), changed=CHANGED, max_comments=30)
    assert [m.finding.fingerprint for m in steps.inline] == ["y"]
    assert [(c.fingerprint, g.fingerprint) for c, g in steps.still] == [("x", "x")]
    assert steps.fixed == () and steps.listed == ()


def test_gone_findings_are_fixed_once_and_unreadable_files_are_not_fixes() -> None:
    prior = Prior(comments=(posted("x"), posted("old", fixed_in="abc"), posted("z", path="broken.py")))
    steps = plan(kept=[], present=[], prior=prior, changed=CHANGED, max_comments=30, unreadable={"broken.py"})
    assert [c.fingerprint for c in steps.fixed] == ["x"]


def test_the_cap_counts_open_comments_on_the_pr() -> None:
    prior = Prior(comments=tuple(posted(str(i)) for i in range(28)) + (posted("done", fixed_in="abc"),))
    fresh = [kept(f(f"n{i}", line=3)) for i in range(5)]
    steps = plan(kept=fresh, present=[m.finding for m in fresh], prior=prior, changed=CHANGED, max_comments=30)
    assert [m.finding.fingerprint for m in steps.inline] == ["n0", "n1"]
    assert [g.fingerprint for g in steps.listed] == ["n2", "n3", "n4"]
    assert steps.over_cap == 3


def test_over_the_cap_the_most_severe_findings_get_the_inline_slots() -> None:
    fresh = [kept(f("w1", line=1, severity=Severity.WARNING)), kept(f("i1", line=2, severity=Severity.INFO)),
             kept(f("e1", line=3, severity=Severity.ERROR)), kept(f("w2", line=4, severity=Severity.WARNING)),
             kept(f("e2", line=5, severity=Severity.ERROR))]
    steps = plan(kept=fresh, present=[m.finding for m in fresh], prior=Prior(), changed=CHANGED, max_comments=3)
    assert [m.finding.fingerprint for m in steps.inline] == ["e1", "e2", "w1"]
    assert [g.fingerprint for g in steps.listed] == ["w2", "i1"]


def test_over_cap_counts_only_what_the_cap_left_out() -> None:
    """Fixed comments do not count against the cap, so they cannot make the summary claim one."""
    prior = Prior(comments=(posted("a"), posted("b", fixed_in="abc"), posted("c", fixed_in="abc")))
    steps = plan(kept=[kept(f("n", line=3)), kept(f("out", path="other.py"), anchored=False)],
                 present=[], prior=prior, changed=CHANGED, max_comments=3)
    assert [m.finding.fingerprint for m in steps.inline] == ["n"]
    assert [g.fingerprint for g in steps.listed] == ["out"] and steps.over_cap == 0


def test_the_summary_tells_over_cap_from_off_the_diff() -> None:
    steps = plan(kept=[kept(f("n1", line=3)), kept(f("n2", line=3)), kept(f("out", path="other.py"), anchored=False)],
                 present=[], prior=Prior(comments=(posted("a"),)), changed=CHANGED, max_comments=2)
    assert [m.finding.fingerprint for m in steps.inline] == ["n1"]
    assert [g.fingerprint for g in steps.listed[:steps.over_cap]] == ["n2"]
    assert [g.fingerprint for g in steps.off_diff] == ["out"]


def test_own_login_when_the_token_cannot_say() -> None:
    us, other = Author(login="github-actions[bot]", is_bot=True), Author(login="copycat[bot]", is_bot=True)
    human = Author(login="octocat", is_bot=False)
    assert own_login([other, human]) == "copycat[bot]"
    assert own_login([us, other, us]) == "github-actions[bot]"
    assert own_login([Author(login="a[bot]", is_bot=True), other]) is None
    assert own_login([human]) is None


def test_unanchored_findings_are_file_level_in_pr_files_listed_elsewhere() -> None:
    steps = plan(kept=[kept(f("in"), anchored=False), kept(f("out", path="other.py"), anchored=False)],
                 present=[], prior=Prior(), changed=CHANGED, max_comments=30)
    assert [g.fingerprint for g in steps.file_level] == ["in"]
    assert [g.fingerprint for g in steps.listed] == ["out"]


def test_ownership() -> None:
    bot = Author(login="github-actions[bot]", is_bot=True)
    other_bot = Author(login="renovate[bot]", is_bot=True)
    human = Author(login="octocat", is_bot=False)
    assert is_ours(bot, None) and not is_ours(human, None)
    assert is_ours(bot, "github-actions[bot]") and not is_ours(other_bot, "github-actions[bot]")
    assert is_ours(human, "octocat")  # a personal token posts as its person
