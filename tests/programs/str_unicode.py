# Unicode text: code points, len vs UTF-8 byte length, case mapping, accents, sorting, escapes.
words = ["café", "naïve", "Ærø", "strasse", "日本語", "emoji😀", "ÉCOLE"]
for w in words:
    print("%-8s len=%d bytes=%d upper=%s lower=%s" % (w, len(w), len(w.encode("utf-8")), w.upper(), w.lower()))
print([hex(ord(c)) for c in "é日😀"], chr(0x1F600), "\u03b1\u03b2\u03b3", "\U0001F600" == "😀")
print(sorted(words), sorted(words, key=str.lower)[:3])
print("Σ".lower(), "ω".upper(), "Ωμέγα".upper(), "ÀÉÎ".lower())
print("café".isalpha(), "日本".isalpha(), "ÉCOLE".isupper(), "école".islower(), "42".isdigit())
s = "héllo wörld"
print(s.title(), s.capitalize(), s[1], s[-4:], s.find("ö"), s.replace("ö", "o"), s.center(15, "·"))
print(repr("tab\there"), repr("é"), repr("\x1b[0m"), "a\u0301" == "á", len("a\u0301"))
data = "Grüße".encode("utf-8")
print(data, data.decode("utf-8"), list(data[:4]), "Grüße".encode("latin-1"))
counts = {}
for ch in "mañana ñoño":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print("→".join(["a", "b"]), "✓ done", "%s|%5s|" % ("é", "日本"), f"{'ü':>3}|{'日':^5}|")
