package io.phasewise.benchmarks;

import io.phasewise.adapters.providers.synthetic.SyntheticMarket;
import io.phasewise.adapters.providers.synthetic.SyntheticMarketConfig;
import io.phasewise.domain.market.CandleSeries;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per bar of one {@value #BARS}-bar daily series of the synthetic market (the generator behind
 * {@code generate} and the demo's synthetic assets); the target is a million bars well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(SyntheticMarketBenchmark.BARS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SyntheticMarketBenchmark {
  static final int BARS = 1_000_000;
  private final SyntheticMarket market = new SyntheticMarket(SyntheticMarketConfig.defaults().withBars(BARS));
  private int asset;

  @Benchmark
  public CandleSeries oneSeries() {
    asset = (asset + 1) % SyntheticMarketConfig.defaults().assets();
    return market.series(asset);
  }
}
