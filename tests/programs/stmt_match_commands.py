# match (3.10): a small command interpreter over split input lines (a text adventure's
# parser and a key-value store's shell), sequence patterns with captures, stars, OR
# patterns and guards
rooms = {
    'hall': {'north': 'library', 'east': 'kitchen'},
    'library': {'south': 'hall'},
    'kitchen': {'west': 'hall', 'down': 'cellar'},
    'cellar': {'up': 'kitchen'},
}
items = {'hall': ['lamp'], 'kitchen': ['knife', 'bread'], 'library': ['book'], 'cellar': []}
state = {'room': 'hall', 'bag': [], 'moves': 0}


def adventure(line):
    here = state['room']
    match line.split():
        case []:
            return 'say something'
        case ['look']:
            things = ', '.join(items[here]) or 'nothing'
            return '%s: you see %s; exits %s' % (here, things, sorted(rooms[here]))
        case ['go', direction] if direction in rooms[here]:
            state['room'] = rooms[here][direction]
            state['moves'] += 1
            return 'you go %s to the %s' % (direction, state['room'])
        case ['go', direction]:
            return 'you cannot go %s' % direction
        case ['north' | 'south' | 'east' | 'west' | 'up' | 'down' as direction]:
            return adventure('go ' + direction)
        case ['take' | 'get', *things] if things:
            taken = []
            for thing in things:
                if thing in items[here]:
                    items[here].remove(thing)
                    state['bag'].append(thing)
                    taken.append(thing)
            return 'taken: %s' % (taken or 'nothing')
        case ['drop', thing] if thing in state['bag']:
            state['bag'].remove(thing)
            items[here].append(thing)
            return 'dropped ' + thing
        case ['inventory' | 'inv' | 'i']:
            return 'bag: %s' % sorted(state['bag'])
        case ['quit' | 'exit', *_]:
            return 'bye after %d moves' % state['moves']
        case [verb, *rest]:
            return "unknown verb %r (%d more words)" % (verb, len(rest))


script = ['look', 'take lamp', 'go west', 'east', 'look', 'get knife bread spoon', 'go down',
          'drop knife', 'look', 'up', 'inv', '', 'dance wildly now', 'go north',
          'w', 'north', 'look', 'quit now']
for line in script:
    print('> %-22s %s' % (line, adventure(line)))

store = {}
log = []


def shell(line):
    match line.split(maxsplit=2):
        case ['set', key, value]:
            old = store.get(key)
            store[key] = value
            return 'ok' if old is None else 'ok (was %s)' % old
        case ['get', key] if key in store:
            return store[key]
        case ['get', key]:
            return '(nil)'
        case ['del', *keys]:
            gone = [k for k in keys if store.pop(k, None) is not None]
            return 'deleted %d' % len(gone)
        case ['incr', key] | ['incr', key, '1']:
            store[key] = str(int(store.get(key, '0')) + 1)
            return store[key]
        case ['incr', key, amount] if amount.lstrip('-').isdigit():
            store[key] = str(int(store.get(key, '0')) + int(amount))
            return store[key]
        case ['keys']:
            return ' '.join(sorted(store))
        case [('set' | 'get' | 'del' | 'incr') as cmd, *args]:
            return 'ERR wrong arguments for %s: %s' % (cmd, args)
        case _:
            return 'ERR unknown command'


for line in ['set name minipy', 'get name', 'set name py', 'get missing', 'incr hits',
             'incr hits', 'incr hits 10', 'incr hits -3', 'incr hits x', 'set x',
             'keys', 'del name hits', 'keys', 'flush', 'get']:
    print('%-18s -> %s' % (line, shell(line)))
