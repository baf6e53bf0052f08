package io.phasewise.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Benchmark fixture: a synthetic universe of {@link #assets} daily series of {@link #bars} bars, in memory. */
@State(Scope.Benchmark)
public class UniverseInMemory {
  @Param("5000")
  public int assets;

  @Param("2500")
  public int bars;

  private SyntheticUniverseSeries series;

  @Setup(Level.Trial)
  public void generate() {
    series = new SyntheticUniverseSeries(assets, bars);
  }

  SyntheticUniverseSeries series() {
    return series;
  }
}
