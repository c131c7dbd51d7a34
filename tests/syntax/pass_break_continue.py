# pass, break, continue
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    pass
    print(i)
while True:
    break
class Empty: pass
def nothing(): pass
print(nothing(), Empty.__name__)
