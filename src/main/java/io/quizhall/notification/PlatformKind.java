package io.quizhall.notification;

/** How a platform delivers: the destination of a subscription and the shape of what is sent depend on it. */
public enum PlatformKind {
    /** An e-mail to the subscriber's verified address. */
    EMAIL,
    /** A JSON body POSTed to the subscriber's https URL, signed with HMAC-SHA256. */
    WEBHOOK,
    /** A Discord-compatible webhook body ({@code {"content": ...}}) POSTed to the subscriber's https URL. */
    DISCORD;

    boolean needsUrl() {
        return this != EMAIL;
    }
}
