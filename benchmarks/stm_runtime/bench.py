"""Time the translated STM runtime proof (target_stm_bank.py): single-thread penalty of the
barriers (STM mode over the same binary's single-lock mode) and scaling with threads.

Usage: python3 benchmarks/stm_runtime/bench.py PATH/TO/stm_bank [--runs N] [--txs N] [--work N]
Each configuration runs N times (interleaved, to spread the machine's load evenly); the
table gives medians. Every thread does the same number of transactions, so perfect scaling
keeps the time constant: `scaling` = T * time(1 thread) / time(T threads). On a loaded
machine the wall-clock scaling mostly measures the load; `CPU efficiency` = T * CPU(1 thread)
/ CPU(T threads) (user + system time of the process) is what the runtime itself costs when
threads run at once: 1.00 means no extra work per transaction (cache misses on shared
lines, aborted work and waiting all lower it).
"""
import argparse
import os
import statistics
import subprocess


def run(exe, args):
    """(wall seconds of the threaded part, aborts, CPU seconds of the whole process)."""
    p = subprocess.Popen([exe] + [str(a) for a in args], stdout=subprocess.PIPE, text=True)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    assert p.returncode == 0, out
    fields = dict(w.split('=') for w in out.split()[1:] if '=' in w and ':' not in w)
    assert fields['ok'] == '1', out
    return int(fields['time_us']) / 1e6, int(fields['aborts']), ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('exe')
    ap.add_argument('--runs', type=int, default=11)
    ap.add_argument('--txs', type=int, default=200000)
    ap.add_argument('--work', type=int, default=100)
    ap.add_argument('--threads', default='1,2,4,8')
    a = ap.parse_args()
    threads = [int(t) for t in a.threads.split(',')]
    configs = []
    for mode in ('private', 'bank', 'counter'):
        for t in threads:
            configs.append((mode, t, 'stm'))
        configs.append((mode, 1, 'gil'))
    results = {c: [] for c in configs}
    load0 = os.getloadavg()
    for r in range(a.runs):
        for c in configs:
            mode, t, kind = c
            args = [mode, t, a.txs, a.work, 0] + (['--gil'] if kind == 'gil' else [])
            results[c].append(run(a.exe, args))
    load1 = os.getloadavg()
    print('load average before %.2f, after %.2f (%d cores)' % (load0[0], load1[0], os.cpu_count()))
    print('%d runs each, %d transactions per thread, work=%d\n' % (a.runs, a.txs, a.work))
    print('| mode | threads | kind | median s | min s | aborts (median) | CPU s (median) | '
          'penalty vs lock | scaling | CPU efficiency |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    for mode in ('private', 'bank', 'counter'):
        gil = statistics.median(x[0] for x in results[(mode, 1, 'gil')])
        one = statistics.median(x[0] for x in results[(mode, 1, 'stm')])
        cpu1 = statistics.median(x[2] for x in results[(mode, 1, 'stm')])
        for c in [c for c in configs if c[0] == mode]:
            _, t, kind = c
            med = statistics.median(x[0] for x in results[c])
            mn = min(x[0] for x in results[c])
            ab = statistics.median(x[1] for x in results[c])
            pen = '%.2f' % (med / gil) if (kind == 'stm' and t == 1) else ''
            cpu = statistics.median(x[2] for x in results[c])
            sc = '%.2f' % (t * one / med) if kind == 'stm' else ''
            eff = '%.2f' % (t * cpu1 / cpu) if kind == 'stm' else ''
            print('| %s | %d | %s | %.4f | %.4f | %d | %.3f | %s | %s | %s |' % (
                mode, t, kind, med, mn, ab, cpu, pen, sc, eff))


if __name__ == '__main__':
    main()
