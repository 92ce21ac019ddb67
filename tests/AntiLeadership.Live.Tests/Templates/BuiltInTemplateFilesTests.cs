using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Templates;
using AntiLeadership.Live.Web.Workshop;

namespace AntiLeadership.Live.Tests.Templates;

/// <summary>
/// The built-in templates are data: every activity in every file must read strictly as its kind's setup,
/// exactly as a console's AddActivity is read, so a kind whose setup changes without its templates fails here.
/// (That the grains also accept every setup is proven by adding each template to a session: TemplatesHubTests.)
/// </summary>
public sealed class BuiltInTemplateFilesTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "Web", BuiltInTemplates.FolderName);

    private readonly string _scratch = Directory.CreateTempSubdirectory("templates-").FullName;

    public static TheoryData<string> Files() => [.. BuiltInTemplates.Files(Folder).Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_activity_of_a_built_in_template_reads_strictly_as_its_kinds_setup(string file)
    {
        var template = BuiltInTemplates.Read(Path.Combine(Folder, file));

        Assert.NotEmpty(template.Items);
        Assert.All(template.Items, item =>
        {
            var kind = ActivityCatalog.Find(item.Kind);
            Assert.NotNull(kind);
            using var json = JsonDocument.Parse(item.SetupJson);
            Assert.Null(ActivityJson.SetupProblem(kind, json.RootElement));
            var setup = ActivityJson.Setup(kind, json.RootElement);
            Assert.IsType(kind.SetupType, setup);
            Assert.Equal(item.Title, setup.Title);
        });
    }

    [Fact]
    public void The_three_days_of_the_programme_ship_in_their_order()
    {
        var names = BuiltInTemplates.Files(Folder).Select(BuiltInTemplates.Read).Select(t => t.Name);

        Assert.Equal(
            ["Day 1: strengths and culture", "Day 2: from ideas to a plan", "Reconvene: what happened, what we learned, what next"],
            names);
    }

    [Fact]
    public void A_file_with_a_member_its_kind_does_not_take_is_refused_naming_the_activity()
    {
        var path = Write("broken", """
            { "name": "Broken", "description": "A check-in with a colour", "items": [
              { "kind": "check-in", "setup": { "title": "Check-in", "prompt": "One word", "mode": "word", "hideResultsUntilRevealed": false, "colour": "red" } } ] }
            """);

        var refused = Assert.Throws<InvalidDataException>(() => BuiltInTemplates.Read(path));

        Assert.StartsWith("broken.json, activity 1 (check-in): ", refused.Message);
        Assert.Contains("colour", refused.Message);
    }

    [Theory]
    [InlineData("""{ "name": "Odd", "description": "", "items": [ { "kind": "juggling", "setup": {} } ] }""", "odd.json, activity 1: there is no kind of activity called “juggling”.")]
    [InlineData("""{ "name": "Odd", "description": "", "items": [] }""", "odd.json needs 1 to 50 activities.")]
    [InlineData("""{ "name": "", "description": "", "items": [] }""", "odd.json needs a name of 1 to 60 characters, without spaces around it.")]
    public void A_file_of_no_kind_no_activities_or_no_name_is_refused(string json, string problem)
    {
        var refused = Assert.Throws<InvalidDataException>(() => BuiltInTemplates.Read(Write("odd", json)));

        Assert.Equal(problem, refused.Message);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string Write(string id, string json)
    {
        var path = Path.Combine(_scratch, id + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
