# string.Template: mail-merge letters with $name and ${name} placeholders, safe_substitute, $$ escapes, custom delimiters and error messages
from string import Template
import string

letter = Template("""Dear $title ${name},
Your order #$order_id of ${qty}x $item costs $$${total}.
Thanks, $shop""")
orders = [
    dict(title="Ms.", name="Ada", order_id=101, qty=2, item="widget", total="19.98", shop="ACME"),
    dict(title="Mr.", name="Bob", order_id=102, qty=1, item="gizmo", total="5.00", shop="ACME"),
]
for o in orders:
    print(letter.substitute(o))
    print("-" * 20)
print(letter.safe_substitute(name="Cy", qty=3))
print(letter.substitute(orders[0], shop="Globex"))
print(sorted(letter.get_identifiers()), letter.is_valid())
print(Template("${a}b $a_b ${a}_b $ab").safe_substitute(a="A", a_b="AB"))
print(Template("cost: $$5 and $$$x").substitute(x=7))
for tmpl, kw in [("Hello $who", {}), ("Hello $", {"who": 1}), ("Hi ${who", {"who": 1}),
                 ("line1\nline2 $9", {}), ("$$ ok ${x}", {"x": 1})]:
    t = Template(tmpl)
    try:
        print(repr(t.substitute(**kw)))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
    print(" safe:", repr(t.safe_substitute(**kw)), t.is_valid())
class Percent(Template):
    delimiter = "%"
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Percent("Save %pct%% on %{item}s").substitute(pct=20, item="shoe"))
print(Dotted("user: $user.name, id $user.id").substitute({"user.name": "ann", "user.id": 7}))
print(Template("$x").template, Template.delimiter, string.Template is Template)
try:
    Template("$a $b").substitute({"a": 1}, b=2, c=3)
    Template("$a").substitute({}, {})
except TypeError as e:
    print("TypeError", e)
