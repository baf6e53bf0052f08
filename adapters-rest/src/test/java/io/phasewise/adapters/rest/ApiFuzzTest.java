package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeded fuzz over every operation of the API's own OpenAPI document, over a real socket: each case
 * fills the operation's parameters and body from its schema (CSV bodies from the candle and sentiment
 * grammars) with plausible values, and puts at least one {@link HostileValues#HARD hostile} value in
 * one of them (hard for its type: {@code NaN} is a fine name). The fuzz authenticates as Bob or no one.
 * No answer may be a 5xx or carry a stack trace or SQL, and the data stored before the run (an
 * asset with its candles, ticks and sentiment, a source, Alice's watchlist, tokens and webhooks)
 * must be unchanged.
 */
class ApiFuzzTest {
  private static final long SEED = 20_261_207L;
  /** Cases per operation: 300 keeps the run near a minute; {@code -Dphasewise.fuzz.cases=2000} for a long run. */
  private static final int CASES_PER_OPERATION = Integer.getInteger("phasewise.fuzz.cases", 300);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LEAK = Pattern.compile(
      "(?i)(exception\\b|\\tat |at io\\.phasewise|at java\\.|sqlstate|org\\.postgresql|org\\.jooq|hibernate|jdbc"
          + "|\\binsert into\\b|\\bselect\\b.{1,80}\\bfrom\\b|\\bpid\\b)");
  private static final String[] CSV_CANDLE_HEADERS = {
      "time,open,high,low,close,volume,adj_open,adj_high,adj_low,adj_close,adj_volume,dividend_cash,split_factor,source",
      "Date,Open,High,Low,Close,Adj Close,Volume"};
  private static final String CSV_SENTIMENT_HEADER = "asset,source,observed_at,score,magnitude,features";

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private AssetId stored;
  private AssetId scratch;

  @Test
  void no_request_gets_a_5xx_or_leaks_internals_or_changes_stored_data() {
    seed();
    Map<String, String> before = checksum();
    JsonNode document = server.http().get("/api/openapi.json").json();
    Map<String, Integer> casesByOperation = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int serverErrors = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String method = op.getKey().toUpperCase(Locale.ROOT);
        String operation = method + " " + path.getKey();
        Random random = new Random(SEED ^ operation.hashCode());
        for (int i = 0; i < CASES_PER_OPERATION; i++) {
          FuzzCase fuzz = new FuzzCase(document, path.getKey(), method, op.getValue(), random);
          Http.Response response = fuzz.send();
          if (response.status() >= 500) serverErrors++;
          if (response.status() >= 500 || LEAK.matcher(response.body()).find()) {
            failures.add(operation + " case " + i + " (" + fuzz + ") -> " + response.status() + " "
                + response.body().substring(0, Math.min(300, response.body().length())));
          }
        }
        casesByOperation.put(operation, CASES_PER_OPERATION);
      }
    }
    Map<String, String> after = checksum();
    int total = casesByOperation.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("API fuzz (seed %d): %d operations, %d cases each, %d cases in all, %d answered 5xx;"
        + " stored data %s before, %s after%n", SEED, casesByOperation.size(), CASES_PER_OPERATION, total, serverErrors,
        before.get("all"), after.get("all"));
    assertThat(casesByOperation).hasSizeGreaterThan(40);
    assertThat(failures).as("seed " + SEED).isEmpty();
    assertThat(after).as("stored data after the fuzz").isEqualTo(before);
  }

  /** One asset the checksum watches, with candles, ticks and sentiment; one the fuzz may write to; a user's data. */
  private void seed() {
    stored = register("KEEP");
    scratch = register("FUZZ");
    StringBuilder csv = new StringBuilder(CSV_CANDLE_HEADERS[0]).append('\n');
    for (int day = 1; day <= 28; day++) {
      csv.append(String.format("2025-02-%02dT00:00:00Z,10,11,9,%d.5,100,,,,,,,,seed%n", day, 9 + day % 2));
    }
    assertThat(server.admin().post("/api/assets/" + stored + "/candles/import?interval=1d&format=phasewise", "text/csv",
        csv.toString()).status()).isEqualTo(200);
    assertThat(server.admin().postJson("/api/assets/" + stored + "/ticks",
        "[{\"time\": \"2025-06-30T11:00:00Z\", \"price\": \"10\", \"size\": \"1\", \"source\": \"seed\"}]").status()).isEqualTo(200);
    assertThat(server.admin().postJson("/api/sentiment/sources", "{\"name\": \"Seedwire\", \"channel\": \"news\"}").status())
        .isEqualTo(201);
    assertThat(server.admin().post("/api/sentiment/observations", "text/csv", CSV_SENTIMENT_HEADER + "\nKEEP,Seedwire,"
        + "2025-06-30T10:00:00Z,0.5,1,mentions=3\n").status()).isEqualTo(200);
    assertThat(server.http().call("POST", "/api/me/watchlist/items", "{\"assetId\": " + stored + "}",
        Http.bearer(ApiServer.ALICE_TOKEN)).status()).isLessThan(300);
  }

  private static AssetId register(String symbol) {
    return server.api().market.useCases.registerAsset().register(
        new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK))).get().id();
  }

  /** SHA-256 of what the API answers (status and body) to each read of the seeded data, by read. */
  private Map<String, String> checksum() {
    String[] reads = {"/api/assets/" + stored, "/api/assets/" + stored + "/candles?interval=1d",
        "/api/assets/" + stored + "/candles?interval=1m", "/api/sentiment/sources",
        "/api/assets/" + stored + "/sentiment/observations?from=2025-01-01", "/api/me", "/api/me/watchlist",
        "/api/me/tokens", "/api/webhooks"};
    Map<String, String> sums = new TreeMap<>();
    for (String read : reads) {
      Http.Response response = server.http().get(read, Http.bearer(ApiServer.ALICE_TOKEN));
      String body = read.equals("/api/sentiment/sources") ? seedSource(response.json()) : response.body();
      sums.put(read, sha256(response.status() + "\n" + body));
    }
    sums.put("all", sha256(sums.toString()));
    return sums;
  }

  /** The seeded source among the sources (the fuzz may register new ones, with odd but valid names). */
  private static String seedSource(JsonNode sources) {
    for (JsonNode source : sources) {
      if (source.path("name").asText().equals("Seedwire")) return source.toString();
    }
    return "missing";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One generated request: parameters, body and headers, with at least one hard hostile value. */
  private final class FuzzCase {
    private final Random random;
    private final String method;
    private final List<String[]> query = new ArrayList<>();
    private final List<Runnable> hardSlots = new ArrayList<>();
    private String path;
    private String contentType;
    private String body;
    private JsonNode json;
    private String[][] cells;
    private String csvHeader;
    private String csvTail = "";
    private final boolean authenticated;

    FuzzCase(JsonNode document, String template, String method, JsonNode operation, Random random) {
      this.random = random;
      this.method = method;
      this.path = template;
      this.authenticated = random.nextInt(10) < 7;
      for (JsonNode parameter : operation.path("parameters")) parameter(parameter);
      String unknown = "p" + random.nextInt(3);
      hardSlots.add(() -> query.add(new String[] {unknown, HostileValues.hard(random, true)}));
      body(document, operation.path("requestBody").path("content"));
      hardSlots.get(random.nextInt(hardSlots.size())).run();
      if (cells != null) body = renderCsv();
      if (json != null) body = json.toString();
      if (json != null && random.nextInt(20) == 0) body = body.substring(0, random.nextInt(body.length() + 1));
    }

    private void parameter(JsonNode parameter) {
      String name = parameter.get("name").asText();
      String in = parameter.get("in").asText();
      if (in.equals("path")) {
        path = path.replace("{" + name + "}", encode(plausible(name, parameter.path("schema"))));
        hardSlots.add(() -> path = path.replaceFirst("/[^/]*$", "/" + encode(HostileValues.hard(random, true))));
      } else if (in.equals("query")) {
        int roll = random.nextInt(10);
        if (roll < 6) query.add(new String[] {name, plausible(name, parameter.path("schema"))});
        else if (roll < 8) query.add(new String[] {name, random.nextBoolean() ? HostileValues.soft(random) : HostileValues.longText(random, true)});
        hardSlots.add(() -> query.add(new String[] {name, HostileValues.hard(random, true)}));
      }
    }

    private String plausible(String name, JsonNode schema) {
      if (schema.has("enum")) return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
      return switch (name) {
        case "id" -> method.equals("GET") ? stored.toString() : scratch.toString();
        case "interval" -> random.nextBoolean() ? "1d" : "1m";
        case "assets" -> stored + "," + scratch;
        case "from" -> "2025-01-01";
        case "to", "asOf" -> "2025-07-01";
        case "limit" -> "5";
        case "offset" -> "0";
        case "name" -> "rsi";
        default -> switch (schema.path("type").asText()) {
          case "integer", "number" -> "1";
          case "boolean" -> "true";
          default -> "x";
        };
      };
    }

    private void body(JsonNode document, JsonNode content) {
      if (content.isMissingNode() || content.isEmpty()) return;
      List<String> types = new ArrayList<>();
      content.fieldNames().forEachRemaining(types::add);
      types.remove("multipart/form-data");
      if (types.isEmpty()) types.add("text/csv");
      contentType = types.get(random.nextInt(types.size()));
      if (contentType.contains("json") && !contentType.contains("jsonl") && !contentType.contains("ndjson")) {
        json = value(document, content.path(contentType).path("schema"), 0, null, null);
      } else {
        csv();
      }
    }

    /** A value for {@code schema}; each leaf is registered as a slot the hard value may replace. */
    private JsonNode value(JsonNode document, JsonNode schema, int depth, ObjectNode parent, String key) {
      if (schema.has("$ref")) {
        String ref = schema.get("$ref").asText();
        return value(document, document.at(ref.substring(1)), depth, parent, key);
      }
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
      if (type.equals("object") && depth < 4) {
        ObjectNode object = nodes.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> {
          if (random.nextInt(10) < 8) object.set(p.getKey(), value(document, p.getValue(), depth + 1, object, p.getKey()));
        });
        if (schema.has("additionalProperties") && random.nextBoolean()) {
          String entry = random.nextBoolean() ? "k" : HostileValues.soft(random);
          object.set(entry, value(document, schema.get("additionalProperties"), depth + 1, object, entry));
        }
        hardSlots.add(() -> object.put(random.nextBoolean() ? "extra" : HostileValues.hard(random, false), HostileValues.hard(random, false)));
        return object;
      }
      if (type.equals("array") && depth < 4) {
        var array = nodes.arrayNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          ObjectNode holder = nodes.objectNode();
          array.add(value(document, schema.path("items"), depth + 1, holder, "item"));
        }
        hardSlots.add(() -> array.add(HostileValues.hard(random, false)));
        return array;
      }
      if (parent != null) hardSlots.add(() -> parent.set(key, hardNode()));
      if (random.nextInt(10) < 2) return nodes.textNode(HostileValues.soft(random));
      if (schema.has("enum")) return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
      if (schema.has("example")) return schema.get("example");
      return switch (type) {
        case "integer" -> nodes.numberNode(random.nextInt(5));
        case "number" -> nodes.textNode(Integer.toString(1 + random.nextInt(100)));
        case "boolean" -> nodes.booleanNode(random.nextBoolean());
        default -> "date-time".equals(schema.path("format").asText()) ? nodes.textNode("2025-06-01T00:00:00Z")
            : nodes.textNode("fuzz" + random.nextInt(100));
      };
    }

    private JsonNode hardNode() {
      String value = HostileValues.hard(random, false);
      if (random.nextBoolean()) {
        try {
          return JsonNodeFactory.instance.numberNode(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
          // sent as a string below
        }
      }
      return JsonNodeFactory.instance.textNode(value);
    }

    /** A CSV body from the candle or the sentiment grammar; the hard value goes into a cell or a last line. */
    private void csv() {
      boolean sentiment = path.contains("sentiment");
      csvHeader = sentiment ? CSV_SENTIMENT_HEADER : CSV_CANDLE_HEADERS[random.nextInt(2)];
      boolean yahoo = csvHeader.startsWith("Date");
      int columns = csvHeader.split(",").length;
      int rows = 1 + random.nextInt(4);
      cells = new String[rows][];
      for (int r = 0; r < rows; r++) {
        String[] row = sentiment ? new String[] {"FUZZ", "Seedwire", "2025-06-0" + (1 + r) + "T00:00:00Z", "0.1", "1", "m=1"}
            : new String[] {"2025-03-0" + (1 + r) + (yahoo ? "" : "T00:00:00Z"), "10", "11", "9", "10", yahoo ? "10" : "100",
                "", "", "", "", "", "", "", "fuzz"};
        cells[r] = Arrays.copyOf(row, columns);
        if (random.nextInt(4) == 0) cells[r][random.nextInt(columns)] = HostileValues.soft(random);
      }
      hardSlots.add(() -> cells[random.nextInt(rows)][random.nextInt(columns)] = HostileValues.hard(random, false));
      hardSlots.add(() -> csvTail = HostileValues.hard(random, false) + "\n");
    }

    private String renderCsv() {
      StringBuilder out = new StringBuilder(csvHeader).append('\n');
      for (String[] row : cells) out.append(String.join(",", row)).append('\n');
      return out.append(csvTail).toString();
    }

    Http.Response send() {
      StringBuilder uri = new StringBuilder(path);
      for (int i = 0; i < query.size(); i++) {
        uri.append(i == 0 ? '?' : '&').append(encode(query.get(i)[0])).append('=').append(encode(query.get(i)[1]));
      }
      List<String> headers = new ArrayList<>();
      if (authenticated) headers.addAll(List.of(Http.bearer(ApiServer.BOB_TOKEN)));
      if (body != null) headers.addAll(List.of("Content-Type", contentType));
      return server.http().raw(method, uri.toString(), body, headers.toArray(String[]::new));
    }

    @Override
    public String toString() {
      String shown = path + (query.isEmpty() ? "" : " " + query.size() + " query parameters")
          + (body == null ? "" : " body " + contentType + " " + body.length() + " chars");
      return shown.length() > 200 ? shown.substring(0, 200) : shown;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
