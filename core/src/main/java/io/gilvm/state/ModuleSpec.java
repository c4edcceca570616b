package io.gilvm.state;

import io.gilvm.object.PyBool;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;

/**
 * {@code module.__spec__}: how a module was found (its name, where it came from, where its
 * submodules are looked for), as the import system describes it. A spec lives as long as its
 * module, which lives as long as the program, so it is immortal and so is what it holds.
 */
public final class ModuleSpec extends PyObject {
  static final PyType TYPE = PyType.builtin("ModuleSpec", PyType.OBJECT);

  private final String name;

  /** The file the module came from, "built-in", or null (a namespace package). */
  private final String origin;

  /** Whether {@link #origin} is a location in the file system (so {@code __file__} is set). */
  private final boolean hasLocation;

  /** The package's {@code __path__}, or null for a module that is not a package. */
  private final PyList searchLocations;

  /** The loader ({@code spec.loader}), or null. */
  private final SourceLoader loader;

  /** Set while the module's body runs: the module is only partially initialised. */
  public volatile boolean initializing;

  ModuleSpec(String name, String origin, boolean hasLocation, PyList searchLocations) {
    this(name, origin, hasLocation, searchLocations, false);
  }

  /** A spec; {@code withLoader} gives a module found in a source file its SourceFileLoader. */
  ModuleSpec(
      String name, String origin, boolean hasLocation, PyList searchLocations, boolean withLoader) {
    this.name = name;
    this.origin = origin;
    this.hasLocation = hasLocation;
    this.searchLocations = searchLocations;
    this.loader = withLoader ? new SourceLoader(name, origin) : null;
    immortalize();
  }

  /** The loader, or null. */
  public SourceLoader loader() {
    return loader;
  }

  /** {@code spec.origin}, or null. */
  String origin() {
    return origin;
  }

  /** {@code spec.submodule_search_locations}, or null. */
  PyList searchLocations() {
    return searchLocations;
  }

  public String name() {
    return name;
  }

  /** Whether the module came from a file. */
  boolean hasLocation() {
    return hasLocation;
  }

  /** Whether the module is built into gilvm (written in Java). */
  public boolean isBuiltin() {
    return "built-in".equals(origin) && !hasLocation;
  }

  /** Whether this is a namespace package: a directory without {@code __init__.py}. */
  public boolean isNamespace() {
    return origin == null && searchLocations != null;
  }

  /** The package this module belongs to: itself for a package, else its name up to the last dot. */
  public String parent() {
    if (searchLocations != null) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "name":
        return new PyStr(name);
      case "origin":
        return origin == null ? PyNone.NONE : new PyStr(origin);
      case "has_location":
        return PyBool.of(hasLocation);
      case "submodule_search_locations":
        return searchLocations == null ? PyNone.NONE : searchLocations;
      case "parent":
        return new PyStr(parent());
      case "loader":
        return loader == null ? PyNone.NONE : loader;
      case "loader_state":
      case "cached":
        return PyNone.NONE;
      case "_initializing":
        return PyBool.of(initializing);
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(PyStr.repr(name));
    sb.append(", loader=").append(loader == null ? "None" : loader.repr());
    if (origin != null) {
      sb.append(", origin=").append(PyStr.repr(origin));
    }
    if (searchLocations != null) {
      sb.append(", submodule_search_locations=").append(searchLocations.repr());
    }
    return sb.append(')').toString();
  }
}
