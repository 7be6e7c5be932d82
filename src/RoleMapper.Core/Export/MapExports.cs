using System.Security.Cryptography;
using RoleMapper.Core.Data;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Export;

/// <summary>
/// Makes one export of the current council's map: builds it from the database, writes the workbook and hashes it.
/// The caller adds the <see cref="MapExport"/> and saves it: the CLI only once the file is on disk, so a failed write
/// leaves no record of a file nobody got; the web app before sending it, so a download that breaks off can be fetched
/// again from the list of exports.
/// </summary>
public static class MapExports
{
    /// <summary>An export ready to save, and the map it shows (for a summary of what went into it).</summary>
    public sealed record Made(MapExport Export, CouncilMap Map);

    public static async Task<Made> MakeAsync(RoleMapperDbContext db, MaturityModel maturityModel, TimeProvider clock,
        string? userId, string byName, CancellationToken ct, ProgrammeOptions? planRules = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // ClosedXML 0.95.4 allocates about 200 MB to write a 5,000-role workbook. Left to itself the GC can still hold
        // the garbage of the previous export when the next one starts, and two exports' worth went over the 300 MB the
        // export is allowed (docs/excel-map.md). A council exports about once a month, so one blocking full collection
        // (tens of milliseconds) before each is cheap, and keeps back-to-back exports at the peak of a single one.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var (map, importRunId) = await CouncilMapQuery.BuildAsync(db, maturityModel, byName, now, ct, planRules);
        using var file = new MemoryStream();
        CouncilMapWorkbook.Write(map, file);
        var content = file.ToArray();
        var export = new MapExport
        {
            CreatedUtc = now,
            CreatedByUserId = userId,
            CreatedByName = byName,
            // The month the council is in, in UK time: an export at 00:30 on 1 April BST is April's.
            FileName = CouncilMapWorkbook.FileName(map.CouncilName, DateOnly.FromDateTime(UkTime.FromUtc(now))),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            SizeBytes = content.Length,
            ImportRunId = importRunId,
            Content = content,
        };
        return new Made(export, map);
    }

    /// <summary>The MIME type of an .xlsx workbook.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
