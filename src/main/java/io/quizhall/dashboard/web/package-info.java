/** The dashboard's REST API. */
@NullMarked
package io.quizhall.dashboard.web;

import org.jspecify.annotations.NullMarked;
