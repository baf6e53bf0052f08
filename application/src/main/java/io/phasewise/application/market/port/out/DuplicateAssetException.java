package io.phasewise.application.market.port.out;

/** Thrown by {@link SaveAssetPort} when symbol and type are already taken by another asset. */
public class DuplicateAssetException extends RuntimeException {
  public DuplicateAssetException(String symbol, String type) {
    super("an asset " + symbol + " of type " + type + " already exists");
  }
}
