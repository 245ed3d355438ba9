/** Quizhall's base package; each subpackage is one feature (a Spring Modulith module). */
@NullMarked
package io.quizhall;

import org.jspecify.annotations.NullMarked;
