namespace RoleMapper.Core.RoleMap;

/// <summary>
/// Where the index build gets the sector role map: the CSV in data/role-map today (<see cref="RoleMapCsvSource"/>), the
/// database once the map is edited in the app. Read at each index build, so an edited map is used from the next one.
/// </summary>
public interface IRoleMapSource
{
    Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default);
}

/// <summary>No map: the matcher then has the standards' own words and the other evidence only.</summary>
public sealed class NoRoleMap : IRoleMapSource
{
    public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<MappedRole>>([]);
}
