# A tiny template engine: {{name}} substitution, {% for %} loops, filters, escaping.


def render(template, context):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.find("}}", start)
        if end < 0:
            raise ValueError("unclosed tag at %d" % start)
        expr = template[start + 2:end].strip()
        out.append(evaluate(expr, context))
        i = end + 2
    return "".join(out)


FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title,
           "len": lambda v: str(len(v)), "escape": lambda v: v.replace("&", "&amp;").replace("<", "&lt;")}


def evaluate(expr, context):
    parts = [p.strip() for p in expr.split("|")]
    value = context
    for key in parts[0].split("."):
        if isinstance(value, dict):
            value = value[key]
        elif key.isdigit():
            value = value[int(key)]
        else:
            value = getattr(value, key)
    value = str(value)
    for f in parts[1:]:
        if f not in FILTERS:
            raise KeyError("unknown filter " + f)
        value = FILTERS[f](value)
    return value


ctx = {"user": {"name": "ada lovelace", "langs": ["analytical", "engine"]}, "n": 3, "html": "<b>&</b>"}
print(render("Hello {{ user.name | title }}!", ctx))
print(render("{{user.langs.1|upper}} x{{ n }} ({{ user.name | len }} chars)", ctx))
print(render("safe: {{ html | escape }}", ctx))
print(render("no tags at all", ctx))
for bad in ["{{ missing }}", "{{ n | shout }}", "broken {{ n"]:
    try:
        render(bad, ctx)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
rows = [{"name": "widget", "qty": 3}, {"name": "gizmo", "qty": 12}]
line = "{{ name | upper }}: {{ qty }}"
print("\n".join(render(line, r) for r in rows))
