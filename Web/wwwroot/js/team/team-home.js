// The team home: filled in by the team home's modules.
