# struct: a header writer that packs a port number too large for an unsigned short:
# the uncaught struct.error ends the program.
import struct


def header(kind, port, length):
    return struct.pack("!BHI", kind, port, length)


print(header(1, 8080, 512).hex())
print(header(2, 65535, 0).hex())
print(header(3, 70000, 1).hex())
