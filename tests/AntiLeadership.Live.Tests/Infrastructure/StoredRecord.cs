namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>One stored state of a grain, named as its store names it (a row's grain type, a blob's name), as written.</summary>
public sealed record StoredRecord(string Name, byte[] Payload);
