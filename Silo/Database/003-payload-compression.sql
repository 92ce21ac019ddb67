-- Grain state above 2 kB (an activity's ballots) is compressed by PostgreSQL before it is stored. Its
-- default, pglz, costs a millisecond or two per write of a thousand ballots; lz4 compresses about as
-- well in a fraction of the time, and every write of a burst waits on the one before it. Servers built
-- without lz4 keep pglz.
DO $$
BEGIN
    ALTER TABLE grain_state ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available on this server; grain state stays compressed with pglz.';
END
$$;
