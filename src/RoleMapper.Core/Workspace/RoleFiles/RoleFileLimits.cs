namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// The limits of a role file. They keep one upload cheap to read and to show: a council's whole establishment fits well
/// inside them, and anything bigger is more likely a wrong file than a list of roles.
/// </summary>
public static class RoleFileLimits
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const int MaxTitleLength = 200;

    /// <summary>For service area, department, job family and grade.</summary>
    public const int MaxTextLength = 200;

    public const int MaxNotesLength = 2_000;
    public const int MaxHeadcount = 100_000;

    /// <summary>
    /// An .xlsx is a zip: 5 MB of it can unpack to gigabytes. Checked for the whole zip before reading, and for each part
    /// as it is read. A 20,000-row, seven-column workbook unpacks to about 8 MB.
    /// </summary>
    internal const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The characters of cell text read from one worksheet (the columns up to <see cref="MaxColumns"/>): as much text as
    /// the largest CSV can hold, so a workbook, whose text packs small, costs no more than a CSV.
    /// </summary>
    internal const long MaxCellText = MaxBytes;

    /// <summary>
    /// The workbook's shared text (Excel keeps each distinct text once), read whole before the first row: at most this
    /// many characters, counting <see cref="SharedTextItemCost"/> more for each item, so many tiny items cost too.
    /// </summary>
    internal const long MaxSharedText = 8L * 1024 * 1024;

    internal const int SharedTextItemCost = 16;

    /// <summary>Excel's own limit for one cell; a longer one did not come from Excel.</summary>
    internal const int MaxCellCharacters = 32_767;

    /// <summary>A CSV row (record) longer than this is refused while it is read, not after: roles need a few hundred bytes.</summary>
    internal const int MaxCsvRowBytes = 1024 * 1024;

    /// <summary>Bounds on a workbook's bookkeeping parts, which real workbooks stay far inside.</summary>
    internal const int MaxSheets = 1_000;
    internal const int MaxCellStyles = 65_000;
    internal const int MaxRelationships = 10_000;

    /// <summary>Columns further right are never looked at; a role file has a handful.</summary>
    internal const int MaxColumns = 50;

    /// <summary>How many non-blank rows at the top may come before the header (titles, dates, notes).</summary>
    internal const int HeaderSearchRows = 10;
}
