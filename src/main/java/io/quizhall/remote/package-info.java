/** Hardware buzzers (controllers) paired with an account. */
@NullMarked
package io.quizhall.remote;

import org.jspecify.annotations.NullMarked;
