# Ends with a TypeError for a wrong number of arguments.


def area(width, height):
    return width * height


print(area(3, 4))
print(area(width=2, height=5))
area(7)
