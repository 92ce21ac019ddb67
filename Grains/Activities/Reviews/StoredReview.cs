using AntiLeadership.Live.Activities.Reviews;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

/// <summary>A participant's answers as stored, one per commitment they answered for (checked and tidied).</summary>
[GenerateSerializer]
public sealed class StoredReview : StoredContribution
{
    [Id(0)]
    public List<ReviewAnswer> Answers { get; set; } = [];
}
