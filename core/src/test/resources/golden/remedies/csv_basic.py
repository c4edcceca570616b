# csv: reader/writer with the excel dialect, quoting styles, delimiters, DictReader/DictWriter.
import csv
import io

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["plain", "with,comma", 'with "quote"', "multi\nline", "", None, 3, 2.5, True]))
w.writerow([""])
w.writerow([])
w.writerows([["a", "b"], ["c", "d"]])
print(repr(s.getvalue()))

rows = list(csv.reader(io.StringIO(s.getvalue(), newline="")))
print(rows)
print(list(csv.reader(['a,"b,c",d\r\n', "\n", "", '"x"y,z\n', 'p"q,r\n', '"multi\n', 'line",end\n',
                       " s, t\n", "a,b,\n", ",,\n", '""\n', '"abc'])))

for style in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=style).writerow(["a", 1, 2.5, None, "b c"])
    print(style, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d'])
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, delimiter=";", lineterminator="\n", quotechar="'").writerow(["it's", "x;y", "z"])
print(repr(s.getvalue()))
print(list(csv.reader(["1,\"2\",3.5"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(["a; b;  c"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
r = csv.reader(["a\n", "b\n", '"c\n', 'd"\n'])
print([next(r), r.line_num], [next(r), r.line_num], [next(r), r.line_num])
print(csv.list_dialects(), r.dialect.delimiter, csv.get_dialect("excel").lineterminator == "\r\n")

for call in (lambda: csv.writer(io.StringIO()).writerow(5),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
             lambda: list(csv.reader(['"abc'], strict=True)),
             lambda: list(csv.reader(['"a"b'], strict=True)),
             lambda: csv.get_dialect("nope")):
    try:
        call()
    except csv.Error as e:
        print("csv.Error:", e)
for call in (lambda: csv.reader(["a"], delimiter="ab"),
             lambda: csv.writer(io.StringIO(), quoting=7),
             lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["name", "age", "city"])
print(dw.writeheader())
dw.writerow({"name": "Ann", "age": 31, "city": "Oslo, NO"})
dw.writerows([{"name": "Bob", "age": 25}, {"city": "Rome", "name": "Cy"}])
print(repr(s.getvalue()))
try:
    dw.writerow({"name": "x", "zip": 1})
except ValueError as e:
    print("ValueError:", e)
csv.DictWriter(s, ["name"], extrasaction="ignore").writerow({"name": "ok", "zip": 1})
dr = csv.DictReader(io.StringIO("name,age\r\nAnn,31\r\n\r\nBob\r\nCy,40,extra,more\r\n"))
print(dr.fieldnames)
for row in dr:
    print(row)
print(list(csv.DictReader(["x,y"], fieldnames=["a", "b"], restkey="rest")))
print(list(csv.DictReader(["1,2,3"], fieldnames=["a"], restkey="rest")))
print(list(csv.DictReader(["1"], fieldnames=["a", "b"], restval="?")))

# Output of CPython 3.11:
# expect: 63
# expect: 'plain,"with,comma","with ""quote""","multi\nline",,,3,2.5,True\r\n""\r\n\r\na,b\r\nc,d\r\n'
# expect: [['plain', 'with,comma', 'with "quote"', 'multi\nline', '', '', '3', '2.5', 'True'], [''], [], ['a', 'b'], ['c', 'd']]
# expect: [['a', 'b,c', 'd'], [], [], ['xy', 'z'], ['p"q', 'r'], ['multi\nline', 'end'], [' s', ' t'], ['a', 'b', ''], ['', '', ''], [''], ['abc']]
# expect: 0 'a,1,2.5,,b c\r\n'
# expect: 1 '"a","1","2.5","","b c"\r\n'
# expect: 2 '"a",1,2.5,"","b c"\r\n'
# expect: 'a\\,b,c\\"d\r\n'
# expect: "'it''s';'x;y';z\n"
# expect: [[1.0, '2', 3.5]]
# expect: [['a', 'b', 'c']]
# expect: [['a', 'b', 'c']]
# expect: [['a,b', 'c']]
# expect: [['a'], 1] [['b'], 2] [['c\nd'], 4]
# expect: ['excel', 'excel-tab', 'unix'] , True
# expect: csv.Error: iterable expected, not int
# expect: csv.Error: need to escape, but no escapechar set
# expect: csv.Error: unexpected end of data
# expect: csv.Error: ',' expected after '"'
# expect: csv.Error: unknown dialect
# expect: TypeError: "delimiter" must be a 1-character string
# expect: TypeError: bad "quoting" value
# expect: ValueError: could not convert string to float: 'x'
# expect: 15
# expect: 'name,age,city\r\nAnn,31,"Oslo, NO"\r\nBob,25,\r\nCy,,Rome\r\n'
# expect: ValueError: dict contains fields not in fieldnames: 'zip'
# expect: ['name', 'age']
# expect: {'name': 'Ann', 'age': '31'}
# expect: {'name': 'Bob', 'age': None}
# expect: {'name': 'Cy', 'age': '40', None: ['extra', 'more']}
# expect: [{'a': 'x', 'b': 'y'}]
# expect: [{'a': '1', 'rest': ['2', '3']}]
# expect: [{'a': '1', 'b': '?'}]
