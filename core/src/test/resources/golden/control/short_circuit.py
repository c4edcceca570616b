def t(name, val):
    print("eval", name)
    return val

print(t("a", 0) and t("b", 1))
# expect: eval a
# expect: 0
print(t("c", 2) or t("d", 3))
# expect: eval c
# expect: 2
print(t("e", "") or t("f", []) or "dflt")
# expect: eval e
# expect: eval f
# expect: dflt
print(1 and 2 and 3, None or 0, [] and 1)  # expect: 3 0 []
