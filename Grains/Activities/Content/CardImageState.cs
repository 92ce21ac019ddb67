namespace AntiLeadership.Live.Grains.Activities.Content;

/// <summary>An uploaded image as stored (plain JSON: the bytes as base64). Empty until <see cref="ContentType"/> is set.</summary>
[GenerateSerializer]
public sealed class CardImageState
{
    [Id(0)]
    public string ContentType { get; set; } = "";
    [Id(1)]
    public byte[] Bytes { get; set; } = [];
    [Id(2)]
    public string SessionId { get; set; } = "";
    [Id(3)]
    public DateTimeOffset StoredAt { get; set; }
}
