class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives

    def speak(self):
        return "meow"

c = Cat("tom")
print(c.intro(), c.lives)  # expect: tom says meow 9
print(Animal("x").intro())  # expect: x says ...
print(isinstance(c, Animal), isinstance(Animal("y"), Cat))  # expect: True False
print(isinstance(c, object), isinstance(c, (int, Cat)))  # expect: True True
