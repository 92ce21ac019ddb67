using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>The limits of a strengths map, with the messages people see when they hit one.</summary>
public static class StrengthsRules
{
    public const int MaxMine = 5;
    public const int MaxRecognitions = 30;
    public const int MaxExampleLength = 200;
    public const int MaxNameLength = 40;
    public const int MaxDescriptionLength = 120;
    public const int MaxStrengths = 60;
    public const int MaxDomains = 8;

    /// <summary>The built-in catalogue with the setup's additions, and the additions as lines (to recognise a repeat), or why not.</summary>
    public static (List<StrengthDomain> Domains, List<Strength> Strengths, List<string> Lines, string? Problem) Catalogue(StrengthsSetup setup)
    {
        var domains = StrengthsCatalogue.Domains.ToList();
        var strengths = StrengthsCatalogue.Strengths.ToList();
        var lines = new List<string>();
        foreach (var name in setup.ExtraDomains ?? [])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var (domain, problem) = NewDomain(domains, name);
            if (problem is not null)
            {
                return ([], [], [], problem);
            }

            domains.Add(domain!);
            lines.Add("domain:" + domain!.Name);
        }

        foreach (var idea in setup.ExtraStrengths ?? [])
        {
            if (idea is null || string.IsNullOrWhiteSpace(idea.Name))
            {
                continue;
            }

            var domainId = domains.Find(d => d.DomainId == idea.Domain || TextRules.NameKey(d.Name) == TextRules.NameKey(idea.Domain ?? ""))?.DomainId;
            var (strength, problem) = NewStrength(domains, strengths, domainId, idea.Name, idea.Description);
            if (problem is not null)
            {
                return ([], [], [], problem);
            }

            strengths.Add(strength!);
            lines.Add($"strength:{strength!.DomainId}:{strength.Name}:{strength.Description}");
        }

        return (domains, strengths, lines, null);
    }

    /// <summary>A domain to add after the ones there are, or why it cannot be.</summary>
    public static (StrengthDomain? Domain, string? Problem) NewDomain(IReadOnlyList<StrengthDomain> domains, string? typed)
    {
        var (name, problem) = TextRules.Check(
            typed,
            MaxNameLength,
            $"A domain's name can be 1 to {MaxNameLength} characters.",
            "Give the domain a name people can see: this one has only invisible characters.");
        if (problem is not null)
        {
            return (null, problem);
        }

        if (domains.Count >= MaxDomains)
        {
            return (null, $"A strengths map can have at most {MaxDomains} domains.");
        }

        if (domains.Any(d => TextRules.NameKey(d.Name) == TextRules.NameKey(name)))
        {
            return (null, "There is already a domain of that name.");
        }

        return (new StrengthDomain($"domain-{domains.Count + 1}", name), null);
    }

    /// <summary>A strength to add to a domain, or why it cannot be.</summary>
    public static (Strength? Strength, string? Problem) NewStrength(
        IReadOnlyList<StrengthDomain> domains, IReadOnlyList<Strength> strengths, string? domainId, string? typedName, string? typedDescription)
    {
        if (domainId is null || !domains.Any(d => d.DomainId == domainId))
        {
            return (null, "Choose one of the map's domains for the new strength.");
        }

        var (name, problem) = TextRules.Check(
            typedName,
            MaxNameLength,
            $"A strength's name can be 1 to {MaxNameLength} characters.",
            "Give the strength a name people can see: this one has only invisible characters.");
        if (problem is not null)
        {
            return (null, problem);
        }

        var description = "";
        if (!string.IsNullOrWhiteSpace(typedDescription))
        {
            (description, problem) = TextRules.Check(
                typedDescription,
                MaxDescriptionLength,
                $"A strength's description can be at most {MaxDescriptionLength} characters.",
                "The description has only invisible characters: leave it empty or write something people can see.");
            if (problem is not null)
            {
                return (null, problem);
            }
        }

        if (strengths.Count >= MaxStrengths)
        {
            return (null, $"A strengths map can have at most {MaxStrengths} strengths.");
        }

        if (strengths.Any(s => TextRules.NameKey(s.Name) == TextRules.NameKey(name)))
        {
            return (null, "There is already a strength of that name.");
        }

        return (new Strength($"strength-{strengths.Count + 1}", domainId, name, description), null);
    }

    /// <summary>
    /// Checks a participant's whole input (the map is open). <paramref name="isInSession"/> says whether
    /// an id belongs to someone who joined the session.
    /// </summary>
    public static string? CheckInput(StrengthsState state, string participantId, StrengthsInput input, Func<string, bool> isInSession)
    {
        if (input.Mine is null || input.Recognitions is null)
        {
            return "This input is missing its strengths. Reload the page and try again.";
        }

        // Every input of a burst is checked here, in the grain's turn: plain walks over lists of at most
        // sixty strengths and thirty recognitions, where sets built for each input were most of what a
        // check allocated.
        if (input.Mine.Count > MaxMine)
        {
            return $"Pick up to {MaxMine} strengths: take one off to add another.";
        }

        for (var i = 0; i < input.Mine.Count; i++)
        {
            if (!InCatalogue(state, input.Mine[i]))
            {
                return "That strength is not part of this map.";
            }

            if (ChosenBefore(input.Mine, i))
            {
                return "Each strength can be in your five only once.";
            }
        }

        if (input.Recognitions.Count > MaxRecognitions)
        {
            return $"You can recognise up to {MaxRecognitions} strengths in teammates: take one back to add another.";
        }

        for (var i = 0; i < input.Recognitions.Count; i++)
        {
            var recognition = input.Recognitions[i];
            if (recognition?.ParticipantId is null || recognition.StrengthId is null)
            {
                return "That recognition is incomplete. Reload the page and try again.";
            }

            if (recognition.ParticipantId == participantId)
            {
                return "Strengths you see in yourself go in your own five, not here.";
            }

            if (!InCatalogue(state, recognition.StrengthId))
            {
                return "That strength is not part of this map.";
            }

            if (!isInSession(recognition.ParticipantId))
            {
                return "That person is not in this session. Pick someone from the list.";
            }

            if (RecognisedBefore(input.Recognitions, i))
            {
                return "You already recognise that strength in this person.";
            }

            if (Example(recognition.Example).Problem is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static bool InCatalogue(StrengthsState state, string? strengthId)
    {
        foreach (var strength in state.Strengths)
        {
            if (strength.StrengthId == strengthId)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChosenBefore(IReadOnlyList<string> mine, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (mine[i] == mine[index])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a recognition before the <paramref name="index"/>th names the same person and strength (all before it are complete).</summary>
    private static bool RecognisedBefore(IReadOnlyList<Recognition> recognitions, int index)
    {
        var recognition = recognitions[index];
        for (var i = 0; i < index; i++)
        {
            if (recognitions[i].ParticipantId == recognition.ParticipantId && recognitions[i].StrengthId == recognition.StrengthId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An example as it will be stored (null when none was typed), or why it cannot be.</summary>
    public static (string? Text, string? Problem) Example(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return (null, null);
        }

        var (text, problem) = TextRules.Check(
            typed,
            MaxExampleLength,
            $"Keep the example to one sentence of at most {MaxExampleLength} characters.",
            "The example has only invisible characters: leave it empty or write something people can see.");
        return problem is null ? (text, null) : (null, problem);
    }
}
