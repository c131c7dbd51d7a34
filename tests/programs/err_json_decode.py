# A config loader that parses JSON documents and lets the last, malformed one escape: the uncaught json.decoder.JSONDecodeError line
import json

documents = [
    '{"name": "server", "port": 8080, "debug": false}',
    '[1, 2, 3]',
    '{"name": "client", "retries": 3, "hosts": ["a", "b"],}',
]
for doc in documents:
    config = json.loads(doc)
    print(type(config).__name__, config)
