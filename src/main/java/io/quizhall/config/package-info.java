/** Cross-cutting configuration: embedded servers, security, web and error handling. */
@NullMarked
package io.quizhall.config;

import org.jspecify.annotations.NullMarked;
