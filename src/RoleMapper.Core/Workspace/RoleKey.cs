using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// What makes two of a council's roles the same role: the job title within its service area, or within its department
/// when it has no service area (so a file with only a Department column still tells its Planning Officers apart),
/// compared ignoring case and spacing: "Planning Officer " in "Planning" and "planning  officer" in "PLANNING" are one
/// role. Saved roles (<see cref="JobRole.Key"/>) and rows of a file (<see cref="RoleFileRow.Key"/>) are both keyed here,
/// so a file imported again updates the roles it imported the first time (<see cref="RoleFileChanges"/>).
/// </summary>
public sealed record RoleKey
{
    public RoleKey(string title, string? serviceArea, string? department)
    {
        Title = Fold(title);
        Area = Fold(serviceArea ?? department);
    }

    /// <summary>The title folded for comparison (lower case, single spaces).</summary>
    public string Title { get; }

    /// <summary>The service area, else the department, folded for comparison; empty when the role has neither.</summary>
    public string Area { get; }

    private static string Fold(string? text) => CellText.SingleLine(text)?.Normalize().ToLowerInvariant() ?? "";
}
