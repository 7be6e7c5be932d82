using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// An .xlsx read as a stream: the zip's parts are opened one at a time and read with <see cref="XmlReader"/>, a row at a
/// time, keeping only what a role list needs. Nothing is loaded whole, so reading stops as soon as the parser has seen
/// enough (the row cap) or a budget runs out (<see cref="RoleFileLimits"/>): bytes unpacked, characters of shared text,
/// characters of cell text, and 32,767 characters in one cell (Excel's own limit). docs/role-import.md has the figures.
/// </summary>
/// <remarks>
/// Why not ClosedXML or the Open XML SDK: ClosedXML loads the whole workbook (a 4 MB upload of 818,000 one-cell rows took
/// about 650 MB); the SDK's <c>SpreadsheetDocument.Open</c> parses every relationship and content type up front (a 3 MB
/// zip whose [Content_Types].xml lists 1.3 million parts allocated 1.1 GB), and its <c>OpenXmlReader.GetText</c> returns a
/// cell's text whole (a 60-million-character cell allocated 362 MB). <see cref="XmlReader.ReadValueChunk"/> reads a
/// cell's text a piece at a time, so the per-cell limit is applied while reading.
/// <para>
/// Cells give the value Excel last saved; a formula is never calculated. DTDs are refused (no entity expansion, no
/// external references).
/// </para>
/// </remarks>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        MaxCharactersFromEntities = 1024,
    };

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly List<(string Name, string Part)> visibleSheets;
    private readonly HashSet<int> dateStyles;
    private readonly bool date1904;
    private readonly string? sharedStringsPart;
    private List<string>? sharedStrings;

    // Reused for every cell: one read is one thread, and a cell's text is copied out before the next is read.
    private readonly char[] chunk = new char[4096];
    private readonly StringBuilder text = new();
    private readonly List<(int Column, SourceCell Cell)> rowCells = [];

    private XlsxWorkbook(ZipArchive zip)
    {
        this.zip = zip;
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName.Replace('\\', '/'), entry);
        }
        var workbookPart = Relationship(ReadRelationships("_rels/.rels", ""), "/officeDocument")
                           ?? throw new RoleFileException(RoleFileMessages.WorkbookUnreadable);
        var workbookRelationships = ReadRelationships(RelationshipsPartOf(workbookPart), FolderOf(workbookPart));
        (visibleSheets, date1904) = ReadWorkbook(workbookPart, workbookRelationships);
        sharedStringsPart = Relationship(workbookRelationships, "/sharedStrings");
        dateStyles = Relationship(workbookRelationships, "/styles") is { } styles ? ReadDateStyles(styles) : [];
    }

    public static XlsxWorkbook Open(byte[] bytes)
    {
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return new XlsxWorkbook(zip);
        }
        catch (Exception e)
        {
            zip?.Dispose();
            throw e as RoleFileException ?? new RoleFileException(RoleFileMessages.WorkbookUnreadable, e);
        }
    }

    /// <summary>The visible worksheets in tab order; hidden ones hold lookups and workings, not the roles. Each sheet's
    /// rows are read afresh every time they are enumerated.</summary>
    public IReadOnlyList<SourceSheet> VisibleSheets() =>
        visibleSheets.Select(s => new SourceSheet(s.Name, Rows(s.Part))).ToList();

    public void Dispose() => zip.Dispose();

    private IEnumerable<SourceRow> Rows(string part)
    {
        var budget = new CellTextBudget();
        using var xml = OpenPart(part);
        var lastRow = 0;
        xml.MoveToContent();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main || xml.LocalName != "row")
            {
                xml.Read();
                continue;
            }
            lastRow = xml.GetAttribute("r") is { } r ? Number(r) : lastRow + 1;
            var cells = ReadCells(xml, budget);
            if (cells.Length > 0)
            {
                yield return new SourceRow(lastRow, cells);
            }
        }
    }

    /// <summary>
    /// Steps into the element the reader is on: its depth, or -1 (and the reader after it) when it is empty. Then
    /// <see cref="NextChild"/> visits its child elements.
    /// </summary>
    private static int Enter(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return -1;
        }
        var depth = xml.Depth;
        xml.Read();
        return depth;
    }

    /// <summary>
    /// Moves to the next child element of the element entered at <paramref name="depth"/>; false, with the reader after
    /// that element, when there are no more. The caller reads each child whole (ending after it), as Skip does.
    /// </summary>
    private static bool NextChild(XmlReader xml, int depth)
    {
        if (depth < 0)
        {
            return false;
        }
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                return true;
            }
            xml.Read();
        }
        if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
        {
            xml.Read();
        }
        return false;
    }

    /// <summary>The cells of the row the reader is on, up to <see cref="RoleFileLimits.MaxColumns"/>; reads the row whole.</summary>
    private SourceCell[] ReadCells(XmlReader xml, CellTextBudget text)
    {
        rowCells.Clear();
        var lastColumn = 0;
        var depth = Enter(xml);
        while (NextChild(xml, depth))
        {
            if (xml.NamespaceURI != Main || xml.LocalName != "c")
            {
                xml.Skip();
                continue;
            }
            lastColumn = xml.GetAttribute("r") is { } reference ? ColumnOf(reference) : lastColumn + 1;
            if (lastColumn > RoleFileLimits.MaxColumns)
            {
                // Columns further right are never looked at: skipped unread, whatever they hold.
                xml.Skip();
                continue;
            }
            var cell = ReadCell(xml);
            text.Spend(cell.Text);
            rowCells.Add((lastColumn, cell));
        }
        var row = new SourceCell[rowCells.Count == 0 ? 0 : rowCells.Max(c => c.Column)];
        foreach (var (column, cell) in rowCells)
        {
            row[column - 1] = cell;
        }
        return row;
    }

    /// <summary>One <c>&lt;c&gt;</c> element, read whole: its saved value as text, and whether a formula made it.</summary>
    private SourceCell ReadCell(XmlReader xml)
    {
        var type = xml.GetAttribute("t");
        var style = xml.GetAttribute("s") is { } s && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0;
        string? value = null;
        var fromFormula = false;
        var depth = Enter(xml);
        while (NextChild(xml, depth))
        {
            switch (xml.NamespaceURI == Main ? xml.LocalName : null)
            {
                case "f":
                    fromFormula = true;
                    xml.Skip();
                    break;
                case "v":
                    value = ReadText(xml);
                    break;
                case "is":
                    value = ReadRichText(xml);
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
        return new SourceCell(value is null ? null : TextOf(value, type, style), fromFormula);
    }

    private string TextOf(string value, string? type, int style) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < SharedStrings().Count
            ? SharedStrings()[index]
            : throw new RoleFileException(RoleFileMessages.WorkbookUnreadable),
        "b" => value.Trim() == "1" ? "TRUE" : "FALSE",
        "str" or "inlineStr" or "e" => value,
        "d" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? DateText(date) : value,
        _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
            dateStyles.Contains(style) && FromSerial(number) is { } serialDate ? DateText(serialDate) : NumberText.Format(number),
        _ => value,
    };

    private static string DateText(DateTime date) =>
        date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private DateTime? FromSerial(double serial)
    {
        // Excel's day numbers; the 1904 system (old Mac workbooks) counts from four years later.
        var days = date1904 ? serial + 1462 : serial;
        return days is >= 0 and < 2_958_466 ? DateTime.FromOADate(days) : null;
    }

    /// <summary>The shared text of the workbook, read once, within <see cref="RoleFileLimits.MaxSharedText"/>.</summary>
    private List<string> SharedStrings()
    {
        if (sharedStrings is not null)
        {
            return sharedStrings;
        }
        var strings = new List<string>();
        long spent = 0;
        if (sharedStringsPart is not null)
        {
            using var xml = OpenPart(sharedStringsPart);
            xml.MoveToContent();
            while (!xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main || xml.LocalName != "si")
                {
                    xml.Read();
                }
                else
                {
                    var item = ReadRichText(xml);
                    // Each item costs its characters and the string around them.
                    spent += item.Length + RoleFileLimits.SharedTextItemCost;
                    if (spent > RoleFileLimits.MaxSharedText)
                    {
                        throw new RoleFileException(RoleFileMessages.TooMuchText());
                    }
                    strings.Add(item);
                }
            }
        }
        return sharedStrings = strings;
    }

    /// <summary>
    /// The text of an <c>&lt;is&gt;</c> or <c>&lt;si&gt;</c> element, read whole: its <c>&lt;t&gt;</c>, or the
    /// <c>&lt;t&gt;</c> of each formatted run (<c>&lt;r&gt;</c>), joined; phonetic guides (<c>&lt;rPh&gt;</c>) are not part
    /// of the text.
    /// </summary>
    private string ReadRichText(XmlReader xml)
    {
        text.Clear();
        var depth = Enter(xml);
        while (NextChild(xml, depth))
        {
            switch (xml.NamespaceURI == Main ? xml.LocalName : null)
            {
                case "t":
                    AppendText(xml);
                    break;
                case "r":
                    var run = Enter(xml);
                    while (NextChild(xml, run))
                    {
                        if (xml.NamespaceURI == Main && xml.LocalName == "t")
                        {
                            AppendText(xml);
                        }
                        else
                        {
                            xml.Skip();
                        }
                    }
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
        return text.ToString();
    }

    private string ReadText(XmlReader xml)
    {
        text.Clear();
        AppendText(xml);
        return text.ToString();
    }

    /// <summary>
    /// Appends the text of the element the reader is on to <see cref="text"/>, a piece at a time, and leaves the reader
    /// after it. More than <see cref="RoleFileLimits.MaxCellCharacters"/> in all is refused as soon as it is read, before
    /// it is held.
    /// </summary>
    private void AppendText(XmlReader xml)
    {
        var depth = Enter(xml);
        while (depth >= 0 && !xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    if (text.Length + read > RoleFileLimits.MaxCellCharacters)
                    {
                        throw new RoleFileException(RoleFileMessages.CellTooLong());
                    }
                    text.Append(chunk, 0, read);
                }
            }
            // Text, or anything else inside (which a cell's text should not have): go on to the next node.
            xml.Read();
        }
        if (depth >= 0 && xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
        {
            xml.Read();
        }
    }

    /// <summary>The visible sheets in tab order, as (name, part), and whether dates count from 1904.</summary>
    private (List<(string, string)> Sheets, bool Date1904) ReadWorkbook(string part, Dictionary<string, (string Type, string Target)> relationships)
    {
        var sheets = new List<(string, string)>();
        var date1904 = false;
        using var xml = OpenPart(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main)
            {
                continue;
            }
            if (xml.LocalName == "workbookPr")
            {
                date1904 = xml.GetAttribute("date1904") is "1" or "true";
            }
            else if (xml.LocalName == "sheet" && xml.GetAttribute("state") is null or "visible"
                     && xml.GetAttribute("id", Relationships) is { } id
                     && relationships.TryGetValue(id, out var target) && target.Type.EndsWith("/worksheet", StringComparison.Ordinal)
                     && sheets.Count < RoleFileLimits.MaxSheets)
            {
                sheets.Add((xml.GetAttribute("name") ?? "", target.Target));
            }
        }
        return (sheets, date1904);
    }

    /// <summary>
    /// The cell styles (by index) whose number format shows a date: Excel's built-in date formats and custom formats
    /// with date or time codes. A number in such a cell is a day count and is read as a date.
    /// </summary>
    private HashSet<int> ReadDateStyles(string part)
    {
        var customDates = new HashSet<int>();
        var dateStyles = new HashSet<int>();
        using var xml = OpenPart(part);
        var inCellFormats = false;
        var style = 0;
        while (xml.Read())
        {
            if (xml.NamespaceURI != Main)
            {
                continue;
            }
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id)
                                   && new ExcelNumberFormat.NumberFormat(xml.GetAttribute("formatCode") ?? "").IsDateTimeFormat:
                    customDates.Add(id);
                    break;
                case "cellXfs":
                    inCellFormats = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellFormats && style < RoleFileLimits.MaxCellStyles:
                    var format = int.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var f) ? f : 0;
                    if (format is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 || customDates.Contains(format))
                    {
                        dateStyles.Add(style);
                    }
                    style++;
                    break;
            }
        }
        return dateStyles;
    }

    /// <summary>Relationship id to (type, part name) of a .rels part; empty when there is none.</summary>
    private Dictionary<string, (string Type, string Target)> ReadRelationships(string relsPart, string folder)
    {
        var relationships = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (!entries.ContainsKey(relsPart))
        {
            return relationships;
        }
        using var xml = OpenPart(relsPart);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == PackageRelationships && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Type") is { } type && xml.GetAttribute("Target") is { } target
                && xml.GetAttribute("TargetMode") is null or "Internal" && relationships.Count < RoleFileLimits.MaxRelationships)
            {
                relationships.TryAdd(id, (type, Resolve(folder, target)));
            }
        }
        return relationships;
    }

    private static string? Relationship(Dictionary<string, (string Type, string Target)> relationships, string typeEnding) =>
        relationships.Values.Where(r => r.Type.StartsWith(Relationships, StringComparison.Ordinal) && r.Type.EndsWith(typeEnding, StringComparison.Ordinal))
            .Select(r => r.Target).FirstOrDefault();

    /// <summary>A part, read within <see cref="RoleFileLimits.MaxUnpackedBytes"/> however much its zip entry claims or holds.</summary>
    private XmlReader OpenPart(string part)
    {
        if (!entries.TryGetValue(part, out var entry))
        {
            throw new RoleFileException(RoleFileMessages.WorkbookUnreadable);
        }
        return XmlReader.Create(new BudgetStream(entry.Open(), RoleFileLimits.MaxUnpackedBytes), Settings);
    }

    private static string FolderOf(string part) => part.LastIndexOf('/') is var slash and >= 0 ? part[..(slash + 1)] : "";

    private static string RelationshipsPartOf(string part) => FolderOf(part) + "_rels/" + part[FolderOf(part).Length..] + ".rels";

    /// <summary>A relationship's target as a zip entry name: relative to the folder of its source, or from the root.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }
        return string.Join('/', parts);
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new RoleFileException(RoleFileMessages.WorkbookUnreadable);

    /// <summary>The column number of a cell reference such as "AN12" (40).</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' && letters < 3)
            {
                column = column * 26 + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }
        return letters > 0 ? column : throw new RoleFileException(RoleFileMessages.WorkbookUnreadable);
    }

    /// <summary>Characters of cell text read from one sheet, within <see cref="RoleFileLimits.MaxCellText"/>.</summary>
    private sealed class CellTextBudget
    {
        private long spent;

        public void Spend(string? text)
        {
            spent += text?.Length ?? 0;
            if (spent > RoleFileLimits.MaxCellText)
            {
                throw new RoleFileException(RoleFileMessages.TooMuchText());
            }
        }
    }

    /// <summary>A part's unpacked bytes, refused past a budget while they are read.</summary>
    private sealed class BudgetStream(Stream inner, long budget) : ReadOnlyStream(inner)
    {
        public override int Read(Span<byte> buffer) => Spend(Inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Spend(await Inner.ReadAsync(buffer, cancellationToken));

        private int Spend(int read)
        {
            budget -= read;
            return budget >= 0 ? read : throw new RoleFileException(RoleFileMessages.TooBigUnpacked());
        }
    }
}
