namespace AntiLeadership.Live.Grains.Activities.Content;

/// <summary>A participant's part in a card, which never holds anything: cards take no input.</summary>
[GenerateSerializer]
public sealed class StoredContent : StoredContribution;
