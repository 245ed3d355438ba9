/** Accounts: users, login sessions, API keys and passkey credentials. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package io.quizhall.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
