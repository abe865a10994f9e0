"""Where a JFR recording's time and allocation go: hot frames, stages, allocators, GC.

python3 jfr-top.py RECORDING.jfr [TOP]
Reads the recording with 'jfr print --json' (the JDK's tool) and prints:
  - execution samples per thread, and per category (register queries, register inserts,
    CSV parsing, amount parsing, aggregation, decisions, report XML, deflate, CSV outputs,
    hashing, ...): a sample goes to the category of the frame nearest its top that has one;
  - the TOP (15) hot frames by self samples and by inclusive samples (a method counted once
    per sample);
  - per category, the first and last sample's time on each thread (a stage's wall window);
  - allocation (jdk.ObjectAllocationSample weights) by class and by allocating frame;
  - GC pauses (jdk.GarbageCollection: count, sum of pauses, longest).
Standard library only.
"""
import collections
import os
import json
import subprocess
import sys
from datetime import datetime

# most specific first: a sample goes to the first category one of whose prefixes names a frame
# anywhere on its stack (the register's queries come before the decisions that make them, the
# deflate before the report that zips, amount parsing before the row checks that call it)
CATEGORIES = [
    ("register: per-customer queries", ("io.reimburse.register.RegisterSession.earlierReimbursement",
                                        "io.reimburse.register.RegisterSession.oneTimeVendorOf",
                                        "io.reimburse.register.RegisterSession.lastIban")),
    ("register: inserts + commit", ("io.reimburse.register.RegisterSession.commit",)),
    ("register: open, duplicate checks, other", ("io.reimburse.register.",)),
    ("hashing (SHA-256)", ("sun.security.provider.", "java.security.MessageDigest", "io.reimburse.output.Sha256",
                           "io.reimburse.output.ManifestEntry", "io.reimburse.input.FileStamp")),
    ("report: deflate (zip)", ("java.util.zip.Deflater", "java.util.zip.DeflaterOutputStream")),
    ("report: sheet XML writer", ("io.reimburse.output.SheetXmlWriter", "org.apache.poi.xssf.streaming")),
    ("report: POI workbook, summary, zip", ("io.reimburse.output.ReportWorkbook", "io.reimburse.output.FastZipWorkbook",
                                            "org.apache.poi", "org.apache.xmlbeans", "org.openxmlformats")),
    ("amount parsing", ("io.reimburse.input.AmountParser",)),
    ("CSV parsing", ("com.opencsv.CSVReader", "com.opencsv.RFC4180Parser", "com.opencsv.CSVParser",
                     "com.opencsv.stream", "io.reimburse.input.csv.")),
    ("xlsx parsing", ("io.reimburse.input.xlsx.", "io.reimburse.input.workbook.", "com.fasterxml.aalto")),
    ("read-ahead hand-over", ("io.reimburse.input.ReadAhead",)),
    ("vendor links", ("io.reimburse.input.VendorLinksReader", "io.reimburse.engine.VendorLinks")),
    ("aggregation", ("io.reimburse.engine.BalanceAggregator", "io.reimburse.engine.KeyBalances",
                     "io.reimburse.engine.KeyPositions")),
    ("row checks (balances reader)", ("io.reimburse.input.",)),
    ("decisions", ("io.reimburse.engine.",)),
    ("CSV outputs", ("io.reimburse.output.CsvOutput", "io.reimburse.output.NeutralCsv", "io.reimburse.output.D365",
                     "io.reimburse.output.InputErrorsCsv", "com.opencsv.")),
    ("manifest, other outputs", ("io.reimburse.output.",)),
    ("output folder (rename, checks)", ("io.reimburse.run.OutputFolder",)),
    ("run (other)", ("io.reimburse.",)),
    ("picocli/startup", ("picocli.",)),
]


JAVA_MS = float(os.environ.get("JFR_JAVA_PERIOD_MS", "10"))
NATIVE_MS = float(os.environ.get("JFR_NATIVE_PERIOD_MS", "20"))
BIN = float(os.environ.get("JFR_TIMELINE_BIN_S", "0.5"))


def frame_name(frame):
    method = frame["method"]
    return "%s.%s" % (method["type"]["name"].replace("/", "."), method["name"])


def category(frames):
    names = [frame_name(f) for f in frames]
    for label, prefixes in CATEGORIES:
        if any(n.startswith(prefixes) for n in names):
            if label.startswith("register"):  # SQLite's own time: compiling the SQL, or running it
                if any(n.startswith("org.sqlite.core.DB.prepare") for n in names):
                    label += " / prepare"
                elif any(n.startswith("org.sqlite.core.NativeDB.step") for n in names):
                    label += " / step"
                else:
                    label += " / JDBC, binding, results"
            return label
    return "JDK/other (no reimburse frame)"


def events(recording, kinds):
    text = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", ",".join(kinds), recording],
                          check=True, capture_output=True, text=True).stdout
    return json.loads(text)["recording"]["events"]


def when(value):
    """'2026-12-01T23:21:32.566960621Z': seconds since the epoch (nanoseconds cut to micro)."""
    day, _, rest = value.rstrip("Z").partition("T")
    whole, _, fraction = rest.partition(".")
    return datetime.fromisoformat("%sT%s.%s+00:00" % (day, whole, (fraction + "000000")[:6])).timestamp()


def seconds(duration):
    """JFR prints durations as ISO-8601 ('PT0.012S')."""
    d = duration.upper()
    if not d.startswith("PT"):
        return 0.0
    d, total, number = d[2:], 0.0, ""
    for ch in d:
        if ch in "0123456789.":
            number += ch
        else:
            total += float(number) * {"H": 3600, "M": 60, "S": 1}[ch]
            number = ""
    return total


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    # profile.jfc: a Java thread is sampled every 10 ms while it runs Java code, every 20 ms while in
    # native code (JNI: SQLite, zlib's deflate, file I/O); a sample is weighted by its period
    samples = events(recording, ["jdk.ExecutionSample", "jdk.NativeMethodSample"])
    period = {"jdk.ExecutionSample": JAVA_MS / 1000, "jdk.NativeMethodSample": NATIVE_MS / 1000}
    by_thread = collections.Counter()
    by_cat = collections.Counter()
    by_thread_cat = collections.Counter()
    self_frames = collections.Counter()
    incl_frames = collections.Counter()
    kinds = collections.Counter()
    window = {}
    timeline = {}
    t0 = min((when(e["values"]["startTime"]) for e in samples), default=0)
    for e in samples:
        v = e["values"]
        w = period[e["type"]]
        kinds[e["type"]] += 1
        thread = (v.get("sampledThread") or {}).get("javaName") or "?"
        if thread.startswith("ForkJoinPool") or thread.startswith("Thread-"):
            thread = "report (%s)" % thread  # CompletableFuture's thread: a new one when the pool has < 2
        frames = (v.get("stackTrace") or {}).get("frames") or []
        t = when(v["startTime"]) - t0
        cat = category(frames)
        if e["type"] == "jdk.NativeMethodSample":
            cat += " [native]"
        by_thread[thread] += w
        by_cat[cat] += w
        by_thread_cat[(thread, cat)] += w
        if frames:
            self_frames[frame_name(frames[0]) + (" [native]" if e["type"] == "jdk.NativeMethodSample" else "")] += w
        for name in {frame_name(f) for f in frames}:
            incl_frames[name] += w
        if thread == "main":
            timeline.setdefault(int(t / BIN), collections.Counter())[cat] += w
        span = window.get((thread, cat))
        window[(thread, cat)] = (min(span[0], t), max(span[1], t)) if span else (t, t)
    n = sum(by_thread.values()) or 1
    print("samples: %s; seconds estimated as samples x period (Java %g ms, native %g ms)"
          % (", ".join("%s %d" % kv for kv in kinds.items()), JAVA_MS, NATIVE_MS))
    print("by thread:")
    for thread, c in by_thread.most_common():
        print("  %-36s %7.2f s  %5.1f %%" % (thread, c, 100 * c / n))
    print("\nby category (all threads; [native]: in JNI code, e.g. SQLite, zlib, file I/O):")
    for cat, c in by_cat.most_common():
        print("  %-46s %7.2f s  %5.1f %%" % (cat, c, 100 * c / n))
    print("\nby thread and category, with the window of its samples (s from the first sample):")
    for (thread, cat), c in sorted(by_thread_cat.items(), key=lambda kv: (kv[0][0], -kv[1])):
        if c < 0.05:
            continue
        a, b = window[(thread, cat)]
        print("  %-22s %-46s %7.2f s  %6.2f .. %6.2f" % (thread[:22], cat, c, a, b))
    print("\ntop %d frames, self:" % top)
    for name, c in self_frames.most_common(top):
        print("  %7.2f s  %5.1f %%  %s" % (c, 100 * c / n, name))
    print("\ntop %d frames, inclusive (JDK and picocli entry frames left out):" % top)
    shown = 0
    for name, c in incl_frames.most_common():
        if name.startswith(("java.lang.Thread.run", "java.util.concurrent.", "io.reimburse.cli.Main",
                            "picocli.", "java.lang.reflect.", "jdk.internal.reflect.", "io.reimburse.cli.")):
            continue
        print("  %7.2f s  %5.1f %%  %s" % (c, 100 * c / n, name))
        shown += 1
        if shown == top:
            break

    gcs = events(recording, ["jdk.GarbageCollection"])
    gc_bins = collections.Counter()
    for e in gcs:
        gc_bins[int((when(e["values"]["startTime"]) - t0) / BIN)] += seconds(e["values"].get("sumOfPauses", "PT0S"))
    print("\nmain thread, every %g s: the category of most of its samples (s sampled), GC pauses in the bin" % BIN)
    for b in range(0, max(list(timeline) + list(gc_bins) + [0]) + 1):
        c = timeline.get(b, collections.Counter())
        cat, sampled = c.most_common(1)[0] if c else ("(not sampled: waiting, or in GC)", 0)
        print("  %6.1f  %-58s %4.2f  gc %4.2f" % (b * BIN, cat, sampled, gc_bins.get(b, 0)))

    allocations = events(recording, ["jdk.ObjectAllocationSample"])
    by_class = collections.Counter()
    by_site = collections.Counter()
    by_app_site = collections.Counter()
    total = 0
    for e in allocations:
        v = e["values"]
        weight = v.get("weight", 0)
        total += weight
        by_class[(v.get("objectClass") or {}).get("name", "?")] += weight
        frames = (v.get("stackTrace") or {}).get("frames") or []
        if frames:
            by_site[frame_name(frames[0])] += weight
        app = next((frame_name(f) for f in frames if frame_name(f).startswith(("io.reimburse.", "org.apache.poi",
                                                                                 "com.opencsv", "org.sqlite"))),
                   "(no reimburse frame)")
        by_app_site[app] += weight
    gb = total / 2 ** 30 or 1
    print("\nallocation samples: %d, weight %.2f GB" % (len(allocations), total / 2 ** 30))
    print("top %d classes:" % top)
    for name, w in by_class.most_common(top):
        print("  %7.2f GB  %5.1f %%  %s" % (w / 2 ** 30, 100 * w / 2 ** 30 / gb, name))
    print("top %d allocating frames (top of stack):" % top)
    for name, w in by_site.most_common(top):
        print("  %7.2f GB  %5.1f %%  %s" % (w / 2 ** 30, 100 * w / 2 ** 30 / gb, name))
    print("top %d allocating reimburse/library frames (nearest the top):" % top)
    for name, w in by_app_site.most_common(top):
        print("  %7.2f GB  %5.1f %%  %s" % (w / 2 ** 30, 100 * w / 2 ** 30 / gb, name))

    pauses = [seconds(e["values"].get("sumOfPauses", "PT0S")) for e in gcs]
    names = collections.Counter(e["values"].get("name", "?") for e in gcs)
    print("\nGC: %d collections (%s), pauses %.2f s in all, longest %.3f s" % (
        len(gcs), ", ".join("%s %d" % kv for kv in names.items()), sum(pauses), max(pauses or [0])))


if __name__ == "__main__":
    main()
