package io.quizhall.shared;

/**
 * Whether an optional feature is switched on in this installation. Features declare one as a bean; {@code GET
 * /api/v1/instance} lists them so clients can hide what is off.
 *
 * @param name a stable camelCase name, for example {@code registration}
 * @param enabled whether the feature can be used
 */
public record FeatureFlag(String name, boolean enabled) {}
