package io.quizhall.hunt;

import io.quizhall.notification.HuntLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the notification module whether a subscription's hunt exists (archived hunts too). */
@Component
class HuntLookups implements HuntLookup {

    private final HuntRepository hunts;

    HuntLookups(HuntRepository hunts) {
        this.hunts = hunts;
    }

    @Override
    public boolean huntExists(UUID huntId) {
        return hunts.existsById(huntId);
    }
}
