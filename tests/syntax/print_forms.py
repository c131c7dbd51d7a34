# print with sep/end
print('a', 'b', sep=', ', end='!\n')
print()
print(*range(3), sep='')
