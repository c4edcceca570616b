class TrieNode:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal = True

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        results = []

        def walk(n, acc):
            if len(results) >= limit:
                return
            if n.terminal:
                results.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)

        if node:
            walk(node, prefix)
        return results

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)


WORDS = """car card care careful cart carton cat catalog category cater dog dot dote
doting dove down download downtown draft drag dragon drain""".split()
trie = Trie(WORDS)
for prefix in ["car", "cat", "do", "dow", "dr", "x", ""]:
    print(f"{prefix!r:8} count={trie.count_prefix(prefix):2d} ->", trie.complete(prefix))
for w in ["cart", "ca", "dragon", "dragons"]:
    print(w, w in trie)
print(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix())
print(Trie(["solo"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()))
