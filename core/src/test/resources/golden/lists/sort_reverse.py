nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)  # expect: [1, 2, 5, 5, 6, 9]
nums.sort(reverse=True)
print(nums)  # expect: [9, 6, 5, 5, 2, 1]
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)  # expect: ['Apple', 'apple', 'banana', 'cherry']
words.sort(key=str.lower)
print(words)  # expect: ['Apple', 'apple', 'banana', 'cherry']
words.sort(key=len, reverse=True)
print(words)  # expect: ['banana', 'cherry', 'Apple', 'apple']
r = [1, 2, 3]
print(r.reverse(), r)  # expect: None [3, 2, 1]
print(nums.sort())  # expect: None
