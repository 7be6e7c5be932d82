using System.IO.Compression;
using System.Text;

namespace RoleMapper.TestSupport;

/// <summary>
/// Workbooks an attacker uploads as role files, written part by part (as a zip of XML) so each says exactly what the
/// attack needs. Each is a valid .xlsx that Excel and ClosedXML open.
/// </summary>
public static class HostileWorkbooks
{
    /// <summary>The worksheet of the attack in issue 13: just under the 64 MB unpacked limit.</summary>
    public const long ManyRowsUnpacked = 63L * 1024 * 1024;

    /// <summary>
    /// Rows of one inline-string cell, <c>&lt;row r="N"&gt;&lt;c r="ANN" t="inlineStr"&gt;&lt;is&gt;&lt;t&gt;Role
    /// title&lt;/t&gt;&lt;/is&gt;&lt;/c&gt;&lt;/row&gt;</c>, until the worksheet is 63 MB, zipped at the highest level: about
    /// 818,000 rows in a file of a few megabytes. With <paramref name="header"/>, A1 says "Job title" and the rows are in
    /// column A, so a reader finds the title column and must stop at the row cap.
    /// </summary>
    public static byte[] ManyRows(bool header = false)
    {
        var column = header ? "A" : "AN";
        return Workbook(sheet =>
        {
            long written = 0;
            void Write(string xml)
            {
                sheet.Write(xml);
                written += xml.Length;
            }
            var row = 1;
            if (header)
            {
                Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>Job title</t></is></c></row>""");
                row++;
            }
            const string end = "</sheetData></worksheet>";
            for (; ; row++)
            {
                var xml = $"""<row r="{row}"><c r="{column}{row}" t="inlineStr"><is><t>Role title</t></is></c></row>""";
                if (written + xml.Length + end.Length > ManyRowsUnpacked - SheetStart.Length)
                {
                    break;
                }
                Write(xml);
            }
        });
    }

    /// <summary>One cell holding <paramref name="characters"/> characters: a few kilobytes zipped.</summary>
    public static byte[] OneHugeCell(int characters) => Workbook(sheet =>
    {
        sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>Job title</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>""");
        var chunk = new string('x', 1024 * 1024);
        for (var left = characters; left > 0; left -= chunk.Length)
        {
            sheet.Write(left >= chunk.Length ? chunk : chunk[..left]);
        }
        sheet.Write("</t></is></c></row>");
    });

    /// <summary>A small workbook whose [Content_Types].xml names <paramref name="parts"/> parts that do not exist.</summary>
    public static byte[] HugeContentTypes(int parts) => Workbook(
        sheet => sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>Job title</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Cleaner</t></is></c></row>"""),
        contentTypeOverrides: parts);

    /// <summary>A workbook with a shared-strings part of <paramref name="items"/> distinct items, one cell using the first.</summary>
    public static byte[] ManySharedStrings(int items) => Workbook(
        sheet => sheet.Write("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""),
        sharedStrings: writer =>
        {
            for (var i = 0; i < items; i++)
            {
                writer.Write($"<si><t>Job title {i}</t></si>");
            }
        });

    /// <summary>The worksheet's XML before its rows, for callers that write their own sheet.</summary>
    public const string SheetStart =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";

    /// <summary>A one-sheet workbook whose sheetData rows <paramref name="writeRows"/> writes.</summary>
    public static byte[] Workbook(Action<TextWriter> writeRows, int contentTypeOverrides = 0, Action<TextWriter>? sharedStrings = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<TextWriter> write)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
                write(writer);
            }
            Part("[Content_Types].xml", w =>
            {
                w.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
                if (sharedStrings is not null)
                {
                    w.Write("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
                }
                for (var i = 0; i < contentTypeOverrides; i++)
                {
                    w.Write($"""<Override PartName="/x{i}" ContentType="a/b"/>""");
                }
                w.Write("</Types>");
            });
            Part("_rels/.rels", w => w.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
            Part("xl/workbook.xml", w => w.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roles" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Part("xl/_rels/workbook.xml.rels", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"""
                + (sharedStrings is null ? "" : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""")
                + "</Relationships>"));
            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", w =>
                {
                    w.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
                    sharedStrings(w);
                    w.Write("</sst>");
                });
            }
            Part("xl/worksheets/sheet1.xml", w =>
            {
                w.Write(SheetStart);
                writeRows(w);
                w.Write("</sheetData></worksheet>");
            });
        }
        return stream.ToArray();
    }
}
