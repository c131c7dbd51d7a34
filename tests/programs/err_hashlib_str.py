# Hashing a str without encoding it first is a TypeError.
import hashlib

names = ["alice", "bob"]
digests = {}
for n in names:
    digests[n] = hashlib.sha256(n.encode()).hexdigest()[:12]
    print(n, digests[n])
print(hashlib.sha256(names[0]).hexdigest())
