/** The notifications REST API: platforms for administrators, subscriptions for signed-in users. */
@NullMarked
package io.quizhall.notification.web;

import org.jspecify.annotations.NullMarked;
