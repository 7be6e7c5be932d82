namespace RoleMapper.Core.RoleMap;

/// <summary>
/// Where the index build, /role-map and career pathways get the sector role map: the database, which the sector team
/// edits in the app (<see cref="RoleMapDbSource"/>), or a CSV named by <c>Search:RoleMapFile</c>
/// (<see cref="RoleMapCsvSource"/>). Read at each index build, so an edited map is used from the next one.
/// </summary>
public interface IRoleMapSource
{
    Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default);

    /// <summary>
    /// A cheap token that changes whenever the map does, so the index can tell it needs a rebuild without reading the
    /// whole map (a file's last write time, the database's change log).
    /// </summary>
    Task<string> StampAsync(CancellationToken ct = default);
}

/// <summary>No map: the matcher then has the standards' own words and the other evidence only.</summary>
public sealed class NoRoleMap : IRoleMapSource
{
    public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<MappedRole>>([]);

    public Task<string> StampAsync(CancellationToken ct = default) => Task.FromResult("");
}

/// <summary>
/// Told after the sector role map was changed in this process, so the index here need not wait for its next minute's
/// check (other nodes see the change from <see cref="IRoleMapSource.StampAsync"/>).
/// </summary>
public interface IRoleMapChangeObserver
{
    Task OnRoleMapChangedAsync(CancellationToken ct);
}
