namespace RoleMapper.Core.Maturity;

/// <summary>
/// The figures RoleMapper's own data can put beside a statement, named in the model file's <c>evidence</c> lists.
/// The loader rejects any other name, so a typo in the file cannot silently hide a figure.
/// </summary>
public static class EvidenceHints
{
    /// <summary>How many of the council's job roles are mapped to apprenticeship standards.</summary>
    public const string Mapping = "mapping";

    /// <summary>The skills gaps the council has recorded against its roles.</summary>
    public const string SkillsGaps = "skills-gaps";

    /// <summary>Roles with a succession plan or apprenticeship pathway.</summary>
    public const string Succession = "succession";

    /// <summary>The career pathways the council saved as evidence (docs/plan-and-pathways.md).</summary>
    public const string Pathways = "pathways";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Mapping, SkillsGaps, Succession, Pathways,
    };
}
