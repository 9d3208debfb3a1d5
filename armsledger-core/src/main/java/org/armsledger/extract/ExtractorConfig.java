package org.armsledger.extract;

/**
 * Settings of the extraction pipeline.
 *
 * @param maxParseTokens sentences longer than this are not parsed (counted as too long)
 */
public record ExtractorConfig(int maxParseTokens) {
  public static final ExtractorConfig DEFAULT = new ExtractorConfig(120);

  public ExtractorConfig {
    if (maxParseTokens < 5) {
      throw new IllegalArgumentException("maxParseTokens must be at least 5");
    }
  }
}
