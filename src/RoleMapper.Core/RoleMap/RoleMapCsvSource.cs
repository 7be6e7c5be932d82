namespace RoleMapper.Core.RoleMap;

/// <summary>
/// The sector role map from a CSV file: the one named by <c>Search:RoleMapFile</c> when set, else the map built into
/// this assembly from data/role-map/sector-role-map.csv, else no map. A file with problems stops the build with
/// every problem listed (<see cref="RoleMapFile"/>), rather than matching with part of the map.
/// Parsed once and kept: the built-in map never changes, and a named file is read again only when its last write time
/// moves, so index builds and every /role-map request share one parse and an edited file is still picked up.
/// </summary>
public sealed class RoleMapCsvSource(string? path) : IRoleMapSource
{
    public const string BuiltInName = "role-map/sector-role-map.csv";

    private (DateTime WrittenUtc, IReadOnlyList<MappedRole> Roles)? parsed;

    public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default)
    {
        var written = string.IsNullOrWhiteSpace(path) ? DateTime.MinValue : File.GetLastWriteTimeUtc(path);
        if (parsed is { } kept && kept.WrittenUtc == written)
        {
            return Task.FromResult(kept.Roles);
        }
        var roles = string.IsNullOrWhiteSpace(path) ? ReadBuiltIn() : RoleMapFile.ReadFile(path);
        // A plain swap of an immutable pair: two requests parsing at once both store an equal map.
        parsed = (written, roles);
        return Task.FromResult(roles);
    }

    public Task<string> StampAsync(CancellationToken ct = default) =>
        Task.FromResult(string.IsNullOrWhiteSpace(path) ? "built-in" : File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static IReadOnlyList<MappedRole> ReadBuiltIn()
    {
        using var stream = typeof(RoleMapCsvSource).Assembly.GetManifestResourceStream(BuiltInName);
        if (stream is null)
        {
            return [];
        }
        using var reader = new StreamReader(stream);
        return RoleMapFile.Read(reader, "data/role-map/sector-role-map.csv");
    }
}
