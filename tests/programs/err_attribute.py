# Ends with an AttributeError on an instance.


class Robot:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " beeps"


r = Robot("r2")
print(r.speak())
r.fly()
