# A discrete Lotka-Volterra predator-prey model with integer populations and a text chart.
rabbits, foxes = 200, 20
history = []
for year in range(30):
    births = rabbits * 40 // 100
    eaten = rabbits * foxes // 250
    fox_births = eaten // 6
    fox_deaths = foxes * 25 // 100
    rabbits = max(rabbits + births - eaten, 0)
    rabbits = min(rabbits, 1000)
    foxes = max(foxes + fox_births - fox_deaths, 0)
    history.append((year, rabbits, foxes))
for year, r, f in history:
    print("%2d %4d %3d %s" % (year, r, f, "r" * (r // 40) + "|" + "f" * (f // 4)))
peak_r = max(history, key=lambda h: h[1])
peak_f = max(history, key=lambda h: h[2])
print("rabbit peak", peak_r, "fox peak", peak_f)
print("average rabbits %.1f foxes %.1f" % (sum(h[1] for h in history) / 30, sum(h[2] for h in history) / 30))
