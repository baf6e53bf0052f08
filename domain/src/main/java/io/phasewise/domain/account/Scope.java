package io.phasewise.domain.account;

/**
 * What a personal API token may be used for: {@link #READ} the caller's own data, {@link #WRITE} change it,
 * {@link #ADMIN} change shared data (market data, imports, recomputes, pipeline runs) as an administrator.
 * Public market data is readable without any token.
 */
public enum Scope {
  READ,
  WRITE,
  ADMIN
}
