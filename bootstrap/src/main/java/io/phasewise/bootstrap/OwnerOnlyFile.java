package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes the small text files the demo and the command line leave for the operator, secrets readable by the owner only. */
final class OwnerOnlyFile {
  private OwnerOnlyFile() {}

  /**
   * Writes {@code text} and a line break to {@code file}, replacing one an earlier run left; when {@code secret},
   * the file is created with mode 600 before a byte is written, so no one else can read it even for a moment.
   */
  static Path write(Path file, String text, boolean secret) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.deleteIfExists(file);
      if (secret) Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      return Files.writeString(file, text + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
