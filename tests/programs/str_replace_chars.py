# str.replace of one character: by one character, by nothing, by more, with a count
for s in ["", "a", "a b  c", "|x|y|", "héllo wörld", "ééé", "  "]:
    print(repr(s.replace(" ", "")), repr(s.replace("|", "/")), repr(s.replace("l", "L")),
          repr(s.replace(" ", "", 1)), repr(s.replace("é", "e")), repr(s.replace("ö", "")),
          repr(s.replace("x", "")), repr(s.replace("a", "bb")))
