namespace AntiLeadership.Live.Web.Api;

public sealed record KeyList(IReadOnlyList<KeyListing> Keys);
