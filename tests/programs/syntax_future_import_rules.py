# from __future__ rules: leading position only (after a docstring), known features only, "not a chance".
"""Docstring first: future imports may follow it."""
from __future__ import annotations
from __future__ import (generator_stop,
                        division)


def area(w: Width, h: Height) -> Area:      # names never evaluated under annotations
    return w * h


print(area(3, 4), area.__annotations__)


def check(label, src):
    try:
        compile(src, "<plugin>", "exec")
        print(f"{label:24} ok")
    except SyntaxError as e:
        print(f"{label:24} {type(e).__name__}: {e.msg} (line {e.lineno}, column {e.offset})")


check("docstring then future", '"""doc"""\nfrom __future__ import annotations\n')
check("comments then future", "# header\n\n#!\nfrom __future__ import print_function\n")
check("after an import", "import os\nfrom __future__ import annotations\n")
check("after an assignment", "VERSION = 2\n\nfrom __future__ import division\n")
check("second docstring", '"""a"""\n"""b"""\nfrom __future__ import division\n')
check("inside a function", "def f():\n    from __future__ import annotations\n")
check("inside an if", "if True:\n    from __future__ import division\n")
check("unknown feature", "from __future__ import walrus\n")
check("one bad of two", "from __future__ import annotations, nested_types\n")
check("braces", "from __future__ import braces\n")
check("all the old ones", "from __future__ import nested_scopes, generators, with_statement, "
      "absolute_import, unicode_literals, print_function, generator_stop\n")
check("aliased", "from __future__ import annotations as ann\n")
check("single mode", "from __future__ import annotations\n")
exec(compile("from __future__ import division\n", "<repl>", "single"))
print("single-mode future import ran")
