namespace RoleMapper.Core.Pathways;

/// <summary>One standard on a rung, with the council's roles confirmed to it and the sector role map's roles that use it.</summary>
public sealed record RungStandard(string Reference, string Title, int Level, string Label, IReadOnlyList<string> CouncilRoles,
    IReadOnlyList<string> SectorRoles);

/// <summary>One level of a ladder: usually one standard, sometimes two of the same field at the same level.</summary>
public sealed record Rung(int Level, IReadOnlyList<RungStandard> Standards);

/// <summary>The approved standards of one occupational field, by level, lowest first: at least two levels.</summary>
public sealed record Ladder(string Route, IReadOnlyList<Rung> Rungs)
{
    /// <summary>A field with fewer levels is no way up, so it is not a ladder.</summary>
    public const int MinimumRungs = 2;

    /// <summary>"Adult care worker (L2) → Lead adult care worker (L3) → ..." as saved evidence reads it.</summary>
    public string Summary => string.Join(" → ", Rungs.SelectMany(r => r.Standards).Select(s => $"{s.Reference} {s.Title} (L{s.Level})"));
}

/// <summary>
/// The ladders for a service area or a standard, the longest first, and the subject's standards whose field has only
/// their level (Others: no ladder, listed once by level). The summary, saved as evidence, holds the ladders only.
/// </summary>
public sealed record CareerPathway(PathwaySubject Subject, string Key, string Name, IReadOnlyList<Ladder> Ladders,
    IReadOnlyList<RungStandard> Others)
{
    public string Summary => string.Join("\n", Ladders.Select(l => l.Summary));
}

/// <summary>What a council can build a pathway for: the service areas of its roles, and the standards it confirmed.</summary>
public sealed record PathwayChoices(IReadOnlyList<string> ServiceAreas, IReadOnlyList<(string Reference, string Label)> Standards);
