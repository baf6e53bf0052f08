package io.phasewise.adapters.rest.sentiment;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileCommand;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileUseCase;
import io.phasewise.application.sentiment.port.in.RecordSentimentCommand;
import io.phasewise.application.sentiment.port.in.RecordSentimentUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Resource: records sentiment observations of any assets, sent as a JSON array of rows, as JSON lines
 * or as CSV, idempotently, answering with what was stored and every problem of every rejected row.
 */
@Path("/api/sentiment/observations")
@Tag(name = "sentiment")
public final class SentimentObservationsResource {
  /** Most rows one JSON array may hold. */
  static final int MAX_ROWS = 100_000;
  private static final String ORIGIN = "request body";
  private static final String NDJSON = "application/x-ndjson";

  private final RecordSentimentUseCase record;
  private final ImportSentimentFileUseCase files;

  public SentimentObservationsResource(RecordSentimentUseCase record, ImportSentimentFileUseCase files) {
    this.record = record;
    this.files = files;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record sentiment observations: a JSON array of rows, JSON lines or CSV",
      description = "Each row names its asset (id or symbol) and source (id or name), observed_at, score (-1..1) and "
          + "optionally magnitude (>= 0, default 0) and features (numbers by name). Rows are numbered from 1: the "
          + "array position, or the line of a JSON-lines or CSV body (the CSV header is line 1; in CSV features are "
          + "name=value;name=value and a whole number names an id). Good rows are stored in one transaction, "
          + "idempotently by asset, source and observed_at: an identical row again changes nothing, other values "
          + "replace the stored ones. Like a candle import, the answer is 200 with the report even when every row "
          + "is rejected; a body that does not fit its media type at all (invalid JSON, a CSV header without the "
          + "required columns) is a 400 problem.",
      requestBody = @RequestBody(required = true, content = {
          @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = SentimentRowJson.class))),
          @Content(mediaType = NDJSON, schema = @Schema(type = "string", description = "one SentimentRow object per line")),
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string",
              description = "header asset,source,observed_at,score[,magnitude][,features] in any order"))}))
  public SentimentReportJson json(@NotNull @Size(max = MAX_ROWS) List<@NotNull SentimentRowJson> body) {
    FieldErrors errors = new FieldErrors();
    List<SentimentRow> rows = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) rows.add(body.get(i).toRow(i + 1L, i, errors));
    errors.throwIfAny();
    return record.record(new RecordSentimentCommand(ORIGIN, rows)).map(SentimentReportJson::of)
        .getOrElseThrow(FailureException::new);
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(NDJSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true, summary = "documented with the JSON array: OpenAPI has one POST per path")
  public SentimentReportJson jsonLines(InputStream body) {
    return file(body, SentimentFileFormat.JSON_LINES);
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(ApiMediaTypes.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true, summary = "documented with the JSON array: OpenAPI has one POST per path")
  public SentimentReportJson csv(InputStream body) {
    return file(body, SentimentFileFormat.CSV);
  }

  private SentimentReportJson file(InputStream body, SentimentFileFormat format) {
    return files.importFile(new ImportSentimentFileCommand(body, ORIGIN, format)).map(SentimentReportJson::of)
        .getOrElseThrow(FailureException::new);
  }
}
