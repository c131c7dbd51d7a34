# f-string fields: generator expressions in a field, and the SyntaxErrors of malformed fields (messages and columns).
words = ["apple", "kiwi", "banana"]
print(f"{w.upper() for w in words}"[:18])
print(f"{sum(len(w) for w in words)} letters, longest {max(words, key=len)!r:>10}")
print(f"{', '.join(w[:3] for w in words)}", f"{(yield_ := 3)}", f"{words[0] if words else '-'}")
print(f"{3 != 4} {3 <= 4} {'a' == 'a'} {[1, 2][0]} {{literal}} {'#'} {'}'!r}")


def check(src):
    try:
        compile(src, "<report>", "exec")
        print("ok    ", repr(src))
    except SyntaxError as e:
        print("error ", repr(src).ljust(34), "->", e.msg, (e.lineno, e.offset, e.end_offset))


for src in [
    "f'{a b}'",                     # a missing comma, found in the field's own text
    "f'{total +}'",
    "x = 1\ny = f'{print(1 2)}'",
    "f'{a if b}'",
    "f'{obj.}'",
    "f'{\"\\n\".join(lines)}'",     # a backslash anywhere in the field
    "f'{x # note}'",
    "f'{items[0}'",
    "f'{call(]}'",
    "f'{x)}'",
    "f'{\"open}'",
    "f'{!r}'",
    "f'{ :>5}'",
    "f'{=}'",
    "f'{}'",
    "f'{x!}'",
    "f'{x!z}'",
    "f'{x:{y:{z}}}'",
    "f'{x:{w}.{p}}'",
    "f'{x'",
    "f'{1_}'",
    "f'{0o9}'",
    "f'{x = }'",
    "f'{lambda: 1}'",
]:
    check(src)
