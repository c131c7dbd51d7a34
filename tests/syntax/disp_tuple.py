# tuple displays
t = 1, 2
u = (1,)
v = ()
w = 3,
print(t, u, v, w, (*t, *u), ((1, 2), (3,)), len(()))
