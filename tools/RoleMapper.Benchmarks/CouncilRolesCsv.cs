using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// The 300 common council roles of data/council-roles.csv, the app's starter catalogue before the sector role map took
/// its place. The synthetic councils are still built from it, so their figures compare with those published before.
/// </summary>
internal static class CouncilRolesCsv
{
    /// <exception cref="InvalidDataException">The file has a problem.</exception>
    public static IReadOnlyList<RoleFileRow> Load()
    {
        var path = RepoPaths.File("data", "council-roles.csv");
        using var file = File.OpenRead(path);
        var preview = RoleFileReader.Read(file, Path.GetFileName(path));
        var problems = preview.Rows
            .SelectMany(r => r.Problems.Select(p => $"row {r.RowNumber}: {p.Message}"))
            .Prepend(preview.FileError)
            .Concat(preview.FileWarnings)
            .OfType<string>()
            .ToList();
        return problems.Count == 0 ? preview.Rows : throw new InvalidDataException($"{path} has problems: {string.Join(" ", problems.Take(5))}");
    }
}
