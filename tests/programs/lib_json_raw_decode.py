# json.JSONDecoder.raw_decode splitting a stream of concatenated documents, and the positions of bad \uXXXX escapes in JSONDecodeError
import json

stream = '{"id": 1, "tags": ["a"]} {"id": 2, "tags": []}\n[3, 4.5]  "tail" null'
decoder = json.JSONDecoder()
pos = 0
docs = []
while True:
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos == len(stream):
        break
    doc, pos = decoder.raw_decode(stream, pos)
    docs.append(doc)
    print("decoded", repr(doc), "ending at", pos)
print(len(docs), "documents")

print(decoder.raw_decode('[1, 2] trailing garbage'))
print(json.JSONDecoder(parse_float=str).raw_decode('{"x": 1.10}', 0))
for text, idx in [(' [1]', 0), ('[1]', -1), ('abc', 3), ('{"a" 1}', 0)]:
    try:
        print(decoder.raw_decode(text, idx))
    except ValueError as e:
        print(type(e).__name__, e)

for text in [r'"\uzzzz"', r'{"name": "ab\u12"}', r'["\ud83d\u12"]', r'"\ud83d\ude0g"',
             r'"ok \u00e9 \ud83d\ude00"', r'"bad \q"']:
    try:
        print(ascii(json.loads(text)))
    except json.JSONDecodeError as e:
        print(text, "->", e.msg, e.pos, e.colno)
