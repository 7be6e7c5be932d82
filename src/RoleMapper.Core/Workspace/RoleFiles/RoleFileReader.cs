namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Reads a council's list of job roles from a CSV or Excel (.xlsx) file into a <see cref="RoleFilePreview"/>: every
/// data row with its problems, or one file-level error and no rows. It saves nothing: the upload page, the starter
/// catalogue and the <c>rolemapper roles import</c> command read with it and save the importable rows through
/// <see cref="CouncilRoles"/>, so all apply the same rules and give the same messages. The rules are in
/// docs/role-import.md.
/// </summary>
public static class RoleFileReader
{
    /// <param name="content">The file, read from its current position; it is not closed.</param>
    /// <param name="fileName">The name the user gave the file; its extension must be one a role list can have, but the
    /// content decides whether it is read as CSV or Excel.</param>
    public static RoleFilePreview Read(Stream content, string fileName)
    {
        try
        {
            var bytes = ReadWithinLimit(content);
            var warnings = new List<string>();
            if (FileSniffer.Detect(bytes, fileName, warnings) == FileKind.Csv)
            {
                return RoleSheetParser.Parse(fileName, [CsvSheet.Read(bytes)], warnings);
            }
            using var workbook = XlsxWorkbook.Open(bytes);
            try
            {
                return RoleSheetParser.Parse(fileName, workbook.VisibleSheets(), warnings);
            }
            catch (Exception e) when (e is not RoleFileException)
            {
                // Worksheets are read as the parser asks for rows; a damaged one fails only when its rows are reached.
                throw new RoleFileException(RoleFileMessages.WorkbookUnreadable, e);
            }
        }
        catch (RoleFileException e)
        {
            return RoleFilePreview.Failed(fileName, e.Message);
        }
    }

    /// <summary>
    /// The file itself in memory (both formats look at it more than once: its first bytes say what it is), but never
    /// more than the limit: 5 MB, held once. What is inside it is read as a stream.
    /// </summary>
    internal static byte[] ReadWithinLimit(Stream content)
    {
        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > RoleFileLimits.MaxBytes)
            {
                throw new RoleFileException(RoleFileMessages.TooLarge());
            }
            var bytes = new byte[length];
            content.ReadExactly(bytes);
            return bytes;
        }
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            if (copy.Length + read > RoleFileLimits.MaxBytes)
            {
                throw new RoleFileException(RoleFileMessages.TooLarge());
            }
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }
}
