using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Memory of reading uploaded role files: the 4 MB workbook of issue 13 that unpacks to 63 MB (818,000 one-cell rows),
/// once and eight at once, and 20,000 real rows (ONS job titles with their unit groups as service areas) as .xlsx and
/// .csv. Files are written by this process first; each read runs in a child process of its own, so its peak working set
/// is the read's plus the runtime's (the first scenario, a two-row file, shows that floor). "Allocated" is what the
/// reads allocated on their own threads, the bound on the managed memory they can have held at once.
/// </summary>
internal static class UploadBenchmark
{
    private const int RealRows = RoleFileLimits.MaxRows;

    public static async Task RunAllAsync()
    {
        var folder = Directory.CreateTempSubdirectory("rolemapper-upload-benchmark-").FullName;
        try
        {
            var files = new (string Name, string Path, int Readers)[]
            {
                ("two-row CSV (the process's floor)", Write(folder, "tiny.csv", Encoding.UTF8.GetBytes("Job title\nCleaner\n")), 1),
                ("63 MB-unpacked workbook (issue 13), one read", Write(folder, "many-rows.xlsx", HostileWorkbooks.ManyRows()), 1),
                ("63 MB-unpacked workbook, eight reads at once", Path.Combine(folder, "many-rows.xlsx"), 8),
                ($"{RealRows:N0} real rows, .xlsx", Write(folder, "real.xlsx", RealRowsXlsx()), 1),
                ($"{RealRows:N0} real rows, .csv", Write(folder, "real.csv", RealRowsCsv()), 1),
            };
            Console.WriteLine("| role file | file (MB) | outcome | seconds | allocated by the reads (MB) | peak working set (MB) |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (name, path, readers) in files)
            {
                var (outcome, seconds, allocated, peak) = await InChildAsync(path, readers);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {new FileInfo(path).Length / 1048576.0:F1} | {outcome} | {seconds:F2} | {allocated:F1} | {peak:F0} |"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>In the child: reads the file on <paramref name="readers"/> threads started together, and reports.</summary>
    public static void RunOne(string path, int readers)
    {
        var bytes = File.ReadAllBytes(path);
        var results = new (RoleFilePreview Preview, long Allocated)[readers];
        using var start = new Barrier(readers + 1);
        var threads = Enumerable.Range(0, readers).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var preview = RoleFileReader.Read(new MemoryStream(bytes, writable: false), Path.GetFileName(path));
            results[i] = (preview, GC.GetAllocatedBytesForCurrentThread() - before);
        })).ToList();
        threads.ForEach(t => t.Start());
        var stop = Measurement.Start();
        start.SignalAndWait();
        threads.ForEach(t => t.Join());
        var figures = stop();
        var first = results[0].Preview;
        Console.WriteLine(first.FileError is { } error ? "refused: " + error.Split('.')[0] : $"read: {first.Rows.Count:N0} rows");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Sum(r => r.Allocated) / 1048576.0:F1}"));
        Measurement.Report(figures);
    }

    private static async Task<(string Outcome, double Seconds, double AllocatedMb, double PeakMb)> InChildAsync(string path, int readers)
    {
        var start = Measurement.Child("upload-one", path, readers.ToString(CultureInfo.InvariantCulture));
        start.RedirectStandardOutput = true;
        using var child = System.Diagnostics.Process.Start(start)!;
        var lines = (await child.StandardOutput.ReadToEndAsync()).Trim().Split('\n');
        await child.WaitForExitAsync();
        if (child.ExitCode != 0 || lines.Length < 4)
        {
            throw new InvalidOperationException($"upload-one {path} failed:\n{string.Join('\n', lines)}");
        }
        var last = lines[^1].Split(' ');
        return (lines[^4].Trim(), double.Parse(last[0], CultureInfo.InvariantCulture),
            double.Parse(lines[^3], CultureInfo.InvariantCulture), double.Parse(last[1], CultureInfo.InvariantCulture));
    }

    private static string Write(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>The first 20,000 distinct ONS job titles, each with its SOC 2020 unit group as the service area.</summary>
    private static List<(string Title, string ServiceArea)> RealRoles()
    {
        using var reader = CsvReader.Create(File.OpenRead(MatchBenchmark.FindOnsIndex()), CsvReaderOptions.Default with { HasHeader = false });
        var titleColumn = -1;
        var groupColumn = -1;
        var roles = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read() && roles.Count < RealRows)
        {
            if (titleColumn < 0)
            {
                var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
                titleColumn = headers.IndexOf("INDEXOCC_-_natural_word_order");
                groupColumn = headers.IndexOf("SOC2020_unit_group_title");
                continue;
            }
            var title = reader.GetString(titleColumn);
            if (title.Length is > 0 and <= RoleFileLimits.MaxTitleLength && seen.Add(title))
            {
                roles.Add((title, reader.GetString(groupColumn)));
            }
        }
        return roles;
    }

    private static byte[] RealRowsXlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Establishment");
        sheet.Cell(1, 1).InsertData(new[] { new object[] { "Job title", "Service area", "Grade", "Headcount" } });
        sheet.Cell(2, 1).InsertData(RealRoles().Select((r, i) => new object[] { r.Title, r.ServiceArea, $"Grade {i % 12 + 1}", i % 40 + 1 }));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static byte[] RealRowsCsv()
    {
        var text = new StringBuilder("Job title,Service area,Grade,Headcount\n");
        foreach (var (role, i) in RealRoles().Select((r, i) => (r, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{role.Title.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{role.ServiceArea.Replace("\"", "\"\"", StringComparison.Ordinal)}\",Grade {i % 12 + 1},{i % 40 + 1}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
