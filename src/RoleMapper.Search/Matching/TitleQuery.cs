using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Matching;

/// <summary>A parsed title turned into weighted words the index knows, ready to search and score.</summary>
internal sealed record TitleQuery(ParsedTitle Parsed, IReadOnlyList<JobQuery> Jobs, IReadOnlyList<QuerySlot> Qualifiers, IReadOnlyList<string> KnownQualifiers)
{
    public bool HasWords => Jobs.Any(j => j.Slots.Count > 0);

    /// <summary>The reading shown to people and logged: seniority, job, and the qualifiers the standards have words for.</summary>
    public string Reading => Parsed.Describe(KnownQualifiers);
}
