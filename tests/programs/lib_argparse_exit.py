# argparse: a backup tool that parses a bad command line as its last act: argparse
# prints the usage and "prog: error: ..." to stderr and exits with status 2.
import argparse

parser = argparse.ArgumentParser(description="Back up a directory.")
parser.add_argument("source")
parser.add_argument("--keep", type=int, default=7, help="how many backups to keep")
parser.add_argument("--compress", choices=["gz", "xz", "none"], default="gz")
args = parser.parse_args(["home", "--keep", "3"])
print(args.source, args.keep, args.compress)
args = parser.parse_args(["docs", "--compress", "xz"])
print(args.source, args.keep, args.compress)
parser.parse_args(["docs", "--compress", "zip"])
print("not reached")
