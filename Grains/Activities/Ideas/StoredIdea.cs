using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>One entry as stored with its author: its id (made up by the author's phone), text and what the facilitator did with it.</summary>
[GenerateSerializer]
public sealed class StoredIdea
{
    [Id(0)]
    public string EntryId { get; set; } = "";
    [Id(1)]
    public string Text { get; set; } = "";
    [Id(2)]
    public IdeaModeration Moderation { get; set; }
}
