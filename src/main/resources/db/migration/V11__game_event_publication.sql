-- Spring Modulith's event publication registry (its schema v2 for PostgreSQL): a domain event published in a
-- transaction (GameFinished) is kept here until every listener has handled it, so a failing listener or a node
-- that dies loses nothing. Completed publications are deleted (spring.modulith.events.completion-mode).
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
