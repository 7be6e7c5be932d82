using ClosedXML.Excel;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>A column of the file that was recognised from its header.</summary>
/// <param name="Field">What the column holds.</param>
/// <param name="Header">The header as written in the file; empty for a file with no header row.</param>
/// <param name="ColumnNumber">1 for the first column (A).</param>
public sealed record DetectedColumn(RoleField Field, string Header, int ColumnNumber)
{
    /// <summary>The column as Excel names it: A, B, ... AA.</summary>
    public string ColumnLetter => XLHelper.GetColumnLetterFromNumber(ColumnNumber);
}
