using System.Globalization;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Export;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// The sector role map as an Excel download, "Sector role map - &lt;yyyy-MM&gt;.xlsx": the spreadsheet the LGA used to send
/// councils every month, as real Excel tables (Role map, About). The map comes from <see cref="IRoleMapSource"/>, the
/// same source /role-map and the index build read; the standards' titles, levels and status from the database, so they
/// are today's. Text is written as text (<see cref="SafeText"/>), whatever it starts with.
/// </summary>
/// <remarks>Like the council's map (<see cref="CouncilMapWorkbook"/>), the same map and clock give the same bytes.</remarks>
public sealed class SectorRoleMapWorkbook(IRoleMapSource source, RoleMapperDbContext db, TimeProvider clock)
{
    /// <summary>A made file: its name and bytes, to send as <see cref="MapExports.ContentType"/>.</summary>
    public sealed record Made(string FileName, byte[] Content);

    public const string RoleMapSheet = "Role map";
    public const string AboutSheet = "About";

    public async Task<Made> MakeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var map = await ReadAsync(now, ct);
        using var file = new MemoryStream();
        Write(map, file);
        // The month of the UK, as the council export is named: a download at 00:30 on 1 April BST is April's.
        return new Made(FileName(DateOnly.FromDateTime(UkTime.FromUtc(now))), file.ToArray());
    }

    /// <summary>The map's roles sorted by service area then role, each standard labelled from its current version.</summary>
    public async Task<SectorRoleMap> ReadAsync(DateTime nowUtc, CancellationToken ct)
    {
        var roles = await source.LoadAsync(ct);
        var references = roles.SelectMany(r => r.Standards).Select(r => r.Trim().ToUpperInvariant()).Distinct().ToList();
        var current = (await db.CurrentStandardVersions().AsNoTracking()
                .Where(v => references.Contains(v.Reference))
                .Select(v => new { v.Reference, v.Title, v.Level, v.Status, v.RemovedFromFeedUtc })
                .ToListAsync(ct))
            .ToDictionary(v => v.Reference, v => new SectorRoleMapStandard(v.Reference, FeedFieldLimits.ClipTitle(v.Title),
                v.Level > 0 ? v.Level : null,
                v.RemovedFromFeedUtc is not null ? "No longer in the feed"
                : v.Status != StandardStatus.ApprovedForDelivery ? v.Status.Display() : null), StringComparer.OrdinalIgnoreCase);
        var feedDate = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Outcome == ImportOutcome.Succeeded)
            .OrderByDescending(r => r.Id)
            .Select(r => (DateOnly?)r.FeedDate)
            .FirstOrDefaultAsync(ct);
        var rows = roles
            .OrderBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            // Ordinal last, so two spellings equal but for case still come out in one order every time.
            .ThenBy(r => r.ServiceArea, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new SectorRoleMapRow(r.ServiceArea, r.Title, r.JobFamily, r.Aliases,
                r.Standards.Select(s => current.GetValueOrDefault(s.Trim()) ?? new SectorRoleMapStandard(s, null, null, "Not in the feed")).ToList(),
                r.Reason,
                DateOnly.TryParseExact(r.CheckedAgainst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                r.CheckedAgainst))
            .ToList();
        return new SectorRoleMap(rows, feedDate, nowUtc);
    }

    /// <summary>Writes the workbook to <paramref name="output"/>, from its current position; it is not closed.</summary>
    public static void Write(SectorRoleMap map, Stream output)
    {
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        // ClosedXML stamps both with the current time unless told; the map's own time keeps the file reproducible.
        workbook.Properties.Created = map.GeneratedAtUtc;
        workbook.Properties.Modified = map.GeneratedAtUtc;
        workbook.Properties.Author = "RoleMapper";
        workbook.Properties.Title = "Sector role map";
        SectorRoleMapSheets.AddRoleMap(workbook, map.Roles);
        SectorRoleMapSheets.AddAbout(workbook, map);
        PrintLayout.Apply(workbook, "Sector role map", map.GeneratedAtUtc, landscapeSheet: RoleMapSheet, sheetWithoutTable: AboutSheet);
        workbook.Worksheet(RoleMapSheet).SetTabActive();

        using var saved = new MemoryStream();
        // No formulas to calculate, and the package is ours (as for the council's map).
        workbook.SaveAs(saved, new SaveOptions { EvaluateFormulasBeforeSaving = false, ValidatePackage = false });
        saved.Position = 0;
        StablePackage.Rewrite(saved, UkTime.FromUtc(map.GeneratedAtUtc), output);
    }

    /// <summary>"Sector role map - 2026-09.xlsx".</summary>
    public static string FileName(DateOnly month) =>
        $"Sector role map - {month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.xlsx";
}
