-- Grain state for Orleans' ADO.NET storage provider (Microsoft.Orleans.Persistence.AdoNet). The
-- provider runs only the statements stored under its keys in OrleansQuery; these are ours, written to
-- its contract: it passes the grain's identity (@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
-- @GrainIdExtensionString, plus hashes we do not need), the payload as @PayloadBinary and the
-- version it last read as @GrainStateVersion (null when it has never been stored). A write answers
-- the new version; answering the old one (or none) tells the provider the write lost a race.

CREATE TABLE OrleansQuery
(
    QueryKey varchar(64) PRIMARY KEY,
    QueryText text NOT NULL
);

-- One row per grain. Every grain of ours has a string key, which the provider passes as the
-- "extension"; the whole identity is the primary key, so two activations of one grain (a split
-- cluster) can never both insert it.
CREATE TABLE grain_state
(
    service_id varchar(150) NOT NULL,
    grain_type varchar(512) NOT NULL,
    key_n0 bigint NOT NULL,
    key_n1 bigint NOT NULL,
    key_string varchar(512) NOT NULL,
    payload bytea NULL,
    version integer NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, key_string, key_n0, key_n1)
);

-- The update applies only to the version the grain read; the insert only when it has read nothing
-- and nothing is there. Whichever happened answers the new version; when neither did, the version
-- the grain sent comes back, and the provider reports the conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
WITH updated AS (
    UPDATE grain_state
    SET payload = @PayloadBinary, version = version + 1, written_at = now()
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND key_string = COALESCE(@GrainIdExtensionString, '''') AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1
      AND @GrainStateVersion IS NOT NULL AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO grain_state (service_id, grain_type, key_n0, key_n1, key_string, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''''), @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT COALESCE((SELECT version FROM updated), (SELECT version FROM inserted), CAST(@GrainStateVersion AS integer)) AS NewGrainStateVersion;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT payload AS PayloadBinary, version AS Version
FROM grain_state
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
  AND key_string = COALESCE(@GrainIdExtensionString, '''') AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
UPDATE grain_state
SET payload = NULL, version = version + 1, written_at = now()
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
  AND key_string = COALESCE(@GrainIdExtensionString, '''') AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1
  AND version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;
');
