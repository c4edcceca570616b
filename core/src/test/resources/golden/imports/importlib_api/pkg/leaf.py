VALUE = "pkg.leaf"
