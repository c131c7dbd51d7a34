# traceback.format_exception / print_exception of exception groups: nested groups,
# tracebacks of the members, a chained exception inside a group, the width limit.
import sys
import traceback


def fetch(url):
    if "bad" in url:
        raise ValueError(f"malformed url {url!r}")
    raise ConnectionError(f"cannot reach {url}")


def crawl(urls):
    errors = []
    for url in urls:
        try:
            fetch(url)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("crawl failed", errors)


try:
    crawl(["http://a", "bad://b", "http://c"])
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    print("".join(lines), end="")
    print(len(lines), "chunks")
    print(traceback.format_exception_only(eg))

try:
    try:
        crawl(["bad://x", "http://y"])
    except* ConnectionError as conn:
        raise RuntimeError("offline") from conn.exceptions[0]
except BaseException as final:
    traceback.print_exception(final, file=sys.stdout)

wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)] +
                      [ExceptionGroup("inner", [OSError("disk"), TimeoutError("slow")])])
print("".join(traceback.format_exception(wide)), end="")
print("".join(traceback.format_exception(wide, chain=False))[-120:], end="")
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
print("".join(traceback.format_exception(deep))[-200:], end="")
te = traceback.TracebackException.from_exception(wide, max_group_width=2, max_group_depth=1)
print("".join(te.format()), end="")
