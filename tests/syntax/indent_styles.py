# indentation: tabs, mixed depths, blank and comment lines
if True:
	x = 1
	if x:
		# a comment at depth 2

		y = 2
	z = 3
if True:
  a = 1
  if a:
        b = 2   # deep
print(x, y, z, a, b)
