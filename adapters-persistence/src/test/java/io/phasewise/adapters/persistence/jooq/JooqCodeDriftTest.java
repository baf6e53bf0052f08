package io.phasewise.adapters.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when the committed jOOQ classes differ from what the migrations generate. With
 * {@code -Dphasewise.jooq.regenerate=true} it first rewrites the committed classes.
 */
class JooqCodeDriftTest {
  private static final Path MAIN_SOURCES = Path.of("src/main/java");

  @Test
  void committed_code_is_what_the_migrations_generate(@TempDir Path fresh) throws Exception {
    if (Boolean.getBoolean("phasewise.jooq.regenerate")) JooqCodeGenerator.generateInto(MAIN_SOURCES);

    JooqCodeGenerator.generateInto(fresh);

    assertThat(differingFiles(JooqCodeGenerator.packageDirectory(MAIN_SOURCES), JooqCodeGenerator.packageDirectory(fresh)))
        .as("generated jOOQ files that differ from the migrations; regenerate with "
            + "./mvnw -q -pl adapters-persistence -am verify -Dphasewise.jooq.regenerate=true")
        .isEmpty();
  }

  @Test
  void generation_is_deterministic(@TempDir Path first, @TempDir Path second) throws Exception {
    JooqCodeGenerator.generateInto(first);
    JooqCodeGenerator.generateInto(second);

    assertThat(JooqCodeGenerator.packageDirectory(first)).isDirectory();
    assertThat(differingFiles(JooqCodeGenerator.packageDirectory(first), JooqCodeGenerator.packageDirectory(second)))
        .isEmpty();
  }

  /** Relative paths of files present in only one tree or with different content. */
  static TreeSet<String> differingFiles(Path left, Path right) throws IOException {
    Map<String, String> a = contents(left);
    Map<String, String> b = contents(right);
    TreeSet<String> differing = new TreeSet<>();
    for (String file : union(a, b)) {
      if (!Objects.equals(a.get(file), b.get(file))) differing.add(file);
    }
    return differing;
  }

  private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) return files;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }
}
