package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.PortfolioClient.BASE;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static io.phasewise.application.testing.InMemoryPortfolioStatements.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statement imports over HTTP, with the test composite's one tiny statement layout standing in for every
 * broker's: good rows stored and bad ones reported by line, a second import adding nothing, every run
 * in the sync log, and the exported ledger importing back to the same ledger.
 */
class PortfolioImportApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final String STATEMENT = statement("IMPX");

  private static int users;
  private PortfolioClient me;
  private String portfolio;

  @BeforeEach
  void aPortfolio() {
    me = new PortfolioClient(server.http(), AccountApiTest.signUp(server.http(), "importer" + (++users) + "@example.org"));
    portfolio = me.open("Imported");
  }

  /** A deposit, a buy, an unreadable line (4), a blank one and a sale of {@code symbol}. */
  private static String statement(String symbol) {
    return (HEADER + "\n"
        + "DEPOSIT,2024-01-02,,0,0,USD,5000,0,d-1\n"
        + "BUY,2024-01-03,%1$s,10,100,USD,1000,1,t-1\n"
        + "BUY,2024-01-04,%1$s,ten,100,USD,1000,1,t-2\n"
        + "\n"
        + "SELL,2024-01-05,%1$s,4,120,USD,480,1,t-3\n").formatted(symbol);
  }

  private Http.Response upload(String query, String contentType, String file) {
    return me.send("POST", BASE + "/" + portfolio + "/imports" + query, contentType, file);
  }

  @Test
  void good_rows_are_stored_bad_ones_reported_by_line_and_the_run_logged() {
    Http.Response imported = upload("?format=IBKR_FLEX_TRADES&origin=flex.csv", "text/csv", statement("IMPNEW"));

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.header("ETag")).isEqualTo("\"2\"");
    JsonNode report = imported.json();
    assertThat(report.get("version").asLong()).isEqualTo(2);
    assertThat(report.get("registeredSymbols")).isEmpty();
    assertThat(report.get("problems")).singleElement().satisfies(p -> {
      assertThat(p.get("line").asLong()).isEqualTo(4);
      assertThat(p.get("reason").asText()).isNotBlank();
    });
    JsonNode log = report.get("log");
    assertThat(log.get("source").asText()).isEqualTo("ibkr");
    assertThat(log.get("format").asText()).isEqualTo("IBKR_FLEX_TRADES");
    assertThat(log.get("origin").asText()).isEqualTo("flex.csv");
    assertThat(log.get("stored").asInt()).isEqualTo(3);
    assertThat(log.get("skipped").asInt()).isEqualTo(1);
    assertThat(log.get("refused").asInt()).isEqualTo(1);
    assertThat(log.get("status").asText()).isEqualTo("PARTIAL");
    assertThat(log.get("errors").get(0).asText()).startsWith("line 4: ");
    assertThat(me.ledger(portfolio)).extracting(e -> e.get("sourceId").asText()).containsExactly("d-1", "t-1", "t-3");
    assertThat(me.get(BASE + "/" + portfolio + "/sync-log").json()).hasSize(1);
  }

  @Test
  void importing_the_same_statement_twice_adds_nothing() {
    upload("?format=KRAKEN_LEDGER", "text/csv", STATEMENT);

    JsonNode again = upload("?format=KRAKEN_LEDGER", "text/csv", STATEMENT).json();

    assertThat(again.get("log").get("stored").asInt()).isZero();
    assertThat(again.get("log").get("alreadyStored").asInt()).isEqualTo(3);
    assertThat(again.get("version").asLong()).as("nothing saved").isEqualTo(2);
    assertThat(me.ledger(portfolio)).hasSize(3);
    JsonNode log = me.get(BASE + "/" + portfolio + "/sync-log").json();
    assertThat(log).hasSize(2);
    assertThat(log.get(0).get("alreadyStored").asInt()).as("newest first").isEqualTo(3);
    assertThat(me.get(BASE + "/" + portfolio + "/sync-log?limit=1").json()).hasSize(1);
    assertProblem(me.get(BASE + "/" + portfolio + "/sync-log?limit=501"), 400, "limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/octet-stream"})
  void the_file_may_come_as_json_or_bytes(String contentType) {
    Http.Response imported = upload("?format=GHOSTFOLIO_JSON", contentType, STATEMENT);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("log").get("source").asText()).isEqualTo("ghostfolio");
  }

  @Test
  void a_file_not_in_the_format_is_a_400_naming_what_is_missing_and_a_failed_run() {
    JsonNode problem = assertProblem(upload("?format=KUCOIN_TRADES", "text/csv", "date,amount\n2024-01-01,1\n"), 400, "header");

    assertThat(problemOf(problem, "header")).contains(HEADER);
    JsonNode log = me.get(BASE + "/" + portfolio + "/sync-log").json();
    assertThat(log).singleElement().satisfies(run -> {
      assertThat(run.get("status").asText()).isEqualTo("FAILED");
      assertThat(run.get("source").asText()).isEqualTo("kucoin");
    });
    assertThat(me.ledger(portfolio)).isEmpty();
  }

  @Test
  void format_symbols_and_column_mappings_are_checked_before_anything_is_read() {
    assertProblem(upload("", "text/csv", STATEMENT), 400, "format");
    assertProblem(upload("?format=ibkr", "text/csv", STATEMENT), 400, "format");
    assertProblem(upload("?format=PHASEWISE_CSV&unknownSymbols=GUESS", "text/csv", STATEMENT), 400, "unknownSymbols");
    assertProblem(upload("?format=PHASEWISE_CSV&column.date=Date", "text/csv", STATEMENT), 400, "column.date");
    assertProblem(upload("?format=COLUMN_MAPPED_CSV", "text/csv", STATEMENT), 400, "column");
    assertProblem(upload("?format=PHASEWISE_CSV&origin=a%00b", "text/csv", STATEMENT), 400, "origin");
    assertThat(upload("?format=PHASEWISE_CSV", "text/plain", STATEMENT).status()).isEqualTo(415);
    assertThat(me.get(BASE + "/" + portfolio + "/sync-log").json()).isEmpty();
    assertThat(me.ledger(portfolio)).isEmpty();
  }

  @Test
  void a_column_mapped_csv_takes_its_mapping_from_the_query() {
    Http.Response imported = upload("?format=COLUMN_MAPPED_CSV&column.date=Trade%20Date&column.quantity=Qty", "text/csv", STATEMENT);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("log").get("format").asText()).isEqualTo("COLUMN_MAPPED_CSV");
  }

  @Test
  void only_an_admin_token_registers_assets_for_unknown_symbols_and_by_default() {
    Http.Response refused = upload("?format=PHASEWISE_CSV&unknownSymbols=REGISTER", "text/csv", statement("IMPUSR"));
    assertThat(assertProblem(refused, 403).get("detail").asText()).contains("ADMIN").contains("unknownSymbols=EXTERNAL");
    assertThat(me.ledger(portfolio)).isEmpty();

    upload("?format=PHASEWISE_CSV", "text/csv", statement("IMPUSR"));
    assertThat(me.ledger(portfolio).get(1).get("instrument").get("externalSymbol").asText()).isEqualTo("IMPUSR");
    assertThat(server.http().get("/api/assets?q=IMPUSR").json().get("items")).isEmpty();

    PortfolioClient operator = new PortfolioClient(server.http(), ApiServer.ADMIN_TOKEN);
    String own = operator.open("Operator's");
    JsonNode report = operator.send("POST", BASE + "/" + own + "/imports?format=PHASEWISE_CSV", "text/csv", statement("IMPADM")).json();
    assertThat(report.get("registeredSymbols")).extracting(JsonNode::asText).containsExactly("IMPADM");
  }

  @Test
  void unknown_symbols_may_be_kept_as_external_instruments() {
    portfolio = me.open("Euros", "EUR", "");
    JsonNode report = upload("?format=YAHOO_PORTFOLIO&unknownSymbols=EXTERNAL", "text/csv", HEADER + "\nBUY,2024-01-03,PRIVCO,1,10,EUR,10,0,p-1\n")
        .json();

    assertThat(report.get("registeredSymbols")).isEmpty();
    JsonNode instrument = me.ledger(portfolio).get(0).get("instrument");
    assertThat(instrument.get("externalSymbol").asText()).isEqualTo("PRIVCO");
    assertThat(instrument.get("currency").asText()).isEqualTo("EUR");
  }

  @Test
  void the_exported_ledger_imports_back_to_the_same_ledger() {
    upload("?format=PHASEWISE_CSV", "text/csv", STATEMENT);
    String csv = me.get(BASE + "/" + portfolio + "/ledger.csv").body();
    String copy = me.open("Copy");

    Http.Response imported = me.send("POST", BASE + "/" + copy + "/imports?format=PHASEWISE_CSV", "text/csv", csv);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("log").get("status").asText()).isEqualTo("SUCCESS");
    assertThat(ledgerWithoutIds(copy)).isEqualTo(ledgerWithoutIds(portfolio));
    assertThat(me.get(BASE + "/" + copy + "/ledger.csv").body()).isEqualTo(csv);
  }

  private String ledgerWithoutIds(String id) {
    StringBuilder out = new StringBuilder();
    me.ledger(id).forEach(e -> {
      ObjectNode event = e.deepCopy();
      event.remove("id");
      event.remove("sequence");
      out.append(event).append('\n');
    });
    return out.toString();
  }
}
