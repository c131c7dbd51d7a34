# keyword.iskeyword with str.isidentifier to validate and fix field names for a record builder, plus the keyword lists
import keyword


def safe_name(name):
    name = "".join(c if c.isalnum() or c == "_" else "_" for c in name.strip())
    if not name or name[0].isdigit():
        name = "f_" + name
    if keyword.iskeyword(name):
        name += "_"
    return name


for raw in ["class", "user name", "2fast", "import", "match", "None", "none", "ok_name", "", "e-mail", "lambda"]:
    fixed = safe_name(raw)
    print(f"{raw!r:12} -> {fixed!r:12} identifier={fixed.isidentifier()} keyword={keyword.iskeyword(raw)} soft={keyword.issoftkeyword(raw)}")
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist, sorted(keyword.kwlist) == keyword.kwlist)
print([k for k in keyword.kwlist if len(k) <= 2], keyword.iskeyword("await"), keyword.iskeyword("print"))
