# dataclasses: Field's repr, MISSING and KW_ONLY as their own types' objects, and each field's
# metadata as a read-only mappingproxy (shared and empty when none was given).
import dataclasses
import re
import types


def shown(obj):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", repr(obj))


@dataclasses.dataclass
class Point:
    x: int
    y: list = dataclasses.field(default_factory=list, metadata={"unit": "m"})
    z: str = "a"


for f in dataclasses.fields(Point):
    print(shown(f))
print(shown(dataclasses.MISSING), type(dataclasses.MISSING).__name__)
print(shown(dataclasses.KW_ONLY), type(dataclasses.KW_ONLY).__name__)
print(shown(dataclasses.field()))
meta = dataclasses.fields(Point)[1].metadata
print(meta, repr(meta), type(meta), type(meta).__name__)
print(meta["unit"], len(meta), list(meta), dict(meta), meta.get("q", 5), "unit" in meta)
print(list(meta.keys()), list(meta.values()), list(meta.items()), meta.copy())
print(dataclasses.fields(Point)[0].metadata, dataclasses.fields(Point)[0].metadata is dataclasses.fields(Point)[2].metadata)
try:
    meta["unit"] = "cm"
except TypeError as e:
    print("TypeError:", e)
source = {"a": 1}
proxy = types.MappingProxyType(source)
source["b"] = 2
print(proxy, proxy == {"a": 1, "b": 2}, proxy | {"c": 3})
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.fields(Point)[1].default is dataclasses.MISSING, Point(1))

# Output of CPython 3.11:
# expect: Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at 0x...>,default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=False,_field_type=_FIELD)
# expect: Field(name='y',type=<class 'list'>,default=<dataclasses._MISSING_TYPE object at 0x...>,default_factory=<class 'list'>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({'unit': 'm'}),kw_only=False,_field_type=_FIELD)
# expect: Field(name='z',type=<class 'str'>,default='a',default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=False,_field_type=_FIELD)
# expect: <dataclasses._MISSING_TYPE object at 0x...> _MISSING_TYPE
# expect: <dataclasses._KW_ONLY_TYPE object at 0x...> _KW_ONLY_TYPE
# expect: Field(name=None,type=None,default=<dataclasses._MISSING_TYPE object at 0x...>,default_factory=<dataclasses._MISSING_TYPE object at 0x...>,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=<dataclasses._MISSING_TYPE object at 0x...>,_field_type=None)
# expect: {'unit': 'm'} mappingproxy({'unit': 'm'}) <class 'mappingproxy'> mappingproxy
# expect: m 1 ['unit'] {'unit': 'm'} 5 True
# expect: ['unit'] ['m'] [('unit', 'm')] {'unit': 'm'}
# expect: {} True
# expect: TypeError: 'mappingproxy' object does not support item assignment
# expect: {'a': 1, 'b': 2} True {'a': 1, 'b': 2, 'c': 3}
# expect: TypeError: mappingproxy() argument must be a mapping, not list
# expect: True Point(x=1, y=[], z='a')
