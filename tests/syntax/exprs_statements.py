# expression statements
1
'string'
[1, 2]
(lambda: None)()
x = None
x
print('expression statements ok')
