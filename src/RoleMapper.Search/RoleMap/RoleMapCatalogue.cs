using RoleMapper.Core.RoleMap;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;

namespace RoleMapper.Search.RoleMap;

/// <summary>A service area of the map and how many roles it has.</summary>
public sealed record RoleMapArea(string Name, int Roles);

/// <summary>A role of the map as people read it: its standards, best first, labelled from today's feed.</summary>
public sealed record RoleMapEntry(MappedRole Role, IReadOnlyList<(string Reference, string Label)> Standards);

/// <summary>What /role-map shows: the areas, and the roles of the one chosen or those a search found.</summary>
/// <param name="Matched">How many roles the area or search matched; <see cref="Roles"/> holds the first
/// <see cref="RoleMapCatalogue.MaxShown"/> of them.</param>
public sealed record RoleMapView(IReadOnlyList<RoleMapArea> Areas, int TotalRoles, string? Area, string? Text,
    IReadOnlyList<RoleMapEntry> Roles, int Matched)
{
    public bool Chosen => Area is not null || Text is not null;
}

/// <summary>
/// The sector role map as a council browses it (/role-map): its service areas, the roles of one area, or the roles whose
/// title, aliases or job family hold every word searched for. The map comes from <see cref="IRoleMapSource"/> (the same
/// source the index reads), the standards' labels from the database, so a standard's title is today's.
/// </summary>
public sealed class RoleMapCatalogue(IRoleMapSource source, RoleMapperDbContext db)
{
    public const int MaxShown = 200;
    public const int MaxTextLength = 100;

    public async Task<RoleMapView> BrowseAsync(string? area, string? text, CancellationToken ct)
    {
        var map = await source.LoadAsync(ct);
        var areas = map.GroupBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RoleMapArea(g.First().ServiceArea, g.Count()))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var chosenArea = areas.FirstOrDefault(a => string.Equals(a.Name, area?.Trim(), StringComparison.OrdinalIgnoreCase))?.Name;
        var words = Words(text);
        if (chosenArea is null && words.Count == 0)
        {
            return new(areas, map.Count, null, null, [], 0);
        }
        var matched = map
            .Where(r => chosenArea is null || string.Equals(r.ServiceArea, chosenArea, StringComparison.OrdinalIgnoreCase))
            .Where(r => words.Count == 0 || words.All(w => Searchable(r).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var shown = matched.Take(MaxShown).ToList();
        var labels = await StandardLabels.LoadAsync(db, shown.SelectMany(r => r.Standards), ct);
        return new(areas, map.Count, chosenArea, words.Count == 0 ? null : string.Join(' ', words),
            shown.Select(r => new RoleMapEntry(r, r.Standards.Select(s => (s, labels[s])).ToList())).ToList(), matched.Count);
    }

    /// <summary>The words searched for, at most <see cref="MaxTextLength"/> characters of them.</summary>
    private static List<string> Words(string? text)
    {
        var kept = text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text ?? "";
        return kept.Split([' ', '\t', ',', '/', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static string Searchable(MappedRole role) => string.Join(" | ", role.Names.Append(role.JobFamily));
}
