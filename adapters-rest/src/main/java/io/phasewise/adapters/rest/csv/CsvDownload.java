package io.phasewise.adapters.rest.csv;

import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A CSV download as the API serves it: UTF-8 {@code text/csv}, an attachment with a filename, written as it is read. */
public final class CsvDownload {
  /** Writes the header line and then every row. */
  @FunctionalInterface
  public interface Content {
    void write(Writer out) throws IOException;
  }

  private CsvDownload() {}

  /** A 200 response streaming {@code content} as the file {@code filename}. */
  public static Response attachment(String filename, Content content) {
    StreamingOutput body = output -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
      content.write(out);
      out.flush();
    };
    return Response.ok(body, ApiMediaTypes.TEXT_CSV + ";charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
