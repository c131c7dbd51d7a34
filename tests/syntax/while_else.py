# while with else
i = 0
while i < 3:
    i += 1
else:
    print('done', i)
while True:
    i -= 1
    if i < 0:
        break
else:
    print('not printed')
print(i)
