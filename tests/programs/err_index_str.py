# Ends with an IndexError from a string.
word = "hello"
for i in range(len(word)):
    print(i, word[i])
print(word[len(word)])
