package io.quizhall.theme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Special events and subject tags ({@code quizhall.theme.*}, docs/configuration.md).
 *
 * @param maxTags subject tags one event or one quiz may have
 */
@ConfigurationProperties("quizhall.theme")
record ThemeProperties(@DefaultValue("5") int maxTags) {}
