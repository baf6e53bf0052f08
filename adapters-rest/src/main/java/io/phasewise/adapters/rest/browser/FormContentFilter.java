package io.phasewise.adapters.rest.browser;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * Filter: refuses with 415 a body in one of the content types an HTML form can send without a script
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}) unless the
 * operation declares that type. Bound by {@link BrowserSafety} to each state-changing operation; it
 * closes the gap of operations without a body, which the runtime would otherwise let any type reach.
 */
final class FormContentFilter implements ContainerRequestFilter {
  static final Set<String> FORM_TYPES =
      Set.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

  private final Set<String> declared;

  /** @param declared the form types the operation consumes, as {@code type/subtype} */
  FormContentFilter(Set<String> declared) {
    this.declared = declared;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null) return;
    String essence = type.getType() + "/" + type.getSubtype();
    if (FORM_TYPES.contains(essence) && !declared.contains(essence)) {
      throw new NotSupportedException("this operation does not accept " + essence
          + " (the content type of an HTML form); send its documented type, or no body");
    }
  }
}
