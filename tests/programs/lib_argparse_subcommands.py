# argparse: a git-like tool with sub-commands (aliases, required options, defaults set per
# sub-parser), mutually exclusive groups (required or not), parent parsers, and the help,
# usage and error output of each (stderr and exit codes captured).
import argparse
import io
import sys


def run(parser, argv):
    old_out, old_err = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    code = ns = None
    try:
        ns = parser.parse_args(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    print("argv:", argv, "->", ns if ns is not None else "exit %s" % code)
    for label, stream in (("stdout", out), ("stderr", err)):
        if stream.getvalue():
            print("  %s:\n%s" % (label, stream.getvalue()), end="")


def commit(ns):
    return "committing %r%s" % (ns.message, " (amend)" if ns.amend else "")


def push(ns):
    return "pushing to %s%s" % (ns.remote, " with force" if ns.force else "")


common = argparse.ArgumentParser(add_help=False)
common.add_argument("-q", "--quiet", action="store_true", help="say less")

git = argparse.ArgumentParser(prog="git", description="A tiny version control tool.")
git.add_argument("--debug", action="store_true")
sub = git.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes", parents=[common])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(handler="commit")
pu = sub.add_parser("push", help="update remote refs", aliases=["p"], parents=[common])
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("--force", "-f", action="store_true")
pu.set_defaults(handler="push")
for argv in [["commit", "-m", "msg"], ["--debug", "push", "up", "-f"], ["p", "-q"], ["commit"],
             ["pull"], ["-h"], ["commit", "-h"], ["push", "a", "b"], []]:
    run(git, argv)
HANDLERS = {"commit": commit, "push": push}
ns = git.parse_args(["commit", "-m", "fix", "--amend"])
print(HANDLERS[ns.handler](ns))
ns = git.parse_args(["push", "--force"])
print(HANDLERS[ns.handler](ns))

out = argparse.ArgumentParser(prog="export")
fmt = out.add_mutually_exclusive_group(required=True)
fmt.add_argument("--json", action="store_true")
fmt.add_argument("--csv", action="store_true")
fmt.add_argument("--xml", action="store_true", help=argparse.SUPPRESS)
color = out.add_mutually_exclusive_group()
color.add_argument("--color", dest="color", action="store_const", const="always")
color.add_argument("--no-color", dest="color", action="store_const", const="never")
out.add_argument("--level", action="store_const", const=3, default=1)
out.add_argument("src")
out.add_argument("dst", nargs="?", default="out")
out.add_argument("rest", nargs="*")
for argv in [["--json", "a"], ["--csv", "a", "b", "c", "d"], ["a"], ["--json", "--csv", "a"],
             ["-h"], ["--json", "--color", "--no-color", "x"], ["--xml", "--level", "x"]]:
    run(out, argv)
print(out.format_usage(), end="")
print(git.get_default("debug"), c.get_default("handler"))
