/** The hunts REST API (docs/hunts.md, "Endpoints"). */
@NullMarked
package io.quizhall.hunt.web;

import org.jspecify.annotations.NullMarked;
