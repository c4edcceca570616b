package io.gilvm.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * gilvm-bom lists every library artifact, at the build's version: it has no parent (so that
 * importing it brings in nothing else) and so keeps its own copy of the version.
 */
class BomTest {
  /** The checkout's root: tests run in the cli module's folder. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String version(String pom) {
    Matcher m = Pattern.compile("(?m)^  <version>([^<]+)</version>").matcher(pom);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void theBomListsEveryLibraryArtifactAtTheBuildsVersion() throws Exception {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
    String buildVersion = version(parent);
    assertEquals(buildVersion, version(bom), "bom/pom.xml's version");

    TreeSet<String> library = new TreeSet<>();
    for (String module :
        List.of("core", "refcount", "gil-newgil", "gil-legacy", "gil-none-finegrained")) {
      Matcher m =
          Pattern.compile("(?m)^  <artifactId>([^<]+)</artifactId>")
              .matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
      m.find();
      library.add(m.group(1));
    }
    Matcher dep =
        Pattern.compile(
                "<artifactId>(gilvm-[^<]+)</artifactId>\\s*<version>([^<]+)</version>(\\s*<type>([^<]+)</type>)?")
            .matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    TreeSet<String> listed = new TreeSet<>();
    List<String> wrongVersions = new ArrayList<>();
    while (dep.find()) {
      listed.add(dep.group(1) + (dep.group(4) == null ? "" : ":" + dep.group(4)));
      if (!dep.group(2).equals(buildVersion)) {
        wrongVersions.add(dep.group(1) + " " + dep.group(2));
      }
    }
    TreeSet<String> expected = new TreeSet<>(library);
    expected.add("gilvm-core:test-jar");
    assertEquals(expected, listed);
    assertEquals(List.of(), wrongVersions);
  }
}
