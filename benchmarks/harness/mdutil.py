"""Markdown helpers shared by the reports: tables, time cells, machine and configuration sections."""
import os


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(lines)


def secs(t):
    return "%.3f" % t


def time_cell(point):
    """'1.234 s ±2%' for an ok point; the status in capitals otherwise."""
    if point is None:
        return "—"
    status = point.get("status")
    if status == "ok":
        cell = secs(point["median"]) + " s"
        if point.get("spread_pct"):
            cell += " ±%.0f%%" % point["spread_pct"]
        return cell
    if status == "mismatch":
        t = (" " + secs(point["median"]) + " s") if "median" in point else ""
        return "**MISMATCH**" + t
    if status in ("error", "timeout"):
        return "**%s**" % status.upper()
    return status or "—"


def factor(x):
    return "—" if x is None else "%.2fx" % x


def machine_section(m):
    mem = ("%s GiB" % m["memory_gib"]) if m.get("memory_gib") else "unknown"
    return "\n".join([
        "## Machine", "",
        "* host `%s`, %s" % (m["host"], m["os"]),
        "* CPU: %s; %s cores (%s usable); memory %s" % (m["cpu"], m["cores"], m["usable_cores"], mem),
        "* minipy commit `%s`; harness on Python %s; measured %s" % (
            m["git_commit"], m["harness_python"], m["date"]),
    ])


def configs_section(configs):
    rows = []
    for c in configs:
        cmd = " ".join(os.path.basename(a) if i == 0 and os.sep in a else a
                       for i, a in enumerate(c["command"]))
        if c["mp"]:
            cmd += " PROG ARGS --mp"
        status = "available" if c["available"] else "**not available**: " + c["reason"]
        rows.append(["`%s`" % c["name"], c["label"], "`%s`" % cmd, status, c.get("version") or ""])
    return "## Configurations\n\n" + table(["name", "what", "command", "status", "version"], rows)


def problems_section(problems, reference=True):
    if not reference:
        note = ("## Checksums\n\n**Outputs were NOT checked**: the CPython reference configuration "
                "was not run (not selected or not available).")
        return note + ("\n\n" + problems_section(problems)[len("## Checksums"):].strip() if problems else "")
    if not problems:
        return "## Checksums\n\nEvery configuration's output agrees with CPython's."
    rows = [[p["program"], "`%s`" % p["config"], p["threads"], "**%s**" % p["status"].upper(),
             p["message"].replace("|", "\\|")[:160]] for p in problems]
    n_mis = len([p for p in problems if p["status"] == "mismatch"])
    head = "## ⚠ PROBLEMS: %d checksum mismatch%s, %d other failure%s\n\n" % (
        n_mis, "" if n_mis == 1 else "es", len(problems) - n_mis, "" if len(problems) - n_mis == 1 else "s")
    return head + table(["program", "configuration", "threads", "status", "detail"], rows)
