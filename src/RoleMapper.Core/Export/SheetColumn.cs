using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// One column of a sheet's table: its header, how a row's value is written into a cell, how wide that value shows,
/// and the format the whole column gets. Build them with <see cref="Column"/>.
/// </summary>
internal sealed class SheetColumn<T>
{
    public required string Header { get; init; }

    public required Action<IXLCell, T> Write { get; init; }

    /// <summary>How many characters the row's value needs, to size the column without measuring fonts.</summary>
    public required Func<T, int> Width { get; init; }

    /// <summary>The widest the column may get; longer text wraps (when <see cref="Wrap"/>) or is cut off on screen.</summary>
    public int MaxWidth { get; init; } = 30;

    public bool Wrap { get; init; }

    public string? NumberFormat { get; init; }

    /// <summary>The column's cells may hold links, which the sheet takes back after writing (<see cref="CellLinks"/>).</summary>
    public bool Links { get; init; }
}
