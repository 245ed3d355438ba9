package io.quizhall.notification;

import java.util.UUID;

/**
 * Whether a hunt exists, for checking a subscription's {@code huntId}. The hunt module implements it: it depends on
 * this module, so this module must not depend on it. Without an implementation every hunt id is accepted.
 */
public interface HuntLookup {

    boolean huntExists(UUID huntId);
}
