using System.IO.Compression;
using System.Text;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Decides what a file is from its bytes, because names lie: HR systems save web pages as ".xls", people rename a
/// Word document to ".xlsx". The extension only has to be one a role list can have; the content decides how to read it.
/// </summary>
internal static class FileSniffer
{
    private static readonly string[] TextExtensions = [".csv", ".txt", ".tsv"];
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm", ".xls"];

    /// <summary>The OLE compound file of Excel 97-2003, and of any password-protected Office file.</summary>
    private static readonly byte[] OldOffice = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly (byte[] Signature, string What)[] Rejected =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ("{\\rtf"u8.ToArray(), "a Rich Text document"),
    ];

    /// <param name="warnings">Gets a note when the name and the content disagree but the file can still be read.</param>
    public static FileKind Detect(byte[] bytes, string fileName, List<string> warnings)
    {
        var kind = DetectContent(bytes);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isText = TextExtensions.Contains(extension);
        var isWorkbook = WorkbookExtensions.Contains(extension);
        if (extension.Length > 0 && !isText && !isWorkbook)
        {
            throw new RoleFileException(RoleFileMessages.WrongExtension(extension));
        }
        if (kind == FileKind.Csv && isWorkbook)
        {
            warnings.Add(RoleFileMessages.NamedAsWorkbookButText(extension));
        }
        if (kind == FileKind.Xlsx && isText)
        {
            warnings.Add(RoleFileMessages.NamedAsTextButWorkbook(extension));
        }
        return kind;
    }

    private static FileKind DetectContent(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new RoleFileException(RoleFileMessages.Empty);
        }
        if (bytes.AsSpan().StartsWith("PK\x03\x04"u8) || bytes.AsSpan().StartsWith("PK\x05\x06"u8))
        {
            return DetectZip(bytes);
        }
        if (bytes.AsSpan().StartsWith(OldOffice))
        {
            throw new RoleFileException(RoleFileMessages.OldExcel);
        }
        foreach (var (signature, what) in Rejected)
        {
            if (bytes.AsSpan().StartsWith(signature))
            {
                throw new RoleFileException(RoleFileMessages.NotASpreadsheet(what));
            }
        }
        if (TextStart(bytes) is var start && (start.StartsWith("<!doctype html") || start.StartsWith("<html") || start.StartsWith("<table")))
        {
            throw new RoleFileException(RoleFileMessages.NotASpreadsheet("a web page (HTML)"));
        }
        if (start.StartsWith("<?xml"))
        {
            throw new RoleFileException(RoleFileMessages.NotASpreadsheet("an XML file (perhaps an Excel 2003 XML spreadsheet)"));
        }
        if (!TextEncoding.HasUtf16Bom(bytes) && LooksBinary(bytes))
        {
            throw new RoleFileException(RoleFileMessages.NotASpreadsheet("binary data, not text"));
        }
        return FileKind.Csv;
    }

    /// <summary>
    /// An .xlsx, .docx, .pptx and .ods are all zips; the folders inside tell them apart. Every entry is unpacked here
    /// (and counted) because the sizes a zip declares can lie, and ClosedXML would unpack a zip bomb whole.
    /// </summary>
    private static FileKind DetectZip(byte[] bytes)
    {
        List<string> names;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
            {
                CheckUnpackedSize(zip);
                return FileKind.Xlsx;
            }
        }
        catch (InvalidDataException e)
        {
            throw new RoleFileException(RoleFileMessages.DamagedZip, e);
        }
        var what = names switch
        {
            _ when names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)) => "a Word document",
            _ when names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)) => "a PowerPoint presentation",
            _ when names.Contains("mimetype") => "an OpenDocument file (such as .ods or .odt)",
            _ => "a zip archive",
        };
        throw new RoleFileException(RoleFileMessages.NotASpreadsheet(what));
    }

    private static void CheckUnpackedSize(ZipArchive zip)
    {
        var budget = RoleFileLimits.MaxUnpackedBytes;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            int read;
            while ((read = content.Read(buffer)) > 0)
            {
                budget -= read;
                if (budget < 0)
                {
                    throw new RoleFileException(RoleFileMessages.TooBigUnpacked());
                }
            }
        }
    }

    /// <summary>The first characters, lower case, after any byte order mark and whitespace.</summary>
    private static string TextStart(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 256));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        return Encoding.ASCII.GetString(head).TrimStart().ToLowerInvariant();
    }

    /// <summary>
    /// Text files have no NUL bytes and hardly any other control bytes; images, executables and random data have many.
    /// A few stray ones (a bell pasted from an old system) are allowed; the reader strips them.
    /// </summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        if (sample.Contains((byte)0))
        {
            return true;
        }
        var controls = 0;
        foreach (var b in sample)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r') or 0x7F)
            {
                controls++;
            }
        }
        return controls > 8 && controls > sample.Length / 100;
    }
}
