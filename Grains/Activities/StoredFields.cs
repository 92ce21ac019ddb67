namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// The members every stored contribution writes, as plain System.Text.Json wrote them before
/// <see cref="StoredOnceJson{TStored, TFields}"/>; a kind adds its own under the name it always had.
/// </summary>
public class StoredFields
{
    public long Revision { get; set; }

    public List<string>? RecentSubmissionIds { get; set; }
}
