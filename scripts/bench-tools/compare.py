"""Are two runs' reimbursements the same? scripts/bench compares reimburse with each peer.

python3 compare.py REIMBURSE_CSV PEER_CSV
Both files are a reimbursements.csv (reimburse's neutral CSV, a peer's): one line per
reimbursement with CustomerAccount, Currency and Amount columns. Compares the sets of
(customer, currency, amount), amounts as exact decimals ("12.3" is "12.30"). Prints
"equal (N reimbursements)" and exits 0, or the first differences and exits 1.
"""
import csv
import sys
from decimal import Decimal


def reimbursements(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        first = f.readline()
        delimiter = ";" if first.count(";") > first.count(",") else ","
        f.seek(0)
        rows = csv.DictReader(f, delimiter=delimiter)
        found = set()
        count = 0
        for r in rows:
            count += 1
            found.add((r["CustomerAccount"], r["Currency"], Decimal(r["Amount"])))
        return found, count


def main():
    ours, ours_lines = reimbursements(sys.argv[1])
    theirs, their_lines = reimbursements(sys.argv[2])
    if ours == theirs and ours_lines == their_lines:
        print("equal (%d reimbursements)" % len(ours))
        return 0
    only_ours = sorted(ours - theirs)
    only_theirs = sorted(theirs - ours)
    print("DIFFERENT: reimburse %d lines, peer %d lines; %d only in reimburse, %d only in the peer"
          % (ours_lines, their_lines, len(only_ours), len(only_theirs)))
    for r in only_ours[:5]:
        print("  only reimburse: %s %s %s" % r)
    for r in only_theirs[:5]:
        print("  only peer:      %s %s %s" % r)
    return 1


if __name__ == "__main__":
    sys.exit(main())
