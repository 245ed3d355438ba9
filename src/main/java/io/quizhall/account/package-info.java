/** Accounts: users, sessions, API keys, second factors (TOTP, backup codes), passkeys and provider sign-in. */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package io.quizhall.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
