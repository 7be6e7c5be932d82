namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>
/// A job title, as the matcher normalised it, that found no standard or only low-confidence ones. One row per
/// normalised title with a running count, so "Refuse Loader - North" and "refuse loader (2 posts)" add up to one row.
/// HR reviewers read the most frequent rows to grow the synonym list (docs/matching.md). Rows live in the database,
/// not in memory, so every web node and the command line add to the same log.
/// </summary>
public sealed class UnmatchedTitle
{
    public const int MaxTitleLength = 200;

    public int Id { get; set; }
    /// <summary>The title after noise removal and abbreviation expansion, lower case; unique.</summary>
    public required string NormalisedTitle { get; set; }
    /// <summary>The most recent title as it was typed, for the reviewer to see real wording.</summary>
    public required string ExampleTitle { get; set; }
    public int Count { get; set; }
    /// <summary>The top (low-confidence) suggestion the last time, or null when nothing matched at all.</summary>
    public string? BestReference { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
}
