# input() with empty stdin ends with EOFError (the corpus runner gives programs no input).
print("before input")
line = input()
print("got", line)
