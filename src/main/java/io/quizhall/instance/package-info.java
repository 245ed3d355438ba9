/** This installation: its identity, version and enabled features. */
@NullMarked
package io.quizhall.instance;

import org.jspecify.annotations.NullMarked;
