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
    /// An .xlsx is a zip: 5 MB of it can unpack to gigabytes, and ClosedXML loads a workbook whole. A 20,000-row,
    /// seven-column workbook unpacks to about 8 MB.
    /// </summary>
    internal const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>Columns further right are never looked at; a role file has a handful.</summary>
    internal const int MaxColumns = 50;

    /// <summary>How many non-blank rows at the top may come before the header (titles, dates, notes).</summary>
    internal const int HeaderSearchRows = 10;
}
