# A robot on a grid following commands: turning, moving, obstacles, bounds, and a trail map.
DIRS = {"N": (0, -1), "E": (1, 0), "S": (0, 1), "W": (-1, 0)}
ORDER = "NESW"


class Robot:
    def __init__(self, width, height, obstacles):
        self.x, self.y, self.heading = 0, 0, "E"
        self.w, self.h = width, height
        self.obstacles = set(obstacles)
        self.trail = [(0, 0)]
        self.bumps = 0

    def turn(self, direction):
        i = ORDER.index(self.heading)
        self.heading = ORDER[(i + (1 if direction == "R" else -1)) % 4]

    def forward(self, steps):
        dx, dy = DIRS[self.heading]
        for _ in range(steps):
            nx, ny = self.x + dx, self.y + dy
            if not (0 <= nx < self.w and 0 <= ny < self.h) or (nx, ny) in self.obstacles:
                self.bumps += 1
                return False
            self.x, self.y = nx, ny
            self.trail.append((nx, ny))
        return True

    def run(self, program):
        for cmd in program.split():
            if cmd in ("L", "R"):
                self.turn(cmd)
            else:
                ok = self.forward(int(cmd))
                print("%-3s -> (%d, %d) facing %s%s" % (cmd, self.x, self.y, self.heading, "" if ok else " (blocked)"))


bot = Robot(8, 5, [(3, 0), (5, 2), (2, 3)])
bot.run("5 R 2 L 4 R 9 R 3 L 1 R 10 R 3")
print("bumps:", bot.bumps, "distinct cells:", len(set(bot.trail)))
for y in range(bot.h):
    row = ""
    for x in range(bot.w):
        if (x, y) in bot.obstacles:
            row += "#"
        elif (x, y) == (bot.x, bot.y):
            row += "R"
        elif (x, y) in bot.trail:
            row += "o"
        else:
            row += "."
    print(row)
