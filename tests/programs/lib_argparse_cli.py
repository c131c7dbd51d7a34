# argparse: a word-count tool's command line parsed from many argv lists: options and
# positionals, type/default/choices/nargs/metavar, store_true/count/append/const/version,
# its --help text and usage wrapping, and the error messages each bad argv gets (stderr
# and the exit code captured).
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
    print("argv:", argv)
    if ns is not None:
        print("  ->", ns)
    if code is not None:
        print("  exit", code)
    if out.getvalue():
        print("  stdout:\n" + out.getvalue(), end="")
    if err.getvalue():
        print("  stderr:\n" + err.getvalue(), end="")


p = argparse.ArgumentParser(prog="wc.py", description="Count words, lines and characters in "
                            "the given files, like the classic wc tool, with some extras.",
                            epilog="Report bugs to nobody.")
p.add_argument("files", nargs="+", metavar="FILE", help="input files")
p.add_argument("-l", "--lines", action="store_true", help="print the line counts")
p.add_argument("-w", "--words", action="store_true", help="print the word counts")
p.add_argument("-n", "--top", type=int, default=10, help="show the top N words (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow", "exact"], default="fast")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--exclude", action="append", default=[], metavar="PAT")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--opt", nargs="?", const="C", default="D")
for argv in [["a.txt"], ["-lw", "a", "b"], ["--top", "5", "x", "--mode=slow"],
             ["-vvv", "f", "--exclude", "*.py", "--exclude=*.c"], ["--help"], ["--version"], [],
             ["--top", "five", "f"], ["--mode", "medium", "f"], ["f", "--bogus"], ["f", "--to", "3"],
             ["f", "--ratio", "0.5", "--pair", "k", "v"], ["f", "--pair", "k"], ["f", "--opt"],
             ["f", "--opt", "X"], ["--", "-l"], ["f", "-n"], ["f", "-n3"], ["f", "--top"], ["f", "-x"]]:
    run(p, argv)

s = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
s.add_argument("numbers", type=int, nargs="*", default=[1, 2], help="numbers to add")
s.add_argument("--scale", type=float, default=1.0, help="scale factor")
grp = s.add_argument_group("output", "Options that control the output format.")
grp.add_argument("--precision", type=int, default=2, help="digits after the point")
grp.add_argument("--fmt", default="plain", help="format")
s.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="use the feature")
for argv in [["1", "2", "3"], [], ["--help"], ["--no-feature", "4"], ["-5"], ["--scale", "-2.5", "3"]]:
    run(s, argv)
ns, rest = s.parse_known_args(["1", "--what", "2"])
print(ns, rest)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1),
      "a" in argparse.Namespace(a=1))
try:
    s.add_argument("--scale")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

wide = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_for_testing_usage_wrapping")
for i in range(8):
    wide.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i,
                      help="the option number %d which does something quite interesting" % i)
wide.add_argument("input_file")
wide.add_argument("output_file", nargs="?")
run(wide, ["-h"])
run(wide, [])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


t = argparse.ArgumentParser(prog="t", usage="%(prog)s [options] N")
t.add_argument("n", type=positive)
for argv in [["-3"], ["0"], ["7"], ["x"]]:
    run(t, argv)
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "x"])
except argparse.ArgumentError as err:
    print("caught:", err)
