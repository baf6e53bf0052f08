package io.phasewise.adapters.rest.alert;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.alert.port.in.ListWebhookDeliveriesUseCase;
import io.phasewise.application.alert.port.in.ManageWebhooksUseCase;
import io.phasewise.application.alert.port.in.WebhookDeliveriesQuery;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Resource: the caller's webhooks, which POST signed phase events to their URL, and each one's
 * delivery log. Every route needs a bearer token; another user's webhook answers 404 like a missing one.
 */
@Path("/api/webhooks")
@SecurityRequirement(name = MeResource.BEARER)
@Tag(name = "webhooks")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhookResource {
  private final ManageWebhooksUseCase manage;
  private final ListWebhookDeliveriesUseCase deliveries;

  public WebhookResource(ManageWebhooksUseCase manage, ListWebhookDeliveriesUseCase deliveries) {
    this.manage = manage;
    this.deliveries = deliveries;
  }

  @GET
  @Operation(summary = "The caller's webhooks, oldest first (secrets are not shown)")
  public List<WebhookJson> list(@Context SecurityContext security) {
    return manage.list(CurrentUser.require(security)).stream().map(WebhookJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Subscribe a URL to phase events; the answer shows the signing secret, this once",
      responses = @ApiResponse(responseCode = "201", description = "created; Location names the new webhook",
          content = @Content(schema = @Schema(implementation = WebhookJson.class))))
  public Response create(@Context SecurityContext security, @NotNull @Valid CreateWebhookRequest body,
      @Context UriInfo uri) {
    WebhookSubscription created = manage.create(body.toCommand(CurrentUser.require(security)))
        .getOrElseThrow(FailureException::new);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(WebhookJson.withSecret(created))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's webhooks")
  public WebhookJson get(@Context SecurityContext security, @PathParam("id") String id) {
    UserId owner = CurrentUser.require(security);
    return WebhookJson.of(manage.get(owner, subscriptionId(id)).getOrElseThrow(FailureException::new));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a webhook's URL, description, filters and active flag; 409 when 'version' is stale")
  public WebhookJson replace(@Context SecurityContext security, @PathParam("id") String id,
      @NotNull @Valid UpdateWebhookRequest body) {
    UserId owner = CurrentUser.require(security);
    return WebhookJson.of(manage.update(body.toCommand(owner, subscriptionId(id))).getOrElseThrow(FailureException::new));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a webhook with its delivery log", responses = @ApiResponse(responseCode = "204", description = "deleted"))
  public void remove(@Context SecurityContext security, @PathParam("id") String id) {
    UserId owner = CurrentUser.require(security);
    manage.delete(owner, subscriptionId(id)).getOrElseThrow(FailureException::new);
  }

  @POST
  @Path("{id}/secret")
  @Operation(summary = "Replace a webhook's signing secret; the answer shows the new secret, this once")
  public WebhookJson rotateSecret(@Context SecurityContext security, @PathParam("id") String id) {
    UserId owner = CurrentUser.require(security);
    return WebhookJson.withSecret(manage.rotateSecret(owner, subscriptionId(id)).getOrElseThrow(FailureException::new));
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(summary = "A webhook's deliveries, newest first, each with its event and every attempt")
  public PageResponse<WebhookDeliveryJson> deliveries(@Context SecurityContext security, @PathParam("id") String id,
      @QueryParam("offset") @DefaultValue("0") @PositiveOrZero long offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    UserId owner = CurrentUser.require(security);
    var query = new WebhookDeliveriesQuery(owner, subscriptionId(id), new PageRequest(offset, limit));
    return PageResponse.of(deliveries.deliveries(query)
        .getOrElseThrow(FailureException::new), WebhookDeliveryJson::of);
  }

  /** The id in the path; text that is no id names no webhook: 404, as for an unknown one. */
  private static WebhookSubscriptionId subscriptionId(String text) {
    return WebhookSubscriptionId.parse(text)
        .orElseThrow(() -> new FailureException(new Failure.NotFound("webhook", text)));
  }
}
