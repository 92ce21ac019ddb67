namespace AntiLeadership.Live;

/// <summary>Typed text as it will be stored, or why it cannot be (then <see cref="Text"/> is empty).</summary>
public readonly record struct CheckedText(string Text, string? Problem)
{
    public static CheckedText Refused(string why) => new("", why);
}
