# A scripted text adventure: rooms, items, a parser for commands, inventory and a win condition.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.won = False

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return "I don't know how to %s." % verb
        self.moves += 1
        return handler(*args)

    def cmd_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return "You are in %s. Exits: %s. You see: %s." % (r["desc"], ", ".join(sorted(r["exits"])), items)

    def cmd_go(self, direction=""):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go %s." % (direction or "nowhere")
        if exits[direction] == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp."
        self.room = exits[direction]
        return self.cmd_look()

    def cmd_take(self, item=""):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return "There is no %s here." % item
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.won = True
        return "Taken: %s." % item

    def cmd_inventory(self):
        return "You carry: %s." % (", ".join(sorted(self.inventory)) or "nothing")


game = Game()
script = ["look", "take lamp", "go north", "take key", "take sword", "dance", "go west", "go south",
          "go east", "go down", "take treasure", "inventory", ""]
for line in script:
    print("> " + line)
    print(game.do(line))
    if game.won:
        print("You win in %d moves!" % game.moves)
        break
