/** The special events' and subject tags' REST API. */
@NullMarked
package io.quizhall.theme.web;

import org.jspecify.annotations.NullMarked;
