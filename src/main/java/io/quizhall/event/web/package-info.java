/** The events REST API. */
@NullMarked
package io.quizhall.event.web;

import org.jspecify.annotations.NullMarked;
