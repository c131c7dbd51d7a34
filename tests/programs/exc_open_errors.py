# open() failures a file tool reports: a missing file, a directory opened for reading or writing, a file in a missing folder, creating an existing file with 'x', and the OSError subclasses' attributes
import os

os.makedirs("exc_open_dir.tmp", exist_ok=True)
with open("exc_open_file.tmp", "w") as f:
    f.write("data\n")
attempts = [("no_such_file.txt", "r"), ("exc_open_dir.tmp", "r"), ("exc_open_dir.tmp", "w"),
            ("missing_dir/x.txt", "w"), ("exc_open_file.tmp", "x"), ("exc_open_file.tmp", "r")]
for path, mode in attempts:
    try:
        with open(path, mode) as f:
            print(path, mode, "->", repr(f.read()) if "r" in mode else "opened")
    except OSError as e:
        print(path, mode, "->", type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
        print("   isinstance OSError:", isinstance(e, OSError), "FileNotFoundError:", isinstance(e, FileNotFoundError))
os.remove("exc_open_file.tmp")
os.rmdir("exc_open_dir.tmp")
print(os.path.exists("exc_open_file.tmp"), os.path.exists("exc_open_dir.tmp"))
