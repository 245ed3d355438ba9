/** Accounts: users, login sessions, API keys and passkey credentials. */
@NullMarked
package io.quizhall.account;

import org.jspecify.annotations.NullMarked;
