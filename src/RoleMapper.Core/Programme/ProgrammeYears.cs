using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Programme;

/// <summary>What an import did: nothing at all when <see cref="Problems"/> is not empty.</summary>
public sealed record ProgrammeImportResult(IReadOnlyList<ProgrammeProblem> Problems, int Added, int Updated)
{
    public bool Saved => Problems.Count == 0;

    public static ProgrammeImportResult Failed(params ProgrammeProblem[] problems) => new(problems, 0, 0);
}

/// <summary>
/// A council's programme figures by financial year, for the context's current council: the list with its shares, one
/// year saved from the form, and a CSV of years imported all or nothing. The rules are <see cref="ProgrammeRules"/>;
/// the CSV is read as role files are (<see cref="CsvSheet"/>: separators, encodings, quoted lines, the size cap).
/// </summary>
public sealed class ProgrammeYears(RoleMapperDbContext db, TimeProvider clock, IOptions<ProgrammeOptions> options)
{
    /// <summary>A programme file has a row a year; more than this is the wrong file.</summary>
    public const int MaxRows = 200;

    public double TargetShare => options.Value.TargetShare;

    /// <summary>The council's years, newest first, with their shares.</summary>
    public async Task<IReadOnlyList<ProgrammeShares>> ListAsync(CancellationToken ct = default)
    {
        var years = await db.ProgrammeYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        return years.Select(y => ProgrammeShares.Of(y, TargetShare)).ToList();
    }

    public Task<ProgrammeYear?> FindAsync(int year, CancellationToken ct = default) =>
        db.ProgrammeYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct);

    /// <summary>
    /// Saves one year from the form: a new year, or the year <paramref name="editing"/> (null for a new one) changed,
    /// perhaps to another year. Returns the problems; empty when saved.
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeProblem>> SaveAsync(
        IReadOnlyDictionary<ProgrammeField, string?> text, int? editing, string? byName, CancellationToken ct = default)
    {
        var (figures, problems) = ProgrammeRules.Check(text);
        if (figures is null)
        {
            return problems;
        }
        if (figures.Year != editing && await db.ProgrammeYears.AnyAsync(y => y.Year == figures.Year, ct))
        {
            return [new ProgrammeProblem(null, ProgrammeField.Year, $"{new FinancialYear(figures.Year)} is already saved: change that year instead")];
        }
        var row = editing is { } year ? await db.ProgrammeYears.FirstOrDefaultAsync(y => y.Year == year, ct) : null;
        if (row is null)
        {
            row = new ProgrammeYear();
            db.ProgrammeYears.Add(row);
        }
        figures.CopyTo(row);
        Stamp(row, byName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone saved the same year a moment ago, on this node or another.
            db.ChangeTracker.Clear();
            return [new ProgrammeProblem(null, ProgrammeField.Year, $"{new FinancialYear(figures.Year)} was saved by someone else just now: change that year instead")];
        }
        return [];
    }

    /// <summary>
    /// Reads a CSV of years (a heading row naming the columns, then a row a year) and saves them all, or, when any row
    /// has a problem, none: each problem carries the row number the council sees in Excel. A year already saved is
    /// replaced by the file's figures.
    /// </summary>
    public async Task<ProgrammeImportResult> ImportAsync(Stream content, string fileName, string? byName, CancellationToken ct = default)
    {
        List<(int Row, ProgrammeFigures Figures)> rows;
        try
        {
            var read = ReadFile(content, fileName);
            if (!read.Saved)
            {
                return read.Result!;
            }
            rows = read.Rows!;
        }
        catch (RoleFileException e)
        {
            return ProgrammeImportResult.Failed(new ProgrammeProblem(null, null, e.Message));
        }
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                var years = rows.Select(r => r.Figures.Year).ToList();
                var saved = await db.ProgrammeYears.Where(y => years.Contains(y.Year)).ToDictionaryAsync(y => y.Year, ct);
                foreach (var (_, figures) in rows)
                {
                    if (!saved.TryGetValue(figures.Year, out var row))
                    {
                        row = new ProgrammeYear();
                        db.ProgrammeYears.Add(row);
                    }
                    figures.CopyTo(row);
                    Stamp(row, byName);
                }
                await db.SaveChangesAsync(ct);
                return new ProgrammeImportResult([], rows.Count - saved.Count, saved.Count);
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return ProgrammeImportResult.Failed(new ProgrammeProblem(null, ProgrammeField.Year,
                "Someone saved one of these years just now, so nothing was imported. Import the file again"));
        }
    }

    private sealed record FileRead(ProgrammeImportResult? Result, List<(int Row, ProgrammeFigures Figures)>? Rows)
    {
        public bool Saved => Rows is not null;
    }

    private static FileRead ReadFile(Stream content, string fileName)
    {
        var bytes = RoleFileReader.ReadWithinLimit(content);
        if (FileSniffer.Detect(bytes, fileName, []) != FileKind.Csv)
        {
            return new(ProgrammeImportResult.Failed(new ProgrammeProblem(null, null,
                "Programme figures are read from a CSV file. In Excel, use File > Save As > CSV UTF-8 (Comma delimited) and upload that")), null);
        }
        var problems = new List<ProgrammeProblem>();
        var rows = new List<(int Row, ProgrammeFigures Figures)>();
        Dictionary<int, ProgrammeField>? columns = null;
        var firstRowOfYear = new Dictionary<int, int>();
        foreach (var source in CsvSheet.Read(bytes).Rows)
        {
            if (source.IsBlank)
            {
                continue;
            }
            if (columns is null)
            {
                columns = Headings(source, problems);
                if (columns is null)
                {
                    break;
                }
                continue;
            }
            if (rows.Count + problems.Count >= MaxRows)
            {
                problems.Add(new(source.Number, null, $"A programme file has a row a year; this one has more than {MaxRows} rows"));
                break;
            }
            var text = columns.ToDictionary(c => c.Value, c => source[c.Key].Text);
            var (figures, rowProblems) = ProgrammeRules.Check(text, source.Number);
            problems.AddRange(rowProblems);
            if (figures is null)
            {
                continue;
            }
            if (firstRowOfYear.TryGetValue(figures.Year, out var first))
            {
                problems.Add(new(source.Number, ProgrammeField.Year, $"{new FinancialYear(figures.Year)} is already on row {first}: give each year once"));
                continue;
            }
            firstRowOfYear[figures.Year] = source.Number;
            rows.Add((source.Number, figures));
        }
        if (columns is not null && problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(new(null, null, "The file has headings but no years under them"));
        }
        if (columns is null && problems.Count == 0)
        {
            problems.Add(new(null, null, "The file is empty"));
        }
        return problems.Count > 0 ? new(new ProgrammeImportResult(problems, 0, 0), null) : new(null, rows);
    }

    /// <summary>The columns of the heading row, or null (with a problem) when it lacks Year or Headcount or repeats one.</summary>
    private static Dictionary<int, ProgrammeField>? Headings(SourceRow row, List<ProgrammeProblem> problems)
    {
        var columns = new Dictionary<int, ProgrammeField>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (ProgrammeFields.FromHeading(row[i].Text) is not { } field)
            {
                continue;
            }
            if (columns.ContainsValue(field))
            {
                problems.Add(new(row.Number, field, $"The heading \"{field.Label()}\" appears twice"));
                return null;
            }
            columns[i] = field;
        }
        var missing = new[] { ProgrammeField.Year, ProgrammeField.Headcount }.Where(f => !columns.ContainsValue(f)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(row.Number, missing[0],
                $"The first row must be headings, with at least {string.Join(" and ", missing.Select(f => $"\"{f.Label()}\""))}. The headings are: {string.Join(", ", ProgrammeFields.All.Select(f => f.Label()))}"));
            return null;
        }
        return columns;
    }

    private void Stamp(ProgrammeYear row, string? byName)
    {
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        row.UpdatedByName = byName;
    }
}
