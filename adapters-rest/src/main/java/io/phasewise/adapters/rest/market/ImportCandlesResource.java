package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.ImportCandleFileUseCase;
import io.phasewise.domain.market.AssetId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource: imports a candle file into an asset, idempotently, answering with what was stored and
 * every rejected row. The file is read by {@link ImportCandleFileUseCase}, never parsed here.
 */
@Path("/api/assets/{id}/candles/import")
@Tag(name = "candles")
public final class ImportCandlesResource {
  private static final Logger LOG = LoggerFactory.getLogger(ImportCandlesResource.class);
  private final ImportCandleFileUseCase importFile;

  public ImportCandlesResource(ImportCandleFileUseCase importFile) {
    this.importFile = importFile;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a candle file: a multipart upload in the field \"file\", or the request body as text/csv",
      requestBody = @RequestBody(required = true, content = {
          @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
              schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary"))),
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string"))}))
  public ImportReportJson upload(@PathParam("id") @Positive long id, @BeanParam ImportParams params,
      @FormDataParam("file") @Parameter(hidden = true) FormDataBodyPart file) {
    if (file == null) throw FailureException.invalid("file", "is required: send the CSV as the multipart field \"file\"");
    String name = file.getContentDisposition().getFileName();
    return importFile(id, params, file.getValueAs(InputStream.class), name == null || name.isBlank() ? "upload" : name);
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(ApiMediaTypes.TEXT_CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true, summary = "documented with the upload: OpenAPI has one POST per path")
  public ImportReportJson body(@PathParam("id") @Positive long id, @BeanParam ImportParams params,
      InputStream body) {
    return importFile(id, params, body, "request body");
  }

  private ImportReportJson importFile(long id, ImportParams params, InputStream in, String origin) {
    var command = new ImportCandleFileCommand(AssetId.of(id), params.interval(), in, origin, params.format(),
        params.lastRowInProgress());
    return importFile.importFile(command)
        .peek(report -> LOG.info("import into asset {} ({}): {}", id, command.interval().code(), report))
        .peekLeft(refused -> LOG.info("import into asset {} refused: {}", id, refused.message()))
        .map(ImportReportJson::of).getOrElseThrow(FailureException::new);
  }
}
