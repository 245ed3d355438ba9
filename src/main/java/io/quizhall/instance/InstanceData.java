package io.quizhall.instance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The single row that identifies this installation; Flyway creates it on the first start. */
@Entity
@Table(name = "instance_data")
class InstanceData {

    @Id
    private UUID instanceId;

    private Instant createdAt;

    private boolean singleton;

    protected InstanceData() {}

    UUID instanceId() {
        return instanceId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
