using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Export;
using RoleMapper.Core.Pathways;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Maturity;

/// <summary>
/// What RoleMapper's own data says about one council's workforce development: the figures shown beside the statements
/// whose <see cref="MaturityStatement.Evidence"/> hints ask for them, and that <see cref="MaturityEvidenceRules"/>
/// turns into suggested ticks. Coverage is <see cref="MapFigures"/>'s, the Excel map's one definition.
/// </summary>
public sealed record MaturityEvidenceFigures
{
    /// <summary>Roles, posts, coverage by roles and by headcount, and mappings needing review.</summary>
    public required MapFigures Map { get; init; }

    /// <summary>Every skills gap recorded, whatever its status.</summary>
    public int GapsRecorded { get; init; }

    public int GapsOpen { get; init; }

    public int GapsPlanInPlace { get; init; }

    public int GapsClosed => GapsRecorded - GapsOpen - GapsPlanInPlace;

    /// <summary>Gaps not closed (open or with a plan) that are hard to fill.</summary>
    public int HardToFill { get; init; }

    /// <summary>Gaps with a succession risk, whatever their status.</summary>
    public int SuccessionRiskRecorded { get; init; }

    /// <summary>Gaps not closed that carry a succession risk.</summary>
    public int SuccessionRisk { get; init; }

    /// <summary>Gaps with a succession risk still open, with no plan in place.</summary>
    public int SuccessionRiskOpen { get; init; }

    /// <summary>Gaps with a succession risk that have a plan in place or are closed: succession being dealt with.</summary>
    public int SuccessionRiskAddressed { get; init; }

    /// <summary>Gaps not closed with a succession risk that are linked to no apprenticeship standard (no pathway yet).</summary>
    public int SuccessionRiskWithoutStandard { get; init; }

    /// <summary>Service areas with a saved career pathway.</summary>
    public int PathwayServiceAreas { get; init; }

    /// <summary>Standards with a saved career pathway.</summary>
    public int PathwayStandards { get; init; }

    /// <summary>When the council last exported its Excel map; null if it never has.</summary>
    public DateTime? LastExportUtc { get; init; }

    /// <summary>The current council's figures; reads through the tenancy filter, one query per table.</summary>
    public static async Task<MaturityEvidenceFigures> LoadAsync(RoleMapperDbContext db, CancellationToken ct = default)
    {
        // Rows shaped as the Excel map's, so coverage is counted by exactly the same rule (MapFigures).
        var roles = await db.JobRoles.AsNoTracking().Select(r => new RoleMapRow
        {
            Title = r.Title,
            Headcount = r.Headcount,
            Status = r.Status,
            NeedsReview = r.NeedsReview,
            StandardReference = r.Standards.Where(s => s.Kind == RoleStandardKind.Primary).Select(s => s.Reference).FirstOrDefault(),
        }).ToListAsync(ct);
        var gaps = await db.SkillsGaps.AsNoTracking()
            .Select(g => new { g.Status, g.HardToFill, g.SuccessionRisk, g.LinkedStandards })
            .ToListAsync(ct);
        var lastExport = await db.MapExports.AsNoTracking().OrderByDescending(e => e.CreatedUtc)
            .Select(e => (DateTime?)e.CreatedUtc).FirstOrDefaultAsync(ct);
        var pathways = await db.SavedPathways.AsNoTracking().GroupBy(p => p.Subject).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var notClosed = gaps.Where(g => g.Status != GapStatus.Closed).ToList();
        return new MaturityEvidenceFigures
        {
            Map = MapFigures.Of(new CouncilMap { CouncilName = "", GeneratedAtUtc = default, Roles = roles }),
            GapsRecorded = gaps.Count,
            GapsOpen = gaps.Count(g => g.Status == GapStatus.Open),
            GapsPlanInPlace = gaps.Count(g => g.Status == GapStatus.PlanInPlace),
            HardToFill = notClosed.Count(g => g.HardToFill),
            SuccessionRiskRecorded = gaps.Count(g => g.SuccessionRisk),
            SuccessionRisk = notClosed.Count(g => g.SuccessionRisk),
            SuccessionRiskOpen = gaps.Count(g => g.SuccessionRisk && g.Status == GapStatus.Open),
            SuccessionRiskAddressed = gaps.Count(g => g.SuccessionRisk && g.Status != GapStatus.Open),
            SuccessionRiskWithoutStandard = notClosed.Count(g => g.SuccessionRisk && g.LinkedStandards.Count == 0),
            LastExportUtc = lastExport,
            PathwayServiceAreas = pathways.Where(p => p.Key == PathwaySubject.ServiceArea).Sum(p => p.Count),
            PathwayStandards = pathways.Where(p => p.Key == PathwaySubject.Standard).Sum(p => p.Count),
        };
    }
}
