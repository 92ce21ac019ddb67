using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Web.Workshop;

namespace AntiLeadership.Live.Web.Templates;

/// <summary>
/// The template agendas shipped as data files in <c>Web/Templates/*.json</c> (copied beside the build),
/// read once at start and in the order of their file names. Each activity is read strictly as its kind's
/// setup, exactly as a console's <c>AddActivity</c> would be: a file that does not fit is left out with an
/// error in the log (and fails the test that reads every file, so it never ships).
/// </summary>
public sealed class BuiltInTemplates
{
    public const string FolderName = "Templates";

    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public BuiltInTemplates(IWebHostEnvironment environment, ILogger<BuiltInTemplates> logger)
    {
        var folder = Folder(environment.ContentRootPath);
        var templates = new List<BuiltInTemplate>();
        foreach (var path in folder is null ? [] : Files(folder))
        {
            try
            {
                templates.Add(Read(path));
            }
            catch (InvalidDataException problem)
            {
                logger.LogError("Left out the built-in template {File}: {Problem}", Path.GetFileName(path), problem.Message);
            }
        }

        if (templates.Count == 0)
        {
            logger.LogWarning("No built-in agenda templates were found in {Folder}", folder ?? FolderName);
        }

        All = templates;
    }

    public IReadOnlyList<BuiltInTemplate> All { get; }

    public BuiltInTemplate? Find(string? id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>Beside the content when run from the repository (and in tests), else beside the build (published).</summary>
    public static string? Folder(string contentRoot) =>
        new[] { Path.Combine(contentRoot, FolderName), Path.Combine(AppContext.BaseDirectory, FolderName) }.FirstOrDefault(Directory.Exists);

    public static IEnumerable<string> Files(string folder) => Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal);

    /// <summary>One template file, or an <see cref="InvalidDataException"/> saying for its author what does not fit.</summary>
    public static BuiltInTemplate Read(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        TemplateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TemplateFile>(File.ReadAllText(path), FileJson);
        }
        catch (JsonException problem)
        {
            throw new InvalidDataException($"{id}.json is not in the shape of a template: {problem.Message}", problem);
        }

        if (file is null || TemplateRules.Name(file.Name).Problem is not null || file.Name != TemplateRules.Name(file.Name).Text)
        {
            throw new InvalidDataException($"{id}.json needs a name of 1 to {TemplateRules.MaxNameLength} characters, without spaces around it.");
        }

        if (file.Items.Count is 0 or > TemplateRules.MaxItems)
        {
            throw new InvalidDataException($"{id}.json needs 1 to {TemplateRules.MaxItems} activities.");
        }

        return new BuiltInTemplate(id, file.Name, file.Description, file.Items.Select((item, index) => ReadItem(id, index + 1, item)).ToArray());
    }

    private static TemplateItem ReadItem(string id, int number, TemplateFileItem item)
    {
        if (ActivityCatalog.Find(item.Kind) is not { } kind)
        {
            throw new InvalidDataException($"{id}.json, activity {number}: there is no kind of activity called “{item.Kind}”.");
        }

        if (ActivityJson.SetupProblem(kind, item.Setup) is { } problem)
        {
            throw new InvalidDataException($"{id}.json, activity {number} ({kind.Name}): {problem}");
        }

        return new TemplateItem(kind.Name, ActivityJson.Setup(kind, item.Setup).Title, item.Setup.GetRawText());
    }
}
