namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>Which column holds which field, found from a header row.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<RoleField, int> columnOf;

    private ColumnMap(IReadOnlyList<DetectedColumn> columns, IReadOnlyList<(string Header, int ColumnNumber)> unused)
    {
        Columns = columns;
        Unused = unused;
        columnOf = columns.ToDictionary(c => c.Field, c => c.ColumnNumber - 1);
    }

    public IReadOnlyList<DetectedColumn> Columns { get; }

    /// <summary>Headers that name nothing RoleMapper keeps, or a second column for a field already found.</summary>
    public IReadOnlyList<(string Header, int ColumnNumber)> Unused { get; }

    /// <summary>The 0-based column of a field, or null when the file does not have it.</summary>
    public int? ColumnOf(RoleField field) => columnOf.TryGetValue(field, out var column) ? column : null;

    /// <summary>A file with no header row whose only column holds titles.</summary>
    public static ColumnMap TitlesOnly() => new([new DetectedColumn(RoleField.Title, "", 1)], []);

    /// <summary>The columns named by <paramref name="row"/>, or null when it names no job title column.</summary>
    public static ColumnMap? FromHeader(SourceRow row)
    {
        var headers = Enumerable.Range(0, Math.Min(row.Cells.Count, RoleFileLimits.MaxColumns))
            .Select(i => (Index: i, Text: CellText.SingleLine(row[i].Text)))
            .Where(h => h.Text is not null)
            .Select(h => (h.Index, Text: h.Text!, Match: HeaderSynonyms.Match(h.Text!)))
            .ToList();
        var chosen = headers
            .Where(h => h.Match is not null)
            .GroupBy(h => h.Match!.Value.Field)
            .Select(g => g.OrderBy(h => h.Match!.Value.Rank).ThenBy(h => h.Index).First())
            .ToList();
        if (chosen.All(h => h.Match!.Value.Field != RoleField.Title))
        {
            return null;
        }
        var columns = chosen
            .Select(h => new DetectedColumn(h.Match!.Value.Field, h.Text, h.Index + 1))
            .OrderBy(c => c.ColumnNumber)
            .ToList();
        var unused = headers
            .Where(h => !chosen.Contains(h))
            .Select(h => (h.Text, h.Index + 1))
            .ToList();
        return new ColumnMap(columns, unused);
    }
}
