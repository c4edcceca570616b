class Dog:
    species = "canis"
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.species)  # expect: 2 2 canis
a.species = "wolf"
print(a.species, b.species, Dog.species)  # expect: wolf canis canis
Dog.species = "dog"
print(a.species, b.species)  # expect: wolf dog
