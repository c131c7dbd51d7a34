# Ends with an AttributeError on None (a function that forgot to return).


def find(items, target):
    for item in items:
        if item.startswith(target):
            return item


print(find(["apple", "banana"], "ban").upper())
print(find(["apple", "banana"], "cher").upper())
