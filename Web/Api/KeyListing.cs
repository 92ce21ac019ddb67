namespace AntiLeadership.Live.Web.Api;

/// <summary>One working facilitator key, without its secret; <see cref="Yours"/> marks the caller's own.</summary>
public sealed record KeyListing(string KeyId, string Label, bool Lead, DateTimeOffset IssuedAt, bool Yours);
