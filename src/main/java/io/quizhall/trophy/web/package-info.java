/** The trophies REST API. */
@NullMarked
package io.quizhall.trophy.web;

import org.jspecify.annotations.NullMarked;
