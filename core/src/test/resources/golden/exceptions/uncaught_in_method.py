class Parser:
    def parse(self, text):
        return self.number(text)

    def number(self, text):
        return int(text)

p = Parser()
print(p.parse("12"))  # expect: 12
p.parse("1.5")
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "uncaught_in_method.py", line 10, in <module>
# expect stderr:   File "uncaught_in_method.py", line 3, in parse
# expect stderr:   File "uncaught_in_method.py", line 6, in number
# expect error: ValueError: invalid literal for int() with base 10: '1.5'
