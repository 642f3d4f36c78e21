#!/usr/bin/python3
"""Benchmark 4c, Python's side: the rows of bench/xlsx/rows.cpp (same
xorshift32, same seed, same cells) written with Python XlsxWriter
(Debian python3-xlsxwriter) in constant_memory mode, laid out as otklik
lays out «Исходные данные»: one Excel table, bold wrapped headers, column
widths, a frozen header row, counts as numbers in #,##0.

  rows.py OUT.xlsx [ROWS=1000000] [SEED=7]

Prints "write N.NNN s": opening the workbook to closing it; the rows are
generated before, as bench-xlsx does.
"""
import sys
import time

import xlsxwriter

PERIODS = ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2",
           "2026-Q3"]
SEGMENTS = ["citizens", "pensioners", "entrepreneurs", "staff", ""]
QUESTIONS = ["satisfaction", "ease", "need_satisfaction", "nps", "polite"]
SCALE = ["4", "3", "2", "1", "dk"]
ANSWERS = [SCALE, SCALE, SCALE, [str(n) for n in range(11)], ["yes", "no"]]
COLUMNS = [("Период", 10), ("Код ЖС", 12), ("Код услуги", 12), ("Код ТВ", 12),
           ("Код сегмента", 12), ("Код региона", 12), ("Вопрос", 18), ("Ответ", 8),
           ("Количество", 12)]
MASK = 0xFFFFFFFF


def input_rows(rows, seed):
    """rows.cpp's input_rows, step for step."""
    state = seed or 1
    out = []
    for i in range(rows):
        state ^= (state << 13) & MASK
        state ^= state >> 17
        state ^= (state << 5) & MASK
        a = state
        state ^= (state << 13) & MASK
        state ^= state >> 17
        state ^= (state << 5) & MASK
        b = state
        region = b % 86
        question = (b >> 7) % 5
        answers = ANSWERS[question]
        out.append((PERIODS[i * 8 // rows], "ls%02d" % (a % 60 + 1),
                    "svc%03d" % ((a >> 8) % 400 + 1), "tp%02d" % ((a >> 17) % 10 + 1),
                    SEGMENTS[(a >> 21) % 5], "r%02d" % region if region else "",
                    QUESTIONS[question], answers[(b >> 10) % len(answers)],
                    1 + (b >> 14) % 3000))
    return out


def write(path, rows):
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True, "use_zip64": True})
    header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    count = workbook.add_format({"num_format": "#,##0"})
    sheet = workbook.add_worksheet("Исходные данные")
    sheet.set_row(0, 48, header)
    for col, (_, width) in enumerate(COLUMNS):
        sheet.set_column(col, col, width)
    # XlsxWriter refuses tables in constant_memory mode, like libxlsxwriter;
    # lifted for this call as otklik does, then the headers go into the
    # streamed first row.
    sheet.constant_memory = False
    sheet.add_table(0, 0, len(rows), len(COLUMNS) - 1, {
        "name": "IskhodnyeDannye", "style": "Table Style Light 1",
        "columns": [{"header": name, "header_format": header} for name, _ in COLUMNS]})
    sheet.constant_memory = True
    for col, (name, _) in enumerate(COLUMNS):
        sheet.write_string(0, col, name, header)
    sheet.freeze_panes(1, 0)
    write_string = sheet.write_string
    for r, row in enumerate(rows, start=1):
        for col in range(8):
            if row[col]:  # otklik leaves an empty text cell blank
                write_string(r, col, row[col])
        sheet.write_number(r, 8, row[8], count)
    workbook.close()


def main():
    if not 2 <= len(sys.argv) <= 4:
        sys.exit("usage: rows.py OUT.xlsx [ROWS] [SEED]")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    rows = input_rows(count, seed)
    start = time.perf_counter()
    write(sys.argv[1], rows)
    print("write %.3f s" % (time.perf_counter() - start))


if __name__ == "__main__":
    main()
