package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.PortfolioClient.BASE;
import static io.phasewise.adapters.rest.PortfolioClient.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent changes of one portfolio over HTTP: two edits based on the same ETag are one 200 and one
 * 409, and requests racing without If-Match are each stored or answered 409, never a 5xx, never lost.
 */
class PortfolioConcurrencyApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static int users;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private PortfolioClient me;
  private String portfolio;

  @BeforeEach
  void aPortfolio() {
    me = new PortfolioClient(server.http(), AccountApiTest.signUp(server.http(), "racer" + (++users) + "@example.org"));
    portfolio = me.open("Raced");
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  /** {@code n} requests released at once; their responses in request order. */
  private List<Http.Response> atOnce(int n, IntFunction<Http.Response> request) throws Exception {
    CyclicBarrier start = new CyclicBarrier(n);
    List<Future<Http.Response>> pending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      pending.add(threads.submit(() -> {
        start.await();
        return request.apply(index);
      }));
    }
    List<Http.Response> responses = new ArrayList<>();
    for (Future<Http.Response> response : pending) responses.add(response.get());
    return responses;
  }

  private static List<Integer> statuses(List<Http.Response> responses) {
    return responses.stream().map(Http.Response::status).toList();
  }

  @Test
  void two_setting_changes_based_on_one_etag_are_one_200_and_one_409() throws Exception {
    String etag = me.get(BASE + "/" + portfolio).header("ETag");

    List<Http.Response> both = atOnce(2, i -> me.call("PATCH", BASE + "/" + portfolio, "{\"name\":\"name " + i + "\"}", "If-Match", etag));

    assertThat(statuses(both)).containsExactlyInAnyOrder(200, 409);
    Http.Response won = both.get(0).status() == 200 ? both.get(0) : both.get(1);
    assertThat(me.get(BASE + "/" + portfolio).json().get("name").asText()).isEqualTo(won.json().get("name").asText());
    assertThat(me.get(BASE + "/" + portfolio).header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void two_edits_of_one_event_based_on_one_etag_are_one_200_and_one_409() throws Exception {
    String event = me.recorded(portfolio, deposit("2024-01-02", "100"));
    String etag = me.get(BASE + "/" + portfolio).header("ETag");

    List<Http.Response> both = atOnce(2, i -> me.call("PUT", BASE + "/" + portfolio + "/events/" + event,
        deposit("2024-01-02", "10" + i), "If-Match", etag));

    assertThat(statuses(both)).containsExactlyInAnyOrder(200, 409);
    Http.Response won = both.get(0).status() == 200 ? both.get(0) : both.get(1);
    assertThat(me.ledger(portfolio).get(0).get("gross")).isEqualTo(won.json().get("event").get("gross"));
    assertThat(me.get(BASE + "/" + portfolio + "/events/" + event + "/revisions").json()).hasSize(2);
  }

  @Test
  void records_racing_without_if_match_are_each_stored_or_a_409_and_none_is_lost() throws Exception {
    List<String> stored = new ArrayList<>();
    int conflicts = 0;
    for (int round = 0; round < 10; round++) {
      int r = round;
      List<Http.Response> responses = atOnce(8, i -> me.record(portfolio, deposit("2024-01-02", r + "." + i)));
      for (Http.Response response : responses) {
        assertThat(response.status()).as(response.body()).isIn(201, 409);
        if (response.status() == 201) stored.add(response.json().get("event").get("id").asText());
        else conflicts++;
      }
    }

    List<String> ledger = new ArrayList<>();
    me.ledger(portfolio).forEach(e -> ledger.add(e.get("id").asText()));
    assertThat(ledger).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(stored.size() + conflicts).isEqualTo(80);
    assertThat(me.get(BASE + "/" + portfolio).json().get("version").asLong()).isEqualTo(1 + stored.size());
    System.out.printf("80 racing records: %d stored, %d answered 409%n", stored.size(), conflicts);
  }
}
