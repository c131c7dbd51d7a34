# match (3.10): JSON-like data (dicts, lists, strings, numbers) dispatched by mapping
# patterns with nested sequence and class patterns, `**rest`, and value patterns
import json


class Status:
    OK = 200
    NOT_FOUND = 404
    TEAPOT = 418


events = json.loads('''[
  {"type": "click", "pos": [10, 20], "button": "left"},
  {"type": "click", "pos": [3, 4, 5], "button": "right"},
  {"type": "key", "key": "q", "mods": ["ctrl"]},
  {"type": "key", "key": "Enter", "mods": []},
  {"type": "resize", "size": {"w": 800, "h": 600}, "dpi": 2},
  {"type": "response", "status": 200, "body": {"items": [1, 2, 3]}},
  {"type": "response", "status": 404, "body": null},
  {"type": "response", "status": 418, "body": "short and stout"},
  {"type": "response", "status": 500},
  {"type": "batch", "events": [{"type": "key", "key": "a", "mods": ["shift", "alt"]},
                               {"type": "scroll", "dy": -3}]},
  {"kind": "no type at all"},
  ["not", "a", "dict"],
  {"type": "click", "pos": "middle"}
]''')


def describe(event):
    match event:
        case {'type': 'click', 'pos': [x, y], 'button': str(button)}:
            return '%s click at (%d, %d)' % (button, x, y)
        case {'type': 'click', 'pos': [x, y, *more]}:
            return 'click with %d extra coordinates' % len(more)
        case {'type': 'key', 'key': key, 'mods': []}:
            return 'key %s' % key
        case {'type': 'key', 'key': key, 'mods': [*mods]}:
            return 'key %s with %s' % ('+'.join(mods), key)
        case {'type': 'resize', 'size': {'w': int(w), 'h': int(h)}, **extra}:
            return 'resize to %dx%d, also %s' % (w, h, sorted(extra))
        case {'type': 'response', 'status': Status.OK, 'body': {'items': [first, *_]}}:
            return 'ok, first item %r' % first
        case {'type': 'response', 'status': Status.NOT_FOUND | Status.TEAPOT as code,
              'body': body}:
            return 'client error %d: %r' % (code, body)
        case {'type': 'response', 'status': int(code)} if code >= 500:
            return 'server error %d' % code
        case {'type': 'batch', 'events': [*inner]}:
            return 'batch[' + '; '.join(describe(e) for e in inner) + ']'
        case {'type': str(kind), **rest}:
            return 'unhandled %s event with keys %s' % (kind, sorted(rest))
        case {}:
            return 'a dict without a type: %s' % sorted(event)
        case _:
            return 'not an event: %r' % (event,)


for event in events:
    print(describe(event))


def config_value(cfg):
    match cfg:
        case {'debug': True, **others}:
            return 'debug on (%d other settings)' % len(others)
        case {'debug': False | None}:
            return 'debug off'
        case {'level': 0 | 1 | 2 as level, 'name': str() as name} if name:
            return 'level %d for %s' % (level, name)
        case {'ratio': float(r) | int(r)} if 0 <= r <= 1:
            return 'ratio %.2f' % r
        case {'path': [str(), *_] as path}:
            return '/'.join(path)
        case {-1: value}:
            return 'negative key holds %r' % (value,)
        case {b'raw': value, 'n': 1.5 | -2j}:
            return 'bytes key %r' % (value,)
        case dict(d) if not d:
            return 'empty'
        case _:
            return 'unknown config'


for cfg in [{'debug': True, 'a': 1, 'b': 2}, {'debug': None}, {'debug': 0},
            {'level': 2, 'name': 'net'}, {'level': 3, 'name': 'net'},
            {'level': 1, 'name': ''}, {'ratio': 0.25}, {'ratio': 1}, {'ratio': 3},
            {'path': ['usr', 'lib', 'minipy']}, {'path': [1, 2]}, {-1: (1, 2)},
            {b'raw': 'x', 'n': -2j}, {b'raw': 'x', 'n': 1.5}, {}, {'other': 1}]:
    print(cfg, '->', config_value(cfg))
