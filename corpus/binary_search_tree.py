class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, val=None):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            else:
                node.val = val
            return node
        self.root = _ins(self.root)

    def get(self, key, default=None):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        return default

    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.size -= 1

    def inorder(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key, node.val
            node = node.right

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def range(self, lo, hi):
        return [k for k, _ in self.inorder() if lo <= k <= hi]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 90, 85]:
    t.insert(k, f"v{k}")
print("size", t.size, "height", t.height())
print("inorder", [k for k, _ in t.inorder()])
for i, lvl in enumerate(t.levels()):
    print(f"level {i}: {lvl}")
print(t.get(45), t.get(99, "missing"))
for k in (20, 30, 50):
    t.delete(k)
    print(f"after deleting {k}: {[k for k, _ in t.inorder()]} root={t.root.key}")
try:
    t.delete(1234)
except KeyError as e:
    print("KeyError", e)
print("range 40..80:", t.range(40, 80))
words = BST()
for w in "now is the time for all good men to come to the aid of the party".split():
    words.insert(w, (words.get(w) or 0) + 1)
print([(k, v) for k, v in words.inorder() if v > 1])
print("distinct words:", words.size, "height:", words.height())
