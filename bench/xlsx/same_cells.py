#!/usr/bin/python3
"""Checks that two XLSX files open (zip CRCs) and that their first sheets
hold the same cells: same references, same values (inline or shared strings,
numbers). Prints the number of rows and cells compared, and whether the two
sheet1.xml are also the same bytes.

  same_cells.py A.xlsx B.xlsx
"""
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def shared_strings(archive):
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(NS + "t")) for si in root.iter(NS + "si")]


def cells(path):
    """(reference, value) of every cell of sheet1.xml, in order; the archive is checked first."""
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad is not None:
            sys.exit("%s: %s fails its CRC" % (path, bad))
        strings = shared_strings(archive)
        with archive.open("xl/worksheets/sheet1.xml") as sheet:
            for _, element in ET.iterparse(sheet):
                if element.tag == NS + "row":
                    element.clear()
                    continue
                if element.tag != NS + "c":
                    continue
                kind = element.get("t")
                if kind == "inlineStr":
                    value = "".join(t.text or "" for t in element.iter(NS + "t"))
                elif kind == "s":
                    value = strings[int(element.find(NS + "v").text)]
                else:
                    v = element.find(NS + "v")
                    value = float(v.text) if v is not None else None
                yield element.get("r"), value


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: same_cells.py A.xlsx B.xlsx")
    a, b = sys.argv[1:]
    count = 0
    rows = set()
    for left, right in zip(cells(a), cells(b), strict=True):
        if left != right:
            sys.exit("cells differ: %s has %r, %s has %r" % (a, left, b, right))
        count += 1
        rows.add(int("".join(ch for ch in left[0] if ch.isdigit())))
    print("same cells: %d cells in %d rows" % (count, len(rows)))
    with zipfile.ZipFile(a) as left, zipfile.ZipFile(b) as right:
        same = left.read("xl/worksheets/sheet1.xml") == right.read("xl/worksheets/sheet1.xml")
    print("sheet1.xml byte for byte: %s" % ("identical" if same else "different"))


if __name__ == "__main__":
    main()
