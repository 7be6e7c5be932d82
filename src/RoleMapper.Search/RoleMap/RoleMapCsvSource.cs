namespace RoleMapper.Search.RoleMap;

/// <summary>
/// The sector role map from a CSV file: the one named by <c>Search:RoleMapFile</c> when set, else the map built into
/// this assembly from data/role-map/sector-role-map.csv, else no map. A file with problems stops the build with
/// every problem listed (<see cref="RoleMapFile"/>), rather than matching with part of the map.
/// </summary>
public sealed class RoleMapCsvSource(string? path) : IRoleMapSource
{
    public const string BuiltInName = "role-map/sector-role-map.csv";

    public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return Task.FromResult(RoleMapFile.ReadFile(path));
        }
        using var stream = typeof(RoleMapCsvSource).Assembly.GetManifestResourceStream(BuiltInName);
        if (stream is null)
        {
            return Task.FromResult<IReadOnlyList<MappedRole>>([]);
        }
        using var reader = new StreamReader(stream);
        return Task.FromResult(RoleMapFile.Read(reader, "data/role-map/sector-role-map.csv"));
    }
}
