print("perfusio")
