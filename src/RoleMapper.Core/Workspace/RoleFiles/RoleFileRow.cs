namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// One data row of a role file as read, with its problems. Text is cleaned (trimmed, control characters removed) but
/// otherwise kept exactly as written: a title such as "=HYPERLINK(...)" stays that text, and whoever writes it into a
/// spreadsheet again must neutralise it there.
/// </summary>
public sealed record RoleFileRow
{
    /// <summary>The row as the user sees it in Excel or the CSV: with a header in row 1, the first role is row 2.</summary>
    public required int RowNumber { get; init; }

    /// <summary>The job title; empty when the row has none (the row then has an error).</summary>
    public required string Title { get; init; }

    public string? ServiceArea { get; init; }

    /// <summary>Kept apart from <see cref="ServiceArea"/>: many council files have both a directorate and a team.</summary>
    public string? Department { get; init; }

    public string? JobFamily { get; init; }

    public string? Grade { get; init; }

    /// <summary>The number of posts, a whole number. Part-time figures are in <see cref="Fte"/>.</summary>
    public int? Headcount { get; init; }

    /// <summary>Full-time equivalent, which may be fractional (2.6).</summary>
    public decimal? Fte { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<RowProblem> Problems { get; init; } = [];

    /// <summary>True when the row has no errors; warnings do not stop it being saved.</summary>
    public bool IsImportable => Problems.All(p => p.Severity != ProblemSeverity.Error);

    /// <summary>The row's identity for duplicate checks (<see cref="RoleKey"/>).</summary>
    public RoleKey Key => new(Title, ServiceArea, Department);

    /// <summary>The role the row describes, as it is saved.</summary>
    public RoleDetails Details => new(Title, ServiceArea, Department, JobFamily, Grade, Headcount, Fte, Notes);
}
