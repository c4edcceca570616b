from itertools import accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest
import operator
print(list(islice(count(5), 3)), list(islice(count(1, 0.5), 3)), repr(count(3)), repr(count(2, 3)))
print(list(repeat('x', 3)), repr(repeat(1)), repr(repeat(1, 2)))
print(list(islice(cycle('AB'), 5)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(pairwise('ABCD')), list(pairwise('A')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(product('AB', repeat=2)), list(product('ab', range(2))), list(product()), list(product('a', '')))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations('AB', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 0)), list(combinations('A', 2)))
print(list(combinations_with_replacement('ABC', 2)))
try:
    islice('abc', -1)
except ValueError as e:
    print("ValueError:", e)
try:
    list(combinations('abc', -1))
except ValueError as e:
    print("ValueError:", e)

# CPython 3.11's output:
# expect: [5, 6, 7] [1, 1.5, 2.0] count(3) count(2, 3)
# expect: ['x', 'x', 'x'] repeat(1) repeat(1, 2)
# expect: ['A', 'B', 'A', 'B', 'A']
# expect: [1, 3, 6, 10] [1, 2, 6] [10, 11, 13] []
# expect: ['a', 'b', 1, 2] ['x', 'y', 'z']
# expect: ['A', 'C', 'E', 'F']
# expect: [6, 4, 1] [1, 4]
# expect: [0, 2, 4, 6, 8] [0, '']
# expect: [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# expect: ['A', 'B', 'C', 'D']
# expect: [(0, [1, 2]), (1, [3, 4, 5]), (2, [6])]
# expect: ['A', 'B'] ['C', 'D'] ['C', 'D', 'E', 'F', 'G'] ['A', 'C', 'E', 'G']
# expect: [('A', 'B'), ('B', 'C'), ('C', 'D')] []
# expect: [32, 9]
# expect: [1, 2, 3] [1, 2, 3]
# expect: [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')] []
# expect: [('A', 'A'), ('A', 'B'), ('B', 'A'), ('B', 'B')] [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [()] []
# expect: [('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')] 24 []
# expect: [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [()] []
# expect: [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
# expect: ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ValueError: r must be non-negative
