/** The audit trail's REST API for administrators. */
@NullMarked
package io.quizhall.audit.web;

import org.jspecify.annotations.NullMarked;
