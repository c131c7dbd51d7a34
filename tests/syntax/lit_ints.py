# integer literals in every base
a = 0xFF + 0XaB + 0o17 + 0O7 + 0b1011 + 0B1
b = 1_000_000 + 0x_FF_FF + 0b_1010
c = 123456789012345678901234567890 * 2
print(a, b, c, 0, 00, 0_0)
