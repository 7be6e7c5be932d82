using RoleMapper.Core.Roles.Import;

namespace RoleMapper.Core.Roles;

/// <summary>
/// What makes two of a council's roles the same role: the job title within a service area, compared ignoring case and
/// spacing, so "Planning Officer " in "Planning" and "planning  officer" in "PLANNING" are one role. Build keys of the
/// roles already saved with the same constructor and pass them to <see cref="RoleFileReader.Read"/>.
/// </summary>
public sealed record RoleKey
{
    public RoleKey(string title, string? serviceArea)
    {
        Title = Fold(title);
        ServiceArea = Fold(serviceArea);
    }

    /// <summary>The title folded for comparison (lower case, single spaces).</summary>
    public string Title { get; }

    /// <summary>The service area folded for comparison; empty when the role has none.</summary>
    public string ServiceArea { get; }

    private static string Fold(string? text) => CellText.SingleLine(text)?.Normalize().ToLowerInvariant() ?? "";
}
