s = "py"
print(f"[{s:<10}]")  # expect: [py        ]
print(f"[{s:>10}]")  # expect: [        py]
print(f"[{s:^10}]")  # expect: [    py    ]
print(f"[{s:*^9}]")  # expect: [***py****]
print(f"[{s:-<5}] [{s:.>5}]")  # expect: [py---] [...py]
print(f"[{42:<6}] [{42:^6}] [{42:6}]")  # expect: [42    ] [  42  ] [    42]
print(f"[{'abc':2}]")  # expect: [abc]
w = 7
print(f"[{s:>{w}}]")  # expect: [     py]
print(f"[{'truncate':.3}]")  # expect: [tru]
