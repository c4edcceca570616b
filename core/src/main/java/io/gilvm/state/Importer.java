package io.gilvm.state;

import io.gilvm.compiler.Compiler;
import io.gilvm.eval.Eval;
import io.gilvm.eval.Traceback;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import system of one interpreter, with CPython 3.11's semantics: {@code sys.modules} (a real
 * dict the program may change), the finders (gilvm's built-in modules first, then each {@code
 * sys.path} entry in order: source files, packages, namespace packages, and gilvm's own library
 * where its entry stands), relative imports, the partially initialised module seen during a
 * circular import, and a per-module import lock so that threads importing the same module run its
 * body once.
 */
public final class Importer {
  /**
   * gilvm's Java modules that CPython also builds into the interpreter: found before {@code
   * sys.path}, as CPython's built-in modules are. The other Java modules (math, random, socket...)
   * stand in for CPython's extension modules and are found where gilvm's library stands in {@code
   * sys.path}, so that a program's own {@code random.py} shadows them as it would in CPython.
   */
  private static final Set<String> CPYTHON_BUILTINS =
      Set.of(
          "builtins",
          "sys",
          "_thread",
          "time",
          "gc",
          "errno",
          "itertools",
          "atexit",
          "_io",
          "_signal",
          "_weakref",
          "_warnings",
          "_imp",
          "marshal",
          "posix",
          "pwd",
          "_abc",
          "_codecs",
          "_collections",
          "_functools",
          "_locale",
          "_operator",
          "_sre",
          "_stat",
          "_string",
          "_symtable",
          "_tokenize",
          "_tracemalloc",
          "faulthandler",
          "_ast");

  private final Interpreter interp;

  /** {@code sys.modules}. */
  final PyDict modules = new PyDict().immortalize();

  Importer(Interpreter interp) {
    this.interp = interp;
  }

  /**
   * Every module this interpreter made from source, in sys.modules or not (one whose body raised
   * was removed): the leak report releases what each one's globals hold.
   */
  private final List<PyModule> made = new ArrayList<>();

  /** A new module, remembered for {@link #madeModules}. */
  public PyModule newModule(String name) {
    PyModule m = new PyModule(name);
    synchronized (made) {
      made.add(m);
    }
    return m;
  }

  /** The modules made by {@link #newModule}. */
  public List<PyModule> madeModules() {
    synchronized (made) {
      return new ArrayList<>(made);
    }
  }

  // ---------------------------------------------------------------- sys.path

  /** Where gilvm's library modules stand in {@code sys.path}: the library's own location. */
  static final String LIBRARY_ENTRY = libraryEntry();

  private static String libraryEntry() {
    URL url = Modules.libraryResource(Modules.LIB);
    String lib = Modules.LIB.substring(0, Modules.LIB.length() - 1);
    if (url == null) {
      return "<gilvm>/" + lib;
    }
    String u = url.toString();
    try {
      if (u.startsWith("jar:")) {
        String jar = u.substring(4, u.indexOf("!/"));
        return Path.of(new java.net.URI(jar)).toString() + "/" + lib;
      }
      if (u.startsWith("file:")) {
        String p = Path.of(url.toURI()).toString();
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
      }
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      // Fall through to a name that still marks the library's place.
    }
    return "<gilvm>/" + lib;
  }

  /**
   * {@code sys.path} as CPython builds it: {@code first} (the script's directory, or '' for the
   * current directory), the {@code PYTHONPATH} entries made absolute, then gilvm's library.
   */
  static List<String> initialPath(String first, String pythonPath) {
    List<String> path = new ArrayList<>();
    path.add(first);
    if (pythonPath != null && !pythonPath.isEmpty()) {
      for (String e : pythonPath.split(java.io.File.pathSeparator, -1)) {
        path.add(absolute(e));
      }
    }
    path.add(LIBRARY_ENTRY);
    return path;
  }

  /** A path entry made absolute and normalised, as {@code os.path.abspath} does; '' is the cwd. */
  static String absolute(String entry) {
    try {
      return Path.of(entry.isEmpty() ? "." : entry).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return entry;
    }
  }

  // ---------------------------------------------------------------- import statements

  /**
   * {@code __import__(name, globals, locals, fromlist, level)}, as IMPORT_NAME calls it: imports
   * the module (resolving a relative name against {@code globals}' package), then returns the
   * top-level package for {@code import a.b}, or the module itself when there is a fromlist (after
   * importing the fromlist's submodules). The result is borrowed.
   */
  public PyObject importName(
      ThreadState ts, String name, PyObject globals, PyObject fromlist, int level) {
    if (level < 0) {
      throw PyException.valueError("level must be >= 0");
    }
    String absName = level > 0 ? resolveName(name, globals, level) : name;
    if (absName.isEmpty()) {
      throw PyException.valueError("Empty module name");
    }
    PyObject module = importModule(ts, absName);
    boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && fromlist.isTrue();
    if (!hasFromlist) {
      if (level == 0) {
        int dot = name.indexOf('.');
        return dot < 0 ? module : importModule(ts, name.substring(0, dot));
      }
      if (name.isEmpty()) {
        return module;
      }
      // `from .a.b import` has a fromlist; this is __import__('a.b', level=1): the top of what
      // was named, which is the package `a` resolved against the caller's package.
      int cut = name.length() - (name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
      String top = absName.substring(0, absName.length() - cut);
      PyObject m = modules.getStr(top);
      if (m == null) {
        throw new PyException(
            PyBaseException.create(
                ExceptionTypes.KEY_ERROR,
                new PyStr(PyStr.repr(top) + " not in sys.modules as expected")));
      }
      return m;
    }
    if (module.lookupAttr("__path__") != null) {
      handleFromlist(ts, module, fromlist, false);
    }
    return module;
  }

  /** Imports the fromlist's names that are submodules of the package {@code module}. */
  private void handleFromlist(ThreadState ts, PyObject module, PyObject fromlist, boolean fromAll) {
    String pkg = moduleName(module);
    for (PyObject x : Ops.toArray(fromlist)) {
      if (!(x instanceof PyStr s)) {
        String where = fromAll ? pkg + ".__all__" : "``from list''";
        throw PyException.typeError("Item in " + where + " must be str, not " + x.type().name());
      }
      String attr = s.value();
      if (attr.equals("*")) {
        PyObject all = fromAll ? null : module.lookupAttr("__all__");
        if (all != null) {
          handleFromlist(ts, module, all, true);
        }
        continue;
      }
      if (module.lookupAttr(attr) != null) {
        continue;
      }
      String sub = pkg + "." + attr;
      try {
        importModule(ts, sub);
      } catch (PyException e) {
        // A name that is neither an attribute nor a submodule is left for IMPORT_FROM to report.
        if (e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)
            && sub.equals(exceptionName(e))
            && modules.getStr(sub) == null) {
          continue;
        }
        throw e;
      }
    }
  }

  private static String exceptionName(PyException e) {
    PyObject n = e.value().lookupAttr("name");
    return n instanceof PyStr s ? s.value() : null;
  }

  /** The absolute name of a relative import, from the importing module's package. */
  String resolveName(String name, PyObject globals, int level) {
    return resolveName(name, packageOf(globals), level);
  }

  /**
   * The absolute name of {@code name} imported with {@code level} dots from package {@code pkg}.
   */
  public String resolveName(String name, String pkg, int level) {
    if (pkg == null || pkg.isEmpty()) {
      throw importError(
          ExceptionTypes.IMPORT_ERROR,
          "attempted relative import with no known parent package",
          null,
          null);
    }
    String base = pkg;
    for (int i = 1; i < level; i++) {
      int dot = base.lastIndexOf('.');
      if (dot < 0) {
        throw importError(
            ExceptionTypes.IMPORT_ERROR,
            "attempted relative import beyond top-level package",
            null,
            null);
      }
      base = base.substring(0, dot);
    }
    return name.isEmpty() ? base : base + "." + name;
  }

  /** {@code __package__}, else {@code __spec__.parent}, else derived from {@code __name__}. */
  private static String packageOf(PyObject globals) {
    if (!(globals instanceof PyDict g)) {
      return null;
    }
    PyObject pkg = g.getStr("__package__");
    if (pkg != null && pkg != PyNone.NONE) {
      if (!(pkg instanceof PyStr s)) {
        throw PyException.typeError("package must be a string");
      }
      return s.value();
    }
    PyObject spec = g.getStr("__spec__");
    if (spec != null && spec != PyNone.NONE) {
      return Ops.str(spec.getAttr("parent"));
    }
    PyObject name = g.getStr("__name__");
    if (name == null) {
      throw new PyException(
          PyBaseException.create(ExceptionTypes.KEY_ERROR, new PyStr("'__name__' not in globals")));
    }
    if (!(name instanceof PyStr n)) {
      throw PyException.typeError("__name__ must be a string");
    }
    if (g.getStr("__path__") != null) {
      return n.value();
    }
    int dot = n.value().lastIndexOf('.');
    return dot < 0 ? "" : n.value().substring(0, dot);
  }

  /**
   * IMPORT_FROM: {@code module.name}, or the submodule {@code module.name} from sys.modules (a
   * circular import may have imported it without binding it yet); else CPython's ImportError.
   */
  public PyObject importFrom(PyObject module, String name) {
    PyObject v = module.lookupAttr(name);
    if (v != null) {
      return v;
    }
    PyObject pkgName = module.lookupAttr("__name__");
    if (!(pkgName instanceof PyStr pn)) {
      throw importError(
          ExceptionTypes.IMPORT_ERROR,
          "cannot import name '" + name + "' from '<unknown module name>' (unknown location)",
          null,
          null);
    }
    PyObject sub = modules.getStr(pn.value() + "." + name);
    if (sub != null) {
      return sub;
    }
    PyObject file = module.lookupAttr("__file__");
    if (!(file instanceof PyStr path)) {
      throw importError(
          ExceptionTypes.IMPORT_ERROR,
          "cannot import name '"
              + name
              + "' from "
              + PyStr.repr(pn.value())
              + " (unknown location)",
          pn.value(),
          null);
    }
    String msg =
        isInitializing(module)
            ? "cannot import name '"
                + name
                + "' from partially initialized module "
                + PyStr.repr(pn.value())
                + " (most likely due to a circular import) ("
                + path.value()
                + ")"
            : "cannot import name '"
                + name
                + "' from "
                + PyStr.repr(pn.value())
                + " ("
                + path.value()
                + ")";
    throw importError(ExceptionTypes.IMPORT_ERROR, msg, pn.value(), path.value());
  }

  /** IMPORT_STAR: binds the module's public names in {@code locals}. */
  public void importStar(PyObject module, PyDict locals) {
    PyObject all = module.lookupAttr("__all__");
    if (all != null) {
      for (PyObject n : Ops.toArray(all)) {
        if (!(n instanceof PyStr s)) {
          throw PyException.typeError(
              "Item in " + moduleName(module) + ".__all__ must be str, not " + n.type().name());
        }
        locals.put(s, module.getAttr(s.value()));
      }
      return;
    }
    PyObject dict = module.lookupAttr("__dict__");
    if (!(dict instanceof PyDict d)) {
      throw new PyException(
          PyBaseException.create(
              ExceptionTypes.IMPORT_ERROR,
              new PyStr("from-import-* object has no __dict__ and no __all__")));
    }
    PyObject[] kv = d.itemArray();
    for (int i = 0; i < kv.length; i += 2) {
      if (!(kv[i] instanceof PyStr s)) {
        throw PyException.typeError(
            "Key in " + moduleName(module) + ".__dict__ must be str, not " + kv[i].type().name());
      }
      if (!s.value().startsWith("_")) {
        locals.put(s, kv[i + 1]);
      }
    }
  }

  private static String moduleName(PyObject module) {
    PyObject n = module.lookupAttr("__name__");
    return n instanceof PyStr s ? s.value() : "<unknown module name>";
  }

  // ---------------------------------------------------------------- finding and loading

  /**
   * Imports a module by its absolute dotted name and returns it (borrowed): from sys.modules when
   * it is there and complete, else found, loaded and run once, under its import lock.
   */
  public PyObject importModule(ThreadState ts, String name) {
    PyObject m = modules.getStr(name);
    if (m == null) {
      m = findAndLoad(ts, name);
    } else if (isInitializing(m)) {
      // Another thread is running its body (or this one is: a circular import, which takes the
      // partial module at once). Wait for that import to end, then take the module seen, as
      // CPython does, even if its import failed meanwhile.
      if (acquire(ts, name)) {
        release(name);
      }
    }
    if (m == PyNone.NONE) {
      throw importError(
          ExceptionTypes.MODULE_NOT_FOUND_ERROR,
          "import of " + name + " halted; None in sys.modules",
          name,
          null);
    }
    return m;
  }

  private PyObject findAndLoad(ThreadState ts, String name) {
    if (acquire(ts, name)) {
      try {
        PyObject m = modules.getStr(name);
        return m != null ? m : findAndLoadUnlocked(ts, name);
      } finally {
        release(name);
      }
    }
    // Waiting would deadlock (threads importing each other's modules): take the partial module.
    PyObject m = modules.getStr(name);
    if (m != null) {
      return m;
    }
    throw importError(
        ExceptionTypes.IMPORT_ERROR,
        "deadlock detected by import lock for '" + name + "'",
        name,
        null);
  }

  private static boolean isInitializing(PyObject m) {
    return m instanceof PyModule pm
        && pm.dict().getStr("__spec__") instanceof ModuleSpec s
        && s.initializing;
  }

  private PyObject findAndLoadUnlocked(ThreadState ts, String name) {
    int dot = name.lastIndexOf('.');
    PyObject searchPath = null;
    PyObject parentModule = null;
    if (dot >= 0) {
      String parent = name.substring(0, dot);
      if (modules.getStr(parent) == null) {
        importModule(ts, parent);
      }
      // Importing the parent may have imported this module already.
      PyObject done = modules.getStr(name);
      if (done != null) {
        return done;
      }
      parentModule = modules.getStr(parent);
      if (Modules.isBuiltin(name)) {
        return loadBuiltin(ts, name, parentModule);
      }
      searchPath = parentModule == null ? null : parentModule.lookupAttr("__path__");
      if (searchPath == null) {
        throw importError(
            ExceptionTypes.MODULE_NOT_FOUND_ERROR,
            "No module named " + PyStr.repr(name) + "; " + PyStr.repr(parent) + " is not a package",
            name,
            null);
      }
    } else if (CPYTHON_BUILTINS.contains(name) && Modules.isBuiltin(name)) {
      return loadBuiltin(ts, name, null);
    }
    Found found = find(name, searchPath);
    if (found == null) {
      throw importError(
          ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + PyStr.repr(name), name, null);
    }
    PyObject m = found.kind == Kind.BUILTIN ? loadBuiltin(ts, name, null) : load(ts, name, found);
    if (parentModule != null) {
      parentModule.setAttr(name.substring(dot + 1), m);
    }
    return m;
  }

  private PyObject loadBuiltin(ThreadState ts, String name, PyObject parentModule) {
    PyModule m = Modules.create(ts, interp, name);
    if (m.dict().getStr("__spec__") == null) {
      m.put("__spec__", new ModuleSpec(name, "built-in", false, null));
    }
    modules.putStr(name, m);
    if (parentModule != null) {
      parentModule.setAttr(name.substring(name.lastIndexOf('.') + 1), m);
    }
    return m;
  }

  private enum Kind {
    BUILTIN,
    LIBRARY,
    SOURCE,
    NAMESPACE
  }

  /** Where a module was found: its kind, its file (or library resource) and its package path. */
  private record Found(
      Kind kind,
      String file,
      boolean isPackage,
      List<String> searchLocations,
      Modules.LibrarySource library) {}

  /** Searches {@code searchPath} (sys.path when null) for the module {@code name}. */
  private Found find(String name, PyObject searchPath) {
    PyObject path = searchPath != null ? searchPath : sysPath();
    String tail = name.substring(name.lastIndexOf('.') + 1);
    if (tail.isEmpty()
        || tail.indexOf('/') >= 0
        || tail.indexOf('\0') >= 0
        || tail.indexOf(java.io.File.separatorChar) >= 0) {
      // No file name in a directory listing is like that.
      return null;
    }
    List<String> portions = new ArrayList<>();
    for (PyObject e : Ops.toArray(path)) {
      if (!(e instanceof PyStr s)) {
        continue;
      }
      String entry = s.value();
      if (entry.equals(LIBRARY_ENTRY) || entry.startsWith(LIBRARY_ENTRY + "/")) {
        Found f =
            findInLibrary(name, entry.substring(LIBRARY_ENTRY.length()), tail, searchPath == null);
        if (f != null) {
          return f;
        }
        continue;
      }
      Path dir;
      try {
        dir = Path.of(absolute(entry));
      } catch (InvalidPathException ex) {
        continue;
      }
      Path pkgDir = dir.resolve(tail);
      boolean isDir = Files.isDirectory(pkgDir);
      if (isDir) {
        Path init = pkgDir.resolve("__init__.py");
        if (Files.isRegularFile(init)) {
          return new Found(Kind.SOURCE, init.toString(), true, List.of(pkgDir.toString()), null);
        }
      }
      Path file = dir.resolve(tail + ".py");
      if (Files.isRegularFile(file)) {
        return new Found(Kind.SOURCE, file.toString(), false, null, null);
      }
      if (isDir) {
        portions.add(pkgDir.toString());
      }
    }
    if (!portions.isEmpty()) {
      return new Found(Kind.NAMESPACE, null, true, portions, null);
    }
    return null;
  }

  /** A module in gilvm's library: a Java module standing in for an extension, or a .py resource. */
  private Found findInLibrary(String name, String sub, String tail, boolean topLevel) {
    if (topLevel && sub.isEmpty() && Modules.isBuiltin(name)) {
      return new Found(Kind.BUILTIN, null, false, null, null);
    }
    String rel = sub.isEmpty() ? tail : sub.substring(1) + "/" + tail;
    Modules.LibrarySource src = Modules.findLibraryResource(rel);
    if (src == null) {
      return null;
    }
    List<String> locations = src.isPackage() ? List.of(LIBRARY_ENTRY + "/" + rel) : null;
    return new Found(Kind.LIBRARY, src.filename(name), src.isPackage(), locations, src);
  }

  /** {@code sys.path} as the program left it. */
  private PyObject sysPath() {
    PyObject sys = importModule(ThreadState.current(), "sys");
    PyObject path = sys.lookupAttr("path");
    if (path == null) {
      throw importError(ExceptionTypes.IMPORT_ERROR, "sys.path is not set", null, null);
    }
    return path;
  }

  /** Makes the module, puts it in sys.modules and runs its body; removes it if the body raises. */
  private PyObject load(ThreadState ts, String name, Found found) {
    PyCode code = null;
    if (found.kind == Kind.LIBRARY) {
      try {
        code = Modules.libraryCode(name, found.library);
      } catch (PySyntaxError e) {
        throw syntaxError(e);
      }
    } else if (found.kind == Kind.SOURCE) {
      String source = readSource(Path.of(found.file));
      try {
        code = Compiler.compile(source, found.file);
      } catch (PySyntaxError e) {
        throw syntaxError(e);
      }
      Traceback.registerSource(found.file, source);
    }
    ModuleSpec spec = specOf(name, found);
    PyModule m = moduleFromSpec(spec);
    if (found.kind == Kind.LIBRARY) {
      // Not a path in the file system, but what tracebacks name the library's code by.
      m.put("__file__", new PyStr(found.file));
    } else if (found.kind == Kind.NAMESPACE) {
      m.put("__file__", PyNone.NONE);
    }
    if (code == null) {
      modules.putStr(name, m);
      return m;
    }
    m.put("__builtins__", interp.builtins);
    spec.initializing = true;
    modules.putStr(name, m);
    try {
      Eval.runModule(ts, code, m.dict());
    } catch (RuntimeException | Error e) {
      modules.delete(new PyStr(name));
      throw e;
    } finally {
      spec.initializing = false;
    }
    // The body may have replaced itself in sys.modules: the import returns what is there.
    PyObject now = modules.getStr(name);
    if (now == null) {
      throw importError(
          ExceptionTypes.IMPORT_ERROR,
          "Loaded module " + name + " not found in sys.modules",
          name,
          null);
    }
    return now;
  }

  /** The spec of a module found by {@link #find}. */
  private static ModuleSpec specOf(String name, Found found) {
    PyList locations = null;
    if (found.isPackage) {
      locations = locations(found.searchLocations);
    }
    return new ModuleSpec(
        name,
        found.kind == Kind.NAMESPACE ? null : found.file,
        found.kind == Kind.SOURCE,
        locations,
        found.kind == Kind.SOURCE);
  }

  /**
   * A package's {@code __path__}. The spec shares it and lives as long as the program: both are
   * immortal, and so are the entries they start with.
   */
  static PyList locations(List<String> paths) {
    PyList locations = new PyList().immortalize();
    for (String l : paths) {
      locations.append(new PyStr(l).immortalize());
    }
    return locations;
  }

  /**
   * {@code importlib.util.module_from_spec}: a new module whose attributes say where it comes from
   * (its body has not run).
   */
  public PyModule moduleFromSpec(ModuleSpec spec) {
    PyModule m = newModule(spec.name());
    m.put("__doc__", PyNone.NONE);
    m.put("__package__", new PyStr(spec.parent()));
    if (spec.loader() != null) {
      m.put("__loader__", spec.loader());
    }
    m.put("__spec__", spec);
    if (spec.searchLocations() != null) {
      m.put("__path__", spec.searchLocations());
    }
    if (spec.hasLocation()) {
      m.put("__file__", new PyStr(spec.origin()));
    }
    return m;
  }

  /**
   * {@code importlib.util.find_spec(name)} for an absolute name: the module's {@code __spec__} if
   * it is imported already, else where the finders would find it (importing its parent packages
   * first), or None.
   */
  public PyObject findSpec(ThreadState ts, String name) {
    PyObject existing = modules.getStr(name);
    if (existing != null) {
      PyObject spec = existing.lookupAttr("__spec__");
      if (spec == null || spec == PyNone.NONE) {
        throw PyException.valueError(name + ".__spec__ is None");
      }
      return spec;
    }
    int dot = name.lastIndexOf('.');
    PyObject searchPath = null;
    if (dot >= 0) {
      String parent = name.substring(0, dot);
      PyObject parentModule = importModule(ts, parent);
      if (Modules.isBuiltin(name)) {
        return new ModuleSpec(name, "built-in", false, null);
      }
      searchPath = parentModule.lookupAttr("__path__");
      if (searchPath == null) {
        throw importError(
            ExceptionTypes.MODULE_NOT_FOUND_ERROR,
            "__path__ attribute not found on "
                + PyStr.repr(parent)
                + " while trying to find "
                + PyStr.repr(name),
            name,
            null);
      }
    } else if (CPYTHON_BUILTINS.contains(name) && Modules.isBuiltin(name)) {
      return new ModuleSpec(name, "built-in", false, null);
    }
    Found found = find(name, searchPath);
    if (found == null) {
      return PyNone.NONE;
    }
    if (found.kind == Kind.BUILTIN) {
      return new ModuleSpec(name, "built-in", false, null);
    }
    return specOf(name, found);
  }

  /** {@code importlib.util.spec_from_file_location(name, location)}: a source file's spec. */
  public PyObject specFromFileLocation(String name, String location, PyObject searchLocations) {
    if (!location.endsWith(".py")) {
      return PyNone.NONE;
    }
    String file = absolute(location);
    PyList locations = null;
    if (searchLocations != null && searchLocations != PyNone.NONE) {
      List<String> paths = new ArrayList<>();
      for (PyObject p : Ops.toArray(searchLocations)) {
        paths.add(Ops.str(p));
      }
      locations = locations(paths);
    }
    return new ModuleSpec(name, file, true, locations, true);
  }

  /** A source file's text, decoded as UTF-8. */
  static String readSource(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw PyException.of(
          ExceptionTypes.OS_ERROR, "could not read " + file + ": " + e.getMessage());
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (s.indexOf('\0') >= 0) {
        // What CPython's import says of a binary file: no file or line, just this.
        throw new PyException(
            PyBaseException.create(
                ExceptionTypes.SYNTAX_ERROR,
                new PyStr("source code string cannot contain null bytes")));
      }
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      int bad = badUtf8Offset(bytes);
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw syntaxError(
          new PySyntaxError(
              "SyntaxError",
              String.format(
                  "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                      + " declared; see https://peps.python.org/pep-0263/ for details",
                  bytes[bad] & 0xff, file, line),
              file.toString(),
              line,
              0,
              null));
    } catch (CharacterCodingException e) {
      throw PyException.of(ExceptionTypes.OS_ERROR, "could not decode " + file);
    }
  }

  /** The offset of the first byte that is not part of a valid UTF-8 sequence. */
  private static int badUtf8Offset(byte[] b) {
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int lo = 0;
    int hi = b.length;
    // The longest valid prefix, by bisection on whether a prefix decodes (a prefix cut inside a
    // character fails too, which moves the answer at most three bytes back; then step forward).
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      try {
        dec.reset().decode(ByteBuffer.wrap(b, 0, mid));
        lo = mid;
      } catch (CharacterCodingException e) {
        hi = mid - 1;
      }
    }
    return Math.min(lo, b.length - 1);
  }

  // ---------------------------------------------------------------- importlib.reload

  /**
   * {@code importlib.reload(module)}: finds the module again and runs its (re-read) source in the
   * same module object, which keeps the names the new source does not bind.
   */
  public PyObject reload(ThreadState ts, PyObject module) {
    if (!(module instanceof PyModule m)) {
      throw PyException.typeError("reload() argument must be a module");
    }
    String name = m.name();
    if (modules.getStr(name) != m) {
      throw importError(
          ExceptionTypes.IMPORT_ERROR, "module " + name + " not in sys.modules", name, null);
    }
    int dot = name.lastIndexOf('.');
    PyObject searchPath = null;
    if (dot >= 0) {
      String parent = name.substring(0, dot);
      PyObject parentModule = modules.getStr(parent);
      if (parentModule == null) {
        throw importError(
            ExceptionTypes.IMPORT_ERROR,
            "parent " + PyStr.repr(parent) + " not in sys.modules",
            parent,
            null);
      }
      searchPath = parentModule.lookupAttr("__path__");
    }
    if (!(m.dict().getStr("__spec__") instanceof ModuleSpec spec) || !spec.hasLocation()) {
      return m;
    }
    Found found = find(name, searchPath);
    if (found == null) {
      throw importError(
          ExceptionTypes.MODULE_NOT_FOUND_ERROR,
          "spec not found for the module " + PyStr.repr(name),
          name,
          null);
    }
    if (found.kind != Kind.SOURCE) {
      return m;
    }
    if (!acquire(ts, name)) {
      return m;
    }
    try {
      String source = readSource(Path.of(found.file));
      PyCode code;
      try {
        code = Compiler.compile(source, found.file);
      } catch (PySyntaxError e) {
        throw syntaxError(e);
      }
      Traceback.registerSource(found.file, source);
      m.put("__file__", new PyStr(found.file));
      spec.initializing = true;
      try {
        Eval.runModule(ts, code, m.dict());
      } finally {
        spec.initializing = false;
      }
    } finally {
      release(name);
    }
    PyObject now = modules.getStr(name);
    return now != null ? now : m;
  }

  // ---------------------------------------------------------------- python3 -m

  /** A module {@code -m} cannot run: the one line CPython prints after the executable's name. */
  static final class NotRunnable extends RuntimeException {
    NotRunnable(String message) {
      super(message, null, false, false);
    }
  }

  /** What {@code -m} runs as {@code __main__}: its code, its file and its spec. */
  public record MainModule(PyCode code, String file, ModuleSpec spec) {}

  /**
   * {@code runpy.run_module}'s search: {@link #findMain}, with its reasons raised as the
   * ImportError runpy raises.
   */
  public MainModule findModuleToRun(ThreadState ts, String name) {
    try {
      return findMain(ts, name);
    } catch (NotRunnable e) {
      throw PyException.of(ExceptionTypes.IMPORT_ERROR, e.getMessage());
    }
  }

  /**
   * A file's code for {@code runpy.run_path}: read (an OSError if it cannot be), compiled under its
   * name, its source registered for tracebacks.
   */
  public PyCode fileCode(String file) {
    String source = readSource(Path.of(file));
    try {
      PyCode code = Compiler.compile(source, file);
      Traceback.registerSource(file, source);
      return code;
    } catch (PySyntaxError e) {
      throw syntaxError(e);
    }
  }

  /**
   * Finds the module {@code python3 -m name} runs, importing its parent packages (which runs their
   * bodies); a package runs its {@code __main__} submodule. NotRunnable says why none.
   */
  MainModule findMain(ThreadState ts, String name) {
    if (name.startsWith(".")) {
      throw new NotRunnable("Relative module names not supported");
    }
    int dot = name.lastIndexOf('.');
    PyObject searchPath = null;
    if (dot >= 0) {
      String parent = name.substring(0, dot);
      try {
        importModule(ts, parent);
      } catch (PyException e) {
        if (!e.matches(ExceptionTypes.IMPORT_ERROR)) {
          throw e;
        }
        throw new NotRunnable(
            "Error while finding module specification for "
                + PyStr.repr(name)
                + " ("
                + Traceback.lastLine(e.value())
                + ")");
      }
      PyObject parentModule = modules.getStr(parent);
      searchPath = parentModule == null ? null : parentModule.lookupAttr("__path__");
      if (searchPath == null) {
        throw new NotRunnable(
            "Error while finding module specification for "
                + PyStr.repr(name)
                + " (ModuleNotFoundError: __path__ attribute not found on "
                + PyStr.repr(parent)
                + " while trying to find "
                + PyStr.repr(name)
                + ")");
      }
    } else if (CPYTHON_BUILTINS.contains(name) && Modules.isBuiltin(name)) {
      throw new NotRunnable("No code object available for " + name);
    }
    Found found = find(name, searchPath);
    if (found == null) {
      throw new NotRunnable("No module named " + name);
    }
    if (found.isPackage) {
      if (name.equals("__main__") || name.endsWith(".__main__")) {
        throw new NotRunnable("Cannot use package as __main__ module");
      }
      importModule(ts, name);
      try {
        return findMain(ts, name + ".__main__");
      } catch (NotRunnable e) {
        if (e.getMessage().startsWith("No module named ")) {
          throw new NotRunnable(
              e.getMessage()
                  + "; "
                  + PyStr.repr(name)
                  + " is a package and cannot be directly executed");
        }
        throw e;
      }
    }
    if (found.kind != Kind.SOURCE && found.kind != Kind.LIBRARY) {
      throw new NotRunnable("No code object available for " + name);
    }
    PyCode code;
    try {
      if (found.kind == Kind.LIBRARY) {
        code = Modules.libraryCode(name, found.library);
      } else {
        String source = readSource(Path.of(found.file));
        code = Compiler.compile(source, found.file);
        Traceback.registerSource(found.file, source);
      }
    } catch (PySyntaxError e) {
      throw syntaxError(e);
    }
    return new MainModule(
        code,
        found.file,
        new ModuleSpec(
            name, found.file, found.kind == Kind.SOURCE, null, found.kind == Kind.SOURCE));
  }

  // ---------------------------------------------------------------- errors

  /** An ImportError (or subclass) with CPython's {@code name} and {@code path} attributes. */
  static PyException importError(PyType type, String msg, String name, String path) {
    PyBaseException e = PyBaseException.create(type, new PyStr(msg));
    e.setAttr("msg", new PyStr(msg));
    e.setAttr("name", name == null ? PyNone.NONE : new PyStr(name));
    e.setAttr("path", path == null ? PyNone.NONE : new PyStr(path));
    return new PyException(e);
  }

  /** A compile error turned into the SyntaxError CPython raises from an import or compile(). */
  public static PyException syntaxError(PySyntaxError e) {
    PyType type =
        switch (e.kind()) {
          case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
          case "TabError" -> ExceptionTypes.TAB_ERROR;
          case "RecursionError" -> ExceptionTypes.RECURSION_ERROR;
          default -> ExceptionTypes.SYNTAX_ERROR;
        };
    PyStr msg = new PyStr(e.getMessage());
    if (type == ExceptionTypes.RECURSION_ERROR) {
      return new PyException(PyBaseException.create(type, msg));
    }
    PyObject file = e.filename() == null ? PyNone.NONE : new PyStr(e.filename());
    PyObject text = e.sourceLine() == null ? PyNone.NONE : new PyStr(e.sourceLine() + "\n");
    PyObject line = PyInt.of(e.line());
    PyObject offset = e.sourceLine() == null ? PyNone.NONE : PyInt.of(e.col() + 1);
    PyObject endLine = e.endLine() < 0 ? line : PyInt.of(e.endLine());
    PyObject endOffset =
        e.sourceLine() == null || e.endLine() < 0 ? offset : PyInt.of(e.endCol() + 1);
    PyBaseException x =
        PyBaseException.create(type, msg, PyTuple.of(file, line, offset, text, endLine, endOffset));
    x.setAttr("msg", msg);
    x.setAttr("filename", file);
    x.setAttr("lineno", line);
    x.setAttr("offset", offset);
    x.setAttr("text", text);
    x.setAttr("end_lineno", endLine);
    x.setAttr("end_offset", endOffset);
    x.setAttr("print_file_and_line", PyNone.NONE);
    return new PyException(x);
  }

  // ---------------------------------------------------------------- module locks

  /** One module's import lock: re-entrant for its owner, as CPython's {@code _ModuleLock}. */
  private static final class ModuleLock {
    ThreadState owner;
    int count;
    int waiters;
  }

  /** Guards {@link #locks} and {@link #waitingFor}, and is what waiters wait on. */
  private final Object lockMonitor = new Object();

  private final Map<String, ModuleLock> locks = new HashMap<>();

  /** Which module lock each waiting thread waits for, to find a cycle of waits. */
  private final Map<ThreadState, ModuleLock> waitingFor = new HashMap<>();

  /**
   * Takes {@code name}'s import lock, waiting with the interpreter lock released; false (without
   * taking it) when waiting would close a cycle of threads each waiting for a module another one is
   * importing.
   */
  private boolean acquire(ThreadState ts, String name) {
    ModuleLock lock;
    synchronized (lockMonitor) {
      lock = locks.computeIfAbsent(name, n -> new ModuleLock());
      if (lock.owner == null || lock.owner == ts) {
        lock.owner = ts;
        lock.count++;
        return true;
      }
      if (deadlocks(ts, lock)) {
        return false;
      }
      lock.waiters++;
    }
    ModuleLock l = lock;
    return ts.blocking(
        () -> {
          synchronized (lockMonitor) {
            try {
              while (true) {
                if (l.owner == null) {
                  l.owner = ts;
                  l.count = 1;
                  return true;
                }
                if (deadlocks(ts, l)) {
                  return false;
                }
                waitingFor.put(ts, l);
                try {
                  lockMonitor.wait();
                } finally {
                  waitingFor.remove(ts);
                }
              }
            } finally {
              l.waiters--;
            }
          }
        });
  }

  /**
   * Whether {@code lock}'s owner waits, directly or through others, for a lock {@code ts} holds.
   */
  private boolean deadlocks(ThreadState ts, ModuleLock lock) {
    ThreadState owner = lock.owner;
    for (int steps = 0; owner != null && steps <= waitingFor.size(); steps++) {
      if (owner == ts) {
        return true;
      }
      ModuleLock next = waitingFor.get(owner);
      if (next == null) {
        return false;
      }
      owner = next.owner;
    }
    return false;
  }

  private void release(String name) {
    synchronized (lockMonitor) {
      ModuleLock lock = locks.get(name);
      if (--lock.count == 0) {
        lock.owner = null;
        if (lock.waiters == 0) {
          locks.remove(name);
        }
        lockMonitor.notifyAll();
      }
    }
  }
}
