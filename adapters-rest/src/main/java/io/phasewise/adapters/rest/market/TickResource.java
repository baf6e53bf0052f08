package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.market.port.in.RecordTicksCommand;
import io.phasewise.application.market.port.in.RecordTicksUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** Resource: records trades and quotes of an asset and rebuilds the 1-minute candles they fall into. */
@Path("/api/assets/{id}/ticks")
@Tag(name = "ticks")
public final class TickResource {
  private static final int MAX_TICKS = 100_000;

  private final RecordTicksUseCase recordTicks;

  public TickResource(RecordTicksUseCase recordTicks) {
    this.recordTicks = recordTicks;
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record ticks (any order, idempotent by time and source)")
  public TickReportJson record(@PathParam("id") @Positive long id,
      @NotNull @Size(max = MAX_TICKS) List<@NotNull @Valid TickJson> body) {
    return recordTicks.record(new RecordTicksCommand(AssetId.of(id), ticks(body)))
        .map(TickReportJson::of)
        .getOrElseThrow(FailureException::new);
  }

  /** The domain ticks, or a failure naming each element that breaks a tick's rules ({@code [3]}). */
  private static List<Tick> ticks(List<TickJson> body) {
    FieldErrors errors = new FieldErrors();
    List<Tick> ticks = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      try {
        ticks.add(body.get(i).toTick());
      } catch (IllegalArgumentException broken) {
        errors.add("[" + i + "]", broken.getMessage());
      }
    }
    errors.throwIfAny();
    return ticks;
  }
}
