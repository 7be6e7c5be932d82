namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>A cell as a file format gives it: its text, and whether a formula made it (Excel only).</summary>
internal readonly record struct SourceCell(string? Text, bool FromFormula = false);

/// <summary>A row of a CSV or worksheet before it means anything: its number as the user sees it, and its cells.</summary>
/// <param name="Problems">Problems the format reader found, such as bad quoting in a CSV row.</param>
internal sealed record SourceRow(int Number, IReadOnlyList<SourceCell> Cells, IReadOnlyList<RowProblem> Problems)
{
    public SourceRow(int number, IReadOnlyList<SourceCell> cells) : this(number, cells, []) { }

    /// <summary>The cell in a 0-based column; an empty cell past the end of a short row.</summary>
    public SourceCell this[int column] => column < Cells.Count ? Cells[column] : default;

    /// <summary>No text anywhere. A formula counts as something even when Excel saved no value for it, so its row is
    /// reported rather than silently dropped.</summary>
    public bool IsBlank => Cells.All(c => !c.FromFormula && CellText.IsBlank(c.Text));

    public bool HasTextOnlyInFirstColumn => Cells.Skip(1).All(c => CellText.IsBlank(c.Text));
}

/// <summary>A worksheet, or the one table of a CSV. <see cref="Rows"/> can be enumerated more than once.</summary>
internal sealed record SourceSheet(string? Name, IEnumerable<SourceRow> Rows);
