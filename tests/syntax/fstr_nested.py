# f-strings with nested expressions and quotes
d = {'a': 1, "b": 2}
print(f"{d['a']} {d['b'] if False else d['b']}")
print(f"{ {'k': 3}['k'] } {(lambda x: x * 2)(4)}")
items = [1, 2, 3]
print(f"{', '.join(str(i) for i in items)}")
print(f'''multi
{len(items)} line''')
print(rf"raw\{items[0]}", fr'{items[1]}\d')
