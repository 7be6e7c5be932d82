namespace RoleMapper.Core.Export;

/// <summary>Excel number formats, written the UK way.</summary>
internal static class NumberFormats
{
    public const string Whole = "#,##0";
    /// <summary>Up to two decimal places, none shown for a whole number's zeros: 1, 0.5, 37.25 (full-time equivalents).</summary>
    public const string Fraction = "#,##0.##";
    public const string Pounds = "\"£\"#,##0";
    public const string Date = "dd/mm/yyyy";
    public const string DateTime = "dd/mm/yyyy hh:mm";
    /// <summary>Whole per cent: the cell holds <see cref="Percentages.Cell"/>, the share the pages show.</summary>
    public const string Percent = "0%";
}
