package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance: inferring actions from Yahoo's Close and Adj Close, then back-adjusting Close with them,
 * reproduces Adj Close (up to its terminal scale, which reflects actions after the file ends).
 */
class YahooAdjustmentAcceptanceTest {

  private static final double MAX_RELATIVE_ERROR = 0.005;

  private static Instant date(String isoDate) {
    return Instant.parse(isoDate + "T00:00:00Z");
  }

  private static List<CorporateAction> inferActions(List<YahooCsv.Row> rows) {
    CorporateActionInference inference = new CorporateActionInference();
    List<CorporateAction> actions = new ArrayList<>();
    for (YahooCsv.Row row : rows) {
      inference.next(row.date(), row.close(), row.adjClose()).ifPresent(actions::add);
    }
    return actions;
  }

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("AAPL", 1, List.of("2012-08-09")),
        Arguments.of("IBM", 51, List.of("2000-02-08", "2002-08-07", "2012-08-08")),
        Arguments.of("SPY", 51, List.of("2000-03-17", "2008-12-19", "2012-06-15")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void back_adjusting_close_with_inferred_actions_reproduces_adj_close(String symbol, int dividends,
      List<String> knownExDates) {
    List<YahooCsv.Row> rows = YahooCsv.read(symbol);
    List<CorporateAction> actions = inferActions(rows);

    CandleSeries adjusted = BackAdjuster.adjust(YahooCsv.series(rows), actions);

    int last = rows.size() - 1;
    double maxError = 0;
    for (int t = 0; t <= last; t++) {
      double expected = rows.get(t).adjClose() / rows.get(last).adjClose();
      double actual = adjusted.close(t) / adjusted.close(last);
      double error = Math.abs(actual / expected - 1);
      maxError = Math.max(maxError, error);
      assertThat(error).as("%s %s", symbol, rows.get(t).date()).isLessThanOrEqualTo(MAX_RELATIVE_ERROR);
    }
    long splits = actions.stream().filter(CorporateAction.Split.class::isInstance).count();
    System.out.printf("%s: %d bars, %d dividends and %d splits inferred, max relative error %.3e%n",
        symbol, rows.size(), actions.size() - splits, splits, maxError);
    assertThat(splits).as(symbol + " splits (Close is already split-adjusted)").isZero();
    assertThat(actions).as(symbol + " dividends").hasSize(dividends);
    assertThat(actions.stream().map(CorporateAction::exDate))
        .containsAll(knownExDates.stream().map(YahooAdjustmentAcceptanceTest::date).toList());
  }

  @Test
  void the_aapl_crash_of_2000_09_29_is_no_corporate_action() {
    List<YahooCsv.Row> rows = YahooCsv.read("AAPL");
    YahooCsv.Row crash = rows.stream().filter(r -> r.date().equals(date("2000-09-29"))).findFirst().orElseThrow();
    assertThat(crash.close() / rows.get(rows.indexOf(crash) - 1).close()).isLessThan(0.5);

    assertThat(inferActions(rows)).noneMatch(a -> a.exDate().equals(date("2000-09-29")));
  }
}
