text = """first
  second
third"""
print(text)
# expect: first
# expect:   second
# expect: third
print(len(text.splitlines()))  # expect: 3
print(r"raw\n\t", len(r"\n"))  # expect: raw\n\t 2
print('single' "adjacent" '''triple''')  # expect: singleadjacenttriple
print("\u00e9\x41")  # expect: éA
