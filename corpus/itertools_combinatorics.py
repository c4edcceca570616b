import itertools as it
import operator

print("permutations:", ["".join(p) for p in it.permutations("abc")])
print("perm 2 of 4:", len(list(it.permutations(range(4), 2))))
print("combinations:", list(it.combinations([1, 2, 3, 4], 2)))
print("with replacement:", ["".join(c) for c in it.combinations_with_replacement("xyz", 2)])
print("product:", ["".join(p) for p in it.product("ab", "12")])
print("binary 3:", ["".join(p) for p in it.product("01", repeat=3)])
print("chain:", list(it.chain([1, 2], (3,), "ab")))
print("from_iterable:", list(it.chain.from_iterable([[1], [2, 3], []])))
print("islice:", list(it.islice(it.count(10, 5), 3, 8)))
print("cycle:", list(it.islice(it.cycle("RGB"), 8)))
print("repeat:", list(it.repeat("x", 3)), list(map(pow, range(5), it.repeat(2))))
print("accumulate:", list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print("running product:", list(it.accumulate(range(1, 8), operator.mul)))
print("takewhile:", list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])))
print("dropwhile:", list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print("filterfalse:", list(it.filterfalse(lambda x: x % 3, range(15))))
print("compress:", list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("starmap:", list(it.starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])))
print("zip_longest:", list(it.zip_longest("abcd", [1, 2], fillvalue="-")))
print("pairwise:", list(it.pairwise([1, 4, 9, 16])))
a, b = it.tee(range(4))
print("tee:", list(a), list(b))

records = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "banana"), ("veg", "leek"), ("nut", "pecan"), ("fruit", "cherry")]
for key, group in it.groupby(sorted(records), key=operator.itemgetter(0)):
    print(f"  {key}: {[g[1] for g in group]}")


def subsets_summing(nums, target):
    return [c for r in range(1, len(nums) + 1) for c in it.combinations(nums, r) if sum(c) == target]


print("subsets to 10:", subsets_summing([1, 2, 3, 4, 5, 6], 10))
coins = [1, 5, 10, 25]
ways = sum(1 for combo in it.product(range(5), repeat=4) if sum(n * c for n, c in zip(combo, coins)) == 40)
print("ways to make 40 with <=4 of each coin:", ways)
words = ["stop", "pots", "tops", "opts", "post", "spot"]
anagram_pairs = [(x, y) for x, y in it.combinations(words, 2) if sorted(x) == sorted(y)]
print("anagram pairs:", len(anagram_pairs))
s = "SEND"
print("letters:", sorted(set(s)), sum(1 for _ in it.permutations(range(10), len(set(s)))))
batches = [list(it.islice(iter(range(10)), i, i + 3)) for i in range(0, 10, 3)]
print("batches:", batches)
