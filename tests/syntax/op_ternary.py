# conditional expressions
for i in range(4):
    print('even' if i % 2 == 0 else 'odd', 'big' if i > 2 else 'mid' if i > 0 else 'zero')
f = lambda v: v if v else -1
print(f(0), f(5))
