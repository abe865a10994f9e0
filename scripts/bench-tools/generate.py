"""Deterministic benchmark data for scripts/bench: balances (CSV, XLSX, transaction level), links, parameters.

python3 generate.py OUT_DIR CUSTOMERS [--month M] [--xlsx] [--transactions PER_CUSTOMER]

One of twelve monthly snapshots of the same customers (--month 1..12, default 12): balance
dates from 2025-11-30 (month 1) to 2026-10-31 (month 12). A customer's account, name, group,
currency, blocked status, address and vendor link are the same every month; its balance is
drawn again each month, so about a third of the customers have a credit balance each month,
not the same third. Month 12 of a 3-month history is month 12 of a 12-month one: the same file.

The files are read alike by reimburse and by the peers in shared/peers (English headers
'Customer account', 'Name', 'Currency', 'Balance', 'Blocked'; parameters 'Parameter,Value';
links 'Customer account,Vendor account'), and decided alike: the minimum is set per currency
(MinimumReimbursement.USD, .GBP), as the peers compare every credit with MinimumReimbursement
in its own currency. Prints the balance date.
"""
import datetime
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

CURRENCIES = ["EUR"] * 8 + ["USD", "GBP"]
GROUPS = ["RETAIL", "WHOLESALE", "EXPORT", "STAFF"]
STREETS = ["rue de la Paix", "avenue Foch", "High Street", "Main Street", "Kaiserstraße", "chemin du Lac"]
CITIES = ["Lyon", "Paris", "London", "Berlin", "Genève", "Québec"]
MONTHS = 12


def balance_date(month):
    """The last day of the month: month 1 is November 2025, month 12 October 2026."""
    year, mon = divmod(2025 * 12 + 10 + month, 12)  # the month after the snapshot's, 0-based
    return datetime.date(year, mon + 1, 1) - datetime.timedelta(days=1)


def customers(count, month=MONTHS, seed=20261125):
    fixed = random.Random(seed)               # what a customer is: the same every month
    moving = random.Random(seed * 100 + month)  # what it owes: drawn again each month
    for i in range(1, count + 1):
        kind = moving.random()
        cents = moving.randint(1, 5_000_00)
        amount = -cents if kind < 1 / 3 else (0 if kind < 0.40 else cents)
        blocked = fixed.random()
        yield {
            "account": "C%07d" % i,
            "name": "Client %d %s" % (i, fixed.choice(["SA", "SARL", "Ltd", "GmbH", "& Fils"])),
            "group": fixed.choice(GROUPS),
            "currency": fixed.choice(CURRENCIES),
            "cents": amount,
            # All and Payment hold the credit back; Invoice does not (reimburse and the peers alike)
            "blocked": "All" if blocked < 0.01 else "Payment" if blocked < 0.015 else "Invoice" if blocked < 0.02 else "No",
            "street": "%d %s" % (fixed.randint(1, 200), fixed.choice(STREETS)),
            "zip": "%05d" % fixed.randint(1000, 99999),
            "city": fixed.choice(CITIES),
            "country": "FRA",
            "vendor": ("V%07d" % i) if fixed.random() < 0.5 else "",
        }


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


HEADER = ["Customer account", "Name", "Customer group", "Currency", "Balance", "Blocked", "Postal code", "City"]


def row(c, amount_text):
    return [c["account"], c["name"], c["group"], c["currency"], amount_text, c["blocked"], c["zip"], c["city"]]


def csv_line(fields):
    return ",".join('"%s"' % f.replace('"', '""') if ("," in f or '"' in f) else f for f in fields) + "\n"


def write_csv(path, count, month):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(csv_line(HEADER))
        lines = []
        for c in customers(count, month):
            lines.append(csv_line(row(c, money(c["cents"]))))
            if len(lines) >= 10000:
                out.write("".join(lines))
                lines = []
        out.write("".join(lines))


def write_transactions(path, count, month, per_customer, seed=7):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(csv_line(HEADER[:4] + ["Document", "Amount"]))
        doc = 0
        for c in customers(count, month):
            parts = [c["cents"] // per_customer] * per_customer
            parts[0] += c["cents"] - sum(parts)
            for p in parts:
                doc += 1
                out.write(csv_line([c["account"], c["name"], c["group"], c["currency"], "INV%08d" % doc, money(p)]))


def write_links(path, count):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Customer account,Vendor account\n")
        for c in customers(count):
            if c["vendor"]:
                out.write("%s,%s\n" % (c["account"], c["vendor"]))


def write_parameters(path, month):
    """The month's parameters; its invoices have a prefix of their own (RMB-2610-), as a ledger of a
    million customers must: a prefix has 999,999 numbers, about three months of its credits."""
    day = balance_date(month)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Parameter,Value\nLegalEntity,FR01\nAccountingCurrency,EUR\nMinimumReimbursement,10.00\n"
                  "MinimumReimbursement.USD,10.00\nMinimumReimbursement.GBP,10.00\n"
                  "ExchangeRate.USD,0.92\nExchangeRate.GBP,1.17\nBalanceDate,%s\nTransactionDate,%s\n"
                  "InvoicePrefix,RMB-%s-\nOneTimeVendorGroup,OTV\nIncludeCustomersWithDebitTransactions,Yes\n"
                  % (day, day + datetime.timedelta(days=5), day.strftime("%y%m")))


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def write_xlsx(path, count, month):
    """A minimal .xlsx as Excel writes one: text in the shared-strings part, number cells for
    balances; the sheet is streamed into the zip, the shared strings follow it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Balances" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        shared = {}
        with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
            def w(text):
                sheet.write(text.encode("utf-8"))
            w('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            def cells(r, values):
                parts = []
                for i, v in enumerate(values):
                    ref = "%s%d" % (col(i), r)
                    if isinstance(v, str):
                        index = shared.setdefault(v, len(shared))
                        parts.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index))
                    else:
                        parts.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                return '<row r="%d">%s</row>' % (r, "".join(parts))
            w(cells(1, HEADER))
            buffer = []
            for r, c in enumerate(customers(count, month), start=2):
                values = row(c, money(c["cents"]))
                values[4] = float(money(c["cents"]))  # a real number cell
                buffer.append(cells(r, values))
                if len(buffer) >= 10000:
                    w("".join(buffer))
                    buffer = []
            w("".join(buffer))
            w("</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w") as strings:
            strings.write(('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                           'uniqueCount="%d">' % len(shared)).encode("utf-8"))
            buffer = []
            for text in shared:  # in index order: dicts keep insertion order
                buffer.append("<si><t>%s</t></si>" % escape(text))
                if len(buffer) >= 10000:
                    strings.write("".join(buffer).encode("utf-8"))
                    buffer = []
            strings.write(("".join(buffer) + "</sst>").encode("utf-8"))


if __name__ == "__main__":
    out, count = sys.argv[1], int(sys.argv[2])
    month = int(sys.argv[sys.argv.index("--month") + 1]) if "--month" in sys.argv else MONTHS
    if not 1 <= month <= MONTHS:
        sys.exit("--month must be 1..%d" % MONTHS)
    os.makedirs(out, exist_ok=True)
    write_parameters(os.path.join(out, "parameters.csv"), month)
    write_links(os.path.join(out, "vendor-links.csv"), count)
    if "--xlsx" in sys.argv:
        write_xlsx(os.path.join(out, "balances.xlsx"), count, month)
    elif "--transactions" in sys.argv:
        per = int(sys.argv[sys.argv.index("--transactions") + 1])
        write_transactions(os.path.join(out, "balances.csv"), count, month, per)
    else:
        write_csv(os.path.join(out, "balances.csv"), count, month)
    print(balance_date(month))
