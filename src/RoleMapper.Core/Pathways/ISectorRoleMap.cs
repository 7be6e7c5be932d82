namespace RoleMapper.Core.Pathways;

/// <summary>A role of the sector role map (data/role-map) as pathways read it: where it sits and its standards, best first.</summary>
public sealed record SectorMapRole(string ServiceArea, string Title, string JobFamily, IReadOnlyList<string> Standards);

/// <summary>
/// The sector role map, for pathways. The Search project reads the map (it feeds the matcher too) and provides this;
/// without it pathways are built from the feed and the council's own roles alone.
/// </summary>
public interface ISectorRoleMap
{
    Task<IReadOnlyList<SectorMapRole>> LoadAsync(CancellationToken ct);
}

public sealed class NoSectorRoleMap : ISectorRoleMap
{
    public Task<IReadOnlyList<SectorMapRole>> LoadAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<SectorMapRole>>([]);
}
