package io.phasewise.domain.account;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 digest of a token secret: the only form of the secret that is ever stored. 32 bytes. */
public record TokenHash(byte[] bytes) {
  public static final int LENGTH = 32;

  public TokenHash {
    Objects.requireNonNull(bytes, "hash");
    if (bytes.length != LENGTH) throw new IllegalArgumentException("a token hash has " + LENGTH + " bytes, not " + bytes.length);
    bytes = bytes.clone();
  }

  /** A copy of the digest. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenHash that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return HexFormat.of().formatHex(bytes);
  }
}
