using RoleMapper.Core.RoleMap;

namespace RoleMapper.Search.Indexing;

/// <summary>Rebuilds this process's index as soon as the sector role map is edited here; other nodes notice within a minute.</summary>
public sealed class RebuildIndexAfterRoleMapEdit(StandardsIndex index) : IRoleMapChangeObserver
{
    public Task OnRoleMapChangedAsync(CancellationToken ct) => index.EnsureCurrentAsync(ct);
}
