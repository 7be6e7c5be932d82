using System.Globalization;
using ClosedXML.Excel;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Every message the reader gives, in one place, so the upload page and the command line say the same thing and
/// docs/role-import.md can list them. Messages speak to the person who made the file, in the words Excel uses.
/// Public so the hosts can give the same words for what they check before the reader sees the file (its size).
/// </summary>
public static class RoleFileMessages
{
    private const string SaveAs = "Save your list of roles from Excel as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\".";

    public const string Empty = "The file is empty.";
    public const string NoRows = "The file has no rows with anything in them.";

    public const string OldExcel =
        "The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which RoleMapper cannot read. "
        + "Open it in Excel, remove any password, and save it as \"Excel Workbook (.xlsx)\" or CSV.";

    public const string DamagedZip =
        "The file looks like an Excel workbook but is damaged: it cannot be unpacked. Open it in Excel and save it again.";

    public const string WorkbookUnreadable =
        "The Excel workbook could not be read: it may be damaged, or saved in a form RoleMapper does not read "
        + "(such as Strict Open XML). Open it in Excel and save it again as \"Excel Workbook (.xlsx)\".";

    public const string Busy =
        "RoleMapper is reading other role files just now, so this one was not read. Try again in a minute; nothing was saved.";

    public const string Headerless = "No header row was found, so every row of column A was read as a job title.";

    public static string TooLarge() =>
        $"The file is larger than {RoleFileLimits.MaxBytes / (1024 * 1024)} MB. "
        + "Split it into smaller files, or delete the columns RoleMapper does not use.";

    public static string TooBigUnpacked() =>
        $"The Excel workbook unpacks to more than {RoleFileLimits.MaxUnpackedBytes / (1024 * 1024)} MB, "
        + "far more than a list of roles needs. Copy the roles into a new workbook, or save them as CSV.";

    public static string TooMuchText() =>
        $"The Excel workbook holds more text than RoleMapper reads from one file (the {RoleFileLimits.MaxBytes / (1024 * 1024)} MB "
        + "a CSV may have). Delete the columns RoleMapper does not use, or split the roles into smaller files.";

    public static string CellTooLong() =>
        $"A cell of the Excel workbook holds more than {Count(RoleFileLimits.MaxCellCharacters)} characters, more than Excel "
        + "itself allows, so the file was not made by Excel or is damaged. Open it in Excel and save it again.";

    public static string RowTooLong(int row) =>
        $"Row {row} is longer than {RoleFileLimits.MaxCsvRowBytes / (1024 * 1024)} MB, far more than a role needs: "
        + "a quote mark (\") may be left open there. Check the quote marks in that row.";

    public static string TooManyRows() =>
        $"The file has more than {Count(RoleFileLimits.MaxRows)} rows of roles. "
        + $"Split it into files of at most {Count(RoleFileLimits.MaxRows)} rows.";

    /// <param name="what">What the file really is, such as "a PNG image".</param>
    public static string NotASpreadsheet(string what) => $"The file is {what}, not a CSV or Excel (.xlsx) file. {SaveAs}";

    public static string WrongExtension(string extension) =>
        $"RoleMapper reads CSV (.csv) and Excel (.xlsx) files, not {extension} files. {SaveAs}";

    public static string NamedAsWorkbookButText(string extension) =>
        $"The file is named {extension} but holds plain text, so it was read as CSV.";

    public static string NamedAsTextButWorkbook(string extension) =>
        $"The file is named {extension} but is an Excel workbook, so it was read as one.";

    public static string UnclosedQuote(int row) =>
        $"A quoted value that starts in row {row} is never closed, so the rest of the file would be read as one value. "
        + "Check the quote marks (\") in that row.";

    public static string NoTitleColumn(IEnumerable<string> headers)
    {
        var found = string.Join(", ", headers.Select(h => $"\"{Shorten(h)}\""));
        return $"No job title column was found. The first row has: {found}. "
               + "Name the column of job titles \"Job title\"; \"Title\", \"Role\", \"Post title\" and \"Position\" work too.";
    }

    public static string HeaderOnly(int headerRow) => $"The file has a header row (row {headerRow}) but no roles under it.";

    public static string RowsAboveHeader(int headerRow) =>
        $"The headers were found in row {headerRow}; the rows above it were not read.";

    public static string ColumnsNotUsed(IEnumerable<(string Header, int ColumnNumber)> columns) =>
        "These columns were not used: "
        + string.Join(", ", columns.Select(c => $"\"{Shorten(c.Header)}\" ({XLHelper.GetColumnLetterFromNumber(c.ColumnNumber)})"))
        + ".";

    public static string OtherSheetsNotRead(string sheet) =>
        $"Roles were read from the worksheet \"{sheet}\"; the other worksheets were not read.";

    public const string EmptyTitle = "The job title is empty, so the row was skipped.";
    public const string AlreadySaved = "A role with this job title and service area is already saved.";
    public const string TextAfterClosingQuote =
        "This row has text after a closing quote mark; check its values were read as you meant.";

    public static string TooLong(RoleField field, int length, int most) =>
        $"The {Name(field)} {(field == RoleField.Notes ? "are" : "is")} {Count(length)} characters long; "
        + $"the most is {Count(most)}.";

    public static string DuplicateOf(int firstRow) => $"Duplicate of row {firstRow}: the same job title and service area.";

    public static string FromFormula(RoleField field, string cell) =>
        $"The {Name(field)} in cell {cell} comes from a formula; its last saved value was read and the formula was not run.";

    public static string NotANumber(RoleField field, string text) => $"{Capital(field)} \"{Shorten(text)}\" is not a number.";

    public static string Negative(RoleField field, decimal value) => $"{Capital(field)} {Number(value)} is negative.";

    public static string TooBig(RoleField field, decimal value) =>
        $"{Capital(field)} {Number(value)} is more than {Count(RoleFileLimits.MaxHeadcount)}; check the column holds numbers of posts.";

    public static string NotWhole(decimal value) =>
        $"Headcount {Number(value)} is not a whole number; put part-time figures in a column headed \"FTE\".";

    public static string Name(RoleField field) => field switch
    {
        RoleField.Title => "job title",
        RoleField.ServiceArea => "service area",
        RoleField.Department => "department",
        RoleField.JobFamily => "job family",
        RoleField.Grade => "grade",
        RoleField.Headcount => "headcount",
        RoleField.Fte => "FTE",
        RoleField.Notes => "notes",
        _ => field.ToString(),
    };

    private static string Capital(RoleField field) => field == RoleField.Fte ? "FTE" : char.ToUpperInvariant(Name(field)[0]) + Name(field)[1..];

    private static string Number(decimal n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Values are echoed back to help the user find them, but a hostile 100 KB cell is not.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
