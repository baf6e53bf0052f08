package io.phasewise.adapters.rest.sentiment;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.sentiment.port.in.ListSentimentSourcesUseCase;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceCommand;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceUseCase;
import io.phasewise.domain.sentiment.SentimentSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Resource: registers and lists the sources of sentiment observations (news wires, social networks, forums). */
@Path("/api/sentiment/sources")
@Tag(name = "sentiment")
@Produces(MediaType.APPLICATION_JSON)
public final class SentimentSourceResource {
  private final RegisterSentimentSourceUseCase register;
  private final ListSentimentSourcesUseCase list;

  public SentimentSourceResource(RegisterSentimentSourceUseCase register, ListSentimentSourcesUseCase list) {
    this.register = register;
    this.list = list;
  }

  @GET
  @Operation(summary = "Every sentiment source, by name")
  public List<SentimentSourceJson> sources() {
    return list.sources().stream().map(SentimentSourceJson::of).toList();
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a sentiment source",
      description = "A name another source has (in any case) is a 409 naming it.",
      responses = @ApiResponse(responseCode = "201", description = "registered",
          content = @Content(schema = @Schema(implementation = SentimentSourceJson.class))))
  public Response register(@NotNull SentimentSourceRequest body) {
    SentimentSource source = RegisterSentimentSourceCommand.of(body.name(), body.channel(), body.tier(), body.meta())
        .flatMap(register::register)
        .getOrElseThrow(FailureException::new);
    return Response.status(Response.Status.CREATED).entity(SentimentSourceJson.of(source)).build();
  }
}
