"""Command line: `scan` (local, in a git work tree) and `review` (GitHub Actions)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path

from bot import __version__
from bot.diff_filter import FilterMode
from bot.config_source import config_path
from bot.errors import ConfigError, GuardError, ScanFailed
from bot.gate import exit_code
from bot.github_api import GitHubApi
from bot.gitrepo import GitRepo
from bot.pack import load_pack
from bot.paths import rules_dir
from bot.pipeline import all_files, local_changes, scan_files
from bot.repo_facts import git_grep
from bot.render import Renderer, make_environment
from bot.report import REPORTERS, Outcome, reporter, terminal_text
from bot.review_pr import not_reviewed, run_action
from bot.settings import DEFAULT_CONFIG, build_settings, github_context, read_inputs
from bot.severity import FAIL_ON_CHOICES
from bot.sources import worktree_reader
from bot.taxonomy import antipatterns


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own layout (usage, then the error), with the exit code of bad usage.
        sys.stderr.write(self.format_usage())
        command = self.prog.removeprefix("jwt-session-guard").strip()
        raise ConfigError(f"{command}: {message}" if command else message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="jwt-session-guard", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    scan = sub.add_parser("scan", help="review local changes in a git work tree")
    scan.add_argument("--base", default="HEAD", metavar="REF",
                      help="compare with the merge base of REF and HEAD (default: HEAD)")
    scan.add_argument("--all", action="store_true", help="scan every file, with no diff filter")
    scan.add_argument("--fail-on", choices=FAIL_ON_CHOICES, help="lowest severity that fails (default: error)")
    scan.add_argument("--format", choices=sorted(REPORTERS), default="text",
                      help="text for people, json (the findings as an array) or sarif (SARIF 2.1.0); default: text")
    scan.add_argument("--config", help=f"config file (default: {DEFAULT_CONFIG} in the work tree)")
    scan.add_argument("path", nargs="?", default=".", help="limit the review to this folder of the work tree")

    sub.add_parser("review", help="review the pull request of a GitHub Actions run")

    explain = sub.add_parser("explain", help="print the guidance for an antipattern or rule id")
    explain.add_argument("id", help="an antipattern id (e.g. jwt-none-algorithm) or a rule id")
    explain.add_argument("--format", choices=("text", "markdown"), default="text",
                         help="text for a terminal or a pipe (default), or the Markdown a comment uses")
    return parser


def _explain(args: argparse.Namespace) -> int:
    pack = load_pack([rules_dir()])
    taxonomy = antipatterns()
    rule = next((r for r in pack.rules if r.get("id") == args.id), None)
    if rule is None and args.id not in taxonomy:
        raise ConfigError(
            f"{args.id!r} is neither an antipattern id nor a rule id of the pack; "
            f"antipattern ids: {', '.join(taxonomy)}"
        )
    ap_id = str(rule["metadata"]["antipattern"]) if rule else args.id
    rules = sorted(str(r["id"]) for r in pack.rules if (r.get("metadata") or {}).get("antipattern") == ap_id)
    renderer = Renderer(make_environment())
    show = renderer.explain if args.format == "markdown" else renderer.explain_text
    text = show(antipattern_id=ap_id, rule=rule, rules=rules)
    sys.stdout.write(text + "\n")
    return 0


def _scan(args: argparse.Namespace) -> int:
    target = Path(args.path).resolve()
    if not target.exists():
        raise ConfigError(f"{args.path}: no such file or folder")
    repo = GitRepo.discover(target if target.is_dir() else target.parent)
    if not target.is_relative_to(repo.root):
        raise ConfigError(f"{args.path} is outside the git work tree {repo.root}")
    under = target.relative_to(repo.root).as_posix() if target != repo.root else ""
    config = Path(args.config) if args.config else repo.root / DEFAULT_CONFIG
    if args.config and not config.is_file():
        raise ConfigError(f"--config {args.config}: no such file")
    inputs = {"fail-on": args.fail_on} if args.fail_on else {}
    settings = build_settings(inputs=inputs, base_dir=repo.root, config_path=config)
    grep = git_grep(repo, None)  # repository facts: the work tree as the scan reads it
    if args.all:
        changed = all_files(repo, under)
        review = scan_files(changed, read=worktree_reader(repo.root), settings=settings, mode=FilterMode.NOFILTER,
                            grep=grep)
    else:
        if repo.head() is None:
            raise ConfigError("the repository has no commit yet, so there are no changes to compare: "
                              "use `jwt-session-guard scan --all` to scan every file")
        changed = local_changes(repo, args.base, under)
        review = scan_files(changed, read=worktree_reader(repo.root), settings=settings, grep=grep)
    for path, why in not_reviewed(review):
        sys.stderr.write(f"not reviewed: {terminal_text(path)}: {terminal_text(why)}\n")
    if review.skipped_tests:
        n = len(review.skipped_tests)
        sys.stderr.write(f"skipped {n} test file{'s' if n != 1 else ''} (test code is not reviewed; "
                         "`paths.include-tests: true` in the config file reviews it)\n")
    outcome = Outcome(findings=review.findings, fail_on=settings.fail_on, scanned=len(review.scan.scanned))
    reporter(args.format, sys.stdout).report(outcome)
    if review.scan_incomplete and settings.on_scan_error == "fail":
        # As in the action: a scan that could not run is not a pass.
        raise ScanFailed("the scan is incomplete (see \"not reviewed\" above); "
                         "set `on-scan-error: warn` in the config file to exit by the findings alone")
    return exit_code(outcome.findings, settings.fail_on)


def _review(environ: Mapping[str, str]) -> int:
    inputs = read_inputs(environ)
    ctx = github_context(environ, inputs)
    api = GitHubApi(api_url=ctx.api_url, token=ctx.token, repository=ctx.repository)
    with tempfile.TemporaryDirectory() as tmp:
        config = config_path(ctx, api, inputs.get("config"), Path(tmp))
        settings = build_settings(inputs=inputs, base_dir=ctx.workspace, config_path=config)
    renderer = Renderer(make_environment(settings.templates_dir), fail_on=settings.fail_on)
    return run_action(ctx=ctx, settings=settings, renderer=renderer, api=api)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    environ = os.environ if environ is None else environ
    # PyGithub logs every 4xx it sees (a 403 from GET /user is expected with
    # GITHUB_TOKEN); the bot reports what matters itself.
    logging.getLogger("github").setLevel(logging.CRITICAL)
    try:
        args = _parser().parse_args(argv)
        if args.command == "scan":
            return _scan(args)
        if args.command == "explain":
            return _explain(args)
        return _review(environ)
    except GuardError as exc:
        sys.stderr.write(f"jwt-session-guard: error: {exc}\n")
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001
        # A crash must never read as "findings" (1) or as a pass (0): fail
        # closed as an outside failure, naming only the exception's class.
        sys.stderr.write(f"jwt-session-guard: internal error ({type(exc).__name__}); nothing more was posted\n")
        if environ.get("RUNNER_DEBUG") == "1":
            # Step debug logging is on (a re-run with debug logging): show where.
            traceback.print_exc(file=sys.stderr)
        else:
            sys.stderr.write("jwt-session-guard: set RUNNER_DEBUG=1 (in Actions: re-run with debug logging) "
                             "to see where\n")
        return 3
