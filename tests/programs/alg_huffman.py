# Huffman codes: the tree is built with heapq (ties broken by an insertion counter), then encode and decode.
import heapq

text = "this is an example of a huffman tree built from a short sentence"
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1

heap = []
counter = 0
for ch in sorted(freq):
    heap.append((freq[ch], counter, ch))
    counter += 1
heapq.heapify(heap)
while len(heap) > 1:
    f1, _, a = heapq.heappop(heap)
    f2, _, b = heapq.heappop(heap)
    heapq.heappush(heap, (f1 + f2, counter, (a, b)))
    counter += 1
tree = heap[0][2]

codes = {}


def assign(node, prefix):
    if isinstance(node, str):
        codes[node] = prefix or "0"
        return
    assign(node[0], prefix + "0")
    assign(node[1], prefix + "1")


assign(tree, "")
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
encoded = "".join(codes[ch] for ch in text)
print(len(encoded), "bits vs", 8 * len(text), "ratio %.3f" % (len(encoded) / (8 * len(text))))
decoded = []
node = tree
for bit in encoded:
    node = node[int(bit)]
    if isinstance(node, str):
        decoded.append(node)
        node = tree
print("".join(decoded) == text, encoded[:40])
