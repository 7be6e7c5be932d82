namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// What <see cref="RoleFileReader"/> made of a file: either a <see cref="FileError"/> and no rows, or every data row
/// with its problems. Callers show it, then save <see cref="ImportableRows"/>; when <see cref="ImportableCount"/> is
/// zero nothing can be saved, and a command-line import should exit non-zero.
/// </summary>
public sealed record RoleFilePreview
{
    public required string FileName { get; init; }

    /// <summary>Why the file as a whole could not be read; null when it was. When set, <see cref="Rows"/> is empty.</summary>
    public string? FileError { get; init; }

    /// <summary>Things about the whole file the user should know, such as columns that were not used.</summary>
    public IReadOnlyList<string> FileWarnings { get; init; } = [];

    /// <summary>The worksheet read, for an Excel file.</summary>
    public string? SheetName { get; init; }

    /// <summary>The row holding the headers; null when the file has no header row (titles only).</summary>
    public int? HeaderRowNumber { get; init; }

    public IReadOnlyList<DetectedColumn> Columns { get; init; } = [];

    public IReadOnlyList<RoleFileRow> Rows { get; init; } = [];

    public bool IsReadable => FileError is null;

    public IEnumerable<RoleFileRow> ImportableRows => Rows.Where(r => r.IsImportable);

    public int ImportableCount => Rows.Count(r => r.IsImportable);

    /// <summary>Rows that will not be saved because they have at least one error.</summary>
    public int ErrorRowCount => Rows.Count - ImportableCount;

    /// <summary>Rows that will be saved but have a warning.</summary>
    public int WarningRowCount => Rows.Count(r => r.IsImportable && r.Problems.Count > 0);

    /// <summary>True when the file was not read because too many were being read at once: the same file may be sent
    /// again shortly (<see cref="RoleFileReading"/>).</summary>
    public bool TryAgainShortly { get; init; }

    internal static RoleFilePreview Failed(string fileName, string error) => new() { FileName = fileName, FileError = error };

    internal static RoleFilePreview Busy(string fileName) =>
        new() { FileName = fileName, FileError = RoleFileMessages.Busy, TryAgainShortly = true };
}
