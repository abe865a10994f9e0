"""CPU time per thread of a command, and when the files of a folder appear and stop growing.

python3 threads.py [--watch DIR] [--every SECONDS] -- COMMAND...
Runs COMMAND (scripts/reimburse execs the JVM, so the process is the JVM), reads
/proc/PID/task/*/stat every SECONDS (0.05) and keeps each thread's last user and system time:
a thread that ends is counted up to its last sample. Prints the wall time, the peak RSS
(VmHWM), the CPU seconds per thread group (main, the report thread, the CSV parsing thread,
GC, JIT compilers, other) and per thread; with --watch, each file under DIR (the run's
temporary output folder included) with the second it first appeared and the second it last
grew, from the command's start. Standard library only; Linux.
"""
import os
import re
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def group(name, tid, pid):
    if tid == pid:
        return "launcher (primordial)"
    if name == "java" or name == "main":
        return "main"
    if name.startswith("ForkJoinPool") or re.match(r"Thread-\d+$", name):
        return "report"  # CompletableFuture.runAsync: the common pool, or a new thread when it has < 2
    if name.startswith("reimburse-read"):
        return "CSV/xlsx parsing"
    if "GC" in name or name.startswith("VM Thread"):
        return "GC + VM thread"
    if "Compiler" in name or name.startswith("C1 ") or name.startswith("C2 "):
        return "JIT compilers"
    return "other"


def sample(pid, threads):
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except FileNotFoundError:
        return None
    for tid in tids:
        try:
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        utime, stime = int(fields[11]) / TICK, int(fields[12]) / TICK
        threads[int(tid)] = (name, utime, stime)
    try:
        with open("/proc/%d/status" % pid) as f:
            m = re.search(r"VmHWM:\s+(\d+) kB", f.read())
            return int(m.group(1)) if m else 0
    except FileNotFoundError:
        return None


def watch(folder, files, now):
    for base, _, names in os.walk(folder):
        for n in names:
            path = os.path.join(base, n)
            try:
                size = os.path.getsize(path)
            except OSError:
                continue
            key = re.sub(r"\.tmp-[0-9a-f-]+", ".tmp", os.path.relpath(path, folder))
            first, last, seen = files.get(key, (now, now, -1))
            files[key] = (first, now if size != seen else last, size)


def main():
    args = sys.argv[1:]
    folder, every = None, 0.05
    while args and args[0] != "--":
        if args[0] == "--watch":
            folder = args[1]
            args = args[2:]
        elif args[0] == "--every":
            every = float(args[1])
            args = args[2:]
        else:
            sys.exit(__doc__)
    command = args[1:]
    threads, files, hwm = {}, {}, 0
    start = time.monotonic()
    proc = subprocess.Popen(command)
    while proc.poll() is None:
        h = sample(proc.pid, threads)
        if h:
            hwm = max(hwm, h)
        if folder and os.path.isdir(folder):
            watch(folder, files, time.monotonic() - start)
        time.sleep(every)
    wall = time.monotonic() - start
    out = sys.stderr
    print("exit %d, wall %.2f s, peak RSS %d MB" % (proc.returncode, wall, hwm // 1024), file=out)
    groups = {}
    for tid, (name, u, s) in threads.items():
        g = group(name, tid, proc.pid)
        cu, cs, n = groups.get(g, (0, 0, 0))
        groups[g] = (cu + u, cs + s, n + 1)
    total = sum(u + s for u, s, _ in groups.values())
    print("CPU by thread group (user + system s), total %.2f s:" % total, file=out)
    for g, (u, s, n) in sorted(groups.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        print("  %-24s %6.2f  (user %.2f, sys %.2f, %d thread(s))" % (g, u + s, u, s, n), file=out)
    print("threads over 0.05 s:", file=out)
    for tid, (name, u, s) in sorted(threads.items(), key=lambda kv: -(kv[1][1] + kv[1][2])):
        if u + s >= 0.05:
            print("  %-28s %6.2f" % (name, u + s), file=out)
    if files:
        print("files (first seen .. last grew, s from start; size):", file=out)
        for key, (first, last, size) in sorted(files.items(), key=lambda kv: kv[1][0]):
            print("  %6.2f .. %6.2f  %12d  %s" % (first, last, size, key), file=out)
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
