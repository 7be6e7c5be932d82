using System.Text;
using ClosedXML.Excel;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>Real files, built in memory the way Excel and other systems write them, and read back.</summary>
internal static class RoleFiles
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static RoleFilePreview Read(byte[] bytes, string fileName = "roles.csv")
    {
        using var stream = new MemoryStream(bytes);
        return RoleFileReader.Read(stream, fileName);
    }

    /// <summary>A UTF-8 CSV without a byte order mark, as most systems write it.</summary>
    public static RoleFilePreview ReadCsv(string text) => Read(Encoding.UTF8.GetBytes(text), "roles.csv");

    /// <summary>A worksheet named "Roles" holding <paramref name="rows"/> from A1; a null cell stays empty.</summary>
    public static byte[] Xlsx(params object?[][] rows) => Xlsx(sheet =>
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    sheet.Cell(r + 1, c + 1).SetValue(value);
                }
            }
        }
    });

    public static byte[] Xlsx(Action<IXLWorksheet> fill, Action<XLWorkbook>? more = null, bool evaluateFormulas = false)
    {
        using var workbook = new XLWorkbook();
        fill(workbook.AddWorksheet("Roles"));
        more?.Invoke(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = evaluateFormulas });
        return stream.ToArray();
    }

    /// <summary>A CSV of <paramref name="count"/> distinct roles under a header.</summary>
    public static string ManyRoles(int count)
    {
        var text = new StringBuilder("Job title,Service area,Grade,Headcount\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append("Refuse Loader ").Append(i).Append(",Waste and Recycling,Grade 3,").Append(i % 40).Append('\n');
        }
        return text.ToString();
    }

    public static RoleFileRow Single(this RoleFilePreview preview)
    {
        Assert.Null(preview.FileError);
        return Assert.Single(preview.Rows);
    }

    public static IEnumerable<string> Messages(this RoleFileRow row, ProblemSeverity severity) =>
        row.Problems.Where(p => p.Severity == severity).Select(p => p.Message);
}
