"""The ``perskamer`` command.

argparse, not click or typer: ``perskamer --help`` must stay under 0.3 s, so this
module imports nothing heavy at the top; every command imports what it needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _add_workspace_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, metavar="FILE", help="the workspace config (default: config/perskamer.yaml here or above)")
    p.add_argument("--content", type=Path, metavar="DIR", help="the folder of reports (default: from the config)")
    p.add_argument("--out", type=Path, metavar="DIR", help="the output folder (default: from the config, public/)")
    p.add_argument("--strict", action="store_true", help="a failing plugin stops the build")
    p.add_argument("--drafts", action="store_true", help="publish reports with status: draft too")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("--trace-plugins", action="store_true", help="show every hook implementation that runs, in order, with its time")


def _add_prune_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--prune", action="store_true",
                   help="allow removing more than half of the published reports at once (or all: an empty content folder)")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="perskamer",
        description="Turn congress session reports into publications: a website, JSON, PDFs and a newsletter digest.",
        epilog="Run 'perskamer COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"perskamer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="read, check, anonymise and tag the reports and publish the outputs")
    _add_workspace_args(p)
    p.add_argument("--only", metavar="OUTPUTS", help="comma-separated outputs to build, e.g. html,json")
    p.add_argument("--quiet", "-q", action="store_true", help="print problems and the summary only")
    p.add_argument("--publish", action="store_true", help="publish the output after a successful build (see 'publish:' in the config)")
    p.add_argument("--no-cache", action="store_true", help="read and process every report again (ignore .perskamer/cache)")
    _add_prune_arg(p)

    for name, help_text in (
        ("watch", "rebuild what changed whenever a report, the config or a template changes"),
        ("serve", "watch, and preview the site on http://127.0.0.1:8000/ with live reload"),
    ):
        p = sub.add_parser(name, help=help_text)
        _add_workspace_args(p)
        p.add_argument("--only", metavar="OUTPUTS", help="comma-separated outputs to build, e.g. html,json")
        p.add_argument("--poll", nargs="?", type=float, const=1.0, default=None, metavar="SECONDS",
                       help="poll for changes every SECONDS (default 1) instead of file events: for network shares and containers")
        p.add_argument("--publish", action="store_true", help="publish after every rebuild (see 'publish:' in the config)")
        p.add_argument("--no-cache", action="store_true", help="start by reading and processing every report again")
        _add_prune_arg(p)
        p.add_argument("--quiet", "-q", action="store_true", help="print problems only")
        if name == "watch":
            p.add_argument("--serve", action="store_true", help="also run the preview server (like 'perskamer serve')")
        p.add_argument("--port", type=int, default=8000, help="the preview server's port on 127.0.0.1 (default 8000; 0: any free port)")

    p = sub.add_parser("check", help="validate the reports without writing anything (for CI)")
    _add_workspace_args(p)

    p = sub.add_parser("plugins", help="list the plugins, their versions and the hooks each implements")
    p.add_argument("--config", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("init", help="create a new workspace with a config and an example report")
    p.add_argument("dir", type=Path, help="the folder to create (it may exist, but must not hold a workspace)")

    p = sub.add_parser("anonymise", help="show what the anonymiser does to the quotes (never published)")
    _add_workspace_args(p)
    p.add_argument("--preview", action="store_true", help="show per quote what was replaced, why and how sure")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE", help="reports to preview (default: all)")

    p = sub.add_parser("review", help="review the anonymiser's uncertain decisions once, for the whole workspace")
    _add_workspace_args(p)
    p.add_argument("--list", action="store_true", help="print the open decisions (word, kind, count, reports; tab-separated) and stop")
    p.add_argument("--all", action="store_true", help="with --list: the decided words too, with their decision")
    p.add_argument("--set", action="append", default=[], metavar="WORD=keep|mask",
                   help="record a decision without asking (repeatable): keep = a word, mask = a name")

    p = sub.add_parser("tags", help="show the ambition tags of reports")
    _add_workspace_args(p)
    p.add_argument("--explain", action="store_true", help="show the scores and the evidence per section")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE")

    p = sub.add_parser("digest", help="build only the newsletter digest (digest/ in the output folder), leaving the other outputs alone")
    _add_workspace_args(p)
    p.add_argument("--select", metavar="WHICH", help="which reports: 'approved', 'all' or comma-separated slugs (default: digest.selection)")
    p.add_argument("--open", "--preview", dest="open", action="store_true", help="print the preview's address to open in a browser")

    p = sub.add_parser("new-plugin", help="create a plugin package to start from: an output, its options and its tests")
    p.add_argument("name", help="the plugin's name: lower-case words joined by dashes, e.g. teams-post")
    p.add_argument("--dir", type=Path, default=Path("."), metavar="DIR", help="where to create the package's folder (default: here)")
    return parser


def _leave_the_heap_to_the_os() -> None:
    """At exit, let the interpreter skip its last full garbage collection (once per process).

    The interpreter's teardown runs several full collections; each walks every reference
    of the heap (the word lists alone are ~500k), and after a 1000-report build they and
    the teardown of the cycles they find took 0.5-0.7 s between the last line printed and
    the process' end (0.07 s frozen). Freezing moves the heap out of the collector's reach
    and the OS takes the memory back. ``atexit`` handlers registered later run first; the
    interpreter still flushes the standard streams. Worker processes never get here (they
    end with ``os._exit``).
    """
    global _HEAP_LEFT
    if not _HEAP_LEFT:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _HEAP_LEFT = True


_HEAP_LEFT = False


def main(argv: list[str] | None = None) -> int:
    _leave_the_heap_to_the_os()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    handler = COMMANDS[args.command]
    debug = getattr(args, "debug", False) or os.environ.get("PERSKAMER_DEBUG")
    try:
        return _run(handler, args)
    except KeyboardInterrupt:
        print("\nperskamer: stopped", file=sys.stderr)
        return 130
    except Exception as exc:
        from .config import ConfigError
        from .pluginhost import PluginError

        if isinstance(exc, ConfigError):
            for problem in exc.problems:
                print(problem.format(), file=sys.stderr)
            return EXIT_USAGE
        if isinstance(exc, PluginError) and not debug:
            print(f"perskamer: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        if debug:
            raise
        print(f"perskamer: unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return EXIT_PROBLEMS


def _run(handler: Any, args: argparse.Namespace) -> int:
    """Run a command; ``--trace-plugins`` sets PERSKAMER_TRACE_PLUGINS=1 for as long as it runs."""
    if not getattr(args, "trace_plugins", False):
        return handler(args)
    previous = os.environ.get("PERSKAMER_TRACE_PLUGINS")
    os.environ["PERSKAMER_TRACE_PLUGINS"] = "1"
    try:
        return handler(args)
    finally:
        if previous is None:
            os.environ.pop("PERSKAMER_TRACE_PLUGINS", None)
        else:
            os.environ["PERSKAMER_TRACE_PLUGINS"] = previous


# --- commands ------------------------------------------------------------------------


def _open(args: argparse.Namespace, outputs_override: list[str] | None = None, *, cache: bool = False) -> Any:
    """Config + plugin host + builder for the workspace the arguments point to."""
    from .build import Builder
    from .cache import BuildCache
    from .workspace import open_workspace

    use_defaults = getattr(args, "content", None) is not None
    config, host = open_workspace(getattr(args, "config", None), strict=getattr(args, "strict", False), use_defaults_when_missing=use_defaults)
    if outputs_override:
        from .workspace import check_outputs

        check_outputs(outputs_override, host, field=None, option="--only")
    if config.path is None and args.content is not None and args.out is None:
        args.out = Path.cwd() / "public"
    return Builder(
        config,
        host,
        outputs=outputs_override,
        content_dir=args.content,
        output_dir=args.out,
        drafts=True if getattr(args, "drafts", False) else None,
        strict=getattr(args, "strict", False),
        debug=getattr(args, "debug", False),
        progress=_progress_bar() if sys.stderr.isatty() and not getattr(args, "quiet", False) else None,
        cache=BuildCache.for_config(config) if cache else None,
        prune=getattr(args, "prune", False),
    )


def _only(args: argparse.Namespace) -> list[str] | None:
    """The outputs named with ``--only html,json`` (``None``: those of the config)."""
    only = getattr(args, "only", None)
    return [o.strip() for o in only.split(",") if o.strip()] if only else None


def _progress_bar():
    def show(done: int, total: int) -> None:
        if total < 20:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done}/{total} reports")
        if done == total:
            sys.stderr.write("\r" + " " * (width + 30) + "\r")
        sys.stderr.flush()

    return show


def print_problems(problems: list[Any], *, stream: Any = None) -> None:
    stream = stream or sys.stderr
    order = {"error": 0, "warning": 1, "info": 2}
    for problem in sorted(problems, key=lambda p: (order.get(p.severity, 3), p.file or "", p.line or 0)):
        if problem.severity == "info":
            continue
        print(problem.format(), file=stream)


def build_pages_first(builder: Any) -> Any:
    """One build, the way watch does it: the pages first, then the slow artefacts (PDFs, bundle, digest).

    Someone who opens the site while a long build still makes the bundle already sees
    the new pages; the result is the same as one pass.
    """
    import time

    start = time.perf_counter()
    builder.context.slow_early = True  # the slow lane follows at once: it may start while the pages are written
    result = builder.build(defer_slow=True)
    if result.deferred:
        builder.write_deferred(result, result.published)
        result.seconds = time.perf_counter() - start
    return result


def cmd_build(args: argparse.Namespace) -> int:
    from .build import fewer_young_collections

    with fewer_young_collections():  # (a one-shot build: no other thread allocates meanwhile)
        builder = _open(args, _only(args), cache=not args.no_cache)
        result = build_pages_first(builder)
    print_problems(result.all_problems)
    if result.refused is not None:
        print("perskamer: stopped: nothing was built, written, removed or published", file=sys.stderr)
        return EXIT_USAGE
    print(summary(result, builder), file=sys.stderr if args.quiet else sys.stdout)
    if builder.cache is not None:
        builder.cache.prune()
    if builder.wants_publish(args.publish):
        if not result.ok:
            print("perskamer: not published: the build had errors", file=sys.stderr)
            return EXIT_PROBLEMS
        published = builder.publish()
        print_problems(published)
        if any(p.severity == "error" for p in published):
            return EXIT_PROBLEMS
        if not args.quiet:
            print("  published")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def cmd_watch(args: argparse.Namespace) -> int:
    from .watch import Watcher

    outputs = _only(args)
    use_cache = not args.no_cache
    quiet = getattr(args, "quiet", False)
    args.quiet = True  # no progress bar: watch prints one line per rebuild
    first = _open(args, outputs, cache=True)
    if not use_cache and first.cache is not None:
        import shutil

        shutil.rmtree(first.cache.base, ignore_errors=True)
    opened = [first]

    def factory() -> Any:
        if opened:
            return opened.pop()
        return _open(args, outputs, cache=True)

    watcher = Watcher(factory, poll=args.poll is not None, poll_interval=args.poll or 1.0, publish=args.publish,
                      debug=bool(getattr(args, "debug", False)), quiet=quiet)
    if not (args.command == "serve" or getattr(args, "serve", False)):
        return watcher.run()
    from .serve import PreviewServer

    try:
        server = PreviewServer(first.context.output_dir, port=args.port)
    except OSError as exc:
        print(f"perskamer: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc} (hint: choose another port with --port)", file=sys.stderr)
        return EXIT_USAGE
    server.attach(watcher)
    server.start()
    print(f"perskamer: preview on {server.url} (live reload; only this computer can see it)", file=sys.stderr, flush=True)
    try:
        return watcher.run()
    finally:
        server.stop()


def _belongs(path: str, outcome: Any) -> bool:
    """Whether an output path is one of a withheld report's own files."""
    slug = outcome.report.slug if outcome.report is not None else None
    return slug is not None and path.rsplit("/", 1)[-1].split(".", 1)[0] == slug


def summary(result: Any, builder: Any) -> str:
    built = len(result.reports)
    failed = result.failed
    drafts = [o for o in result.outcomes if o.status == "draft"]
    from .textsafe import count

    lines = [f"perskamer: {count(built, 'report')} built, {len(failed)} failed, {count(len(drafts), 'draft')} skipped in {result.seconds:.2f} s"]
    for outcome in failed:
        if outcome.withheld:  # the report, the rule and the fix (the problems never hold the name)
            why = next((p for p in outcome.problems if p.report == outcome.source), None)
            lines.append(f"  withheld by the leak guard: {outcome.source}: {why.message if why else 'see above'}"
                         + (f" (fix: {why.hint})" if why and why.hint else ""))
            continue
        first = next((p for p in outcome.problems if p.severity == "error"), None)
        lines.append(f"  failed: {outcome.source}: {first.message if first else 'see above'}")
    for outcome in drafts:
        lines.append(f"  draft (use --drafts to publish): {outcome.source}")
    not_read = [p.file for p in builder.discovery.problems if p.severity == "error" and p.file]
    if not_read:  # files discovery could not open: no report, so not among the failed ones
        lines.append(f"  not read: {', '.join(not_read)} (see the errors above)")
    from .textsafe import printable

    lines = [printable(line) for line in lines]
    withheld_files = {p for o in failed if o.withheld for p in result.blocked if _belongs(p, o)}
    if set(result.blocked) - withheld_files:
        lines.append(f"  held back by the leak guard: {', '.join(p for p in result.blocked if p not in withheld_files)}")
    lines += ["  " + printable(line) for line in plugin_summary_lines(result, builder)]
    lines.append(f"  {count(len(result.written), 'file')} written, {result.unchanged} unchanged, {len(result.removed)} removed")
    lines.append(f"  output: {builder.context.output_dir / 'index.html' if 'html' in builder.context.outputs else builder.context.output_dir}")
    return "\n".join(lines)


def plugin_summary_lines(result: Any, builder: Any) -> list[str]:
    """What plugins add to the build summary (``perskamer_summary``: e.g. open review decisions)."""
    problems: list[Any] = []
    results = builder.host.call("perskamer_summary", problems=problems, result=result, context=builder.context)
    return [line for _name, lines in results for line in lines] + [p.format() for p in problems]


def cmd_check(args: argparse.Namespace) -> int:
    builder = _open(args)
    paths, problems = builder.discover()
    if builder.discovery.refused is not None:
        print_problems(problems)
        return EXIT_USAGE
    outcomes = builder.process_all(paths)
    all_problems = problems + builder.host.load_problems + [p for o in outcomes for p in o.problems]
    print_problems(all_problems)
    failed = [o for o in outcomes if o.status == "failed"]
    errors = [p for p in problems + builder.host.load_problems if p.severity == "error"]
    from .textsafe import count, printable

    print(f"perskamer check: {len(outcomes) - len(failed)} of {count(len(outcomes), 'report')} OK" + (f", {len(failed)} with errors" if failed else ""))
    for line in suggestion_lines([o.report for o in outcomes if o.report is not None]):
        print(printable(line))
    return EXIT_PROBLEMS if failed or errors else EXIT_OK


def suggestion_lines(reports: list[Any]) -> list[str]:
    """Reports whose ambition is only a suggestion (no theme was sure enough): for editors."""
    open_ones = [r for r in reports if r.ambition_suggestion is not None and r.ambition_suggestion.source == "suggested"
                 and not any(a.source == "suggested" for a in r.ambitions)]
    if not open_ones:
        return []
    from .textsafe import count

    lines = [f"  {count(len(open_ones), 'report')} without a sure ambition; suggested (confirm with "
             "'ambitions_override', see 'perskamer tags --explain FILE'):"]
    for r in open_ones:
        s = r.ambition_suggestion
        lines.append(f"    {r.source}: {s.id} (confidence {s.confidence or 0:.2f})")
    return lines


def cmd_plugins(args: argparse.Namespace) -> int:
    from .workspace import open_workspace

    config, host = open_workspace(args.config, use_defaults_when_missing=True)
    infos = host.plugin_infos()
    if args.json:
        import json

        print(json.dumps([{"name": i.name, "module": i.module, "version": i.version, "builtin": i.builtin, "hooks": i.hooks} for i in infos], indent=2))
    else:
        for info in infos:
            kind = "built-in" if info.builtin else "external"
            print(f"{info.name} {info.version or ''} ({kind}, {info.module})".replace("  ", " "))
            for hook in info.hooks:
                print(f"    {hook}")
    print_problems(host.load_problems)
    return EXIT_PROBLEMS if host.load_problems else EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from .init import InitError, create_workspace

    try:
        created = create_workspace(args.dir)
    except InitError as exc:
        print(f"perskamer init: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Created a perskamer workspace in {args.dir}:")
    for path in created:
        print(f"  {path}")
    print(f"Next: cd {args.dir} && perskamer build")
    return EXIT_OK


def selected_reports(builder: Any, files: list[Path]) -> tuple[list[Any], list[Any]]:
    """The processed reports named on the command line (default: all) and the problems found."""
    if not files:
        paths, problems = builder.discover()
        return builder.process_all(paths), problems
    from .model import Problem

    problems, paths = [], []
    for file in files:
        if file.is_file():
            paths.append(file.resolve())
        else:
            what = "is not a file" if file.exists() else "does not exist"
            problems.append(Problem("error", f"the file {what}", file=str(file), hint="give the path of a report, e.g. content/verslag.md"))
    return builder.process_all(paths), problems


def exit_code(problems: list[Any]) -> int:
    """1 when one of ``problems`` is an error, else 0 (for commands plugins provide)."""
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


def plugin_command(name: str, args: argparse.Namespace, outputs: list[str] | None = None) -> int:
    """Run a command a plugin provides (``perskamer_command``): the CLI knows no plugin's internals."""
    builder = _open(args, outputs)
    problems: list[Any] = []
    results = builder.host.call("perskamer_command", problems=problems, first=True, name=name, args=args, builder=builder)
    print_problems(problems)
    if not results:
        if problems:  # the plugin that provides it failed (named above)
            return EXIT_PROBLEMS
        print(f"perskamer {name}: no loaded plugin provides this command", file=sys.stderr)
        return EXIT_USAGE
    return int(results[0][1])


def cmd_new_plugin(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldError, create_plugin

    try:
        target, created = create_plugin(args.name, args.dir)
    except ScaffoldError as exc:
        print(f"perskamer new-plugin: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Created the plugin package {target.name} in {target}:")
    for rel in created:
        print(f"  {rel}")
    print("Next (in the environment perskamer is installed in):")
    print(f"  cd {target}")
    print("  pip install -e '.[test]'")
    print("  pytest")
    print("  perskamer plugins")
    return EXIT_OK


COMMANDS = {
    "new-plugin": cmd_new_plugin,
    "build": cmd_build,
    "watch": cmd_watch,
    "serve": cmd_watch,
    "check": cmd_check,
    "plugins": cmd_plugins,
    "init": cmd_init,
    "anonymise": lambda args: plugin_command("anonymise", args),
    "review": lambda args: plugin_command("review", args),
    "tags": lambda args: plugin_command("tags", args),
    "digest": lambda args: plugin_command("digest", args, ["digest"]),
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
