# subscripts and slices
s = list(range(10))
print(s[1], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[:], s[-3:-1])
d = {(1, 2): 'a'}
print(d[1, 2], d[(1, 2)])
s[0:2] = [9, 9]; s[-1] = 0; del s[3:5]
print(s)
m = [[1, 2], [3, 4]]
print(m[1][0], m[0][-1])
