package io.phasewise.adapters.rest.shared;

/** Media types the API speaks besides plain JSON. */
public final class ApiMediaTypes {
  /** RFC 9457 problem details. */
  public static final String PROBLEM_JSON = "application/problem+json";
  /** Comma-separated values (RFC 4180). */
  public static final String TEXT_CSV = "text/csv";

  private ApiMediaTypes() {}
}
