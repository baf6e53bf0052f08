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
            + "numbers, null while still warming up; errors are RFC 9457 problems. "
            + "Input rules, refused with a 400 naming the field (or, in an imported file, the row naming its line): "
            + "no text, parameter or object key may hold a control character (U+0000-U+001F, U+007F-U+009F; free "
            + "text such as a description or a setting may hold tabs and line breaks) or a lone surrogate; names "
            + "are at most 200 characters, other text at most 10,000, a parameter at most "
            + "16,384; metadata, links and externalIds hold at most 50 entries, keys of at most 200 and values of "
            + "at most 2,048 characters; numbers are below 1E18 in magnitude with at most 18 decimals; times in "
            + "bodies lie between 1900-01-01 and 9999-12-31, in query parameters between 1000-01-01 and "
            + "9999-12-31; a bar's open time lies between 1900-01-01 and now plus one bar, a tick or sentiment "
            + "observation at most 5 minutes ahead of now; prices of stocks, ETFs, crypto, stablecoins, forex "
            + "and indices are positive (macro series may be zero or negative). An imported bar whose close moved "
            + "more than 10 times the root mean square of the previous 20 log returns is stored and listed under "
            + "outliers in the import report."));
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
