package io.quizhall.hunt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A team finished a hunt by solving its FINAL puzzle (published once per team, in the transaction that recorded the
 * solve), so that trophies can award "hunt finished" to {@code members}.
 */
public record HuntFinished(UUID huntId, UUID teamId, String teamName, List<UUID> members, Instant at) {}
