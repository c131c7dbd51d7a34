# split, findall and finditer: capture groups, maxsplit, empty matches, optional groups,
# positions in non-ASCII text.
import re

print(re.split(r'\s*[,;]\s*', 'alpha, beta;gamma ,delta'))
print(re.split(r'(\s*[,;]\s*)', 'alpha, beta;gamma'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b', -1), re.split(',', 'a,b', 0))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'one two'), re.split('', 'abc'))
print(re.split(r'(?=[A-Z])', 'splitCamelCaseWords'), re.split(r'^$', 'a\n\nb', flags=re.M))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', '...words, words...'))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'\d', ''))

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\d)?', 'a1b22c333'))
print(re.findall(r'(\w+)=(\d+)', 'x=1, y=22, z=foo'), re.findall(r'(\w+)@', 'no at signs'))
print(re.findall(r'a*', 'baaac'), re.findall(r'\b\w', 'hello big world'))
print(re.findall(r'(a)|(b)', 'abc'), re.findall(r'((a)b)', 'abab'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.findall(r'[aeiou]', 'Programming Language', re.I))
print(re.findall(r'.', 'a\nb'), re.findall(r'.', 'a\nb', re.S))
print(re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'(ab)+', 'ababxab'))
print(re.findall(r'\d+(?=%)', '10% of 250 is 25%'), re.findall(r'(?<!\$)\b\d+', '$40 and 30'))

text = 'Größe: 12 €, Preis 3,50 € — naïve café ☃'
for m in re.finditer(r'\w+', text):
    print(m.start(), m.end(), m.group(), end=' | ')
print()
print([(m.span(), m.group()) for m in re.finditer(r'€|—|☃', text)])
print(re.search(r'café', text).span(), text[re.search('☃', text).start():])
print(re.findall(r'[^\x00-\x7f]', text), re.sub(r'[^\x00-\x7f]', '?', text))

p = re.compile(r'\d')
print(p.findall('0123456789', 3, 7), [m.span() for m in p.finditer('a1b2c3', 2)],
      p.search('a1b2', 2), p.match('12', 1), p.match('12', 1, 1), p.fullmatch('a12', 1, 2))
it = re.finditer(r'\w+', 'one two')
print(next(it).group(), next(it).group(), next(it, 'done'))
print([m.group() for m in re.finditer('', 'ab')], [m.span() for m in re.finditer(r'\b', 'ab cd')])
words = re.findall(r"[a-z']+", "it's the cat's pyjamas, isn't it? it is", re.I)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
