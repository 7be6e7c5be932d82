using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// Common job roles of English councils by service area (data/council-roles.csv), for a council that wants to start
/// from a list rather than an empty page. It is read by <see cref="RoleFileReader"/> like any upload, so it obeys the
/// same rules. It has no grades: councils' pay scales differ too much for a typical grade to mean anything.
/// </summary>
public static class StarterCatalogue
{
    /// <summary>Where the build copies the catalogue, beside the app.</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "council-roles.csv");

    /// <exception cref="InvalidDataException">The catalogue has a problem; it ships with the app, so that is a bug.</exception>
    public static IReadOnlyList<RoleFileRow> Load(string? path = null)
    {
        path ??= DefaultPath;
        using var file = File.OpenRead(path);
        var preview = RoleFileReader.Read(file, Path.GetFileName(path));
        var problems = preview.Rows
            .SelectMany(r => r.Problems.Select(p => $"row {r.RowNumber}: {p.Message}"))
            .Prepend(preview.FileError)
            .Concat(preview.FileWarnings)
            .OfType<string>()
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"The starter catalogue {path} has problems: {string.Join(" ", problems.Take(5))}");
        }
        return preview.Rows;
    }
}
