# number edge cases
print(0x0, 0o0, 0b0, 1e0, 0e0, 0.0, 00.5, 1_2.3_4e1_0, 1j * 1j)
print(1if True else 2, 0x10if 0 else 3)
print(123 .bit_length(), 1.5 .is_integer())
