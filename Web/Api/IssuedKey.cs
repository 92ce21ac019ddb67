namespace AntiLeadership.Live.Web.Api;

/// <summary>A new facilitator key, shown once: the server keeps only its hash.</summary>
public sealed record IssuedKey(string KeyId, string Label, bool Lead, string Key, string ConsoleUrl);
