using RoleMapper.Core.RoleMap;
using RoleMapper.Core.Pathways;

namespace RoleMapper.Search.RoleMap;

/// <summary>The sector role map the matcher reads, handed to Core's career pathways.</summary>
public sealed class RoleMapForPathways(IRoleMapSource source) : ISectorRoleMap
{
    public async Task<IReadOnlyList<SectorMapRole>> LoadAsync(CancellationToken ct) =>
        (await source.LoadAsync(ct)).Select(r => new SectorMapRole(r.ServiceArea, r.Title, r.JobFamily, r.Standards)).ToList();
}
