namespace RoleMapper.Search.Indexing;

/// <summary>What the matcher needs of one indexed standard, held beside the Lucene document for fast scoring.</summary>
internal sealed class StandardEntry
{
    public required string Reference { get; init; }
    public required string Version { get; init; }
    public required string Title { get; init; }
    public int Level { get; init; }
    public required string Route { get; init; }
    public int TypicalDurationMonths { get; init; }
    public int MaxFunding { get; init; }
    public bool IsApproved { get; init; }
    public required IndexedName[] Names { get; init; }
    /// <summary>Word ids of the overview and occupational summary.</summary>
    public required HashSet<int> TextTerms { get; init; }
    /// <summary>Word vectors (<see cref="Semantic.WordVectors"/>) of the standard's title and typical job titles, each
    /// unit length; empty when the table knows none of their words.</summary>
    public required float[][] NameVectors { get; init; }
    /// <summary>The unit mean of <see cref="NameVectors"/>: to find the standards nearest a title in meaning.</summary>
    public float[]? Vector { get; init; }
}
