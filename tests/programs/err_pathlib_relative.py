# relative_to a path that is not a prefix raises CPython's ValueError.
from pathlib import PurePath

files = [PurePath("/data/in/a.txt"), PurePath("/data/in/sub/b.txt"), PurePath("/tmp/c.txt")]
base = PurePath("/data/in")
for f in files:
    print(f.relative_to(base))
