package org.setsafe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rule: model, analysis and compare import no file formats, charts, AWT, CLI or text
 * search libraries (Lucene stays in org.setsafe.text, behind compare.TextSimilarity).
 */
class ArchitectureTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "import org.apache.poi",
          "import org.jfree",
          "import java.awt",
          "import javax.swing",
          "import com.fasterxml",
          "import picocli",
          "import org.apache.commons.csv",
          "import org.apache.lucene");

  @Test
  void domainPackages_importNoFormatLibraries() throws IOException {
    Path src = Path.of("src/main/java/org/setsafe");
    List<String> offences = new ArrayList<>();
    for (String pkg : List.of("model", "analysis", "compare")) {
      Path dir = src.resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(f)) {
            if (FORBIDDEN.stream().anyMatch(line::startsWith)) {
              offences.add(src.relativize(f) + ": " + line);
            }
          }
        }
      }
    }
    assertThat(Files.isDirectory(src.resolve("model"))).isTrue();
    assertThat(offences).isEmpty();
  }

  @Test
  void lucene_isImportedOnlyByTheTextPackage() throws IOException {
    Path src = Path.of("src/main/java/org/setsafe");
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.startsWith(src.resolve("text"))) {
          continue;
        }
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import org.apache.lucene")) {
            offences.add(src.relativize(f) + ": " + line);
          }
        }
      }
    }
    assertThat(Files.isDirectory(src.resolve("text"))).isTrue();
    assertThat(offences).isEmpty();
  }
}
