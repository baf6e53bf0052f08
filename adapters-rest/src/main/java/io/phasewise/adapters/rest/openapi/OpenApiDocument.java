package io.phasewise.adapters.rest.openapi;

import io.phasewise.adapters.rest.problem.Problem;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the OpenAPI 3 document of the API from its resource classes. */
final class OpenApiDocument {
  private OpenApiDocument() {}

  static OpenAPI of(Set<Class<?>> resources) {
    OpenAPI base = new OpenAPI().info(new Info()
        .title("Phasewise API")
        .version(ApiProperties.get("version"))
        .description("Market data and analytics of the Phasewise market-intelligence library: assets, candles, imports, "
            + "ticks, technical indicators and per-bar snapshots (market, indicators, model features). "
            + "Times are ISO-8601 UTC; candle prices and volumes are exact decimal strings; computed analytics are "
            + "numbers, null while still warming up; errors are RFC 9457 problems."));
    OpenAPI document = new Reader(new SwaggerConfiguration().openAPI(base).defaultResponseCode("200").sortOutput(true)).read(new LinkedHashSet<>(resources));
    if (document.getComponents() == null) document.setComponents(new Components());
    ModelConverters.getInstance().readAll(Problem.class).forEach(document.getComponents()::addSchemas);
    addProblemResponses(document);
    addFormatParameter(document);
    document.getComponents().getSchemas().values().forEach(OpenApiDocument::decimalsAsStrings);
    return document;
  }

  /** Every operation may answer with a problem; saying so once here spares an annotation per method. */
  private static void addProblemResponses(OpenAPI document) {
    ApiResponse problem = new ApiResponse()
        .description("the request failed: RFC 9457 problem details, with the bad fields of a 400")
        .content(new Content().addMediaType(ApiMediaTypes.PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    document.getPaths().values().forEach(path -> path.readOperations()
        .forEach(operation -> operation.getResponses().addApiResponse("default", problem)));
  }

  /** {@code ?format=} picks the representation of any GET; it is documented where there is a choice: CSV offered. */
  private static void addFormatParameter(OpenAPI document) {
    Parameter format = new Parameter().in("query").name("format").description("csv or json, where Accept cannot be set")
        .schema(new StringSchema()._enum(List.of("csv", "json")));
    document.getPaths().values().forEach(path -> path.readOperations().stream()
        .filter(OpenApiDocument::offersCsv)
        .forEach(operation -> operation.addParametersItem(format)));
  }

  private static boolean offersCsv(Operation operation) {
    ApiResponse ok = operation.getResponses().get("200");
    return ok != null && ok.getContent() != null && ok.getContent().containsKey(ApiMediaTypes.TEXT_CSV);
  }

  /** The API writes BigDecimal as exact strings, which the generator would describe as numbers. */
  private static void decimalsAsStrings(Schema<?> schema) {
    if ("number".equals(schema.getType()) && schema.getFormat() == null) {
      schema.setType("string");
      schema.setFormat("decimal");
    }
    if (schema.getProperties() != null) schema.getProperties().values().forEach(OpenApiDocument::decimalsAsStrings);
    if (schema.getItems() != null) decimalsAsStrings(schema.getItems());
    if (schema.getAdditionalProperties() instanceof Schema<?> values) decimalsAsStrings(values);
  }
}
