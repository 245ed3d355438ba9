package io.quizhall.account;

/** How an account signs in: with a local password or through an identity provider. */
public enum AuthType {
    LOCAL,
    GOOGLE,
    GITHUB,
    CUSTOM
}
