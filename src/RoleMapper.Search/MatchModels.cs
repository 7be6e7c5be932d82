namespace RoleMapper.Search;

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
    string Reason);

/// <summary>The answer for one title. <see cref="Problem"/> explains an empty answer to a person (e.g. an empty title).</summary>
public sealed record MatchResult(string Title, IReadOnlyList<MatchCandidate> Candidates, string? Problem = null)
{
    public MatchCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}
