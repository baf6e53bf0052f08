package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.account.RequiredAccess;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.param.Params;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.ListAssetsQuery;
import io.phasewise.application.market.port.in.ListAssetsUseCase;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.market.port.in.UpdateAssetCommand;
import io.phasewise.application.market.port.in.UpdateAssetUseCase;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Resource: registers, lists, reads, replaces and deletes assets. */
@Path("/api/assets")
@Tag(name = "assets")
@Produces(MediaType.APPLICATION_JSON)
public final class AssetResource {
  private final RegisterAssetUseCase register;
  private final UpdateAssetUseCase update;
  private final FindAssetUseCase find;
  private final ListAssetsUseCase list;
  private final DeleteAssetUseCase delete;

  public AssetResource(RegisterAssetUseCase register, UpdateAssetUseCase update, FindAssetUseCase find,
      ListAssetsUseCase list, DeleteAssetUseCase delete) {
    this.register = register;
    this.update = update;
    this.find = find;
    this.list = list;
    this.delete = delete;
  }

  @GET
  @Operation(summary = "Assets by symbol, filtered by type, exchange and text")
  public PageResponse<AssetJson> list(
      @QueryParam("type") @Parameter(description = "stock, etf, crypto, stablecoin, forex, index or macro") String type,
      @QueryParam("exchange") String exchange,
      @QueryParam("q") @Parameter(description = "case-insensitive part of the symbol or name") String q,
      @QueryParam("offset") @DefaultValue("0") @PositiveOrZero long offset,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    AssetType assetType = type == null || type.isBlank() ? null : Params.oneOf("type", type, AssetType.values(), AssetType::code);
    return PageResponse.of(list.list(new ListAssetsQuery(assetType, exchange, q, new PageRequest(offset, limit))),
        AssetJson::of);
  }

  @POST
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an asset", responses = @ApiResponse(responseCode = "201",
      description = "registered; Location names the new asset", content = @Content(schema = @Schema(implementation = AssetJson.class))))
  public Response register(@NotNull @Valid AssetRequest body, @Context UriInfo uri) {
    Asset asset = register.register(new RegisterAssetCommand(body.toProfile())).getOrElseThrow(FailureException::new);
    return Response.created(uri.getAbsolutePathBuilder().path(asset.id().toString()).build())
        .entity(AssetJson.of(asset))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One asset")
  public AssetJson get(@PathParam("id") @Positive long id) {
    return AssetJson.of(find.find(AssetId.of(id)).getOrElseThrow(FailureException::new));
  }

  @PUT
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace an asset's whole profile")
  public AssetJson replace(@PathParam("id") @Positive long id, @NotNull @Valid AssetRequest body) {
    return AssetJson.of(update.update(new UpdateAssetCommand(AssetId.of(id), body.toProfile()))
        .getOrElseThrow(FailureException::new));
  }

  @DELETE
  @SecurityRequirement(name = MeResource.BEARER, scopes = RequiredAccess.ADMIN)
  @Path("{id}")
  @Operation(summary = "Delete an asset with all its candles, ticks and import runs",
      responses = @ApiResponse(responseCode = "204", description = "deleted"))
  public void remove(@PathParam("id") @Positive long id) {
    delete.delete(AssetId.of(id)).getOrElseThrow(FailureException::new);
  }
}
