using RoleMapper.Search.Indexing;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Matching;

/// <summary>
/// Says in words a person can check why a standard was suggested, using the real words of the title and of the
/// standard, never stems: "typical job title 'Social worker'", "title words: planning, officer",
/// "'refuse' read as 'waste'", "leadership standard for a head of service".
/// </summary>
internal static class Reasons
{
    /// <summary>Known titles are named in the reason when they moved the answer by at least this much log-odds (a
    /// factor of e): a distant neighbour that says little is left out.</summary>
    public const double KnownWorthSaying = 1.0;

    public static string For(ScoredStandard scored, ParsedTitle parsed, Func<string, string> groupName)
    {
        var parts = new List<string>();
        if (scored.Known?.Exactly is { } exactly)
        {
            parts.Add(Known(exactly, scored.Entry.Title));
        }
        else if (scored.KnownContribution >= KnownWorthSaying && scored.Known?.Closest is { } known)
        {
            parts.Add(Known(known, scored.Entry.Title));
        }
        if (scored.Leadership)
        {
            parts.Add($"leadership standard for a '{string.Join(' ', parsed.SeniorityWords)}' role");
        }
        if (scored.Fallback)
        {
            parts.Add($"a general standard for '{scored.Evidence?.Job.Slots[^1].Written}' roles");
        }
        if (!scored.Fallback && scored.Evidence is { } evidence)
        {
            if (Main(evidence) is { } main)
            {
                parts.Add(main);
            }
            parts.AddRange(Readings(evidence));
            if (Words(evidence, evidence.OtherNames) is { Length: > 0 } other)
            {
                parts.Add($"other job titles and keywords: {other}");
            }
            if (Words(evidence, evidence.Text) is { Length: > 0 } text)
            {
                parts.Add($"the standard's description mentions: {text}");
            }
        }
        if (scored.OccupationGroup is { } group)
        {
            parts.Add($"similar jobs in the ONS occupation group '{groupName(group)}' fit this standard");
        }
        if (parsed.Level == scored.Entry.Level)
        {
            parts.Add($"level {parsed.Level} as the title says");
        }
        return parts.Count > 0 ? string.Join("; ", parts) : "related words";
    }

    private static string? Main(Evidence evidence)
    {
        // The words as the standard has them: a corrected slip shows as the real word.
        var matched = string.Join(", ", evidence.BestNameSlots
            .Select((m, i) => m.Value <= 0 ? null : m.By is { Source: WordSource.Corrected } by ? by.Written : evidence.Job.Slots[i].Written)
            .OfType<string>());
        return evidence.BestName switch
        {
            { Kind: NameKind.JobTitle } name => $"typical job title '{name.Text}'",
            { Kind: NameKind.Keyword } name => $"keyword '{name.Text}'",
            { Kind: NameKind.Title } name when evidence.Words.NameScore >= 0.999f => $"the standard's title '{name.Text}'",
            { Kind: NameKind.Title } => $"title words: {matched}",
            _ => null,
        };
    }

    /// <summary>
    /// "'refuse' read as 'waste'" for each word the best name met through another reading; title words read together
    /// by one rule show together ("'housing options' read as 'housing'").
    /// </summary>
    private static IEnumerable<string> Readings(Evidence evidence)
    {
        var slots = evidence.Job.Slots;
        for (var i = 0; i < slots.Count; i++)
        {
            var by = evidence.BestNameSlots[i].By;
            if (by is not { Source: not WordSource.Typed } || by.Written == TitleQueryBuilder.SimilarRole)
            {
                continue;
            }
            var words = by.From ?? slots[i].Written;
            while (i + 1 < slots.Count && ReferenceEquals(evidence.BestNameSlots[i + 1].By, by))
            {
                i++;
            }
            // A word met through others of its root ("accountant" meeting 'Accounts senior') keeps its own spelling as
            // the reading: the name in the reason already shows which word it met.
            if (!string.Equals(words, by.Written, StringComparison.OrdinalIgnoreCase))
            {
                yield return by.Source == WordSource.Corrected ? $"'{words}' read as '{by.Written}' (spelling)" : $"'{words}' read as '{by.Written}'";
            }
        }
    }

    /// <summary>"the sector role map, which maps 'Housing Officer' to Housing and property management": a noun phrase,
    /// since pages read it after "Matched on".</summary>
    private static string Known(KnownMatch match, string standard)
    {
        var title = match.Title;
        var exact = match.Closeness >= 0.999f;
        if (title.Source == KnownSource.Councils)
        {
            return $"the {CouncilAgreement.MinimumCouncils} or more councils that confirmed {standard} for {(exact ? "" : "the similar title ")}'{title.Name}'";
        }
        var role = exact ? $"'{title.Name}'" : $"the similar role '{title.Name}'";
        return match.Position == 0
            ? $"the sector role map, which maps {role} to {standard}"
            : $"the sector role map, which gives {standard} as a further standard for {role}";
    }

    private static string Words(Evidence evidence, float[] values) =>
        string.Join(", ", evidence.Job.Slots.Where((_, i) => values[i] > 0).Select(s => s.Written));
}
