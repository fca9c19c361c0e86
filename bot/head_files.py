"""The PR head's files: patches GitHub left out, and a reader for the head's bytes."""

from __future__ import annotations

from bot.diff import ChangedFile, parse_git_diff
from bot.errors import CannotGetDiff, ConfigError
from bot.github_api import GitHubApi
from bot.gitrepo import GitRepo
from bot.pull_request import PullRequestRef
from bot.repo_facts import Grep, git_grep
from bot.settings import GitHubContext
from bot.sources import Reader, git_reader, one_by_one, worktree_reader


def with_git_patches(ctx: GitHubContext, changed: list[ChangedFile], pr: PullRequestRef) -> list[ChangedFile]:
    """GitHub leaves `patch` out of files too large to diff: take their hunks from git when the
    history is there (fetching the two commits if needed); else they stay patchless (file-level comments)."""
    missing = [f for f in changed if not f.has_patch and f.exists_at_head]
    if not missing:
        return changed
    try:
        repo = GitRepo.discover(ctx.workspace)
    except ConfigError:
        return changed
    for sha in (pr.base_sha, pr.head_sha):
        if not repo.has_commit(sha) and not repo.fetch_commit(sha):
            return changed
    try:
        base = repo.merge_base(pr.base_sha, pr.head_sha) if repo.has_merge_base(pr.base_sha, pr.head_sha) else pr.base_sha
        found = {f.path: f for f in parse_git_diff(repo.diff_commits(base, pr.head_sha, *[f.path for f in missing]))}
    except (CannotGetDiff, ConfigError):
        return changed
    return [found.get(f.path, f) if f in missing and found.get(f.path, f).has_patch else f for f in changed]


def head_reader(ctx: GitHubContext, api: GitHubApi, head_sha: str) -> Reader:
    """Read files as they are at the PR head, which is not what actions/checkout checks out.

    On pull_request events the workspace holds GitHub's merge commit, whose line
    numbers can differ from the head's; review comments anchor on the head.
    """
    try:
        repo: GitRepo | None = GitRepo.discover(ctx.workspace)
    except ConfigError:
        repo = None
    if repo is not None:
        if repo.head() == head_sha:
            return worktree_reader(repo.root)
        if repo.has_commit(head_sha) or repo.fetch_commit(head_sha):
            return git_reader(repo, head_sha)
    return one_by_one(lambda path: api.file_at(path, head_sha))


def head_grep(ctx: GitHubContext, head_sha: str) -> Grep | None:
    """Repository facts are read from the head commit when the runner has it (head_reader fetched it)."""
    try:
        repo = GitRepo.discover(ctx.workspace)
    except ConfigError:
        return None
    return git_grep(repo, head_sha) if repo.has_commit(head_sha) else None
