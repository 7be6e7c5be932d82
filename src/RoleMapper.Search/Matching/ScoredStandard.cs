using RoleMapper.Search.Indexing;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Matching;

/// <summary>
/// A candidate standard with the evidence gathered for it, its features and the model's probability that it is
/// an acceptable answer. Mutable while the pool is gathered, then ranked.
/// </summary>
internal sealed class ScoredStandard(StandardEntry entry)
{
    public StandardEntry Entry { get; } = entry;
    /// <summary>How the title's words met the standard (for the best job of the title).</summary>
    public WordFeatures Words { get; set; }
    /// <summary>Worked out in full only for the candidates shown, for their reasons.</summary>
    public Evidence? Evidence { get; set; }
    public float Qualifiers { get; set; }
    /// <summary>Brought in because the title is a head of service, director or chief executive: 0 for the first.</summary>
    public int? LeadershipRank { get; set; }
    /// <summary>A general standard for the role word ("officer", "manager"): 0 for the first.</summary>
    public int? GeneralRank { get; set; }
    /// <summary>The ONS unit group whose jobs match this standard, when the title belongs to one that does.</summary>
    public string? OccupationGroup { get; set; }
    public float OccupationShare { get; set; }
    public bool OccupationWhole { get; set; }
    /// <summary>What the sector role map and council agreement say of this standard for titles near this one.</summary>
    public KnownEvidence.StandardEvidence? Known { get; set; }
    public float Semantic { get; set; }

    public float[] Features { get; set; } = [];
    public float Probability { get; set; }
    /// <summary>How much the known titles added to the log-odds: for the reason.</summary>
    public double KnownContribution { get; set; }

    /// <summary>Where an exact known title puts the standard: (0, position) for the map, (1, position) for council
    /// agreement; null when no known title reads as the council title. These candidates come first, in this order.</summary>
    public (int Source, int Position)? KnownTier => Known?.Exactly is { } exact ? ((int)exact.Title.Source, exact.Position) : null;

    public bool Leadership => LeadershipRank is not null;
    public bool Fallback => GeneralRank is not null;
}
