namespace RoleMapper.Core.Pathways;

/// <summary>One standard on a rung, with the council's roles confirmed to it and the sector role map's roles that use it.</summary>
public sealed record RungStandard(string Reference, string Title, int Level, string Label, IReadOnlyList<string> CouncilRoles,
    IReadOnlyList<string> SectorRoles);

/// <summary>One level of a ladder: usually one standard, sometimes two of the same field at the same level.</summary>
public sealed record Rung(int Level, IReadOnlyList<RungStandard> Standards);

/// <summary>The approved standards of one occupational field, by level, lowest first.</summary>
public sealed record Ladder(string Route, IReadOnlyList<Rung> Rungs)
{
    /// <summary>"Adult care worker (L2) → Lead adult care worker (L3) → ..." as saved evidence reads it.</summary>
    public string Summary => string.Join(" → ", Rungs.SelectMany(r => r.Standards).Select(s => $"{s.Reference} {s.Title} (L{s.Level})"));
}

/// <summary>The ladders for a service area or a standard, the longest first.</summary>
public sealed record CareerPathway(PathwaySubject Subject, string Key, string Name, IReadOnlyList<Ladder> Ladders)
{
    public string Summary => string.Join("\n", Ladders.Select(l => l.Summary));
}

/// <summary>What a council can build a pathway for: the service areas of its roles, and the standards it confirmed.</summary>
public sealed record PathwayChoices(IReadOnlyList<string> ServiceAreas, IReadOnlyList<(string Reference, string Label)> Standards);
