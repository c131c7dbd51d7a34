# json: dumps with ensure_ascii, indent, sort_keys, separators, default, non-finite
# floats and circular data; loads of every kind of value, escapes and surrogate pairs,
# hooks, and the JSONDecodeError messages and positions of bad documents.
import json
data = {"name": "Zoë", "n": 3, "f": 2.5, "big": 10**20, "neg": -0.0, "list": [1, 2.0, None, True, False],
        "nested": {"b": [], "a": {}}, "esc": "tab\tquote\"back\\slash\nnl\u0001", "emoji": "\U0001F600", 7: "int key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False, default=str) if False else json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("x"), json.dumps(1e300 * 10), json.dumps(0.1 + 0.2))
print(json.dumps({"a": 1}, indent="\t"), json.dumps([[]], indent=4))
text = json.dumps(data)
back = json.loads(text)
print(back == {str(k) if k == 7 else k: v for k, v in data.items()}, back["emoji"], back["esc"])
print(json.loads('  {"x": [1, -2.5e3, 0, true, null, "\\u00e9\\ud83d\\ude00"], "y": {"z": -0}} '))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads("12"), json.loads('"s"'), json.loads("1.5E2"))
for bad in ["", "[1,]", "{\"a\" 1}", "{'a': 1}", "[1 2]", "tru", "\"abc", "[1] x", "{\"a\":1,}", "\"\\x\"", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.lineno, e.colno, e.pos, isinstance(e, ValueError))
class P:
    pass
for bad in [P(), {(1, 2): 3}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps(P(), default=lambda o: "P!"), json.loads("[1, 2]", object_hook=None), json.loads('{"a": 1}', object_pairs_hook=list))
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print(e)
