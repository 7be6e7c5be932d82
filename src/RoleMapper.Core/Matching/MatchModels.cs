namespace RoleMapper.Core.Matching;

/// <summary>
/// How sure the matcher is of a suggestion. Roles and decisions keep it by name (<see cref="Workspace.JobRole"/>),
/// so a member is never renamed; "High" answers "is the top suggestion right?".
/// </summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}

/// <summary>What to match against. Defaults: the top five approved standards at any level and route.</summary>
public sealed record MatchOptions
{
    public int Top { get; init; } = 5;
    public int? MinLevel { get; init; }
    public int? MaxLevel { get; init; }
    /// <summary>Only these routes (exact route names from the feed); null or empty means all.</summary>
    public IReadOnlyCollection<string>? Routes { get; init; }
    /// <summary>Also consider standards that are no longer approved (their latest version).</summary>
    public bool IncludeRetired { get; init; }
}

/// <summary>One suggested standard for a job title.</summary>
public sealed record MatchCandidate(
    string Reference,
    string Version,
    string Title,
    int Level,
    string Route,
    int TypicalDurationMonths,
    int MaxFunding,
    bool IsApproved,
    float Score,
    Confidence Confidence,
    string Reason)
{
    /// <summary>The standard's title or typical job title that matched best, as the feed writes it; null when none did.</summary>
    public string? MatchedName { get; init; }

    /// <summary>Who decided this standard for the title, when the title reads exactly as one people mapped; null when
    /// the matcher weighed the evidence (near map roles, words, meaning...) itself.</summary>
    public DecidedBy? DecidedBy { get; init; }
}

/// <summary>Who mapped a title that reads exactly as the one matched.</summary>
public enum DecidedBy
{
    /// <summary>The sector role map has the title (a role's title or alias) and lists this standard.</summary>
    SectorRoleMap,
    /// <summary>At least 5 councils confirmed this standard for the title.</summary>
    Councils,
}

/// <summary>The answer for one title. <see cref="Problem"/> explains an empty answer to a person (e.g. an empty title).</summary>
public sealed record MatchResult(string Title, IReadOnlyList<MatchCandidate> Candidates, string? Problem = null)
{
    /// <summary>
    /// The title as the matcher read it, lower case: noise out, abbreviations spelt out, places dropped
    /// ("senior human resources business partner"). Titles that read the same are one row in the unmatched-title log.
    /// </summary>
    public string NormalisedTitle { get; init; } = "";

    /// <summary>True when nothing was found or the best is Low: worth logging so the synonym list can grow.</summary>
    public bool IsWeak => Problem is null && (Best is null || Best.Confidence == Confidence.Low);

    public MatchCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}
