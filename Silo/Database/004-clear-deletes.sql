-- Clearing a grain's state (a facilitator deleting a session or a team, automatic deletion) deletes its
-- row: the ids in the key are the team's and the session's, and "deleted" means gone from storage, not
-- an empty payload kept under them. It answers a version one above the one the grain read, as a write
-- would, so the provider sees the clear succeed; a grain cleared and written again in one activation
-- is refused as stale and reloads (ours deactivate right after clearing). When the row is not there
-- or holds another version, nothing is deleted and nothing comes back: the provider reports the conflict.
UPDATE OrleansQuery SET QueryText = '
DELETE FROM grain_state
WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
  AND key_string = COALESCE(@GrainIdExtensionString, '''') AND key_n0 = @GrainIdN0 AND key_n1 = @GrainIdN1
  AND version = @GrainStateVersion
RETURNING version + 1 AS NewGrainStateVersion;
' WHERE QueryKey = 'ClearStorageKey';
